//! The admin's page of a co-creation call's facilitators
//! (`/admin/calls/{id}/facilitators`): who facilitates, pending
//! invitations (revoked on the invitations' own page, which asks first),
//! adding one by email and taking the role back (asks first).

use std::sync::Arc;

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::facilitators::{self, Added};
use crate::ids::{CallId, PersonId};
use crate::{
    auth::{
        Action, Principal, Realm,
        csrf::CsrfForm,
        require,
        viewer_cache::{self, ViewerCache},
    },
    calls::{Kind, entity as calls, service as call_service},
    error::AppError,
    state::AppState,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask, Confirm},
        field_errors, render,
    },
};

struct Line {
    id: PersonId,
    name: String,
    email: String,
    dialog: String,
}

#[derive(Template)]
#[template(path = "teams/templates/facilitator_admin.html")]
struct FacilitatorsPage {
    ctx: PageContext,
    call_id: CallId,
    title: String,
    facilitators: Vec<Line>,
    /// (invitation id, name, email)
    pending: Vec<(i32, String, String)>,
    form: AddForm,
    errors: Vec<FieldError>,
    created_link: Option<String>,
    notice: Option<String>,
}

fn admin_id(ctx: &PageContext) -> Result<PersonId, AppError> {
    require(ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)
}

/// A co-creation call of the city (404 for another kind).
async fn cocreation_call(
    app: &AppState,
    ctx: &PageContext,
    id: CallId,
) -> Result<calls::Model, AppError> {
    let scope = ctx.site()?.id;
    let call = call_service::find(&app.db, scope, id).await?;
    if call.kind != Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    Ok(call)
}

fn remove_question(ctx: &PageContext, name: &str) -> (String, Vec<String>) {
    let l = &ctx.l10n;
    (
        l.args("facilitator-remove-title", &[("name", name.into())]),
        vec![l.t("facilitator-remove-consequence")],
    )
}

async fn page(
    app: &AppState,
    ctx: PageContext,
    call: &calls::Model,
    form: AddForm,
    errors: Vec<FieldError>,
    created_link: Option<String>,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let title = call_service::title(&app.db, scope, call.id, ctx.l10n.lang()).await?;
    let facilitators = facilitators::of_call(&app.db, scope, call.id)
        .await?
        .into_iter()
        .map(|p| {
            let (question, consequences) = remove_question(&ctx, &p.display_name);
            Line {
                id: p.id,
                dialog: confirm::dialog_text(&question, &consequences),
                name: p.display_name,
                email: p.email,
            }
        })
        .collect();
    let pending = facilitators::pending(&app.db, scope, call.id)
        .await?
        .into_iter()
        .map(|i| (i.id, i.display_name, i.email))
        .collect();
    let status = if errors.is_empty() && notice.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = FacilitatorsPage {
        call_id: call.id,
        title,
        facilitators,
        pending,
        form,
        errors,
        created_link,
        notice,
        ctx,
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /admin/calls/{id}/facilitators`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    admin_id(&ctx)?;
    let call = cocreation_call(&app, &ctx, id).await?;
    page(&app, ctx, &call, AddForm::default(), Vec::new(), None, None).await
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
}

/// `POST /admin/calls/{id}/facilitators`: a person of the city takes the
/// role for the call; an unknown address is invited (the link is shown).
pub async fn add(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let call = cocreation_call(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let added = facilitators::add(
        &app.db,
        &app.clock,
        scope,
        &call,
        &form.email,
        &form.name,
        me,
    )
    .await;
    match added {
        Ok(Added::Person(person)) => {
            viewer_cache::changed(
                &viewers,
                &app.store,
                Realm::Tenant(scope.get()),
                Principal::User(person),
            )
            .await;
            Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}/facilitators"))).into_response())
        }
        Ok(Added::Invited(token)) => {
            let link = format!("{}{}/invitations/{token}", ctx.origin, ctx.base);
            page(
                &app,
                ctx,
                &call,
                AddForm::default(),
                Vec::new(),
                Some(link),
                None,
            )
            .await
        }
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            page(&app, ctx, &call, form, errors, None, None).await
        }
        Err(AppError::Refused(message)) => {
            let notice = Some(ctx.l10n.t(message));
            page(&app, ctx, &call, form, Vec::new(), None, notice).await
        }
        Err(other) => Err(other),
    }
}

/// `POST /admin/calls/{id}/facilitators/{user}/remove`: asks first.
pub async fn remove(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path((id, person)): Path<(CallId, PersonId)>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let call = cocreation_call(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let back = ctx.link(&format!("/admin/calls/{id}/facilitators"));
    if !form.yes() {
        let name = facilitators::of_call(&app.db, scope, call.id)
            .await?
            .into_iter()
            .find(|p| p.id == person)
            .ok_or(AppError::NotFound)?
            .display_name;
        let (title, consequences) = remove_question(&ctx, &name);
        let ask = Ask {
            title,
            consequences,
            confirm_label: ctx.l10n.t("facilitator-remove"),
            action: ctx.link(&format!("/admin/calls/{id}/facilitators/{person}/remove")),
            fields: Vec::new(),
            cancel: back,
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    facilitators::remove(&app.db, &app.clock, scope, &call, person, me).await?;
    viewer_cache::changed(
        &viewers,
        &app.store,
        Realm::Tenant(scope.get()),
        Principal::User(person),
    )
    .await;
    Ok(Redirect::to(&back).into_response())
}
