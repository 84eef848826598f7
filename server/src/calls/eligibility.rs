//! Who may submit to a call: a rule over user attributes (division, grade,
//! or any attribute the SSO claims or the admin give).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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

/// Why a person may not submit: the rule's attribute and the person's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ineligible {
    pub attribute: String,
    pub yours: Option<String>,
}

impl Eligibility {
    /// Whether a person, whose attributes `attribute` gives, may submit.
    /// Values compare without regard to case or surrounding spaces; a person
    /// without the attribute is outside any `Only` list.
    pub fn admits(&self, attribute: impl Fn(&str) -> Option<String>) -> Result<(), Ineligible> {
        let matches = |name: &str, values: &[String]| {
            let value = attribute(name).map(|v| v.trim().to_lowercase());
            let hit = value
                .as_deref()
                .is_some_and(|v| values.iter().any(|w| w.trim().to_lowercase() == v));
            (hit, attribute(name))
        };
        match self {
            Eligibility::Everyone => Ok(()),
            Eligibility::AllExcept {
                attribute: name,
                values,
            } => match matches(name, values) {
                (true, yours) => Err(Ineligible {
                    attribute: name.clone(),
                    yours,
                }),
                (false, _) => Ok(()),
            },
            Eligibility::Only {
                attribute: name,
                values,
            } => match matches(name, values) {
                (true, _) => Ok(()),
                (false, yours) => Err(Ineligible {
                    attribute: name.clone(),
                    yours,
                }),
            },
        }
    }

    /// The attribute the rule reads, if any.
    pub fn attribute(&self) -> Option<&str> {
        match self {
            Eligibility::Everyone => None,
            Eligibility::AllExcept { attribute, .. } | Eligibility::Only { attribute, .. } => {
                Some(attribute)
            }
        }
    }

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
    fn rules_admit_and_refuse_as_turin_did() {
        let turin_2014 = Eligibility::AllExcept {
            attribute: "grade".into(),
            values: vec!["director".into()],
        };
        let turin_2019 = Eligibility::Only {
            attribute: "grade".into(),
            values: vec!["P.O.".into()],
        };
        let grade = |g: Option<&'static str>| {
            move |name: &str| (name == "grade").then_some(g).flatten().map(str::to_owned)
        };
        assert!(turin_2014.admits(grade(Some("employee"))).is_ok());
        assert!(turin_2014.admits(grade(None)).is_ok());
        assert_eq!(
            turin_2014.admits(grade(Some(" Director "))),
            Err(Ineligible {
                attribute: "grade".into(),
                yours: Some(" Director ".into())
            })
        );
        assert!(turin_2019.admits(grade(Some("p.o."))).is_ok());
        assert!(turin_2019.admits(grade(Some("employee"))).is_err());
        assert!(turin_2019.admits(grade(None)).is_err());
        assert!(Eligibility::Everyone.admits(grade(None)).is_ok());
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
