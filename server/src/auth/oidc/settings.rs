//! A city's identity provider settings: the stored provider, the admin's
//! form for it, and its checked save (the client secret sealed, never
//! shown back; a blank secret keeps the stored one).

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, IntoActiveModel, TransactionTrait,
};
use serde::Deserialize;
use serde_json::json;

use super::protocol::OidcClients;
use super::provider::{ActiveModel, Entity, Model};
use crate::ids::PersonId;
use crate::{
    audit,
    error::{AppError, FieldIssue},
    secrets::SecretKey,
    tenancy::TenantId,
};

/// The city's provider, if its admin configured one.
pub async fn provider_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Option<Model>, DbErr> {
    scope.find::<Entity>().one(db).await
}

#[derive(Clone, Default, Deserialize)]
pub struct SsoForm {
    #[serde(default)]
    pub issuer_url: String,
    #[serde(default)]
    pub client_id: String,
    #[serde(default)]
    pub client_secret: String,
    #[serde(default)]
    pub scopes: String,
    #[serde(default)]
    pub email_claim: String,
    #[serde(default)]
    pub name_claim: String,
    #[serde(default)]
    pub division_claim: String,
    #[serde(default)]
    pub grade_claim: String,
    /// Further claims to keep for eligibility rules, space-separated.
    #[serde(default)]
    pub extra_claims: String,
}

impl SsoForm {
    /// The stored settings, the secret left blank.
    pub fn from_model(m: &Model) -> Self {
        Self {
            issuer_url: m.issuer_url.clone(),
            client_id: m.client_id.clone(),
            client_secret: String::new(),
            scopes: m.scopes.clone(),
            email_claim: m.email_claim.clone(),
            name_claim: m.name_claim.clone(),
            division_claim: m.division_claim.clone(),
            grade_claim: m.grade_claim.clone(),
            extra_claims: m.extra_claims.clone(),
        }
    }

    /// Every field but the secret without surrounding blanks.
    pub fn trimmed(mut self) -> Self {
        for field in [
            &mut self.issuer_url,
            &mut self.client_id,
            &mut self.scopes,
            &mut self.email_claim,
            &mut self.name_claim,
            &mut self.division_claim,
            &mut self.grade_claim,
            &mut self.extra_claims,
        ] {
            *field = field.trim().to_owned();
        }
        self
    }

    /// What a city without a provider starts from.
    pub fn defaults() -> Self {
        Self {
            scopes: "openid email profile".into(),
            email_claim: "email".into(),
            name_claim: "name".into(),
            division_claim: "division".into(),
            grade_claim: "grade".into(),
            ..Self::default()
        }
    }
}

fn claim_ok(claim: &str) -> bool {
    (1..=64).contains(&claim.len())
        && claim
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
}

/// Checks every field (and that the provider answers discovery) and saves
/// the settings, audited; a refused save changes nothing.
pub async fn save(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    oidc: &OidcClients,
    scope: TenantId,
    actor: Option<PersonId>,
    form: &SsoForm,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let existing = scope.find::<Entity>().one(db).await?;
    let form = form.clone().trimmed();
    let mut issues = Vec::new();
    match reqwest::Url::parse(&form.issuer_url) {
        Ok(url) if url.scheme() == "https" || (oidc.allows_http() && url.scheme() == "http") => {
            if url.query().is_some() || url.fragment().is_some() || url.host_str().is_none() {
                issues.push(FieldIssue::new("issuer_url", "sso-error-issuer"));
            }
        }
        Ok(_) => issues.push(FieldIssue::new("issuer_url", "sso-error-issuer-https")),
        Err(_) => issues.push(FieldIssue::new("issuer_url", "sso-error-issuer")),
    }
    if form.client_id.is_empty() || form.client_id.len() > 255 {
        issues.push(FieldIssue::new("client_id", "sso-error-client-id"));
    }
    if form.client_secret.is_empty() && existing.is_none() {
        issues.push(FieldIssue::new("client_secret", "sso-error-secret"));
    }
    if form.client_secret.len() > 1024 {
        issues.push(FieldIssue::new("client_secret", "sso-error-secret"));
    }
    if !form.scopes.split_whitespace().any(|s| s == "openid") || form.scopes.len() > 255 {
        issues.push(FieldIssue::new("scopes", "sso-error-scopes"));
    }
    for (name, value) in [
        ("email_claim", &form.email_claim),
        ("name_claim", &form.name_claim),
        ("division_claim", &form.division_claim),
        ("grade_claim", &form.grade_claim),
    ] {
        if !claim_ok(value) {
            issues.push(FieldIssue::new(name, "sso-error-claim"));
        }
    }
    if issues.is_empty()
        && let Err(error) = oidc.check(&form.issuer_url).await
    {
        tracing::info!(%error, "identity provider check failed");
        issues.push(FieldIssue::new("issuer_url", "sso-error-discovery"));
    }
    if !issues.is_empty() {
        return Err(AppError::Invalid(issues));
    }
    let updated_at = Utc::now();
    let scopes = form.scopes.split_whitespace().collect::<Vec<_>>().join(" ");
    // What an auditor compares; never the secret, only whether it changed.
    let described = |issuer: &str, client: &str, scopes: &str, claims: [&str; 5]| {
        json!({
            "issuer_url": issuer, "client_id": client, "scopes": scopes,
            "email_claim": claims[0], "name_claim": claims[1], "division_claim": claims[2],
            "grade_claim": claims[3], "extra_claims": claims[4],
        })
    };
    let before = existing.as_ref().map_or(json!({}), |p| {
        described(
            &p.issuer_url,
            &p.client_id,
            &p.scopes,
            [
                &p.email_claim,
                &p.name_claim,
                &p.division_claim,
                &p.grade_claim,
                &p.extra_claims,
            ],
        )
    });
    let mut after = described(
        &form.issuer_url,
        &form.client_id,
        &scopes,
        [
            &form.email_claim,
            &form.name_claim,
            &form.division_claim,
            &form.grade_claim,
            &form.extra_claims,
        ],
    );
    after["client_secret_changed"] = json!(!form.client_secret.is_empty());
    let txn = db.begin().await?;
    match existing {
        Some(current) => {
            let mut row = current.into_active_model();
            row.issuer_url = Set(form.issuer_url.clone());
            row.client_id = Set(form.client_id.clone());
            if !form.client_secret.is_empty() {
                row.client_secret = Set(secrets.seal(&form.client_secret));
            }
            row.scopes = Set(scopes);
            row.email_claim = Set(form.email_claim.clone());
            row.name_claim = Set(form.name_claim.clone());
            row.division_claim = Set(form.division_claim.clone());
            row.grade_claim = Set(form.grade_claim.clone());
            row.extra_claims = Set(form.extra_claims.clone());
            row.updated_at = Set(updated_at);
            scope.update(row, &txn).await?;
        }
        None => {
            scope
                .insert(
                    ActiveModel {
                        issuer_url: Set(form.issuer_url.clone()),
                        client_id: Set(form.client_id.clone()),
                        client_secret: Set(secrets.seal(&form.client_secret)),
                        scopes: Set(scopes),
                        email_claim: Set(form.email_claim.clone()),
                        name_claim: Set(form.name_claim.clone()),
                        division_claim: Set(form.division_claim.clone()),
                        grade_claim: Set(form.grade_claim.clone()),
                        extra_claims: Set(form.extra_claims.clone()),
                        updated_at: Set(updated_at),
                        ..Default::default()
                    },
                    &txn,
                )
                .await?;
        }
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "city.sign_in",
            subject_type: "city",
            subject_id: scope.get(),
            before,
            after,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
