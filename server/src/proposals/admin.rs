//! The tenant admin's list of a call's proposals: filters by status,
//! category and division, sorting, and a CSV export. Filters and sort keys
//! are checked against what the page offers; anything else is a 400 and
//! never reaches SQL.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde::Deserialize;
use serde_json::json;

use super::{Column, Entity, Status, division_link, entity::FIELDS, member};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    audit,
    auth::{Action, require},
    calls::{category_link, entity as calls},
    error::AppError,
    organisation::division,
    people::user,
    review::dossier,
    state::AppState,
    web::{PageContext, csv_download, render},
};

const STATUSES: [(Status, &str); 10] = [
    (Status::Draft, "draft"),
    (Status::Submitted, "submitted"),
    (Status::Withdrawn, "withdrawn"),
    (Status::InReview, "in_review"),
    (Status::Shortlisted, "shortlisted"),
    (Status::Awarded, "awarded"),
    (Status::NotSelected, "not_selected"),
    (Status::InImplementation, "in_implementation"),
    (Status::Implemented, "implemented"),
    (Status::Stopped, "stopped"),
];

#[derive(Deserialize, Default)]
pub struct Filters {
    #[serde(default)]
    status: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    division: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    format: String,
}

struct Line {
    id: ProposalId,
    title: String,
    /// The language the title is written in.
    lang: String,
    status: String,
    category: String,
    divisions: String,
    submitted: String,
    team: String,
    /// Every text field but the title, in the order of `FIELDS`; empty for
    /// a draft, whose words are its team's until it is submitted.
    texts: Vec<String>,
}

#[derive(Template)]
#[template(path = "proposals/templates/admin_list.html")]
struct AdminList {
    ctx: PageContext,
    call_id: CallId,
    call_title: String,
    lines: Vec<Line>,
    statuses: Vec<(String, String)>,
    categories: Vec<(i32, String)>,
    divisions: Vec<(i32, String)>,
    chosen_status: String,
    chosen_category: String,
    chosen_division: String,
    csv_link: String,
}

/// `GET /admin/calls/{id}/proposals[?status=&category=&division=&sort=&format=csv]`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(call_id): Path<CallId>,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id);
    let site = ctx.site()?.clone();
    let scope = site.id;
    let call = scope
        .find_by_id::<calls::Entity>(call_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    // A sealed call shows no team, nor the divisions a team chose.
    let sealed = call.identities_sealed();
    let sealed_text = ctx.l10n.t("sealing-hidden");
    let categories = category_link::offered(&app.db, scope, call_id).await?;
    let divisions: Vec<division::Model> = scope
        .find::<division::Entity>()
        .order_by_asc(division::Column::Name)
        .all(&app.db)
        .await?;

    let mut select = scope.find::<Entity>().filter(Column::CallId.eq(call_id));
    if !filters.status.is_empty() {
        let status = STATUSES
            .iter()
            .find(|(_, token)| *token == filters.status)
            .map(|(s, _)| *s)
            .ok_or(AppError::BadRequest)?;
        select = select.filter(Column::Status.eq(status));
    }
    if !filters.category.is_empty() {
        let id = filters
            .category
            .parse::<i32>()
            .ok()
            .filter(|c| categories.iter().any(|offered| offered.id == *c))
            .ok_or(AppError::BadRequest)?;
        select = select.filter(Column::CategoryId.eq(id));
    }
    let division_filter = if filters.division.is_empty() {
        None
    } else {
        Some(
            filters
                .division
                .parse::<i32>()
                .ok()
                .filter(|d| divisions.iter().any(|x| x.id == *d))
                .ok_or(AppError::BadRequest)?,
        )
    };
    select = match filters.sort.as_str() {
        "" | "submitted" => select
            .order_by_asc(Column::SubmittedAt)
            .order_by_asc(Column::Id),
        "title" => select.order_by_asc(Column::Title).order_by_asc(Column::Id),
        "updated" => select
            .order_by_desc(Column::UpdatedAt)
            .order_by_asc(Column::Id),
        _ => return Err(AppError::BadRequest),
    };
    let proposals = select.all(&app.db).await?;
    let ids: Vec<ProposalId> = proposals.iter().map(|p| p.id).collect();
    let mut concerned: HashMap<ProposalId, Vec<i32>> = HashMap::new();
    for link in scope
        .find::<division_link::Entity>()
        .filter(division_link::Column::ProposalId.is_in(ids.clone()))
        .all(&app.db)
        .await?
    {
        concerned
            .entry(link.proposal_id)
            .or_default()
            .push(link.division_id);
    }
    let members = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.is_in(if sealed { Vec::new() } else { ids }))
        .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
        .all(&app.db)
        .await?;
    let people: HashMap<PersonId, user::Model> = scope
        .find::<user::Entity>()
        .filter(
            user::Column::Id.is_in(members.iter().filter_map(|m| m.user_id).collect::<Vec<_>>()),
        )
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let category_names: HashMap<i32, &str> =
        categories.iter().map(|c| (c.id, c.name.as_str())).collect();
    let division_names: HashMap<i32, &str> =
        divisions.iter().map(|d| (d.id, d.name.as_str())).collect();

    let lines: Vec<Line> = proposals
        .iter()
        .filter(|p| {
            // Filtering by division would reveal it on a sealed call.
            sealed
                || division_filter
                    .is_none_or(|d| concerned.get(&p.id).is_some_and(|ds| ds.contains(&d)))
        })
        .map(|p| Line {
            id: p.id,
            title: p.title.clone(),
            lang: p.locale.clone(),
            status: ctx.l10n.t(p.status.message_id()),
            category: p
                .category_id
                .and_then(|c| category_names.get(&c).map(|n| (*n).to_owned()))
                .unwrap_or_default(),
            divisions: if sealed {
                sealed_text.clone()
            } else {
                concerned
                    .get(&p.id)
                    .map(|ds| {
                        ds.iter()
                            .filter_map(|d| division_names.get(d).copied())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default()
            },
            submitted: p
                .submitted_at
                .map(|at| ctx.l10n.date_time(&at.with_timezone(&site.timezone)))
                .unwrap_or_default(),
            texts: if p.status == Status::Draft {
                vec![String::new(); FIELDS.len() - 1]
            } else {
                p.juror_texts()
                    .into_iter()
                    .skip(1)
                    .map(str::to_owned)
                    .collect()
            },
            team: if sealed {
                sealed_text.clone()
            } else {
                members
                    .iter()
                    .filter(|m| m.proposal_id == p.id)
                    .filter_map(|m| m.user_id.and_then(|id| people.get(&id)))
                    .map(|u| format!("{} <{}>", u.name(&ctx.l10n), u.email))
                    .collect::<Vec<_>>()
                    .join("; ")
            },
        })
        .collect();

    if filters.format == "csv" {
        let l = &ctx.l10n;
        let mut header: Vec<String> = [
            "proposal-id",
            "proposal-title",
            "proposal-status",
            "proposal-category",
            "proposal-divisions",
            "proposal-submitted-at",
            "proposal-team",
        ]
        .iter()
        .map(|h| l.t(&format!("csv-{h}")))
        .collect();
        header.extend(FIELDS.iter().skip(1).map(|f| l.t(f.label)));
        let rows: Vec<Vec<String>> = lines
            .into_iter()
            .map(|line| {
                let mut row = vec![
                    line.id.to_string(),
                    line.title,
                    line.status,
                    line.category,
                    line.divisions,
                    line.submitted,
                    line.team,
                ];
                row.extend(line.texts);
                row
            })
            .collect();
        // The teams' names and emails leave the platform: audited.
        let txn = app.db.begin().await?;
        audit::record(
            &txn,
            scope,
            app.clock.now(),
            audit::Event {
                actor,
                action: "call.proposals_export",
                subject_type: "call",
                subject_id: call_id.get(),
                before: json!({}),
                after: json!({ "proposals": rows.len(), "teams_shown": !sealed }),
            },
        )
        .await?;
        txn.commit().await?;
        return csv_download(&format!("call-{call_id}-proposals.csv"), &header, rows);
    }
    let csv_link = format!(
        "{}?status={}&category={}&division={}&sort={}&format=csv",
        ctx.link(&format!("/admin/calls/{call_id}/proposals")),
        crate::web::encode_query(&filters.status),
        crate::web::encode_query(&filters.category),
        crate::web::encode_query(&filters.division),
        crate::web::encode_query(&filters.sort),
    );
    let page = AdminList {
        call_title: crate::calls::service::title(&app.db, scope, call_id, ctx.l10n.lang()).await?,
        call_id,
        lines,
        statuses: STATUSES
            .iter()
            .map(|(s, token)| ((*token).to_owned(), ctx.l10n.t((*s).message_id())))
            .collect(),
        categories: categories.iter().map(|c| (c.id, c.name.clone())).collect(),
        divisions: divisions.iter().map(|d| (d.id, d.name.clone())).collect(),
        chosen_status: filters.status,
        chosen_category: filters.category,
        chosen_division: filters.division,
        csv_link,
        ctx,
    };
    render(&page)
}

struct ReviewLine {
    juror: String,
    /// (criterion, "4 / 5", comment)
    marks: Vec<(String, String, String)>,
    weighted: String,
    z: String,
    conflict: Option<String>,
    /// The juror has scored at least one criterion.
    started: bool,
}

#[derive(Template)]
#[template(path = "proposals/templates/admin_proposal.html")]
struct AdminProposal {
    ctx: PageContext,
    id: ProposalId,
    /// Proposals the admin linked to this one as related: (id, title).
    related: Vec<(ProposalId, String)>,
    call_id: CallId,
    call_title: String,
    title: String,
    lang: String,
    status: String,
    /// The draft's words are hidden until it is submitted.
    text_shown: bool,
    /// (label, text) of every text field but the title.
    texts: Vec<(String, String)>,
    category: String,
    divisions: String,
    created: String,
    submitted: String,
    updated: String,
    sealed: bool,
    /// (name, email, role)
    team: Vec<(String, String, String)>,
    /// (id, name, size)
    files: Vec<(i32, String, String)>,
    award: Option<String>,
    /// `None` until scoring is closed.
    reviews: Option<Vec<ReviewLine>>,
    normalised: String,
}

/// A file's size in the locale's words, with its unit.
fn size_text(ctx: &PageContext, size: i64) -> String {
    ctx.l10n
        .count("attachment-size", "kib", (size + 1023) / 1024)
}

/// `GET /admin/proposals/{id}`: a proposal of the admin's city in full,
/// to decide on it (see `review::dossier` for what is shown when).
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let scope = site.id;
    let d = dossier::read(&app.db, scope, id).await?;
    let l = &ctx.l10n;
    let at = |t: &chrono::DateTime<chrono::Utc>| l.date_time(&t.with_timezone(&site.timezone));
    let p = &d.proposal;
    let mut texts = FIELDS
        .iter()
        .skip(1)
        .zip(p.juror_texts().into_iter().skip(1))
        .map(|(f, text)| (l.t(f.label), text.to_owned()))
        .collect::<Vec<_>>();
    // A co-creation team's end users' view and plan (saved for those only).
    let plan = [
        ("proposal-end-users", &p.end_users),
        ("proposal-partners", &p.partners),
        ("proposal-pilot", &p.pilot),
        ("proposal-indicators", &p.indicators),
    ];
    if plan.iter().any(|(_, text)| !text.is_empty()) {
        texts.extend(plan.map(|(id, text)| (l.t(id), text.clone())));
    }
    let reviews = d.reviews.as_ref().map(|reviews| {
        reviews
            .iter()
            .map(|r| ReviewLine {
                juror: r.juror.as_ref().map(|j| j.name(l)).unwrap_or_default(),
                marks: r
                    .marks
                    .iter()
                    .map(|m| {
                        (
                            m.criterion.clone(),
                            l.args(
                                "dossier-score",
                                &[
                                    (
                                        "score",
                                        m.score
                                            .map_or_else(|| "—".to_owned(), |s| s.to_string())
                                            .into(),
                                    ),
                                    ("scale", i64::from(m.scale).into()),
                                ],
                            ),
                            m.comment.clone(),
                        )
                    })
                    .collect(),
                weighted: r
                    .weighted
                    .map_or_else(|| "—".to_owned(), |w| l.decimal(w, 1)),
                z: r.z.map_or_else(|| "—".to_owned(), |z| l.decimal(z, 2)),
                conflict: r.conflict.clone(),
                started: r.marks.iter().any(|m| m.score.is_some()),
            })
            .collect()
    });
    let page = AdminProposal {
        related: crate::similar::service::linked_to(&app.db, scope, id).await?,
        id,
        call_id: d.call.id,
        call_title: crate::calls::service::title(&app.db, scope, d.call.id, l.lang()).await?,
        title: p.title.clone(),
        lang: p.locale.clone(),
        status: l.t(p.status.message_id()),
        text_shown: d.text_shown(),
        texts,
        category: d.category.clone().unwrap_or_default(),
        divisions: d.divisions.join(", "),
        created: at(&p.created_at),
        submitted: p.submitted_at.as_ref().map(at).unwrap_or_default(),
        updated: at(&p.updated_at),
        sealed: d.sealed,
        team: d
            .team
            .iter()
            .map(|m| {
                (
                    m.person.name(l),
                    m.person.email.clone(),
                    l.t(if m.lead {
                        "team-lead"
                    } else {
                        "team-co-author"
                    }),
                )
            })
            .collect(),
        files: d
            .files
            .iter()
            .map(|f| (f.id, d.file_name(f), size_text(&ctx, f.size)))
            .collect(),
        award: d.award.as_ref().map(|a| {
            [a.name.as_str(), a.sponsor.as_str(), a.prize.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        }),
        reviews,
        normalised: d
            .normalised
            .map_or_else(|| "—".to_owned(), |n| l.decimal(n, 2)),
        ctx,
    };
    render(&page)
}
