//! A person's own data: their preferences, a download of everything the
//! platform holds about them, and the right to be erased (confirmed by an
//! admin; the person is anonymised, so counts for the network stay right).

use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, IntoActiveModel, QueryFilter, QueryOrder,
    TransactionTrait, sea_query::Expr,
};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{role, user};
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use crate::{
    audit,
    auth::{
        Action, Principal, Realm, csrf::CsrfForm, invitations, local, require, session,
        viewer_cache,
    },
    error::AppError,
    i18n::Lang,
    notifications,
    proposals::{self, member},
    state::AppState,
    tenancy::TenantId,
    web::PageContext,
};
use std::sync::Arc;

fn me(ctx: &PageContext) -> Result<&user::Model, AppError> {
    require(ctx, Action::ViewOwnAccount)?
        .user
        .as_ref()
        .ok_or(AppError::Forbidden)
}

#[derive(Deserialize)]
pub struct Preferences {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    notify_by_email: Option<String>,
}

/// `POST /account/preferences`: the interface language (one of the
/// city's) and whether notifications come by email.
pub async fn preferences(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<Preferences>,
) -> Result<Response, AppError> {
    let person = me(&ctx)?.clone();
    let site = ctx.site()?;
    let locale = match form.locale.as_str() {
        "" => None,
        code => Some(
            code.parse::<Lang>()
                .ok()
                .filter(|l| site.locales.contains(l))
                .ok_or(AppError::BadRequest)?,
        ),
    };
    let id = person.id;
    let mut row = person.into_active_model();
    row.locale = Set(locale.map(|l| l.code().to_owned()));
    row.notify_by_email = Set(form.notify_by_email.is_some());
    site.id.update(row, &app.db).await?;
    viewer_cache::changed(
        &viewers,
        &app.store,
        Realm::Tenant(site.id.get()),
        Principal::User(id),
    )
    .await;
    Ok(Redirect::to(&ctx.link("/account")).into_response())
}

/// Everything the platform holds about one person of a city, and nothing
/// about anyone else (co-authors appear only as a count).
pub async fn personal_data(
    app: &AppState,
    scope: TenantId,
    person: &user::Model,
) -> Result<Value, AppError> {
    let roles: Vec<Value> = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|r| json!({ "role": format!("{:?}", r.role), "call_id": r.call_id, "since": r.created_at }))
        .collect();
    let memberships = scope
        .find::<member::Entity>()
        .filter(member::of_person(&app.secrets, scope, person.id))
        .all(&app.db)
        .await?;
    let mut proposals_json = Vec::new();
    for m in &memberships {
        if let Some(p) = scope
            .find_by_id::<proposals::Entity>(m.proposal_id)
            .one(&app.db)
            .await?
        {
            let team_size = proposals::team_of(&app.db, scope, p.id).await?.len();
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
    let notifications: Vec<Value> = scope
        .find::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(person.id))
        .order_by_asc(notifications::Column::Id)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|n| json!({ "message": n.message, "details": n.args, "link": n.link, "at": n.created_at, "read_at": n.read_at }))
        .collect();
    let invitations: Vec<Value> = scope
        .find::<invitations::Entity>()
        .filter(invitations::Column::Email.eq(person.email.as_str()))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|i| json!({ "role": format!("{:?}", i.role), "sent": i.created_at, "accepted": i.accepted_at, "revoked": i.revoked_at }))
        .collect();
    let actions: Vec<Value> = scope
        .find::<audit::Entity>()
        .filter(audit::Column::ActorId.eq(person.id))
        .order_by_asc(audit::Column::Seq)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|e| json!({ "at": e.at, "action": e.action, "subject": format!("{} {}", e.subject_type, e.subject_id) }))
        .collect();
    let has_password = scope
        .find::<local::Entity>()
        .filter(local::Column::UserId.eq(person.id))
        .one(&app.db)
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
        "invitations": invitations,
        "actions_in_audit_log": actions,
    }))
}

/// `GET /account/export`: a JSON file of everything held about the person.
pub async fn export(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let person = me(&ctx)?;
    let scope = ctx.site()?.id;
    let data = personal_data(&app, scope, person).await?;
    // Who took a copy of a person's data, and when, is theirs to know.
    let txn = app.db.begin().await?;
    audit::record(
        &txn,
        scope,
        app.clock.now(),
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
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"my-data.json\""),
        )],
        Json(data),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /account/erasure`: asks to be erased; an admin confirms.
pub async fn request_erasure(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let person = me(&ctx)?.clone();
    let site = ctx.site()?;
    if person.erasure_requested_at.is_none() {
        let mut row = person.into_active_model();
        row.erasure_requested_at = Set(Some(app.clock.now()));
        site.id.update(row, &app.db).await?;
    }
    Ok(Redirect::to(&ctx.link("/account")).into_response())
}

/// `POST /admin/people/{id}/erase`: confirms a person's request. Their
/// name, email, identity, grade, division and attributes are replaced or
/// cleared, their password and sessions removed; their proposals and team
/// places stay, anonymous, so that the network's counts do not change.
pub async fn erase(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManagePeople)?;
    let site = ctx.site()?;
    let person = site
        .id
        .find_by_id::<user::Entity>(id)
        .one(&app.db)
        .await?
        .filter(|p| p.erasure_requested_at.is_some())
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    let txn = app.db.begin().await?;
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
    site.id.update(row, &txn).await?;
    site.id
        .delete_many::<local::Entity>()
        .filter(local::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    site.id
        .delete_many::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    notifications::forget_name(&txn, site.id, id, &person.display_name).await?;
    // The invitations addressed to the person held their name and email.
    site.id
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
        site.id,
        now,
        audit::Event {
            actor: viewer.user.as_ref().map(|u| u.id),
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
        &app.store,
        Realm::Tenant(site.id.get()),
        Principal::User(id),
    )
    .await?;
    viewer_cache::changed(
        &viewers,
        &app.store,
        Realm::Tenant(site.id.get()),
        Principal::User(id),
    )
    .await;
    Ok(Redirect::to(&ctx.link("/admin/people")).into_response())
}
