//! The team's handling of a proposal's files: upload (multipart), download
//! (the team, and the admin), delete.

use axum::{
    extract::{Multipart, Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::{
    service::{self, clean_name},
    storage::{Attachments, file_response},
};
use crate::auth::Viewing;
use crate::ids::ProposalId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    web::PageContext,
};

/// Checks that the viewer may change the proposal's files now.
async fn require_editable(
    app: &AppState,
    ctx: &PageContext,
    id: ProposalId,
) -> Result<(), AppError> {
    let viewer = require(ctx, Action::WriteProposals)?;
    let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
    service::editable(
        &app.db,
        &app.secrets,
        ctx.site()?,
        person.id,
        id,
        app.clock.now(),
    )
    .await
}

/// `POST /proposals/{id}/attachments` (multipart: `csrf`, then `file`).
pub async fn upload(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    mut form: Multipart,
) -> Result<Response, AppError> {
    require_editable(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let back = ctx.link(&format!("/proposals/{id}"));
    let mut csrf_ok = false;
    let mut upload: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) = form.next_field().await.map_err(|_| AppError::BadRequest)? {
        match field.name() {
            Some("csrf") => {
                let given = field.text().await.map_err(|_| AppError::BadRequest)?;
                csrf_ok =
                    !ctx.csrf.is_empty() && bool::from(given.as_bytes().ct_eq(ctx.csrf.as_bytes()));
            }
            Some("file") if csrf_ok => {
                let name = clean_name(field.file_name().unwrap_or_default());
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(|_| AppError::TooLarge)? {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() > files.max_bytes {
                        return Err(AppError::TooLarge);
                    }
                }
                upload = Some((name, bytes));
            }
            _ => {}
        }
    }
    if !csrf_ok {
        return Err(AppError::CsrfRejected);
    }
    let Some((name, bytes)) = upload.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::Refused("attachment-error-empty"));
    };
    service::add(&app.db, &files, scope, id, name, &bytes, app.clock.now()).await?;
    Ok(Redirect::to(&back).into_response())
}

/// `GET /proposals/{id}/attachments/{file}`: for the team and the admin.
pub async fn download(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path((id, file)): Path<(ProposalId, i32)>,
) -> Result<Response, AppError> {
    let viewer = ctx.viewer().ok_or(AppError::SignInRequired)?;
    let scope = ctx.site()?.id;
    let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
    if !viewer.can(Action::ManageCalls) {
        crate::proposals::service::own(&app.db, &app.secrets, scope, id, person.id).await?;
    }
    let attachment = service::find(&app.db, scope, id, file).await?;
    // On a sealed call an admin gets the file under a neutral name.
    if viewer.can(Action::ManageCalls) && service::sealed(&app.db, scope, id).await? {
        let name = format!("attachment-{file}.{}", attachment.neutral_extension());
        return file_response(&files, &attachment, &name).await;
    }
    file_response(&files, &attachment, &attachment.file_name).await
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /proposals/{id}/attachments/{file}/delete`
pub async fn delete(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path((id, file)): Path<(ProposalId, i32)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    require_editable(&app, &ctx, id).await?;
    service::remove(&app.db, &files, ctx.site()?.id, id, file).await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
}
