//! The platform's own home page: every city on it.

use askama::Template;
use axum::{extract::State, response::Response};

use crate::{
    error::AppError,
    http::AppState,
    i18n::Lang,
    tenants::{self, TenantStatus},
    web::{PageContext, render},
};

struct CityCard {
    name: String,
    link: String,
    languages: Vec<Lang>,
    suspended: bool,
    is_demo: bool,
}

#[derive(Template)]
#[template(path = "platform/templates/home.html")]
struct HomePage {
    ctx: PageContext,
    cities: Vec<CityCard>,
}

pub async fn home(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let cities = tenants::list(&app.db)
        .await?
        .into_iter()
        .map(|t| CityCard {
            link: format!("/t/{}/", t.slug),
            languages: Lang::parse_list(&t.locales).unwrap_or_default(),
            suspended: t.status == TenantStatus::Suspended,
            is_demo: t.is_demo,
            name: t.name,
        })
        .collect();
    render(&HomePage { ctx, cities })
}

struct TenantLine {
    name: String,
    slug: String,
    link: String,
    suspended: bool,
    languages: String,
}

#[derive(Template)]
#[template(path = "platform/templates/operator.html")]
struct OperatorPage {
    ctx: PageContext,
    tenants: Vec<TenantLine>,
}

/// `GET /operator`: the operator's view of every city.
pub async fn operator(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    crate::auth::require(&ctx, crate::auth::Action::OperatePlatform)?;
    let tenants = tenants::list(&app.db)
        .await?
        .into_iter()
        .map(|t| TenantLine {
            link: format!("/t/{}/", t.slug),
            suspended: t.status == TenantStatus::Suspended,
            languages: t.locales.replace(',', ", "),
            name: t.name,
            slug: t.slug,
        })
        .collect();
    render(&OperatorPage { ctx, tenants })
}
