//! Schema migrations. They run at server start-up and with `innovato migrate`,
//! on SQLite (the embedded default) and PostgreSQL alike, so they use only
//! portable column types.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_foundation;
mod m20261123_000002_sign_in;
mod m20261123_000003_calls_and_proposals;
mod m20261123_000004_api_tokens;
mod m20261123_000005_attachments;
mod m20261123_000006_user_attributes;
mod m20261123_000007_personal_data;
mod m20261123_000008_city_settings;
mod m20261123_000009_branding_mail_health;
mod m20261123_000010_review;
mod m20261123_000011_sealed_teams;
mod m20261123_000012_implementation;
mod m20261123_000013_practice_library;
mod m20261123_000014_edition_figures;
mod m20261124_000015_memberships_by_person;
mod m20261207_000016_names_outside_city;
mod m20261207_000017_audit_head;
mod m20261207_000018_blind_content;
mod m20261207_000019_idempotency_scope;
mod m20261207_000021_invitation_revoke;
mod m20261207_000025_published_figures;
mod m20261207_000026_cocreation;
mod m20261207_000027_challenge_grades;
mod m20261207_000030_archived_at;
mod m20261207_000031_outreach;
mod m20261207_000033_mailings_without_call;
mod m20261207_000034_similar;
mod m20261207_000035_colleague_support;
mod m20261207_000036_funnel_opened;
mod m20261207_000037_awarded_search;
mod m20261207_000038_search_of_awarded;
mod tenant_keys;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_foundation::Migration),
            Box::new(m20261123_000002_sign_in::Migration),
            Box::new(m20261123_000003_calls_and_proposals::Migration),
            Box::new(m20261123_000004_api_tokens::Migration),
            Box::new(m20261123_000005_attachments::Migration),
            Box::new(m20261123_000006_user_attributes::Migration),
            Box::new(m20261123_000007_personal_data::Migration),
            Box::new(m20261123_000008_city_settings::Migration),
            Box::new(m20261123_000009_branding_mail_health::Migration),
            Box::new(m20261123_000010_review::Migration),
            Box::new(m20261123_000011_sealed_teams::Migration),
            Box::new(m20261123_000012_implementation::Migration),
            Box::new(m20261123_000013_practice_library::Migration),
            Box::new(m20261123_000014_edition_figures::Migration),
            Box::new(m20261124_000015_memberships_by_person::Migration),
            Box::new(m20261207_000016_names_outside_city::Migration),
            Box::new(m20261207_000017_audit_head::Migration),
            Box::new(m20261207_000018_blind_content::Migration),
            Box::new(m20261207_000019_idempotency_scope::Migration),
            Box::new(m20261207_000021_invitation_revoke::Migration),
            Box::new(m20261207_000025_published_figures::Migration),
            Box::new(m20261207_000026_cocreation::Migration),
            Box::new(m20261207_000027_challenge_grades::Migration),
            Box::new(m20261207_000030_archived_at::Migration),
            Box::new(m20261207_000031_outreach::Migration),
            Box::new(m20261207_000033_mailings_without_call::Migration),
            Box::new(m20261207_000034_similar::Migration),
            Box::new(m20261207_000035_colleague_support::Migration),
            Box::new(m20261207_000036_funnel_opened::Migration),
            Box::new(m20261207_000037_awarded_search::Migration),
            Box::new(m20261207_000038_search_of_awarded::Migration),
        ]
    }
}
