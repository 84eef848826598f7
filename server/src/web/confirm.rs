//! Asking before an action that cannot be undone or that reaches many
//! people. A form posted without `confirm=yes` answers a page naming the
//! consequence, whose button posts the same fields again with it; with
//! JavaScript, `confirm.js` asks in a dialog instead, from the form's
//! `data-confirm` text.

use askama::Template;
use axum::{
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use super::{PageContext, render};
use crate::error::AppError;

/// The field every confirmable form carries once the person confirmed.
#[derive(Debug, Default, Deserialize)]
pub struct Confirm {
    #[serde(default)]
    pub confirm: String,
}

impl Confirm {
    /// Whether the person confirmed.
    pub fn yes(&self) -> bool {
        self.confirm == "yes"
    }
}

/// What the confirmation page says and where its buttons lead.
pub struct Ask {
    /// The action, as a title ("Close the call early?").
    pub title: String,
    /// What happens, one sentence a line, from the data.
    pub consequences: Vec<String>,
    /// The words of the button that does it.
    pub confirm_label: String,
    /// Where the form posts (the same address as the original form).
    pub action: String,
    /// The original fields, posted again (the CSRF token is added).
    pub fields: Vec<(String, String)>,
    /// Where Cancel leads: the page the form was on.
    pub cancel: String,
    /// The page says the action cannot be undone.
    pub irreversible: bool,
}

#[derive(Template)]
#[template(path = "web/templates/confirm.html")]
struct ConfirmPage {
    ctx: PageContext,
    ask: Ask,
}

/// The confirmation page (status 200): nothing has changed yet.
pub fn ask(ctx: PageContext, ask: Ask) -> Result<Response, AppError> {
    render(&ConfirmPage { ctx, ask })
}

/// The dialog script of confirmable forms, embedded in the binary.
pub async fn script() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        include_str!("confirm.js"),
    )
        .into_response()
}

/// The text of the dialog `confirm.js` shows: the question and its
/// consequences, as the confirmation page states them.
pub fn dialog_text(title: &str, consequences: &[String]) -> String {
    std::iter::once(title)
        .chain(consequences.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}
