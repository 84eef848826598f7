//! The platform's home page: every city on it.

use askama::Template;
use axum::{extract::State, response::Response};

use crate::{
    error::AppError,
    i18n::Lang,
    state::AppState,
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
