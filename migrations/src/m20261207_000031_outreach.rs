//! Reaching every employee: the email queue, a person's choice per kind of
//! notification, and the mailings an admin or the schedule sends to a
//! call's eligible people (whose reach is counted from the queue).
//!
//! A queued email is one row of `mail_outbox`: the notification it copies
//! (Fluent id, arguments, link), who gets it, and its delivery state. The
//! row is written in the same transaction as the in-app notification, so a
//! page never waits for a mail server, and a worker on any instance claims
//! it by compare-and-set before sending.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk, tenant_id_key};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Mailings {
    Table,
    Id,
    TenantId,
    /// The call the mailing is about, if any.
    CallId,
    /// The notification kind (`call-opened`, `deadline`, `announcement`, …).
    Kind,
    /// What makes the mailing one of its kind once: `call-opened`,
    /// `deadline-7`, `deadline-1`, `draft-2`, a manual announcement's id…
    /// Unique per tenant and call, so two instances cannot both send it.
    Occasion,
    /// A manual announcement's subject and text, in the admin's language.
    Subject,
    Body,
    Locale,
    CreatedBy,
    CreatedAt,
    /// How many people the mailing was meant for when it was sent (the
    /// eligible people, before preferences).
    Audience,
}

#[derive(DeriveIden, Clone, Copy)]
enum MailOutbox {
    Table,
    Id,
    TenantId,
    UserId,
    /// The notification kind, for preferences and unsubscribing.
    Kind,
    /// Fluent id, its JSON arguments and the path it links to, as the
    /// in-app notification has them.
    Message,
    Args,
    Link,
    MailingId,
    CallId,
    /// `queued` (to send when due), `held` (waits for the person's digest),
    /// `sent`, `failed` (gave up after retries), `bounced` (refused for
    /// good by the mail server), `skipped` (nobody to send it through, or
    /// the person chose never).
    Status,
    Attempts,
    /// When the next try is due (backoff after a failure).
    NextAttemptAt,
    /// The instance that claimed the row, and until when its claim holds.
    ClaimedBy,
    ClaimedUntil,
    SentAt,
    LastError,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MailPreferences {
    Table,
    Id,
    TenantId,
    UserId,
    Kind,
    /// `now`, `daily`, `weekly` or `never`.
    Cadence,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Mailings::Table)
                    .col(pk_auto(Mailings::Id))
                    .col(integer(Mailings::TenantId))
                    .col(integer_null(Mailings::CallId))
                    .col(string_len(Mailings::Kind, 32))
                    .col(string_len(Mailings::Occasion, 64))
                    .col(text_null(Mailings::Subject))
                    .col(text_null(Mailings::Body))
                    .col(string_len_null(Mailings::Locale, 8))
                    .col(integer_null(Mailings::CreatedBy))
                    .col(timestamp_with_time_zone(Mailings::CreatedAt))
                    .col(integer(Mailings::Audience).default(0))
                    .foreign_key(&mut tenant_fk(Mailings::Table, "fk_mailings_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Mailings::Table,
                        Mailings::CallId,
                        Alias::new("calls"),
                        "fk_mailings_call",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Mailings::Table, "ux_mailings_tenant_id"))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_mailings_occasion")
                    .table(Mailings::Table)
                    .col(Mailings::TenantId)
                    .col(Mailings::CallId)
                    .col(Mailings::Occasion)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(pk_auto(MailOutbox::Id))
                    .col(integer(MailOutbox::TenantId))
                    .col(integer(MailOutbox::UserId))
                    .col(string_len(MailOutbox::Kind, 32))
                    .col(string_len(MailOutbox::Message, 64))
                    .col(text(MailOutbox::Args))
                    .col(text(MailOutbox::Link))
                    .col(integer_null(MailOutbox::MailingId))
                    .col(integer_null(MailOutbox::CallId))
                    .col(string_len(MailOutbox::Status, 16))
                    .col(integer(MailOutbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(MailOutbox::NextAttemptAt))
                    .col(string_len_null(MailOutbox::ClaimedBy, 64))
                    .col(timestamp_with_time_zone_null(MailOutbox::ClaimedUntil))
                    .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                    .col(text_null(MailOutbox::LastError))
                    .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                    .foreign_key(&mut tenant_fk(MailOutbox::Table, "fk_mail_outbox_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        MailOutbox::Table,
                        MailOutbox::UserId,
                        Alias::new("users"),
                        "fk_mail_outbox_user",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        MailOutbox::Table,
                        MailOutbox::MailingId,
                        Mailings::Table,
                        "fk_mail_outbox_mailing",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        MailOutbox::Table,
                        MailOutbox::CallId,
                        Alias::new("calls"),
                        "fk_mail_outbox_call",
                    ))
                    .to_owned(),
            )
            .await?;
        // The worker's question: what is due now, in any city.
        manager
            .create_index(
                Index::create()
                    .name("ix_mail_outbox_due")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::Status)
                    .col(MailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_mail_outbox_mailing")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::TenantId)
                    .col(MailOutbox::MailingId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_mail_outbox_person")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::TenantId)
                    .col(MailOutbox::UserId)
                    .col(MailOutbox::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailPreferences::Table)
                    .col(pk_auto(MailPreferences::Id))
                    .col(integer(MailPreferences::TenantId))
                    .col(integer(MailPreferences::UserId))
                    .col(string_len(MailPreferences::Kind, 32))
                    .col(string_len(MailPreferences::Cadence, 8))
                    .col(timestamp_with_time_zone(MailPreferences::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        MailPreferences::Table,
                        "fk_mail_preferences_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        MailPreferences::Table,
                        MailPreferences::UserId,
                        Alias::new("users"),
                        "fk_mail_preferences_user",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_mail_preferences_person_kind")
                    .table(MailPreferences::Table)
                    .col(MailPreferences::TenantId)
                    .col(MailPreferences::UserId)
                    .col(MailPreferences::Kind)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Alias::new("mail_preferences"),
            Alias::new("mail_outbox"),
            Alias::new("mailings"),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
