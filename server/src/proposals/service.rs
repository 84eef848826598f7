//! What can be done to a proposal, once for the pages and the JSON API:
//! start, save, submit, withdraw, and invite to or answer for its team.
//! Each checks who acts, the call's deadline by the server's clock, and the
//! rules of a proposal; a refusal is an `AppError` the edge words.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DatabaseConnection, IntoActiveModel, QueryFilter,
    QueryOrder, TransactionTrait, sea_query::Expr,
};
use serde::Deserialize;
use serde_json::json;

use super::{
    access, division_link,
    entity::{ActiveModel, Column, Entity, Model, Status},
    member::{self, MemberRole, MemberStatus},
    shown::{self, Shown},
};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    calls::entity::{self as calls, Kind, Phase},
    challenges::division_link as challenge_division,
    error::{AppError, FieldIssue},
    i18n::{Lang, Locales},
    notifications,
    organisation::division,
    people::user,
    secrets::SecretKey,
    similar,
    state::AppState,
    tenancy::{TenantContext, TenantId},
};

/// Longest texts a proposal's fields accept, in characters.
pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 1_000;
pub const BODY_MAX: usize = 5_000;
/// Most divisions one proposal may name.
pub const DIVISIONS_MAX: usize = 20;

/// Whether a call accepts submissions at `now`: open, and before its
/// deadline by the server's clock.
pub fn accepting(call: &calls::Model, now: DateTime<Utc>) -> bool {
    call.phase == Phase::Open && now >= call.opens_at && now < call.submissions_close_at
}

/// The error for acting after the call's deadline, shown in the city's
/// time zone; once the call is archived, that it is read-only.
pub fn too_late(call: &calls::Model, timezone: Tz) -> AppError {
    match crate::calls::edition::writable(call) {
        Err(read_only) => read_only,
        Ok(()) => AppError::DeadlinePassed(call.submissions_close_at, timezone),
    }
}

/// An idempotency key: 1 to 64 letters, digits, dashes or underscores.
pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What an idempotency key was first sent with: who, to which call, with
/// which body (its SHA-256). A key belongs to one person of one city
/// (proposals are the city's), one call and one body.
pub struct KeyedRequest<'a> {
    pub key: &'a str,
    pub call_id: CallId,
    pub body_hash: String,
}

impl<'a> KeyedRequest<'a> {
    /// A creation request; the body is hashed in a canonical form (keys
    /// sorted, no spaces), so that the same JSON written differently is
    /// the same request. No body is an empty object.
    pub fn new(
        key: &'a str,
        call_id: CallId,
        body: &serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        use sha2::{Digest, Sha256};
        let sorted: std::collections::BTreeMap<&String, &serde_json::Value> = body.iter().collect();
        let canonical = serde_json::to_string(&sorted).unwrap_or_default();
        Self {
            key,
            call_id,
            body_hash: Sha256::digest(canonical.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        }
    }
}

/// What a proposal's writes use of the plumbing: the database, the server
/// key (a team's members are sealed with it), the moment of the request
/// (one for the whole write) and the languages of the emails a submission
/// or an invitation sends.
#[derive(Clone, Copy)]
pub struct Writing<'a> {
    pub db: &'a DatabaseConnection,
    pub key: &'a SecretKey,
    pub now: DateTime<Utc>,
    pub locales: &'a std::sync::Arc<Locales>,
}

impl<'a> Writing<'a> {
    /// The parts of `app`, with its clock read now.
    pub fn at(app: &'a AppState) -> Self {
        Self {
            db: &app.db,
            key: &app.secrets,
            now: app.clock.now(),
            locales: &app.locales,
        }
    }
}

/// Starts a draft with `person` as lead, written in `lang` until they say
/// otherwise; the proposal's id, and whether this request made it (a retry of the same request finds the first
/// one's; the key reused for another call or body is refused, without
/// saying what it made).
pub async fn start(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    lang: Lang,
    request: &KeyedRequest<'_>,
) -> Result<(ProposalId, bool), AppError> {
    if !valid_key(request.key) {
        return Err(AppError::BadRequest);
    }
    let owner = key_owner(w.key, site.id, person.id);
    if let Some(existing) = by_key(w.db, site.id, &owner, request.key).await? {
        return Ok((same_request(&existing, request)?, false));
    }
    let call = crate::calls::service::find_published(w.db, site.id, request.call_id).await?;
    let now = w.now;
    if !accepting(&call, now) {
        return Err(too_late(&call, site.timezone));
    }
    // A co-creation call's proposals are its teams, each started from its
    // challenge (`teams::service::start`).
    if call.kind == calls::Kind::Cocreation {
        return Err(AppError::Refused("team-error-from-challenge"));
    }
    if access::eligibility_of(w.db, site.id, &call, person)
        .await?
        .is_err()
    {
        return Err(AppError::Forbidden);
    }
    let txn = w.db.begin().await?;
    let created = site
        .id
        .insert(
            ActiveModel {
                call_id: Set(call.id),
                category_id: Set(None),
                locale: Set(lang.code().to_owned()),
                title: Set(String::new()),
                summary: Set(String::new()),
                problem: Set(String::new()),
                solution: Set(String::new()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                status: Set(Status::Draft),
                submitted_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                idempotency_key: Set(Some(request.key.to_owned())),
                idempotency_owner: Set(Some(owner.clone())),
                idempotency_body: Set(Some(request.body_hash.clone())),
                ..Default::default()
            },
            &txn,
        )
        .await;
    let created = match created {
        Ok(created) => created,
        // The same key raced us: the other request made it.
        Err(_) => {
            drop(txn);
            let existing = by_key(w.db, site.id, &owner, request.key)
                .await?
                .ok_or(AppError::BadRequest)?;
            return Ok((same_request(&existing, request)?, false));
        }
    };
    site.id
        .insert(
            member::ActiveModel {
                proposal_id: Set(created.id),
                role: Set(MemberRole::Lead),
                status: Set(MemberStatus::Accepted),
                ..member::new_row(w.key, site.id, person.id, call.identities_sealed())
            },
            &txn,
        )
        .await?;
    txn.commit().await?;
    Ok((created.id, true))
}

/// Whose keys are whose: a keyed fingerprint of the person in the city.
fn key_owner(secrets: &SecretKey, scope: TenantId, person: PersonId) -> String {
    secrets.fingerprint(&format!("idempotency:{}:{person}", scope.get()))
}

async fn by_key(
    db: &DatabaseConnection,
    scope: TenantId,
    owner: &str,
    key: &str,
) -> Result<Option<Model>, AppError> {
    Ok(scope
        .find::<Entity>()
        .filter(Column::IdempotencyOwner.eq(owner))
        .filter(Column::IdempotencyKey.eq(key))
        .one(db)
        .await?)
}

/// The proposal a key made, if this is the same request again.
fn same_request(existing: &Model, request: &KeyedRequest<'_>) -> Result<ProposalId, AppError> {
    if existing.call_id == request.call_id
        && existing.idempotency_body.as_deref() == Some(request.body_hash.as_str())
    {
        Ok(existing.id)
    } else {
        Err(AppError::Refused("proposal-error-key-reused"))
    }
}

/// A proposal the person is on the team of, with the team and their place.
pub async fn own(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    id: ProposalId,
    person: PersonId,
) -> Result<(Model, Vec<member::Model>, member::Model), AppError> {
    let proposal = scope
        .find_by_id::<Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = access::team_of(db, scope, id).await?;
    let me = team
        .iter()
        .find(|m| m.person(secrets) == Some(person))
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((proposal, team, me))
}

/// The proposal's fields as sent (all optional in a draft): by the form,
/// or as JSON by the API.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct ProposalForm {
    #[serde(default)]
    #[schema(max_length = 200)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub summary: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub problem: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub solution: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub benefits: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub resources: String,
    /// Co-creation: the solution seen from its end users.
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub end_users: String,
    /// Co-creation plan: partners.
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub partners: String,
    /// Co-creation plan: the pilot (where, when, for whom).
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub pilot: String,
    /// Co-creation plan: the indicators that will tell it works.
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub indicators: String,
    /// A category id the call offers, as text (empty for none).
    #[serde(default)]
    pub category: String,
    /// The language it is written in (otherwise the request's).
    #[serde(default)]
    pub locale: String,
    /// The ids of the divisions it concerns.
    #[serde(default)]
    #[schema(max_items = 20)]
    pub division: Vec<i32>,
    /// The topics its authors confirm (codes of the vocabulary); none:
    /// those its title and problem suggest.
    #[serde(default)]
    #[schema(max_items = 30)]
    pub topic: Vec<String>,
}

impl ProposalForm {
    pub fn of(p: &Model, divisions: Vec<i32>) -> Self {
        Self {
            title: p.title.clone(),
            summary: p.summary.clone(),
            problem: p.problem.clone(),
            solution: p.solution.clone(),
            benefits: p.benefits.clone(),
            resources: p.resources.clone(),
            end_users: p.end_users.clone(),
            partners: p.partners.clone(),
            pilot: p.pilot.clone(),
            indicators: p.indicators.clone(),
            category: p.category_id.map(|c| c.to_string()).unwrap_or_default(),
            locale: p.locale.clone(),
            division: divisions,
            topic: Vec::new(),
        }
    }
}

/// Checks lengths and choices; what must be filled in only matters at
/// submission (`missing`). The language is the form's, else `lang`.
fn check(
    form: &ProposalForm,
    lang: Lang,
    offered: &[i32],
    divisions: &[i32],
) -> Result<(Option<i32>, Lang), AppError> {
    let mut issues = Vec::new();
    for (field, value, max) in [
        ("title", &form.title, TITLE_MAX),
        ("summary", &form.summary, SUMMARY_MAX),
        ("problem", &form.problem, BODY_MAX),
        ("solution", &form.solution, BODY_MAX),
        ("benefits", &form.benefits, BODY_MAX),
        ("resources", &form.resources, BODY_MAX),
        ("end_users", &form.end_users, BODY_MAX),
        ("partners", &form.partners, BODY_MAX),
        ("pilot", &form.pilot, BODY_MAX),
        ("indicators", &form.indicators, BODY_MAX),
    ] {
        if value.chars().count() > max {
            issues.push(FieldIssue::new(field, "proposal-error-too-long").with("max", max as i64));
        }
    }
    let category = match form.category.trim() {
        "" => None,
        value => match value.parse::<i32>().ok().filter(|c| offered.contains(c)) {
            Some(c) => Some(c),
            None => {
                issues.push(FieldIssue::new("category", "proposal-error-category"));
                None
            }
        },
    };
    let locale = form.locale.parse::<Lang>().unwrap_or(lang);
    if form.division.len() > DIVISIONS_MAX || form.division.iter().any(|d| !divisions.contains(d)) {
        issues.push(FieldIssue::new("division", "proposal-error-divisions"));
    }
    if issues.is_empty() {
        Ok((category, locale))
    } else {
        Err(AppError::Invalid(issues))
    }
}

/// What a submission needs beyond a draft; a co-creation team's also its
/// plan (resources, partners, pilot, indicators).
fn missing(p: &Model, kind: Kind) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    let plan = [
        ("resources", &p.resources),
        ("partners", &p.partners),
        ("pilot", &p.pilot),
        ("indicators", &p.indicators),
    ];
    let planned = if kind == Kind::Cocreation {
        &plan[..]
    } else {
        &[]
    };
    for (field, value) in [
        ("title", &p.title),
        ("summary", &p.summary),
        ("problem", &p.problem),
        ("solution", &p.solution),
    ]
    .iter()
    .chain(planned)
    {
        if value.trim().is_empty() {
            issues.push(FieldIssue::new(field, "proposal-error-required"));
        }
    }
    if p.category_id.is_none() {
        issues.push(FieldIssue::new("category", "proposal-error-required"));
    }
    issues
}

/// Saves what was written, complete or not (in `lang` unless the form
/// names its language). Too long a text or an unknown choice is refused
/// as [`AppError::Invalid`] (and nothing is saved).
pub async fn save(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    lang: Lang,
    id: ProposalId,
    form: &ProposalForm,
) -> Result<(Model, Vec<i32>), AppError> {
    // The proposal, its call, its team and everything the checks need, in
    // one statement.
    let shown = Shown::read(w.db, w.key, site.id, id, person.id).await?;
    let (proposal, me, call) = (shown.proposal, shown.me, shown.call);
    if !call.phase.is_published() {
        return Err(AppError::NotFound);
    }
    if me.status != MemberStatus::Accepted
        || !matches!(proposal.status, Status::Draft | Status::Submitted)
    {
        return Err(AppError::Locked);
    }
    let now = w.now;
    if !accepting(&call, now) {
        return Err(too_late(&call, site.timezone));
    }
    let offered: Vec<i32> = shown.categories.iter().map(|c| c.id).collect();
    let divisions: Vec<i32> = shown.divisions.iter().map(|(d, _)| *d).collect();
    let (category, locale) = check(form, lang, &offered, &divisions)?;
    let mut row = proposal.into_active_model();
    row.title = Set(form.title.trim().to_owned());
    row.summary = Set(form.summary.clone());
    row.problem = Set(form.problem.clone());
    row.solution = Set(form.solution.clone());
    row.benefits = Set(form.benefits.clone());
    row.resources = Set(form.resources.clone());
    // The end users' view and the plan belong to co-creation calls only.
    if call.kind == Kind::Cocreation {
        row.end_users = Set(form.end_users.clone());
        row.partners = Set(form.partners.clone());
        row.pilot = Set(form.pilot.clone());
        row.indicators = Set(form.indicators.clone());
    }
    row.category_id = Set(category);
    row.locale = Set(locale.code().to_owned());
    row.updated_at = Set(now);
    let mut chosen = form.division.clone();
    chosen.sort_unstable();
    chosen.dedup();
    let mut before = shown.chosen;
    before.sort_unstable();
    let topics = similar::service::topics_to_store(
        locale.code(),
        &format!("{} {}", form.title, form.problem),
        &form.topic,
    );
    let topics_kept = topics == shown.topics;
    if chosen == before && topics_kept {
        // The text alone (what autosave sends): one statement, whole by
        // itself.
        let saved = site.id.update(row, w.db).await?;
        return Ok((saved, chosen));
    }
    let txn = w.db.begin().await?;
    let saved = site.id.update(row, &txn).await?;
    site.id
        .delete_many::<division_link::Entity>()
        .filter(division_link::Column::ProposalId.eq(id))
        .exec(&txn)
        .await?;
    site.id
        .insert_many(
            chosen.iter().map(|d| division_link::ActiveModel {
                proposal_id: Set(id),
                division_id: Set(*d),
                ..Default::default()
            }),
            &txn,
        )
        .await?;
    if !topics_kept {
        similar::service::record_proposal_topics(&txn, site.id, saved.id, &topics).await?;
    }
    txn.commit().await?;
    Ok((saved, chosen))
}

/// Submits a complete draft with an eligible team, before the deadline;
/// what is missing, or who is not eligible, is refused as
/// [`AppError::Invalid`]. Submitting a submitted proposal again changes
/// nothing. The whole team is told, in the app and by email (queued with
/// the move).
pub async fn submit(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    id: ProposalId,
) -> Result<Model, AppError> {
    // The proposal, its call and its team, in one statement.
    let (proposal, call, team, me) = shown::owned(w.db, w.key, site.id, id, person.id).await?;
    if !call.phase.is_published() {
        return Err(AppError::NotFound);
    }
    // Already submitted (and, past the deadline, gone to review with its
    // call): a retried submission changes nothing and says so.
    if matches!(proposal.status, Status::Submitted | Status::InReview) {
        return Ok(proposal);
    }
    if me.role != MemberRole::Lead || proposal.status != Status::Draft {
        return Err(AppError::Locked);
    }
    let now = w.now;
    if !accepting(&call, now) {
        return Err(too_late(&call, site.timezone));
    }
    let mut issues = missing(&proposal, call.kind);
    let accepted: Vec<PersonId> = team
        .iter()
        .filter(|m| m.status == MemberStatus::Accepted)
        .filter_map(|m| m.person(w.key))
        .collect();
    let members = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(accepted.clone()))
        .all(w.db)
        .await?;
    issues.extend(composition(w.db, site.id, &call, &proposal, &members).await?);
    for member in members {
        if access::eligibility_of(w.db, site.id, &call, &member)
            .await?
            .is_err()
        {
            issues.push(
                FieldIssue::new("team", "team-error-ineligible")
                    .with("name", member.display_name.clone()),
            );
        }
    }
    if !issues.is_empty() {
        return Err(AppError::Invalid(issues));
    }
    // From draft only: of two identical submissions, one moves it, and
    // gets the row as it now stands.
    let moving = site
        .id
        .update_many::<Entity>()
        .col_expr(Column::Status, Expr::value(Status::Submitted))
        .col_expr(Column::SubmittedAt, Expr::value(now))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(Status::Draft));
    // The whole team is told, the one who submitted too (their copy of
    // what happens next, and an email where the city sends them).
    let others = accepted;
    // The team's notice commits with the move, so a crash loses neither
    // alone.
    let txn = w.db.begin().await?;
    let moved = moving.exec_with_returning(&txn).await?.into_iter().next();
    let args = json!({ "title": proposal.title });
    let link = format!("/proposals/{id}");
    if moved.is_some() {
        notifications::notify(
            &txn,
            site.id,
            &others,
            "notification-submitted",
            args,
            &link,
            now,
        )
        .await?;
    }
    txn.commit().await?;
    match moved {
        Some(submitted) => Ok(submitted),
        None => now_stored(w.db, site.id, id).await,
    }
}

/// What a team's accepted `members` lack under the call's composition
/// rule: at least `min_team_size` of them (and at most `max_team_size`),
/// and, for a co-creation call, at least `min_team_divisions` distinct
/// divisions among them. A refusal names the divisions the team spans and,
/// when the team's challenge concerns one it lacks, suggests it.
async fn composition(
    db: &DatabaseConnection,
    scope: TenantId,
    call: &calls::Model,
    proposal: &Model,
    members: &[user::Model],
) -> Result<Vec<FieldIssue>, AppError> {
    let mut issues = Vec::new();
    let size = members.len() as i64;
    if size < i64::from(call.min_team_size) {
        issues.push(
            FieldIssue::new("team", "team-error-too-small")
                .with("size", size)
                .with("min", i64::from(call.min_team_size)),
        );
    }
    if size > i64::from(call.max_team_size) {
        issues.push(
            FieldIssue::new("team", "team-error-too-large")
                .with("size", size)
                .with("max", i64::from(call.max_team_size)),
        );
    }
    if call.kind != calls::Kind::Cocreation || call.min_team_divisions <= 0 {
        return Ok(issues);
    }
    let names: std::collections::HashMap<i32, String> = scope
        .find::<division::Entity>()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    let spanned: std::collections::BTreeSet<&String> = members
        .iter()
        .filter_map(|m| m.division_id.and_then(|d| names.get(&d)))
        .collect();
    if spanned.len() as i64 >= i64::from(call.min_team_divisions) {
        return Ok(issues);
    }
    let concerned = match proposal.challenge_id {
        Some(challenge) => {
            scope
                .find::<challenge_division::Entity>()
                .filter(challenge_division::Column::ChallengeId.eq(challenge))
                .order_by_asc(challenge_division::Column::Id)
                .all(db)
                .await?
        }
        None => Vec::new(),
    };
    let example = concerned
        .iter()
        .filter_map(|l| names.get(&l.division_id))
        .find(|name| !spanned.contains(name));
    let spans = spanned
        .iter()
        .map(|n| n.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let issue = match example {
        Some(example) => FieldIssue::new("team", "team-error-divisions-example")
            .with("example", example.as_str()),
        None => FieldIssue::new("team", "team-error-divisions"),
    };
    issues.push(
        issue
            .with("count", spanned.len() as i64)
            .with("divisions", spans)
            .with("needed", i64::from(call.min_team_divisions)),
    );
    Ok(issues)
}

/// The proposal as stored now (after another request moved it).
async fn now_stored(
    db: &DatabaseConnection,
    scope: TenantId,
    id: ProposalId,
) -> Result<Model, AppError> {
    scope
        .find_by_id::<Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The lead takes a proposal back before the deadline; it stays withdrawn.
pub async fn withdraw(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    id: ProposalId,
) -> Result<(), AppError> {
    let (proposal, _, me) = own(w.db, w.key, site.id, id, person.id).await?;
    if me.role != MemberRole::Lead || !matches!(proposal.status, Status::Draft | Status::Submitted)
    {
        return Err(AppError::Locked);
    }
    let call = crate::calls::service::find_published(w.db, site.id, proposal.call_id).await?;
    let now = w.now;
    if !accepting(&call, now) {
        return Err(too_late(&call, site.timezone));
    }
    site.id
        .update_many::<Entity>()
        .col_expr(Column::Status, Expr::value(Status::Withdrawn))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.is_in([Status::Draft, Status::Submitted]))
        .exec(w.db)
        .await?;
    Ok(())
}

/// The lead invites a colleague of the city, named by email or by their
/// name as `wanted`, to the team, and tells them (in the app and by
/// email). A colleague who cannot be invited (unknown, ambiguous,
/// already on the team, not eligible, or no seat left) is refused as
/// [`AppError::Invalid`] at the `colleague` field.
pub async fn invite(
    w: Writing<'_>,
    site: &TenantContext,
    lead: &user::Model,
    id: ProposalId,
    wanted: &str,
) -> Result<(), AppError> {
    let refused = |message| AppError::Invalid(vec![FieldIssue::new("colleague", message)]);
    let proposal = site
        .id
        .find_by_id::<Entity>(id)
        .one(w.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = access::team_of(w.db, site.id, id).await?;
    if !team
        .iter()
        .any(|m| m.person(w.key) == Some(lead.id) && m.role == MemberRole::Lead)
    {
        return Err(AppError::NotFound);
    }
    if !matches!(proposal.status, Status::Draft | Status::Submitted) {
        return Err(AppError::Locked);
    }
    let call = crate::calls::service::find(w.db, site.id, proposal.call_id).await?;
    let now = w.now;
    if !accepting(&call, now) {
        return Err(too_late(&call, site.timezone));
    }
    if wanted.is_empty() || wanted.chars().count() > 254 {
        return Err(refused("team-error-who"));
    }
    let matches = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(user::Column::Email.eq(wanted.to_lowercase()))
                .add(user::Column::DisplayName.eq(wanted)),
        )
        .all(w.db)
        .await?;
    let colleague = match matches.as_slice() {
        [one] => one.clone(),
        [] => return Err(refused_naming("team-error-unknown", "who", wanted)),
        _ => return Err(refused_naming("team-error-ambiguous", "who", wanted)),
    };
    if team.iter().any(|m| m.person(w.key) == Some(colleague.id)) {
        return Err(refused_naming(
            "team-error-already",
            "name",
            &colleague.display_name,
        ));
    }
    if access::eligibility_of(w.db, site.id, &call, &colleague)
        .await?
        .is_err()
    {
        return Err(refused_naming(
            "team-error-ineligible",
            "name",
            &colleague.display_name,
        ));
    }
    let txn = w.db.begin().await?;
    // Holds the proposal while its seats are counted and one is taken, so
    // that two invitations racing for the last seat cannot both take it.
    if !crate::db::hold::<Entity>(&txn, site.id, id).await? {
        return Err(AppError::NotFound);
    }
    let seats = access::team_of(&txn, site.id, id).await?.len() as i32;
    if seats >= call.max_team_size {
        return Err(AppError::Invalid(vec![
            FieldIssue::new("colleague", "team-error-full")
                .with("size", i64::from(call.max_team_size)),
        ]));
    }
    let declined = site
        .id
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .filter(member::of_person(w.key, site.id, colleague.id))
        .one(&txn)
        .await?;
    match declined {
        Some(row) => {
            let mut row = row.into_active_model();
            row.status = Set(MemberStatus::Invited);
            site.id.update(row, &txn).await?;
        }
        None => {
            site.id
                .insert(
                    member::ActiveModel {
                        proposal_id: Set(id),
                        role: Set(MemberRole::CoAuthor),
                        status: Set(MemberStatus::Invited),
                        ..member::new_row(w.key, site.id, colleague.id, call.identities_sealed())
                    },
                    &txn,
                )
                .await?;
        }
    }
    // The lead is named by id, read when the notification is shown or
    // its email written, so an erasure reaches both.
    let link = format!("/proposals/{id}");
    notifications::notify(
        &txn,
        site.id,
        &[colleague.id],
        "notification-team-invitation",
        json!({ notifications::PERSON: lead.id, "title": proposal.title }),
        &link,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A refused invitation whose message names someone.
fn refused_naming(message: &'static str, arg: &'static str, who: &str) -> AppError {
    AppError::Invalid(vec![FieldIssue::new("colleague", message).with(arg, who)])
}

/// The invited `person` answers the invitation to the team: `accept` or
/// `decline` (anything else is a bad request); the new status. One who is
/// no longer eligible cannot accept, and is refused as
/// [`AppError::Invalid`] at the `colleague` field.
pub async fn answer(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    id: ProposalId,
    answer: &str,
) -> Result<MemberStatus, AppError> {
    let proposal = site
        .id
        .find_by_id::<Entity>(id)
        .one(w.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let membership = site
        .id
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .filter(member::of_person(w.key, site.id, person.id))
        .filter(member::Column::Status.eq(MemberStatus::Invited))
        .one(w.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = match answer {
        "accept" => MemberStatus::Accepted,
        "decline" => MemberStatus::Declined,
        _ => return Err(AppError::BadRequest),
    };
    if status == MemberStatus::Accepted {
        let call = crate::calls::service::find(w.db, site.id, proposal.call_id).await?;
        if !accepting(&call, w.now) {
            return Err(too_late(&call, site.timezone));
        }
        if access::eligibility_of(w.db, site.id, &call, person)
            .await?
            .is_err()
        {
            return Err(refused_naming(
                "team-error-ineligible",
                "name",
                &person.display_name,
            ));
        }
    }
    let mut row = membership.into_active_model();
    row.status = Set(status);
    site.id.update(row, w.db).await?;
    Ok(status)
}
