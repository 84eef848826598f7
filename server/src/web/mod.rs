//! What every page shares: the request's page context (tenant, language,
//! where links point), the layout, the stylesheet and the error page.

pub mod brand;
pub mod client_addr;
pub mod confirm;
pub mod error_page;
pub mod gzip;
pub mod summary;

use std::sync::Arc;

use askama::Template;
use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, HeaderValue, header, request::Parts},
    response::{Html, IntoResponse, Response},
};
use fluent_bundle::FluentValue;

/// Where the JSON API lives inside a city's site.
pub const API_BASE: &str = "/api/v1";

use crate::{
    error::{AppError, FieldIssue, MessageArg},
    i18n::{L10n, Lang},
    tenancy::TenantContext,
};

/// Everything a page needs to know about the request it answers.
#[derive(Clone, Debug)]
pub struct PageContext {
    pub l10n: L10n,
    /// The city whose site this is; `None` on the platform's own pages.
    pub tenant: Option<Arc<TenantContext>>,
    /// Languages the visitor may switch to on this site.
    pub languages: Vec<Lang>,
    /// Prefix of this site's links: empty when the city is reached by its own
    /// host name, `/t/<slug>` on the shared host.
    pub base: String,
    /// The path as the visitor sees it, for links to the same page.
    pub path: String,
    pub demo: bool,
    /// What the layout shows of the signed-in person, if any.
    pub signed_in: Option<SignedIn>,
    /// The signed-in person as the sign-in feature knows them (its
    /// `auth::Viewing` reads it back): held here without this layer naming
    /// that feature.
    pub identity: Option<Arc<dyn std::any::Any + Send + Sync>>,
    /// The CSRF token this request's forms must carry.
    pub csrf: String,
    /// Served over https: cookies get the Secure flag.
    pub secure: bool,
    /// `scheme://host[:port]` as the visitor reached us, for absolute links.
    pub origin: String,
    /// The session cookie named a session the store could not be asked about.
    pub session_unavailable: bool,
}

/// The signed-in person, as the header shows them.
#[derive(Clone, Debug, Default)]
pub struct SignedIn {
    pub name: String,
    pub links: HeaderLinks,
}

/// Which of the header's links the signed-in person may follow.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeaderLinks {
    pub proposals: bool,
    pub projects: bool,
    pub project_board: bool,
    pub network: bool,
    pub city_network: bool,
    pub library: bool,
    pub review: bool,
    pub admin_calls: bool,
    /// The city's console (`/admin`) and every admin tool: a city admin.
    pub console: bool,
    /// The platform's operator console (`/operator`).
    pub operator: bool,
}

/// One group of the admin pages' side navigation.
#[derive(Clone, Debug)]
pub struct NavGroup {
    /// Fluent id of the group's heading.
    pub title: &'static str,
    pub links: Vec<NavLink>,
}

/// One link of the side navigation.
#[derive(Clone, Debug)]
pub struct NavLink {
    /// Fluent id of the link's text.
    pub label: &'static str,
    pub href: String,
    /// The page shown now.
    pub current: bool,
}

impl PageContext {
    /// A link inside this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// The link that shows this same page in another language.
    pub fn switch_to(&self, lang: &Lang) -> String {
        format!("{}?lang={}", self.path, lang.code())
    }

    pub fn lang(&self) -> &'static str {
        self.l10n.lang().code()
    }

    /// The site's name: the city's, or the platform's.
    pub fn site_name(&self) -> String {
        match &self.tenant {
            Some(tenant) => tenant
                .names
                .get(&self.l10n.lang())
                .cloned()
                .unwrap_or_else(|| tenant.name.clone()),
            None => self.l10n.t("app-name"),
        }
    }

    /// The city of a city page; an error on the platform's own pages.
    pub fn site(&self) -> Result<&TenantContext, AppError> {
        self.tenant
            .as_deref()
            .ok_or_else(|| AppError::Internal("city page without a city".into()))
    }

    /// Where this site's sign-in page is.
    pub fn sign_in_path(&self) -> String {
        match &self.tenant {
            Some(_) => self.link("/auth/signin"),
            None => "/signin".to_owned(),
        }
    }

    /// The sign-in link that comes back to this page.
    pub fn sign_in_link(&self) -> String {
        format!(
            "{}?return={}",
            self.sign_in_path(),
            encode_query(&self.path)
        )
    }

    /// Where this site's sign-out form posts.
    pub fn sign_out_path(&self) -> String {
        match &self.tenant {
            Some(_) => self.link("/auth/signout"),
            None => "/signout".to_owned(),
        }
    }

    pub fn account_path(&self) -> String {
        match &self.tenant {
            Some(_) => self.link("/account"),
            None => "/account".to_owned(),
        }
    }

    pub fn is_demo_site(&self) -> bool {
        self.demo || self.tenant.as_ref().is_some_and(|t| t.is_demo)
    }

    pub fn has_logo(&self) -> bool {
        self.tenant.as_ref().is_some_and(|t| t.has_logo)
    }

    /// Whether this is one of a city's admin pages (`/admin/…`), which
    /// show the console's side navigation.
    pub fn in_admin(&self) -> bool {
        let inner = self.path.strip_prefix(&self.base).unwrap_or(&self.path);
        self.tenant.is_some()
            && (inner == "/admin" || inner.starts_with("/admin/"))
            && self.signed_in.as_ref().is_some_and(|p| p.links.console)
    }

    /// The console's side navigation: every admin tool, grouped, as far as
    /// the signed-in person may use it.
    pub fn admin_nav(&self) -> Vec<NavGroup> {
        let Some(person) = &self.signed_in else {
            return Vec::new();
        };
        let links = person.links;
        let inner = self
            .path
            .strip_prefix(&self.base)
            .unwrap_or(&self.path)
            .to_owned();
        let item = |label: &'static str, path: &str, city: bool| NavLink {
            label,
            href: if city {
                self.link(path)
            } else {
                path.to_owned()
            },
            current: city && inner == path,
        };
        let mut groups = Vec::new();
        if links.console {
            groups.push(NavGroup {
                title: "console-group-calls",
                links: vec![
                    item("admin-calls-title", "/admin/calls", true),
                    item("admin-calls-new", "/admin/calls/new", true),
                ],
            });
            groups.push(NavGroup {
                title: "console-group-implementation",
                links: vec![
                    item("projects-board-title", "/admin/projects", true),
                    item("showcase-title", "/showcase", true),
                ],
            });
            groups.push(NavGroup {
                title: "console-group-people",
                links: vec![
                    item("people-title", "/admin/people", true),
                    item("invitations-title", "/admin/invitations", true),
                    item("sso-title", "/admin/sign-in", true),
                    item("tokens-title", "/admin/api-tokens", true),
                ],
            });
            groups.push(NavGroup {
                title: "console-group-city",
                links: vec![
                    item("settings-title", "/admin/settings", true),
                    item("mail-queue-title", "/admin/mail", true),
                    item("categories-title", "/admin/categories", true),
                    item("divisions-title", "/admin/divisions", true),
                    item("audit-title", "/admin/audit", true),
                ],
            });
        }
        let mut network = Vec::new();
        if links.city_network {
            network.push(item("network-city-title", "/admin/network", true));
        }
        if links.library {
            network.push(item("library-title", "/library", true));
        }
        if links.network {
            network.push(item("network-title", "/network", false));
        }
        if !network.is_empty() {
            groups.push(NavGroup {
                title: "console-group-network",
                links: network,
            });
        }
        groups
    }

    /// The layout of the page: `page-wide` for the tools that work on
    /// lists and figures (the console, the network, the library, the
    /// showcase, the operators' console, the API documentation), using the
    /// width of the screen; `page-reading` for the rest, held to a
    /// comfortable measure.
    pub fn layout(&self) -> &'static str {
        let inner = self.path.strip_prefix(&self.base).unwrap_or(&self.path);
        let wide = self.in_admin()
            || [
                "/admin",
                "/network",
                "/library",
                "/showcase",
                "/operator",
                "/api/",
            ]
            .iter()
            .any(|prefix| inner.starts_with(prefix));
        if wide { "page-wide" } else { "page-reading" }
    }

    pub fn is_suspended(&self) -> bool {
        self.tenant.as_ref().is_some_and(|t| t.suspended)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<PageContext>()
            .cloned()
            .ok_or_else(|| AppError::Internal("page context missing".into()))
    }
}

/// Percent-encodes a value for a query string.
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A CSV cell, quoted, that a spreadsheet cannot read as a formula.
pub fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// A CSV download: a header row and data rows, every cell quoted and
/// formula-safe.
pub fn csv_download(
    filename: &str,
    header: &[String],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Response, AppError> {
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut csv = line(header);
    csv.push_str("\r\n");
    for row in rows {
        csv.push_str(&line(&row));
        csv.push_str("\r\n");
    }
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        csv,
    )
        .into_response())
}

/// A form field's problem, in the visitor's language, shown next to it and
/// in the form's error summary.
#[derive(Clone, Debug)]
pub struct FieldError {
    /// The id of the control (or of the group of controls) in error.
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(ctx: &PageContext, field: &'static str, message_id: &str) -> Self {
        Self {
            field,
            message: ctx.l10n.t(message_id),
        }
    }

    /// A service's verdict on a field, in the visitor's language.
    pub fn of(l10n: &L10n, issue: &FieldIssue) -> Self {
        let args: Vec<(&str, FluentValue)> = issue
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Number(n) => FluentValue::from(*n),
                    MessageArg::Text(text) => FluentValue::from(text.clone()),
                };
                (*name, value)
            })
            .collect();
        Self {
            field: issue.field,
            message: l10n.args(issue.message, &args),
        }
    }
}

/// Every issue of a refused form, in the visitor's language.
pub fn field_errors(l10n: &L10n, issues: &[FieldIssue]) -> Vec<FieldError> {
    issues
        .iter()
        .map(|issue| FieldError::of(l10n, issue))
        .collect()
}

/// The error of one field, for `templates/fields.html`: the first, when
/// a field has several.
pub fn error_on<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// Whether a request wants JSON rather than a page: anything under an
/// API path, or a client asking for JSON (API clients, the autosave
/// script). Its errors then come as problem documents.
pub fn wants_json(path: &str, headers: &HeaderMap) -> bool {
    path.contains("/api/")
        || headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| {
                accept.starts_with("application/json")
                    || accept.starts_with("application/problem+json")
            })
}

/// Renders a page template into an HTML response.
pub fn render(page: &impl Template) -> Result<Response, AppError> {
    Ok(Html(summary::name_fields(page.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "web/templates/error.html")]
pub struct ErrorPage<'a> {
    pub ctx: &'a PageContext,
    pub title: String,
    pub detail: String,
    pub status: u16,
}

/// The autosave script of the proposal form, embedded in the binary.
pub async fn autosave_script() -> Response {
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
        include_str!("autosave.js"),
    )
        .into_response()
}

/// A city's brand colour as a stylesheet of its own (`/brand.css`), so
/// that pages need no inline style, which the Content-Security-Policy
/// refuses: the colour and its contrast-checked companions (`brand.rs`).
/// Colours are validated `#rrggbb` on the way in; one that is not keeps
/// the stylesheet's own.
pub async fn brand_stylesheet(ctx: PageContext) -> Result<Response, AppError> {
    let colour = &ctx.site()?.primary_color;
    let css = brand::Rgb::parse(colour)
        .map(|rgb| brand::Palette::of(rgb).css())
        .unwrap_or_default();
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            // A changed colour shows within a minute.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=60"),
            ),
        ],
        css,
    )
        .into_response())
}

/// The one stylesheet, embedded in the binary.
pub async fn stylesheet() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// The site's stylesheet, embedded in the binary.
const STYLESHEET: &str = include_str!("app.css");

#[cfg(test)]
mod tests {
    use super::csv_cell;

    /// A block left open swallows every rule after it into itself (a
    /// media query that ends at the end of the file): the browser then
    /// applies those rules only where the query holds.
    #[test]
    fn the_stylesheet_closes_every_block_it_opens() {
        let mut open: Vec<usize> = Vec::new();
        let mut in_comment = false;
        for (number, line) in super::STYLESHEET.lines().enumerate() {
            let mut rest = line;
            while !rest.is_empty() {
                if in_comment {
                    match rest.find("*/") {
                        Some(end) => {
                            in_comment = false;
                            rest = &rest[end + 2..];
                        }
                        None => break,
                    }
                    continue;
                }
                let Some(at) = rest.find(['{', '}', '/']) else {
                    break;
                };
                let tail = &rest[at..];
                if let Some(after) = tail.strip_prefix("/*") {
                    in_comment = true;
                    rest = after;
                    continue;
                }
                match tail.as_bytes()[0] {
                    b'{' => open.push(number + 1),
                    b'}' => assert!(
                        open.pop().is_some(),
                        "line {}: a `}}` closes nothing",
                        number + 1
                    ),
                    _ => {}
                }
                rest = &tail[1..];
            }
        }
        assert!(
            open.is_empty(),
            "blocks opened on lines {open:?} are never closed"
        );
    }

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("plain"), "\"plain\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "\"'+1\"");
    }
}
