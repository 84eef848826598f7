//! A city's home page (its open and past calls) and a call's own page.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use sea_orm::{ColumnTrait, QueryFilter};

use super::{Eligibility, Phase, entity as call, service, text};
use crate::auth::Viewing;
use crate::ids::{CallId, PersonId};
use crate::{
    error::AppError,
    i18n::{L10n, Lang},
    network,
    state::AppState,
    tenancy::TenantContext,
    web::{PageContext, render},
};
use std::sync::Arc;

/// A call's title and description in the best language available.
struct CallText {
    title: String,
    description: String,
    /// Set when the text is in another language than the page.
    lang: Option<&'static str>,
}

impl CallText {
    /// The description's paragraphs, split at blank lines.
    fn paragraphs(&self) -> Vec<&str> {
        self.description
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }
}

/// Picks the page's language, else the city's default, else any text.
fn pick_text(texts: &[text::Model], page: Lang, default: Lang) -> CallText {
    let chosen = texts
        .iter()
        .find(|t| t.locale == page.code())
        .or_else(|| texts.iter().find(|t| t.locale == default.code()))
        .or_else(|| texts.first());
    match chosen {
        Some(t) => CallText {
            title: t.title.clone(),
            description: t.description.clone(),
            lang: (t.locale != page.code())
                .then(|| t.locale.parse::<Lang>().ok().map(Lang::code))
                .flatten(),
        },
        None => CallText {
            title: String::from("—"),
            description: String::new(),
            lang: None,
        },
    }
}

fn site(ctx: &PageContext) -> Result<&TenantContext, AppError> {
    ctx.tenant
        .as_deref()
        .ok_or_else(|| AppError::Internal("city page without a city".into()))
}

struct CallCard {
    link: String,
    text: CallText,
    phase: Phase,
    /// The deadline or the results date, whichever the phase makes relevant.
    when: String,
    submitted: Option<String>,
}

#[derive(Template)]
#[template(path = "calls/templates/tenant_home.html")]
struct TenantHome {
    ctx: PageContext,
    open: Vec<CallCard>,
    others: Vec<CallCard>,
}

pub async fn tenant_home(
    State(app): State<AppState>,
    State(network_cache): State<Arc<crate::network::cache::Local>>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let site = site(&ctx)?;
    let scope = site.id;
    let calls = service::home_calls(&app.db, scope).await?;
    let counts = network::cache::closed_submitted(
        &app.db,
        &network_cache,
        scope,
        &calls.iter().map(|(c, _)| c).collect::<Vec<_>>(),
    )
    .await?;
    let l = &ctx.l10n;
    let (mut open, mut others) = (Vec::new(), Vec::new());
    for (c, texts) in calls {
        let when = if c.phase == Phase::Open {
            l.args(
                "call-deadline",
                &[(
                    "date",
                    l.date_time(&c.submissions_close_at.with_timezone(&site.timezone))
                        .into(),
                )],
            )
        } else {
            l.args(
                "call-results-on",
                &[(
                    "date",
                    l.date(&c.results_at.with_timezone(&site.timezone)).into(),
                )],
            )
        };
        let submitted = (c.phase != Phase::Open).then(|| {
            l.count(
                "call-proposals-submitted",
                "count",
                counts.get(&c.id).copied().unwrap_or(0),
            )
        });
        let card = CallCard {
            link: ctx.link(&format!("/calls/{}", c.id)),
            text: pick_text(&texts, l.lang(), site.default_locale),
            phase: c.phase,
            when,
            submitted,
        };
        if c.phase == Phase::Open {
            open.push(card);
        } else {
            others.push(card);
        }
    }
    render(&TenantHome { ctx, open, others })
}

struct Fact {
    label: String,
    value: String,
}

struct CategoryLine {
    name: String,
    network: String,
}

/// What the visitor can do about a call.
enum Participation {
    /// Submissions are not (or no longer) accepted.
    Closed,
    SignIn(String),
    /// Signed in, but their role does not write proposals.
    NotForRole,
    /// The call's rule leaves them out, with the reason in their words.
    Ineligible(String),
    /// The form's one-time key, so that a repeated click makes one proposal.
    Propose(String),
}

#[derive(Template)]
#[template(path = "calls/templates/call.html")]
struct CallPage {
    ctx: PageContext,
    call_id: CallId,
    participation: Participation,
    text: CallText,
    phase: Phase,
    facts: Vec<Fact>,
    categories: Vec<CategoryLine>,
    figures: Vec<Fact>,
    /// After results: each awarded proposal (title, award, authors when
    /// the call makes them public).
    winners: Vec<Winner>,
    timezone_note: String,
    kind: super::Kind,
    /// A co-creation call's three stages, with their dates.
    stages: Vec<StageLine>,
    /// Link to the team finder: teams form or work, and the viewer may
    /// join one, facilitates the call or runs the city's calls.
    teams: bool,
    /// Link to the colleagues' page: the call is open, lets colleagues
    /// support and comment, and the viewer is signed in.
    colleagues: bool,
}

/// One stage of a co-creation call's open phase.
struct StageLine {
    name: String,
    /// From … until …
    dates: String,
    current: bool,
}

/// A co-creation call's stages (challenges, co-creation, development), each
/// with its dates and whether it is the current one.
fn stages_of(
    l: &L10n,
    c: &call::Model,
    tz: chrono_tz::Tz,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<StageLine> {
    let (Some(challenges), Some(cocreation)) = (c.challenges_close_at, c.cocreation_close_at)
    else {
        return Vec::new();
    };
    let current = c.stage(now);
    [
        (
            super::Stage::Challenges,
            "call-stage-challenges",
            c.opens_at,
            challenges,
        ),
        (
            super::Stage::Cocreation,
            "call-stage-cocreation",
            challenges,
            cocreation,
        ),
        (
            super::Stage::Development,
            "call-stage-development",
            cocreation,
            c.submissions_close_at,
        ),
    ]
    .into_iter()
    .map(|(stage, id, from, until)| StageLine {
        name: l.t(id),
        dates: l.args(
            "call-stage-dates",
            &[
                ("from", l.date_time(&from.with_timezone(&tz)).into()),
                ("until", l.date_time(&until.with_timezone(&tz)).into()),
            ],
        ),
        current: current == Some(stage),
    })
    .collect()
}

fn eligibility_sentence(l: &L10n, rule: &Eligibility) -> String {
    let attribute_name = |attribute: &str| match attribute {
        "grade" => l.t("attribute-grade"),
        "division" => l.t("attribute-division"),
        other => other.to_owned(),
    };
    match rule {
        Eligibility::Everyone => l.t("eligibility-everyone"),
        Eligibility::AllExcept { attribute, values } => l.args(
            "eligibility-all-except",
            &[
                ("attribute", attribute_name(attribute).into()),
                ("values", values.join(", ").into()),
            ],
        ),
        Eligibility::Only { attribute, values } => l.args(
            "eligibility-only",
            &[
                ("attribute", attribute_name(attribute).into()),
                ("values", values.join(", ").into()),
            ],
        ),
    }
}

pub async fn call_page(
    State(app): State<AppState>,
    State(network_cache): State<Arc<crate::network::cache::Local>>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    let site = site(&ctx)?;
    let scope = site.id;
    let (c, texts, categories) = service::published_with_parts(&app.db, scope, id).await?;

    let l = &ctx.l10n;
    let tz = site.timezone;
    let mut facts = vec![
        Fact {
            label: l.t("call-opens"),
            value: l.date_time(&c.opens_at.with_timezone(&tz)),
        },
        Fact {
            label: l.t("call-closes"),
            value: l.date_time(&c.submissions_close_at.with_timezone(&tz)),
        },
        Fact {
            label: l.t("call-results"),
            value: l.date(&c.results_at.with_timezone(&tz)),
        },
        Fact {
            label: l.t("call-team"),
            value: l.count("call-team-size", "size", i64::from(c.max_team_size)),
        },
        Fact {
            label: l.t("call-eligibility"),
            value: eligibility_sentence(l, &Eligibility::parse(&c.eligibility)),
        },
        Fact {
            label: l.t("call-headcount"),
            value: l.count(
                "call-headcount-value",
                "count",
                i64::from(c.eligible_headcount),
            ),
        },
        Fact {
            label: l.t("call-awards"),
            value: l.count("call-awards-value", "count", i64::from(c.awards_planned)),
        },
    ];
    if c.budget_cents > 0 {
        facts.push(Fact {
            label: l.t("call-budget"),
            value: l.euros(c.budget_cents),
        });
    }
    if let Some(archived_at) = c.archived_at {
        facts.push(Fact {
            label: l.t("call-fact-archived"),
            value: l.date(&archived_at.with_timezone(&tz)),
        });
    }

    let mut figures = Vec::new();
    if c.phase != Phase::Open {
        let submitted = network::cache::closed_submitted(&app.db, &network_cache, scope, &[&c])
            .await?
            .get(&c.id)
            .copied()
            .unwrap_or(0);
        figures.push(Fact {
            label: l.t("call-figure-submitted"),
            value: l.number(submitted),
        });
    }
    if c.phase.has_results() {
        let awarded = service::awarded_count(&app.db, scope, c.id).await?;
        figures.push(Fact {
            label: l.t("call-figure-awarded"),
            value: l.number(i64::try_from(awarded).unwrap_or(i64::MAX)),
        });
    }

    let winners = if c.phase.has_results() {
        winners_of(&app, l, scope, &c).await?
    } else {
        Vec::new()
    };
    let participation = if !crate::proposals::service::accepting(&c, app.clock.now()) {
        Participation::Closed
    } else {
        match ctx.viewer() {
            None => Participation::SignIn(ctx.sign_in_link()),
            Some(viewer) if !viewer.can(crate::auth::Action::WriteProposals) => {
                Participation::NotForRole
            }
            Some(viewer) => match &viewer.user {
                None => Participation::NotForRole,
                Some(person) => {
                    match crate::proposals::eligibility_of(&app.db, scope, &c, person).await? {
                        Ok(()) => Participation::Propose(uuid::Uuid::new_v4().simple().to_string()),
                        Err(why) => {
                            let attribute = match why.attribute.as_str() {
                                "grade" => l.t("attribute-grade"),
                                "division" => l.t("attribute-division"),
                                other => other.to_owned(),
                            };
                            Participation::Ineligible(l.args(
                                "eligibility-refused",
                                &[
                                    ("attribute", attribute.into()),
                                    ("yours", why.yours.unwrap_or_else(|| "—".into()).into()),
                                ],
                            ))
                        }
                    }
                }
            },
        }
    };
    let categories = categories
        .into_iter()
        .map(|cat| CategoryLine {
            name: cat.name,
            network: l.t(cat.network_category.message_id()),
        })
        .collect();
    let teams = match (c.stage(app.clock.now()), ctx.viewer()) {
        (Some(super::Stage::Cocreation | super::Stage::Development), Some(viewer)) => {
            viewer.can(crate::auth::Action::WriteProposals)
                || viewer.can(crate::auth::Action::ManageCalls)
                || match &viewer.user {
                    Some(person) if viewer.can(crate::auth::Action::FacilitateTeams) => {
                        crate::teams::facilitators::facilitates(&app.db, scope, person.id, c.id)
                            .await?
                    }
                    _ => false,
                }
        }
        _ => false,
    };
    let page = CallPage {
        teams,
        colleagues: c.colleague_support && c.phase == super::Phase::Open && ctx.viewer().is_some(),
        call_id: c.id,
        participation,
        text: pick_text(&texts, l.lang(), site.default_locale),
        phase: c.phase,
        facts,
        categories,
        figures,
        winners,
        timezone_note: l.args("call-timezone-note", &[("zone", tz.name().into())]),
        kind: c.kind,
        stages: stages_of(l, &c, tz, app.clock.now()),
        ctx,
    };
    render(&page)
}

/// An awarded proposal on its call's page.
struct Winner {
    title: String,
    /// The language the title is written in.
    lang: String,
    award: String,
    /// The team's names, where the call makes authors public.
    authors: Option<String>,
}

/// The awarded proposals of a call with results, by award order; their
/// teams' names only where the call makes authors public.
async fn winners_of(
    app: &AppState,
    l: &L10n,
    scope: crate::tenancy::TenantId,
    c: &call::Model,
) -> Result<Vec<Winner>, AppError> {
    let awarded = service::awarded(&app.db, scope, c.id).await?;
    let awards: Vec<super::Award> = super::rules::parse_list(&c.awards);
    let teams = if c.authors_public_after_results {
        crate::review::service::teams_of(
            &app.db,
            &app.secrets,
            scope,
            awarded.iter().map(|p| p.id).collect(),
        )
        .await?
    } else {
        Default::default()
    };
    let people: Vec<PersonId> = teams.values().flatten().copied().collect();
    let names: std::collections::HashMap<PersonId, String> = scope
        .find::<crate::people::user::Entity>()
        .filter(crate::people::user::Column::Id.is_in(people))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name(l)))
        .collect();
    Ok(awarded
        .into_iter()
        .map(|p| {
            let award = p
                .award_index
                .and_then(|i| awards.get(usize::try_from(i).ok()?))
                .map(|a| a.name.clone())
                .unwrap_or_default();
            let authors = teams.get(&p.id).map(|team| {
                team.iter()
                    .filter_map(|id| names.get(id).cloned())
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            Winner {
                title: p.title,
                lang: p.locale,
                award,
                authors,
            }
        })
        .collect())
}
