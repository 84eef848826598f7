//! Seeding the demonstration network: its cities, people, calls and
//! proposals, once, and telling seeded people and accounts apart.

use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, TransactionTrait};

use super::cities::partner_cities;
use super::story::{self, Cast, PastCall, ProjectSpec, Published, Seeded};
use crate::ids::PersonId;
use crate::{
    auth::{local::LOCAL_ISSUER, platform},
    calls::{self, Eligibility, Phase, category_link, text as call_text},
    i18n::Lang,
    organisation::{NetworkCategory, category, division},
    people::{Role, role, user},
    proposals::{self, Status, member},
    tenancy::TenantId,
    tenants::{self, NewTenant, TenantError},
};

/// The identity provider of the demo's employees and admins: none real, so
/// only the demo sign-in reaches them.
pub const DEMO_ISSUER: &str = "demo";

/// The network's own demo people: (email, name, role).
const PLATFORM_PEOPLE: [(&str, &str, Role); 2] = [
    ("operator@innovato.example", "Eva Lindqvist", Role::Operator),
    (
        "coordinator@innovato.example",
        "Marc Dubreuil",
        Role::Coordinator,
    ),
];

/// Whether the demo seeded this person of the city `slug` (the only people
/// demo sign-in may offer): never someone who came later, by invitation or
/// by the city's sign-in.
pub fn is_seeded_person(slug: &str, person: &user::Model) -> bool {
    let Some(seeded) = person
        .subject
        .strip_prefix(slug)
        .and_then(|rest| rest.strip_prefix('-'))
    else {
        return false;
    };
    match person.issuer.as_str() {
        DEMO_ISSUER => true,
        LOCAL_ISSUER => seeded.starts_with("expert-"),
        _ => false,
    }
}

/// Whether the demo seeded this platform account and it has no password
/// (chosen, or invited to choose) of its own.
pub fn is_seeded_platform_account(account: &platform::Model) -> bool {
    account.password_hash.is_none()
        && account.setup_token_hash.is_none()
        && PLATFORM_PEOPLE
            .iter()
            .any(|(email, _, _)| *email == account.email)
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("demo city: {0}")]
    Tenant(#[from] TenantError),
    #[error("demo data are inconsistent: {0}")]
    Inconsistent(String),
}

/// A city of the demo network.
pub struct CitySpec {
    pub slug: &'static str,
    pub name: &'static str,
    pub host: &'static str,
    pub locales: &'static [Lang],
    pub timezone: &'static str,
    pub headcount: i32,
    pub color: &'static str,
    /// (code, name)
    pub divisions: &'static [(&'static str, &'static str)],
    /// The city's own categories and where they sit in the network taxonomy.
    pub categories: &'static [(&'static str, NetworkCategory)],
    pub first_names: &'static [&'static str],
    pub last_names: &'static [&'static str],
    /// Ideas in the city's language, cycled through for proposal titles.
    pub ideas: &'static [&'static str],
    /// (summary, problem, solution, benefits, resources), in the city's language.
    pub proposal_text: [&'static str; 5],
    pub email_domain: &'static str,
    /// The jury's criteria, in the city's language (weights 40/30/30, scale 1–5).
    pub criteria: [&'static str; 3],
    /// The grades of the employees offered on the demo sign-in page, one
    /// each, in the first divisions (none an eligibility rule excludes).
    pub staff_grades: [&'static str; 5],
    /// The grade of the colleagues who sit on juries and mentor projects.
    pub juror_grade: &'static str,
    /// Two milestones and a progress update of an unremarkable project, in
    /// the city's language.
    pub routine: [&'static str; 3],
    pub calls: Vec<CallSpec>,
}

/// When a call's phases fall.
pub enum Dates {
    /// Fixed dates of a past edition, in the city's time zone.
    Fixed {
        opens: (i32, u32, u32),
        closes: (i32, u32, u32),
        results: (i32, u32, u32),
    },
    /// Days from the seeding moment (negative: in the past).
    Relative {
        opens: i64,
        closes: i64,
        results: i64,
    },
}

pub struct CallSpec {
    /// (language, title, description)
    pub texts: &'static [(Lang, &'static str, &'static str)],
    pub phase: Phase,
    pub dates: Dates,
    pub max_team_size: i32,
    pub eligibility: Eligibility,
    pub eligible_headcount: i32,
    pub awards_planned: i32,
    pub budget_euros: i64,
    pub authors_public_after_results: bool,
    /// (team size, number of proposals with that many authors)
    pub team_sizes: &'static [(usize, usize)],
    /// Submitted proposals per city category, in the order of `categories`.
    pub by_category: &'static [usize],
    pub awarded: usize,
    /// Drafts (never counted, never shown).
    pub drafts: usize,
    /// Authors' grade, where the call is limited to one.
    pub author_grade: Option<&'static str>,
    /// Authors come from this many divisions, in turn.
    pub author_divisions: usize,
    /// Titles of the awarded proposals, used first.
    pub winners: &'static [&'static str],
    /// What became of the winners, where the demo tells it (else what the
    /// call's phase implies).
    pub projects: &'static [ProjectSpec],
}

/// Seeds the partner cities unless they are there already.
pub async fn seed_once(db: &DatabaseConnection) -> Result<(), DemoError> {
    if tenants::find_by_slug(db, "turin").await?.is_some() {
        tracing::info!("demo cities already seeded");
        return Ok(());
    }
    let txn = db.begin().await?;
    let now = Utc::now();
    let mut published = Vec::new();
    for city in partner_cities() {
        published.extend(seed_city(&txn, &city, now).await?);
    }
    seed_adoptions(&txn, &published, now).await?;
    seed_platform_accounts(&txn, now).await?;
    txn.commit().await?;
    tracing::info!("demo cities seeded");
    Ok(())
}

fn at(tz: Tz, (y, m, d): (i32, u32, u32), hour: u32) -> Result<DateTime<Utc>, DemoError> {
    tz.with_ymd_and_hms(y, m, d, hour, 0, 0)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| DemoError::Inconsistent(format!("no such local time {y}-{m}-{d} {hour}:00")))
}

/// Each practice's adopting cities take it up, once every city is there.
async fn seed_adoptions<C: sea_orm::ConnectionTrait>(
    db: &C,
    published: &[Published],
    now: DateTime<Utc>,
) -> Result<(), DemoError> {
    for practice in published {
        for (slug, when, status) in practice.adopted_by {
            let city = tenants::find_by_slug(db, slug)
                .await?
                .ok_or_else(|| DemoError::Inconsistent(format!("no city {slug} adopts")))?;
            let lang = city.default_locale.parse().unwrap_or(Lang::En);
            story::seed_adoption(
                db,
                TenantId::of(&city),
                lang,
                practice,
                (*when, *status),
                now,
            )
            .await?;
        }
    }
    Ok(())
}

async fn seed_city<C: sea_orm::ConnectionTrait + TransactionTrait>(
    db: &C,
    city: &CitySpec,
    now: DateTime<Utc>,
) -> Result<Vec<Published>, DemoError> {
    let tz: Tz = city
        .timezone
        .parse()
        .map_err(|_| DemoError::Inconsistent(format!("time zone {}", city.timezone)))?;
    let tenant = tenants::create(
        db,
        NewTenant {
            slug: city.slug.into(),
            name: city.name.into(),
            hosts: vec![city.host.into()],
            locales: city.locales.to_vec(),
            default_locale: city.locales[0],
            timezone: city.timezone.into(),
            headcount: city.headcount,
            primary_color: city.color.into(),
            is_demo: true,
        },
    )
    .await?;
    let scope = TenantId::of(&tenant);

    let mut division_ids = Vec::new();
    for (code, name) in city.divisions {
        let row = scope
            .insert(
                division::ActiveModel {
                    code: Set((*code).into()),
                    name: Set((*name).into()),
                    ..Default::default()
                },
                db,
            )
            .await?;
        division_ids.push(row.id);
    }
    let mut category_ids = Vec::new();
    for (name, network) in city.categories {
        let row = scope
            .insert(
                category::ActiveModel {
                    name: Set((*name).into()),
                    network_category: Set(*network),
                    ..Default::default()
                },
                db,
            )
            .await?;
        category_ids.push(row.id);
    }

    let mut people = People::new(city, scope, &division_ids);
    let admin = people.create(db, Some("admin"), 0).await?;
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(admin),
                role: Set(Role::TenantAdmin),
                created_at: Set(now),
                ..Default::default()
            },
            db,
        )
        .await?;

    // The employees a demo visitor signs in as, to form a team: one per
    // grade, each in a division of their own.
    for (k, grade) in city.staff_grades.iter().enumerate() {
        people.create(db, Some(grade), k).await?;
    }
    let experts = seed_experts(db, scope, city, now).await?;
    let mut published = Vec::new();
    let mut cast = None;
    let categories = CategoryIds {
        ids: &category_ids,
        network: city.categories.iter().map(|(_, n)| *n).collect(),
    };
    for spec in &city.calls {
        let (call, seeded) =
            seed_call(db, city, spec, scope, tz, now, &categories, &mut people).await?;
        if !spec.phase.has_results() {
            continue;
        }
        if cast.is_none() {
            // Four colleagues of different divisions beside the outside
            // expert judge every call; a fifth mentors projects.
            let mut jurors = vec![(experts.juror, None)];
            for k in 0..4 {
                let division = (k * 3 + 1) % city.divisions.len().max(1);
                let person = people.create(db, Some(city.juror_grade), division).await?;
                jurors.push((person, people.division(division)));
            }
            let mentor = people.create(db, Some(city.juror_grade), 5).await?;
            cast = Some((jurors, mentor));
        }
        let Some((jurors, mentor)) = &cast else {
            continue;
        };
        let cast = Cast {
            jurors,
            expert_mentor: experts.mentor,
            colleague_mentor: *mentor,
            routine: city.routine,
        };
        let past = PastCall {
            id: call.id,
            criteria: city.criteria.len(),
            reviews_per_proposal: u32::try_from(call.reviews_per_proposal).unwrap_or(0),
            review_started: call.review_started_at.unwrap_or(call.submissions_close_at),
            review_closed: call.review_closed_at.unwrap_or(call.results_at),
            results: call.results_at,
            budget_cents: call.budget_cents,
            awarded: spec.awarded,
            phase: spec.phase,
            proposals: &seeded,
        };
        story::seed_review(db, scope, &past, &cast).await?;
        published.extend(story::seed_projects(db, scope, &past, spec.projects, &cast, now).await?);
    }
    // The city's co-creation call, where the demo tells one.
    let storied = super::cocreation::seed(db, city.slug, scope, now).await?;
    people.employees.extend(storied);
    for (_, year, kpi, value) in super::cities::PUBLISHED.iter().filter(|p| p.0 == city.slug) {
        crate::network::published::record(db, scope, *year, kpi, *value).await?;
    }
    // Every demo employee holds the employee role, as SSO sign-in gives it
    // (the admin, shown as admin on the demo sign-in page, too, but later).
    people.employees.retain(|id| *id != admin);
    people.employees.push(admin);
    let employees: Vec<role::ActiveModel> = people
        .employees
        .iter()
        .map(|id| role::ActiveModel {
            user_id: Set(*id),
            role: Set(Role::Employee),
            call_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    for chunk in employees.chunks(500) {
        scope.insert_many(chunk.to_vec(), db).await?;
    }
    // The experts' roles come after the employees', as they were invited.
    for (person, role_held) in [(experts.juror, Role::Juror), (experts.mentor, Role::Mentor)] {
        scope
            .insert(
                role::ActiveModel {
                    user_id: Set(person),
                    role: Set(role_held),
                    call_id: Set(None),
                    created_at: Set(now),
                    ..Default::default()
                },
                db,
            )
            .await?;
    }
    Ok(published)
}

/// A city's categories, and where each sits in the network taxonomy.
struct CategoryIds<'a> {
    ids: &'a [i32],
    network: Vec<NetworkCategory>,
}

/// A city's outside expert (a juror) and mentor.
struct Experts {
    juror: PersonId,
    mentor: PersonId,
}

/// The network's own people: an operator and a coordinator, who sign in
/// through the demo page (no password is set).
#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
async fn seed_platform_accounts<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
) -> Result<(), DemoError> {
    use sea_orm::ActiveModelTrait;
    for (email, name, role) in PLATFORM_PEOPLE {
        platform::ActiveModel {
            email: Set(email.into()),
            display_name: Set(name.into()),
            role: Set(role),
            password_hash: Set(None),
            setup_token_hash: Set(None),
            setup_expires_at: Set(None),
            active: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Gives each city its outside expert (a juror) and a mentor: invited
/// people who would sign in with a password of their own (their roles are
/// granted after the employees').
async fn seed_experts<C: sea_orm::ConnectionTrait>(
    db: &C,
    scope: TenantId,
    city: &CitySpec,
    now: DateTime<Utc>,
) -> Result<Experts, DemoError> {
    let mut made = Vec::new();
    for n in [0usize, 1] {
        let first = city.first_names[(n + 3) % city.first_names.len()];
        let last = city.last_names[(n + 5) % city.last_names.len()];
        let person = scope
            .insert(
                user::ActiveModel {
                    issuer: Set(LOCAL_ISSUER.into()),
                    subject: Set(format!("{}-expert-{n}", city.slug)),
                    email: Set(format!(
                        "{}.{}@experts.example",
                        ascii_lower(first),
                        ascii_lower(last)
                    )),
                    display_name: Set(format!("{first} {last}")),
                    division_id: Set(None),
                    grade: Set(None),
                    locale: Set(None),
                    active: Set(true),
                    created_at: Set(now),
                    ..Default::default()
                },
                db,
            )
            .await?;
        made.push(person.id);
    }
    Ok(Experts {
        juror: made[0],
        mentor: made[1],
    })
}

/// Makes the demo's employees, each with a distinct made-up name.
struct People<'a> {
    city: &'a CitySpec,
    scope: TenantId,
    divisions: &'a [i32],
    made: usize,
    /// Everyone made, who gets the employee role.
    employees: Vec<PersonId>,
}

impl<'a> People<'a> {
    fn new(city: &'a CitySpec, scope: TenantId, divisions: &'a [i32]) -> Self {
        Self {
            city,
            scope,
            divisions,
            made: 0,
            employees: Vec::new(),
        }
    }

    /// The id of the city's `index`th division (in turn).
    fn division(&self, index: usize) -> Option<i32> {
        self.divisions
            .get(index % self.divisions.len().max(1))
            .copied()
    }

    async fn create<C: sea_orm::ConnectionTrait>(
        &mut self,
        db: &C,
        grade: Option<&str>,
        division: usize,
    ) -> Result<PersonId, DemoError> {
        let n = self.made;
        self.made += 1;
        let first = self.city.first_names[n % self.city.first_names.len()];
        let last = self.city.last_names
            [(n / self.city.first_names.len() + n) % self.city.last_names.len()];
        let email = format!(
            "{}.{}{}@{}",
            ascii_lower(first),
            ascii_lower(last),
            n,
            self.city.email_domain
        );
        let row = self
            .scope
            .insert(
                user::ActiveModel {
                    issuer: Set(DEMO_ISSUER.into()),
                    subject: Set(format!("{}-{n:05}", self.city.slug)),
                    email: Set(email),
                    display_name: Set(format!("{first} {last}")),
                    division_id: Set(self.division(division)),
                    grade: Set(grade.map(str::to_owned)),
                    locale: Set(None),
                    active: Set(true),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                },
                db,
            )
            .await?;
        self.employees.push(row.id);
        Ok(row.id)
    }
}

/// Folds accents away for e-mail addresses (`Gábor` → `gabor`).
fn ascii_lower(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let base = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'ă' | 'Á' => 'a',
                'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
                'í' | 'ì' | 'î' | 'ï' | 'Í' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' | 'Ó' | 'Ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'Ú' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                'ș' | 'ş' | 'Ș' => 's',
                'ț' | 'ţ' | 'Ț' => 't',
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
                _ => return None,
            };
            Some(base)
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn seed_call<C: sea_orm::ConnectionTrait>(
    db: &C,
    city: &CitySpec,
    spec: &CallSpec,
    scope: TenantId,
    tz: Tz,
    now: DateTime<Utc>,
    categories: &CategoryIds<'_>,
    people: &mut People<'_>,
) -> Result<(calls::Model, Vec<Seeded>), DemoError> {
    let category_ids = categories.ids;
    let networks = &categories.network;
    let total: usize = spec.team_sizes.iter().map(|(_, n)| n).sum();
    if spec.by_category.iter().sum::<usize>() != total
        || spec.by_category.len() > category_ids.len()
    {
        return Err(DemoError::Inconsistent(format!(
            "{}: categories do not add up to {total} proposals",
            city.slug
        )));
    }
    let (opens, closes, results) = match spec.dates {
        Dates::Fixed {
            opens,
            closes,
            results,
        } => (at(tz, opens, 9)?, at(tz, closes, 12)?, at(tz, results, 12)?),
        Dates::Relative {
            opens,
            closes,
            results,
        } => {
            let day = |offset: i64| (now.with_timezone(&tz) + Duration::days(offset)).date_naive();
            let ymd = |d: chrono::NaiveDate| (d.year(), d.month(), d.day());
            (
                at(tz, ymd(day(opens)), 9)?,
                at(tz, ymd(day(closes)), 12)?,
                at(tz, ymd(day(results)), 12)?,
            )
        }
    };
    let call = scope
        .insert(
            calls::ActiveModel {
                phase: Set(spec.phase),
                opens_at: Set(opens),
                submissions_close_at: Set(closes),
                results_at: Set(results),
                max_team_size: Set(spec.max_team_size),
                eligibility: Set(spec.eligibility.to_stored()),
                reviews_per_proposal: Set(3),
                budget_cents: Set(spec.budget_euros * 100),
                authors_public_after_results: Set(spec.authors_public_after_results),
                eligible_headcount: Set(spec.eligible_headcount),
                awards_planned: Set(spec.awards_planned),
                created_at: Set(opens - Duration::days(14)),
                // A call past its review was judged between its deadline
                // and its results.
                review_started_at: Set(spec
                    .phase
                    .has_results()
                    .then(|| closes + Duration::days(2))),
                review_closed_at: Set(spec
                    .phase
                    .has_results()
                    .then(|| (results - Duration::days(5)).max(closes + Duration::days(3)))),
                criteria: Set(crate::calls::rules::to_stored(
                    &city
                        .criteria
                        .iter()
                        .zip([40, 30, 30])
                        .map(|(name, weight)| crate::calls::Criterion {
                            name: (*name).to_owned(),
                            weight,
                            scale: 5,
                        })
                        .collect::<Vec<_>>(),
                )),
                // An archived edition was closed a year after its results.
                archived_at: Set((spec.phase == Phase::Archived)
                    .then(|| (results + Duration::days(365)).min(now))),
                // The network's first templates (README, "Editions").
                template_published_at: Set(super::cities::TEMPLATES
                    .iter()
                    .any(|(slug, year)| *slug == city.slug && *year == opens.year())
                    .then(|| now - Duration::days(30))),
                ..Default::default()
            },
            db,
        )
        .await?;
    scope
        .insert_many(
            spec.texts
                .iter()
                .map(|(lang, title, description)| call_text::ActiveModel {
                    call_id: Set(call.id),
                    locale: Set(lang.code().into()),
                    title: Set((*title).into()),
                    description: Set((*description).into()),
                    ..Default::default()
                }),
            db,
        )
        .await?;
    scope
        .insert_many(
            category_ids[..spec.by_category.len()]
                .iter()
                .map(|id| category_link::ActiveModel {
                    call_id: Set(call.id),
                    category_id: Set(*id),
                    ..Default::default()
                }),
            db,
        )
        .await?;

    // One category per proposal, in the published proportions.
    let categories: Vec<i32> = spec
        .by_category
        .iter()
        .enumerate()
        .flat_map(|(i, n)| std::iter::repeat_n(category_ids[i], *n))
        .collect();
    let teams: Vec<usize> = spec
        .team_sizes
        .iter()
        .flat_map(|(size, n)| std::iter::repeat_n(*size, *n))
        .collect();
    // Submissions came in before the deadline and before today.
    let last = closes.min(now - Duration::hours(1));
    let span = (last - opens).num_minutes().max(1);
    let mut seeded = Vec::new();
    // Winners spread evenly over the list, so that they span categories.
    let winners: Vec<usize> = (0..spec.awarded)
        .map(|k| k * total / spec.awarded)
        .collect();
    let mut author_turn = 0usize;
    for (i, (team_size, category_id)) in teams.iter().zip(categories.iter()).enumerate() {
        let rank = winners.iter().position(|w| *w == i);
        let status = status_for(spec.phase, rank.is_some());
        let title = rank
            .and_then(|r| spec.winners.get(r))
            .copied()
            .unwrap_or(city.ideas[i % city.ideas.len()]);
        let submitted_at = opens + Duration::minutes(span * (i as i64 + 1) / (total as i64 + 1));
        let [summary, problem, solution, benefits, resources] = city.proposal_text;
        let proposal = scope
            .insert(
                proposals::ActiveModel {
                    call_id: Set(call.id),
                    category_id: Set(Some(*category_id)),
                    locale: Set(city.locales[0].code().into()),
                    title: Set(title.into()),
                    summary: Set(summary.into()),
                    problem: Set(problem.into()),
                    solution: Set(solution.into()),
                    benefits: Set(benefits.into()),
                    resources: Set(resources.into()),
                    status: Set(status),
                    submitted_at: Set(Some(submitted_at)),
                    created_at: Set(submitted_at - Duration::days(3)),
                    updated_at: Set(submitted_at),
                    ..Default::default()
                },
                db,
            )
            .await?;
        let mut team = Vec::new();
        let mut divisions = Vec::new();
        for seat in 0..*team_size {
            let division = author_turn % spec.author_divisions.max(1);
            author_turn += 1;
            let author = people.create(db, spec.author_grade, division).await?;
            team.push(author);
            divisions.extend(people.division(division));
            scope
                .insert(
                    member::ActiveModel {
                        proposal_id: Set(proposal.id),
                        user_id: Set(Some(author)),
                        role: Set(if seat == 0 {
                            member::MemberRole::Lead
                        } else {
                            member::MemberRole::CoAuthor
                        }),
                        status: Set(member::MemberStatus::Accepted),
                        ..Default::default()
                    },
                    db,
                )
                .await?;
        }
        seeded.push(Seeded {
            id: proposal.id,
            title: proposal.title.clone(),
            summary: proposal.summary.clone(),
            category: category_ids
                .iter()
                .position(|id| id == category_id)
                .and_then(|k| networks.get(k).copied())
                .unwrap_or(NetworkCategory::ServiceQuality),
            locale: proposal.locale.clone(),
            team,
            divisions,
            rank,
        });
    }
    for d in 0..spec.drafts {
        let lead = people.create(db, spec.author_grade, d).await?;
        let [summary, problem, solution, benefits, resources] = city.proposal_text;
        let draft = scope
            .insert(
                proposals::ActiveModel {
                    call_id: Set(call.id),
                    category_id: Set(category_ids.first().copied()),
                    locale: Set(city.locales[0].code().into()),
                    title: Set(city.ideas[(total + d) % city.ideas.len()].into()),
                    summary: Set(summary.into()),
                    problem: Set(problem.into()),
                    solution: Set(solution.into()),
                    benefits: Set(benefits.into()),
                    resources: Set(resources.into()),
                    status: Set(Status::Draft),
                    submitted_at: Set(None),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                },
                db,
            )
            .await?;
        scope
            .insert(
                member::ActiveModel {
                    proposal_id: Set(draft.id),
                    user_id: Set(Some(lead)),
                    role: Set(member::MemberRole::Lead),
                    status: Set(member::MemberStatus::Accepted),
                    ..Default::default()
                },
                db,
            )
            .await?;
    }
    Ok((call, seeded))
}

/// A submitted proposal's status given its call's phase.
fn status_for(phase: Phase, winner: bool) -> Status {
    match phase {
        Phase::Draft | Phase::Open => Status::Submitted,
        Phase::Review => Status::InReview,
        Phase::Results | Phase::Implementation | Phase::Archived if winner => Status::Awarded,
        Phase::Results | Phase::Implementation | Phase::Archived => Status::NotSelected,
    }
}
