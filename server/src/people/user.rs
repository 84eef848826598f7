//! A person in one tenant: one SSO identity (issuer, subject) is one user per
//! tenant. Email is an attribute, never an identity.

use sea_orm::entity::prelude::*;

use crate::i18n::L10n;
use crate::ids::PersonId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: PersonId,
    pub tenant_id: i32,
    pub issuer: String,
    pub subject: String,
    pub email: String,
    pub display_name: String,
    pub division_id: Option<i32>,
    /// Job grade or role as the city names it (`P.O.`, `director`, …).
    pub grade: Option<String>,
    /// The person's chosen interface language, if they chose one.
    pub locale: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
    /// Further attributes from the identity provider (claim → value), as
    /// a JSON object, for eligibility rules.
    pub attributes: String,
    /// Copies of notifications by email (when the server sends email).
    pub notify_by_email: bool,
    /// The person asked to be erased; an admin confirms.
    pub erasure_requested_at: Option<DateTimeUtc>,
    pub last_sign_in_at: Option<DateTimeUtc>,
}

/// The issuer of an erased person: their identity is gone.
pub const ERASED_ISSUER: &str = "erased";

/// A person's name as a reader sees it. An erased person's is stored empty
/// (no language): it shows as "former participant no. N" in the reader's
/// language. Every page, export and notification that names someone of a
/// city goes through this, or [`Model::name`].
pub fn shown_name(l: &L10n, id: PersonId, stored: &str) -> String {
    if stored.is_empty() {
        l.args("person-erased", &[("id", i64::from(id.get()).into())])
    } else {
        stored.to_owned()
    }
}

impl Model {
    /// Whether an admin erased the person at their request.
    pub fn is_erased(&self) -> bool {
        self.issuer == ERASED_ISSUER
    }

    /// The name as `l`'s reader sees it (see [`shown_name`]).
    pub fn name(&self, l: &L10n) -> String {
        shown_name(l, self.id, &self.display_name)
    }

    /// The value of an attribute an eligibility rule names: `grade`, or a
    /// mapped claim (division is looked up by the caller).
    pub fn attribute(&self, name: &str) -> Option<String> {
        if name == "grade" {
            return self.grade.clone();
        }
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&self.attributes)
            .ok()?
            .get(name)
            .and_then(|v| v.as_str().map(str::to_owned))
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

#[cfg(test)]
mod tests {
    use super::Model;
    use crate::ids::PersonId;

    #[test]
    fn attributes_come_from_grade_or_kept_claims() {
        let person = Model {
            id: PersonId(1),
            tenant_id: 1,
            issuer: "https://login.example".into(),
            subject: "s".into(),
            email: "a@example.org".into(),
            display_name: "A".into(),
            division_id: None,
            grade: Some("P.O.".into()),
            locale: None,
            active: true,
            created_at: chrono::Utc::now(),
            attributes: r#"{"contract":"permanent"}"#.into(),
            notify_by_email: true,
            erasure_requested_at: None,
            last_sign_in_at: None,
        };
        assert_eq!(person.attribute("grade").as_deref(), Some("P.O."));
        assert_eq!(person.attribute("contract").as_deref(), Some("permanent"));
        assert_eq!(person.attribute("site"), None);
    }
}
