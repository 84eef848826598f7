//! Who may submit to a call: a rule over user attributes (division, grade,
//! or any attribute the SSO claims or the admin give).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Eligibility {
    /// Every employee of the city.
    Everyone,
    /// Every employee except those whose attribute has one of the values
    /// (Turin 2014: everyone but grade = director).
    AllExcept {
        attribute: String,
        values: Vec<String>,
    },
    /// Only employees whose attribute has one of the values
    /// (Turin 2019: only grade = P.O.).
    Only {
        attribute: String,
        values: Vec<String>,
    },
}

impl Eligibility {
    /// Reads the stored rule; a rule that no longer parses admits no one,
    /// since an unreadable restriction must not open a call to everyone.
    pub fn parse(stored: &str) -> Self {
        serde_json::from_str(stored).unwrap_or_else(|error| {
            tracing::error!(%error, "unreadable eligibility rule");
            Self::Only {
                attribute: "grade".into(),
                values: Vec::new(),
            }
        })
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| r#"{"rule":"everyone"}"#.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_storage() {
        let rule = Eligibility::AllExcept {
            attribute: "grade".into(),
            values: vec!["director".into()],
        };
        assert_eq!(Eligibility::parse(&rule.to_stored()), rule);
        assert_eq!(
            Eligibility::parse(r#"{"rule":"everyone"}"#),
            Eligibility::Everyone
        );
    }

    #[test]
    fn unreadable_rule_admits_no_one() {
        assert_eq!(
            Eligibility::parse("not json"),
            Eligibility::Only {
                attribute: "grade".into(),
                values: vec![]
            }
        );
    }
}
