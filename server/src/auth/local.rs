//! Local sign-in for invited outside experts, who have no city account.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, State},
    response::Response,
};
use sea_orm::{ColumnTrait, QueryFilter, entity::prelude::*};
use serde::Deserialize;

use super::{
    Principal, Realm,
    csrf::CsrfForm,
    pages::{SignInProblem, begin_session, sign_in_page},
    password, throttle,
};
use crate::{error::AppError, http::AppState, people::user, web::PageContext};

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
    pub user_id: i32,
    pub password_hash: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

#[derive(Deserialize)]
pub struct LocalSignIn {
    email: String,
    password: String,
    #[serde(rename = "return")]
    return_to: Option<String>,
}

/// `POST /auth/local`: email and password of an invited expert.
pub async fn sign_in(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<LocalSignIn>,
) -> Result<Response, AppError> {
    let tenant = ctx.site()?;
    let scope = tenant.id;
    let email = form.email.trim().to_lowercase();
    let realm = format!("t{}", scope.get());
    let return_to = form.return_to.as_deref();
    if !throttle::allowed(&app.store, &realm, &email, peer.ip()).await? {
        return sign_in_page(
            &app,
            &ctx,
            return_to,
            Some(SignInProblem::Throttled),
            &email,
        )
        .await;
    }
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Issuer.eq(LOCAL_ISSUER))
        .filter(user::Column::Email.eq(&email))
        .filter(user::Column::Active.eq(true))
        .one(&app.db)
        .await?;
    let account = match &person {
        Some(p) => {
            scope
                .find::<Entity>()
                .filter(Column::UserId.eq(p.id))
                .one(&app.db)
                .await?
        }
        None => None,
    };
    let stored = account
        .as_ref()
        .map_or(password::decoy_hash(), |a| a.password_hash.as_str())
        .to_owned();
    let candidate = form.password.clone();
    let matches = tokio::task::spawn_blocking(move || password::verify(&candidate, &stored))
        .await
        .unwrap_or(false);
    match (person, account, matches) {
        (Some(person), Some(_), true) => {
            begin_session(
                &app,
                &ctx,
                Realm::Tenant(scope.get()),
                Principal::User(person.id),
                None,
                return_to,
            )
            .await
        }
        _ => {
            throttle::failed(&app.store, &realm, &email, peer.ip()).await?;
            sign_in_page(&app, &ctx, return_to, Some(SignInProblem::Failed), &email).await
        }
    }
}
