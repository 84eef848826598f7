//! An email as the delivery worker sends it: the SMTP transport (the
//! platform's, `INNOVATO_SMTP_URL`, or a city's own), and one letter to a
//! person — in their language, with the city's name and colour, a
//! plain-text and an HTML part, links back into the city's site and the
//! one-click unsubscribe headers of RFC 8058.

use std::time::Duration;

use askama::Template;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Mailbox, MultiPart,
        header::{HeaderName, HeaderValue},
    },
};

use crate::{i18n::L10n, web::brand};

/// How long one SMTP conversation may take; the worker's claim outlasts it.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// The SMTP transport and the sender's address.
#[derive(Clone, Debug)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("INNOVATO_SMTP_URL is not a valid SMTP URL: {0}")]
    Url(#[from] lettre::transport::smtp::Error),
    #[error("INNOVATO_MAIL_FROM {0:?} is not an email address")]
    From(String),
}

/// What a mail server made of an email it did not take.
#[derive(Debug)]
pub enum Refusal {
    /// Worth trying again later: a 4xx answer, or no answer at all.
    Transient(String),
    /// Refused for good (a 5xx answer): the address does not take it.
    Permanent(String),
}

impl Mailer {
    /// `smtp://user:password@host:587?tls=required`, `smtps://…`, or
    /// `smtp://host:25` for a relay on the local network.
    pub fn new(url: &str, from: &str) -> Result<Self, MailConfigError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from
            .parse()
            .map_err(|_| MailConfigError::From(from.to_owned()))?;
        Ok(Self { transport, from })
    }

    /// Hands `message` to the mail server; what it made of a refusal.
    pub async fn send(&self, message: Message) -> Result<(), Refusal> {
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(error) if error.is_permanent() => Err(Refusal::Permanent(error.to_string())),
            Err(error) => Err(Refusal::Transient(error.to_string())),
        }
    }

    pub fn from(&self) -> &Mailbox {
        &self.from
    }
}

/// One notification in a letter: its text and the absolute link back.
pub struct Item {
    pub text: String,
    pub url: String,
}

/// Everything a letter says, in its reader's language.
pub struct Letter {
    pub l10n: L10n,
    /// The city's name in the reader's language.
    pub city: String,
    /// The city's colour, `#rrggbb`.
    pub colour: String,
    pub subject: String,
    pub items: Vec<Item>,
    /// The one-click unsubscribe address (GET shows, POST unsubscribes).
    pub unsubscribe: String,
    /// The person's email choices page.
    pub choices: String,
    /// A stable id, so that a mail server that gets it twice (after a
    /// crash between its answer and our record) can tell.
    pub message_id: String,
}

#[derive(Template)]
#[template(path = "notifications/templates/email.html")]
struct Html<'a> {
    letter: &'a Letter,
    colour: String,
    on_colour: String,
}

const LIST_UNSUBSCRIBE: HeaderName = HeaderName::new_from_ascii_str("List-Unsubscribe");
const LIST_UNSUBSCRIBE_POST: HeaderName = HeaderName::new_from_ascii_str("List-Unsubscribe-Post");

/// The plain-text part: each notification with its link, then why the
/// reader gets it and how to stop it.
fn plain(letter: &Letter) -> String {
    let l = &letter.l10n;
    let mut text = String::new();
    for item in &letter.items {
        text.push_str(&format!("{}\n{}\n\n", item.text, item.url));
    }
    text.push_str("-- \n");
    text.push_str(&l.args("mail-footer-why", &[("city", letter.city.clone().into())]));
    text.push('\n');
    text.push_str(&format!(
        "{}: {}\n",
        l.t("mail-footer-choices"),
        letter.choices
    ));
    text.push_str(&format!(
        "{}: {}\n",
        l.t("mail-footer-unsubscribe"),
        letter.unsubscribe
    ));
    text
}

/// The email of `letter`, from `from` to `to`.
pub fn compose(letter: &Letter, from: &Mailbox, to: Mailbox) -> Result<Message, String> {
    let brand = brand::Rgb::parse(&letter.colour).unwrap_or(brand::INK);
    let palette = brand::Palette::of(brand);
    let html = Html {
        letter,
        colour: palette.brand.hex(),
        on_colour: palette.on_brand.hex(),
    }
    .render()
    .map_err(|e| e.to_string())?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(letter.subject.clone())
        .message_id(Some(letter.message_id.clone()))
        .raw_header(HeaderValue::new(
            LIST_UNSUBSCRIBE,
            format!("<{}>", letter.unsubscribe),
        ))
        .raw_header(HeaderValue::new(
            LIST_UNSUBSCRIBE_POST,
            "List-Unsubscribe=One-Click".to_owned(),
        ))
        .multipart(MultiPart::alternative_plain_html(plain(letter), html))
        .map_err(|e| e.to_string())
}
