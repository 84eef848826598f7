//! The "similar ideas" box as HTML: on the proposal page when it is
//! rendered, and alone for the page's script as the text is typed.

use askama::Template;

use super::service::{Reason, Relatives};
use super::topics;
use crate::i18n::L10n;

/// One relative as shown: its title (in its language), what it is, why.
pub struct Line {
    pub title: String,
    pub lang: String,
    pub detail: String,
    pub why: String,
}

/// The box before anything was searched for: the page as opened, whose
/// script fetches the box at once.
#[derive(Template)]
#[template(path = "similar/templates/pending.html")]
struct PendingBox {
    heading: String,
    note: String,
}

/// The box's HTML before a search: its heading and when it fills.
pub fn pending(l: &L10n) -> Result<String, askama::Error> {
    PendingBox {
        heading: l.t("similar-heading"),
        note: l.t("similar-when-saved"),
    }
    .render()
}

#[derive(Template)]
#[template(path = "similar/templates/relatives.html")]
pub struct RelativesBox {
    pub heading: String,
    pub intro: String,
    pub proposals_heading: String,
    pub practices_heading: String,
    pub none: String,
    pub proposals: Vec<Line>,
    pub practices: Vec<Line>,
}

fn why(l: &L10n, reasons: &[Reason]) -> String {
    let said: Vec<String> = reasons
        .iter()
        .map(|reason| match reason {
            Reason::SameWords => l.t("similar-why-words"),
            Reason::Topic(code) => l.args(
                "similar-why-topic",
                &[(
                    "topic",
                    topics::by_code(code)
                        .map(|t| topics::label(t, l.lang().code()))
                        .unwrap_or(code)
                        .into(),
                )],
            ),
        })
        .collect();
    said.join(" · ")
}

impl RelativesBox {
    pub fn of(l: &L10n, relatives: &Relatives) -> Self {
        Self {
            heading: l.t("similar-heading"),
            intro: l.t("similar-intro"),
            proposals_heading: l.t("similar-proposals"),
            practices_heading: l.t("similar-practices"),
            none: l.t("similar-none"),
            proposals: relatives
                .proposals
                .iter()
                .map(|p| Line {
                    title: p.title.clone(),
                    lang: p.locale.clone(),
                    detail: l.args(
                        "similar-proposal-detail",
                        &[
                            ("call", p.call_title.clone().into()),
                            ("outcome", l.t(p.status.message_id()).into()),
                        ],
                    ),
                    why: why(l, &p.reasons),
                })
                .collect(),
            practices: relatives
                .practices
                .iter()
                .map(|p| Line {
                    title: p.title.clone(),
                    lang: p.locale.clone(),
                    detail: if p.adopted_by.is_empty() {
                        l.args(
                            if p.status == "implemented" {
                                "similar-practice-implemented"
                            } else {
                                "similar-practice-awarded"
                            },
                            &[("city", p.origin.clone().into())],
                        )
                    } else {
                        l.args(
                            if p.status == "implemented" {
                                "similar-practice-implemented-adopted"
                            } else {
                                "similar-practice-awarded-adopted"
                            },
                            &[
                                ("city", p.origin.clone().into()),
                                ("cities", p.adopted_by.join(", ").into()),
                            ],
                        )
                    },
                    why: why(l, &p.reasons),
                })
                .collect(),
        }
    }

    /// The box's inner HTML.
    pub fn html(&self) -> Result<String, askama::Error> {
        self.render()
    }
}
