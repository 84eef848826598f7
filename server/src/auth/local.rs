//! Local sign-in for invited outside experts, who have no city account.

use axum::{extract::State, response::Response};
use sea_orm::{ColumnTrait, QueryFilter, entity::prelude::*};

use super::{
    Principal, Realm,
    csrf::CsrfForm,
    password::{self, PasswordSignIn},
};
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use crate::{
    error::AppError, people::user, state::AppState, web::PageContext, web::client_addr::ClientAddr,
};
use std::sync::Arc;

/// The issuer recorded for people who sign in with a local password.
pub const LOCAL_ISSUER: &str = "local";

/// An invited person's password (kept apart from the user row, which is
/// exported to its owner).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "local_accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    #[sea_orm(unique)]
    pub user_id: PersonId,
    pub password_hash: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// `POST /auth/local`: email and password of an invited expert.
pub async fn sign_in(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ClientAddr(address): ClientAddr,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<PasswordSignIn>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Issuer.eq(LOCAL_ISSUER))
        .filter(user::Column::Email.eq(form.email()))
        .filter(user::Column::Active.eq(true))
        .one(&app.db)
        .await?;
    let account = match &person {
        Some(p) => scope
            .find::<Entity>()
            .filter(Column::UserId.eq(p.id))
            .one(&app.db)
            .await?
            .map(|a| (Principal::User(p.id), a.password_hash)),
        None => None,
    };
    password::sign_in(
        &app,
        &viewers,
        &ctx,
        address,
        form,
        Realm::Tenant(scope.get()),
        account,
    )
    .await
}
