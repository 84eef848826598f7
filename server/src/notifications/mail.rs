//! Email copies of notifications, through SMTP when the server is
//! configured with `INNOVATO_SMTP_URL`. Sending happens after the request
//! has answered; a failure is logged and never loses the in-app
//! notification.

use std::sync::Arc;

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};
use sea_orm::{ColumnTrait, DatabaseConnection, QueryFilter};

use crate::ids::PersonId;
use crate::{
    i18n::{Lang, Locales},
    people::user,
    secrets::SecretKey,
    tenancy::TenantContext,
};

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

impl Mailer {
    /// `smtp://user:password@host:587?tls=required`, `smtps://…`, or
    /// `smtp://host:25` for a relay on the local network.
    pub fn new(url: &str, from: &str) -> Result<Self, MailConfigError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build();
        let from = from
            .parse()
            .map_err(|_| MailConfigError::From(from.to_owned()))?;
        Ok(Self { transport, from })
    }
}

/// How a city's notifications go out by email: the platform's mailer
/// (used when the city has no mail server of its own) and the address of
/// the city's site, which the emails link into.
pub struct Outbox<'a> {
    pub platform: Option<&'a Mailer>,
    /// `scheme://host` and the site's prefix, as the person reached it.
    pub site_url: String,
}

/// One notification to email: to whom, its Fluent id and arguments, and
/// the path in the site it links to.
pub struct Notice<'a> {
    pub people: &'a [PersonId],
    pub message: &'a str,
    pub args: &'a serde_json::Value,
    pub link: &'a str,
}

/// Emails each of the notice's people the notification, in their own
/// language.
pub async fn send(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    locales: &Arc<Locales>,
    site: &TenantContext,
    outbox: &Outbox<'_>,
    notice: &Notice<'_>,
) {
    // The city's own mail server when it has one, else the platform's.
    let own = match crate::tenancy::find_by_slug(db, &site.slug).await {
        Ok(Some(tenant)) => match (tenant.smtp_url, tenant.mail_from) {
            (Some(sealed), Some(from)) => secrets
                .open(&sealed)
                .ok()
                .and_then(|url| Mailer::new(&url, &from).ok()),
            _ => None,
        },
        _ => None,
    };
    let Some(mailer) = own.or_else(|| outbox.platform.cloned()) else {
        return;
    };
    let recipients = match site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(notice.people.to_vec()))
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::NotifyByEmail.eq(true))
        .all(db)
        .await
    {
        Ok(people) => people,
        Err(error) => {
            tracing::warn!(%error, "notification emails: recipients unknown");
            return;
        }
    };
    let url = format!("{}{}", outbox.site_url, notice.link);
    let mut mails = Vec::new();
    for person in recipients {
        let lang = person
            .locale
            .as_deref()
            .and_then(|l| l.parse::<Lang>().ok())
            .filter(|l| site.locales.contains(l))
            .unwrap_or(site.default_locale);
        let l10n = locales.for_lang(lang);
        let text = super::service::render_text(&l10n, notice.message, notice.args);
        let Ok(to) = person.email.parse::<Mailbox>() else {
            continue;
        };
        let mail = Message::builder()
            .from(mailer.from.clone())
            .to(to)
            .subject(format!("{} · {}", site.name, l10n.t("notifications-title")))
            .header(ContentType::TEXT_PLAIN)
            .body(format!("{text}\n\n{url}\n"));
        match mail {
            Ok(mail) => mails.push(mail),
            Err(error) => tracing::warn!(%error, "notification email not built"),
        }
    }
    // Sent after the answer: a slow mail server never holds a request.
    tokio::spawn(async move {
        for mail in mails {
            if let Err(error) = mailer.transport.send(mail).await {
                tracing::warn!(%error, "notification email not sent");
            }
        }
    });
}
