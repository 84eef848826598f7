//! The writes on people and what they hold: a person's preferences, the
//! download of their data, erasure, the roles a city gives and whether an
//! account is active. Each change that matters is recorded in the audit log
//! in the same transaction, and the person's sessions and cached viewer
//! follow it.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveEnum,
    ActiveValue::Set,
    ColumnTrait, Condition, DatabaseConnection, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{Expr, Query},
};
use serde_json::{Value, json};

use super::{Role, role, user};
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use crate::{
    audit,
    auth::oidc,
    auth::{Principal, Realm, invitations, local, session, viewer_cache},
    error::AppError,
    error::FieldIssue,
    i18n::Lang,
    notifications,
    organisation::{division, headcount},
    proposals::{self, member},
    secrets::SecretKey,
    store::Store,
    tenancy::TenantId,
};

/// Where a person's change is seen at once: the caches of their viewer.
pub struct Caches<'a> {
    pub store: &'a Store,
    pub viewers: &'a ViewerCache,
}

impl Caches<'_> {
    async fn changed(&self, scope: TenantId, person: PersonId) {
        viewer_cache::changed(
            self.viewers,
            self.store,
            Realm::Tenant(scope.get()),
            Principal::User(person),
        )
        .await;
    }
}

/// Most people a search returns.
const PAGE_SIZE: u64 = 100;

/// People matching a search on name or email, with their roles.
pub async fn search(
    db: &DatabaseConnection,
    scope: TenantId,
    q: &str,
) -> Result<Vec<(user::Model, Vec<Role>)>, AppError> {
    let mut select = scope
        .find::<user::Entity>()
        .order_by_asc(user::Column::DisplayName);
    let q = q.trim();
    if !q.is_empty() {
        let pattern = format!("%{}%", q.replace(['\\', '%', '_'], ""));
        select = select.filter(
            Condition::any()
                .add(user::Column::DisplayName.like(pattern.clone()))
                .add(user::Column::Email.like(pattern)),
        );
    }
    let people = select.limit(PAGE_SIZE).all(db).await?;
    let ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    let mut roles: HashMap<PersonId, Vec<Role>> = HashMap::new();
    for grant in scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.is_in(ids))
        .all(db)
        .await?
    {
        roles.entry(grant.user_id).or_default().push(grant.role);
    }
    Ok(people
        .into_iter()
        .map(|p| {
            let held = roles.remove(&p.id).unwrap_or_default();
            (p, held)
        })
        .collect())
}

/// How many people a page of the people list shows.
pub const PER_PAGE: u64 = 50;

/// Where a person's account stands, as the people list filters it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Active,
    /// Deactivated (erased people too: they can no longer sign in).
    Deactivated,
    /// Asked to be erased, not yet erased.
    ErasureRequested,
}

/// What the people list is narrowed to; empty fields narrow nothing.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Part of a name or an email.
    pub q: String,
    /// Holds this role (city-wide or for a call).
    pub role: Option<Role>,
    pub division: Option<i32>,
    pub grade: Option<String>,
    pub status: Option<Status>,
}

/// One page of the city's people who pass `filter`, by name, each with the
/// grants they hold (city-wide, or a juror's for a call), and how many pass
/// in all. `page` counts from 0; one past the last gives the last.
pub async fn list(
    db: &DatabaseConnection,
    scope: TenantId,
    filter: &Filter,
    page: u64,
) -> Result<(Vec<(user::Model, Vec<role::Model>)>, u64), AppError> {
    let mut select = scope
        .find::<user::Entity>()
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id);
    // No name or email holds a NUL (and PostgreSQL cannot compare one).
    let q = filter.q.replace('\0', "");
    let q = q.trim();
    if !q.is_empty() {
        let pattern = format!("%{}%", q.replace(['\\', '%', '_'], ""));
        select = select.filter(
            Condition::any()
                .add(user::Column::DisplayName.like(pattern.clone()))
                .add(user::Column::Email.like(pattern)),
        );
    }
    if let Some(role) = filter.role {
        select = select.filter(
            user::Column::Id.in_subquery(
                Query::select()
                    .column(role::Column::UserId)
                    .from(role::Entity)
                    .and_where(role::Column::TenantId.eq(scope.get()))
                    .and_where(role::Column::Role.eq(role))
                    .to_owned(),
            ),
        );
    }
    if let Some(division) = filter.division {
        select = select.filter(user::Column::DivisionId.eq(division));
    }
    if let Some(grade) = &filter.grade {
        select = select.filter(user::Column::Grade.eq(grade.as_str()));
    }
    select = match filter.status {
        None => select,
        Some(Status::Active) => select.filter(user::Column::Active.eq(true)),
        Some(Status::Deactivated) => select.filter(user::Column::Active.eq(false)),
        Some(Status::ErasureRequested) => select
            .filter(user::Column::ErasureRequestedAt.is_not_null())
            .filter(user::Column::Issuer.ne(user::ERASED_ISSUER)),
    };
    let pages = select.paginate(db, PER_PAGE);
    let total = pages.num_items().await?;
    // A page past the last shows the last (a link kept while people left).
    let page = page.min(total.div_ceil(PER_PAGE).max(1) - 1);
    let people = pages.fetch_page(page).await?;
    let ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    let mut roles: HashMap<PersonId, Vec<role::Model>> = HashMap::new();
    for grant in scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.is_in(ids))
        .order_by_asc(role::Column::Id)
        .all(db)
        .await?
    {
        roles.entry(grant.user_id).or_default().push(grant);
    }
    Ok((
        people
            .into_iter()
            .map(|p| {
                let held = roles.remove(&p.id).unwrap_or_default();
                (p, held)
            })
            .collect(),
        total,
    ))
}

/// The grades the people list offers as filters and the attribute form as
/// suggestions: the city's grades (its headcount) and any its people hold.
pub async fn grades(db: &DatabaseConnection, scope: TenantId) -> Result<Vec<String>, AppError> {
    let mut grades: Vec<String> = scope
        .find::<headcount::Entity>()
        .all(db)
        .await?
        .into_iter()
        .map(|h| h.grade)
        .collect();
    let held: Vec<Option<String>> = scope
        .find::<user::Entity>()
        .select_only()
        .column(user::Column::Grade)
        .distinct()
        .filter(user::Column::Grade.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    grades.extend(held.into_iter().flatten());
    grades.sort();
    grades.dedup();
    Ok(grades)
}

/// The claims through which the city's identity provider sets a person's
/// division and grade at each sign-in, for a person who signs in through
/// it: the admin cannot change those.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SsoOwned {
    pub division: Option<String>,
    pub grade: Option<String>,
}

/// Which of `person`'s attributes the city's identity provider owns.
pub async fn sso_owned(
    db: &DatabaseConnection,
    scope: TenantId,
    person: &user::Model,
) -> Result<SsoOwned, AppError> {
    let Some(provider) = oidc::provider_of(db, scope).await? else {
        return Ok(SsoOwned::default());
    };
    if person.issuer.trim_end_matches('/') != provider.issuer_url.trim_end_matches('/') {
        return Ok(SsoOwned::default());
    }
    let claim = |c: &str| Some(c.trim().to_owned()).filter(|c| !c.is_empty());
    Ok(SsoOwned {
        division: claim(&provider.division_claim),
        grade: claim(&provider.grade_claim),
    })
}

/// Longest grade a person is given (as a city's headcount allows).
const GRADE_MAX: usize = 80;

/// A person's division and grade as the admin sets them: `None` leaves the
/// attribute as it is (the form did not send it).
#[derive(Clone, Debug, Default)]
pub struct Attributes {
    /// A division's id, or empty for none.
    pub division: Option<String>,
    /// Any grade, or empty for none.
    pub grade: Option<String>,
}

/// Sets person `id`'s division (one of the city's) and grade (free text),
/// audited as `person.attributes`. An attribute the city's identity
/// provider owns is refused if it would change.
pub async fn set_attributes(
    db: &DatabaseConnection,
    caches: Caches<'_>,
    scope: TenantId,
    actor: Option<PersonId>,
    id: PersonId,
    form: &Attributes,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let person = Some(person(db, scope, id).await?)
        .filter(|p| !p.is_erased())
        .ok_or(AppError::NotFound)?;
    let owned = sso_owned(db, scope, &person).await?;
    let mut issues = Vec::new();
    let mut division_id = person.division_id;
    if let Some(raw) = &form.division {
        let raw = raw.trim();
        let wanted = if raw.is_empty() {
            Some(None)
        } else {
            match raw.parse::<i32>() {
                Ok(n) => scope
                    .find_by_id::<division::Entity>(n)
                    .one(db)
                    .await?
                    .map(|d| Some(d.id)),
                Err(_) => None,
            }
        };
        match wanted {
            None => issues.push(FieldIssue::new("division", "people-error-division")),
            Some(d) if d != person.division_id && owned.division.is_some() => {
                issues.push(FieldIssue::new("division", "people-error-sso-owned"));
            }
            Some(d) => division_id = d,
        }
    }
    let mut grade = person.grade.clone();
    if let Some(raw) = &form.grade {
        let raw = raw.trim();
        let wanted = Some(raw.to_owned()).filter(|g| !g.is_empty());
        if raw.chars().count() > GRADE_MAX || raw.chars().any(char::is_control) {
            issues
                .push(FieldIssue::new("grade", "people-error-grade").with("max", GRADE_MAX as i64));
        } else if wanted != person.grade && owned.grade.is_some() {
            issues.push(FieldIssue::new("grade", "people-error-sso-owned"));
        } else {
            grade = wanted;
        }
    }
    if !issues.is_empty() {
        return Err(AppError::Invalid(issues));
    }
    if division_id == person.division_id && grade == person.grade {
        return Ok(());
    }
    let before = json!({ "division_id": person.division_id, "grade": person.grade });
    let after = json!({ "division_id": division_id, "grade": grade });
    let mut row = person.into_active_model();
    row.division_id = Set(division_id);
    row.grade = Set(grade);
    let txn = db.begin().await?;
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "person.attributes",
            subject_type: "person",
            subject_id: id.get(),
            before,
            after,
        },
    )
    .await?;
    txn.commit().await?;
    caches.changed(scope, id).await;
    Ok(())
}

/// Sets a person's interface language and whether notifications come by
/// email.
pub async fn set_preferences(
    db: &DatabaseConnection,
    caches: Caches<'_>,
    scope: TenantId,
    person: user::Model,
    locale: Option<Lang>,
    notify_by_email: bool,
) -> Result<(), AppError> {
    let id = person.id;
    let mut row = person.into_active_model();
    row.locale = Set(locale.map(|l| l.code().to_owned()));
    row.notify_by_email = Set(notify_by_email);
    scope.update(row, db).await?;
    caches.changed(scope, id).await;
    Ok(())
}

/// Everything the platform holds about one person of a city, and nothing
/// about anyone else (co-authors appear only as a count).
pub async fn personal_data(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    person: &user::Model,
) -> Result<Value, AppError> {
    let roles: Vec<Value> = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| json!({ "role": format!("{:?}", r.role), "call_id": r.call_id, "since": r.created_at }))
        .collect();
    let memberships = scope
        .find::<member::Entity>()
        .filter(member::of_person(secrets, scope, person.id))
        .all(db)
        .await?;
    let mut proposals_json = Vec::new();
    for m in &memberships {
        if let Some(p) = scope
            .find_by_id::<proposals::Entity>(m.proposal_id)
            .one(db)
            .await?
        {
            let team_size = proposals::team_of(db, scope, p.id).await?.len();
            proposals_json.push(json!({
                "id": p.id,
                "call_id": p.call_id,
                "your_role": format!("{:?}", m.role),
                "your_membership": format!("{:?}", m.status),
                "team_size": team_size,
                "status": format!("{:?}", p.status),
                "language": p.locale,
                "title": p.title,
                "summary": p.summary,
                "problem": p.problem,
                "solution": p.solution,
                "benefits": p.benefits,
                "resources": p.resources,
                "submitted_at": p.submitted_at,
                "updated_at": p.updated_at,
            }));
        }
    }
    // The person's choice per kind of email (theirs, or the default).
    let email_choices: serde_json::Map<String, Value> =
        notifications::choices::of_person(db, scope, person.id)
            .await?
            .into_iter()
            .map(|(kind, cadence)| (kind.token().to_owned(), cadence.token().into()))
            .collect();
    let notifications: Vec<Value> = scope
        .find::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(person.id))
        .order_by_asc(notifications::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|n| json!({ "message": n.message, "details": n.args, "link": n.link, "at": n.created_at, "read_at": n.read_at }))
        .collect();
    let invitations: Vec<Value> = scope
        .find::<invitations::Entity>()
        .filter(invitations::Column::Email.eq(person.email.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|i| json!({ "role": format!("{:?}", i.role), "sent": i.created_at, "accepted": i.accepted_at, "revoked": i.revoked_at }))
        .collect();
    let actions: Vec<Value> = scope
        .find::<audit::Entity>()
        .filter(audit::Column::ActorId.eq(person.id))
        .order_by_asc(audit::Column::Seq)
        .all(db)
        .await?
        .into_iter()
        .map(|e| json!({ "at": e.at, "action": e.action, "subject": format!("{} {}", e.subject_type, e.subject_id) }))
        .collect();
    let has_password = scope
        .find::<local::Entity>()
        .filter(local::Column::UserId.eq(person.id))
        .one(db)
        .await?
        .is_some();
    Ok(json!({
        "person": {
            "id": person.id,
            "name": person.display_name,
            "email": person.email,
            "identity_provider": person.issuer,
            "subject": person.subject,
            "division_id": person.division_id,
            "grade": person.grade,
            "attributes": serde_json::from_str::<Value>(&person.attributes).unwrap_or(Value::Null),
            "language": person.locale,
            "notify_by_email": person.notify_by_email,
            "active": person.active,
            "created_at": person.created_at,
            "erasure_requested_at": person.erasure_requested_at,
            "has_local_password": has_password,
        },
        "roles": roles,
        "proposals": proposals_json,
        "notifications": notifications,
        "email_choices": email_choices,
        "invitations": invitations,
        "actions_in_audit_log": actions,
    }))
}

/// Everything held about `person`, and an entry in the audit log saying
/// they took it: who took a copy of a person's data, and when, is theirs
/// to know.
pub async fn export(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    person: &user::Model,
    now: DateTime<Utc>,
) -> Result<Value, AppError> {
    let data = personal_data(db, secrets, scope, person).await?;
    let txn = db.begin().await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(person.id),
            action: "person.export",
            subject_type: "person",
            subject_id: person.id.get(),
            before: json!({}),
            after: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(data)
}

/// Records that a person asks to be erased (once: the first request
/// stands).
pub async fn request_erasure(
    db: &DatabaseConnection,
    scope: TenantId,
    person: user::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if person.erasure_requested_at.is_none() {
        let mut row = person.into_active_model();
        row.erasure_requested_at = Set(Some(now));
        scope.update(row, db).await?;
    }
    Ok(())
}

/// Erases a person who asked for it. Their name, email, identity, grade,
/// division and attributes are replaced or cleared, their password and
/// sessions removed; their proposals and team places stay, anonymous, so
/// that the network's counts do not change.
pub async fn erase(
    db: &DatabaseConnection,
    caches: Caches<'_>,
    scope: TenantId,
    actor: Option<PersonId>,
    id: PersonId,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let person = Some(person(db, scope, id).await?)
        .filter(|p| p.erasure_requested_at.is_some())
        .ok_or(AppError::NotFound)?;
    let txn = db.begin().await?;
    let mut row = person.clone().into_active_model();
    // Stored empty, in no language: pages render the placeholder in their
    // reader's (`user::shown_name`).
    row.display_name = Set(String::new());
    row.email = Set(format!("erased-{id}@invalid"));
    row.issuer = Set(user::ERASED_ISSUER.into());
    row.subject = Set(format!("erased-{id}"));
    row.grade = Set(None);
    row.division_id = Set(None);
    row.attributes = Set("{}".into());
    row.locale = Set(None);
    row.active = Set(false);
    scope.update(row, &txn).await?;
    scope
        .delete_many::<local::Entity>()
        .filter(local::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    scope
        .delete_many::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    notifications::forget_name(&txn, scope, id, &person.display_name).await?;
    notifications::choices::forget(&txn, scope, id).await?;
    // The invitations addressed to the person held their name and email.
    scope
        .update_many::<invitations::Entity>()
        .col_expr(
            invitations::Column::Email,
            Expr::value(format!("erased-{id}@invalid")),
        )
        .col_expr(invitations::Column::DisplayName, Expr::value(String::new()))
        .filter(
            Condition::any()
                .add(invitations::Column::Email.eq(person.email.as_str()))
                .add(invitations::Column::UserId.eq(id)),
        )
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "person.erase",
            subject_type: "person",
            subject_id: id.get(),
            before: json!({ "erasure_requested_at": person.erasure_requested_at }),
            after: json!({ "erased_at": Utc::now() }),
        },
    )
    .await?;
    txn.commit().await?;
    session::end_all(
        caches.store,
        Realm::Tenant(scope.get()),
        Principal::User(id),
    )
    .await?;
    caches.changed(scope, id).await;
    Ok(())
}

/// What a tenant admin does with a city-wide role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleChange {
    Grant(Role),
    Revoke(Role),
}

/// One person of the city, for pages that ask before changing them.
pub async fn person(
    db: &impl sea_orm::ConnectionTrait,
    scope: TenantId,
    id: PersonId,
) -> Result<user::Model, AppError> {
    scope
        .find_by_id::<user::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Grants or revokes a city-wide role of person `id`; granting a role held
/// or revoking one not held changes nothing. `actor` is the admin.
pub async fn set_role(
    db: &DatabaseConnection,
    caches: Caches<'_>,
    scope: TenantId,
    actor: Option<PersonId>,
    id: PersonId,
    change: RoleChange,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (RoleChange::Grant(role) | RoleChange::Revoke(role)) = change;
    let person = person(db, scope, id).await?;
    // An admin cannot take away their own admin role: a city never loses
    // its last way in by a slip of the mouse.
    let own = actor == Some(person.id);
    let held = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .filter(role::Column::Role.eq(role))
        .filter(role::Column::CallId.is_null())
        .one(db)
        .await?;
    let txn = db.begin().await?;
    let changed = match (change, held) {
        (RoleChange::Grant(_), None) => {
            // An admin sees every proposal of a call: no one holds both
            // that and a seat on a jury still to judge (see `add_juror`).
            if role == Role::TenantAdmin
                && crate::review::service::seated_before_results(db, scope, person.id).await?
            {
                return Err(AppError::Refused("people-error-admin-on-jury"));
            }
            scope
                .insert(
                    role::ActiveModel {
                        user_id: Set(person.id),
                        role: Set(role),
                        call_id: Set(None),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    },
                    &txn,
                )
                .await?;
            Some("role.grant")
        }
        (RoleChange::Revoke(_), Some(_)) if own && role == Role::TenantAdmin => {
            return Err(AppError::Forbidden);
        }
        (RoleChange::Revoke(_), Some(grant)) => {
            scope
                .delete_many::<role::Entity>()
                .filter(role::Column::Id.eq(grant.id))
                .exec(&txn)
                .await?;
            Some("role.revoke")
        }
        _ => None,
    };
    if let Some(action) = changed {
        audit::record(
            &txn,
            scope,
            now,
            audit::Event {
                actor,
                action,
                subject_type: "person",
                subject_id: person.id.get(),
                before: json!({}),
                after: json!({ "role": role.to_value() }),
            },
        )
        .await?;
    }
    txn.commit().await?;
    caches.changed(scope, person.id).await;
    Ok(())
}

/// Activates or deactivates person `id`; deactivating ends every session of
/// the person at once. `actor`, the admin, cannot deactivate themselves.
pub async fn set_active(
    db: &DatabaseConnection,
    caches: Caches<'_>,
    scope: TenantId,
    actor: Option<PersonId>,
    id: PersonId,
    active: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let person = person(db, scope, id).await?;
    if !active && actor == Some(person.id) {
        return Err(AppError::Forbidden);
    }
    let before = json!({ "active": person.active });
    let mut row = person.into_active_model();
    row.active = Set(active);
    let txn = db.begin().await?;
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: if active {
                "person.reactivate"
            } else {
                "person.deactivate"
            },
            subject_type: "person",
            subject_id: id.get(),
            before,
            after: json!({ "active": active }),
        },
    )
    .await?;
    txn.commit().await?;
    if !active {
        session::end_all(
            caches.store,
            Realm::Tenant(scope.get()),
            Principal::User(id),
        )
        .await?;
    }
    caches.changed(scope, id).await;
    Ok(())
}
