//! The call form: what the admin sends, read and checked apart from the
//! pages that show it. A checked form is a [`ValidCall`]; a refused one is
//! `AppError::Invalid` naming each field with the Fluent id of its message.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use super::{Award, Criterion, Eligibility, entity as call, rules, text};
use crate::{
    error::{AppError, FieldIssue},
    i18n::Lang,
    tenancy::TenantContext,
};

/// The call form as sent: every value as text, so that a bad one is shown
/// back to be corrected rather than lost.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CallForm {
    #[serde(default)]
    pub text_lang: Vec<String>,
    #[serde(default)]
    pub text_title: Vec<String>,
    #[serde(default)]
    pub text_description: Vec<String>,
    #[serde(default)]
    pub category: Vec<i32>,
    #[serde(default)]
    pub opens_at: String,
    #[serde(default)]
    pub closes_at: String,
    #[serde(default)]
    pub results_at: String,
    #[serde(default)]
    pub max_team_size: String,
    #[serde(default)]
    pub reviews_per_proposal: String,
    #[serde(default)]
    pub eligible_headcount: String,
    #[serde(default)]
    pub budget_euros: String,
    #[serde(default)]
    pub eligibility_rule: String,
    #[serde(default)]
    pub eligibility_attribute: String,
    #[serde(default)]
    pub eligibility_values: String,
    #[serde(default)]
    pub criterion_name: Vec<String>,
    #[serde(default)]
    pub criterion_weight: Vec<String>,
    #[serde(default)]
    pub criterion_scale: Vec<String>,
    #[serde(default)]
    pub award_name: Vec<String>,
    #[serde(default)]
    pub award_sponsor: Vec<String>,
    #[serde(default)]
    pub award_prize: Vec<String>,
    #[serde(default)]
    pub authors_public: Option<String>,
    #[serde(default)]
    pub seal_identities: Option<String>,
    #[serde(default)]
    pub colleague_support: Option<String>,
    /// `ideas` (the default) or `cocreation`.
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub challenges_close_at: String,
    #[serde(default)]
    pub cocreation_close_at: String,
    #[serde(default)]
    pub min_team_size: String,
    #[serde(default)]
    pub min_team_divisions: String,
    #[serde(default)]
    pub challenges_open_to_all: Option<String>,
    /// The grades division heads hold, separated by commas.
    #[serde(default)]
    pub challenge_grades: String,
}

/// A checked call, ready to store.
pub struct ValidCall {
    pub texts: Vec<(Lang, String, String)>,
    pub categories: Vec<i32>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub results_at: DateTime<Utc>,
    pub max_team_size: i32,
    pub reviews_per_proposal: i32,
    pub eligible_headcount: i32,
    pub budget_cents: i64,
    pub eligibility: Eligibility,
    pub criteria: Vec<Criterion>,
    pub awards: Vec<Award>,
    pub authors_public: bool,
    pub seal_identities: bool,
    pub colleague_support: bool,
    pub cocreation: Option<CocreationRules>,
}

/// What a challenge-led co-creation call adds to an open call's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CocreationRules {
    pub challenges_close_at: DateTime<Utc>,
    pub cocreation_close_at: DateTime<Utc>,
    pub min_team_size: i32,
    pub min_team_divisions: i32,
    pub challenges_open_to_all: bool,
    /// Who heads a division: only they propose challenges unless open to all.
    pub challenge_grades: Vec<String>,
}

/// The stored list of heads' grades.
pub fn grades_to_stored(grades: &[String]) -> String {
    serde_json::to_string(grades).unwrap_or_else(|_| "[]".into())
}

/// The heads' grades a call stores (none if unreadable).
pub fn grades_of(stored: &str) -> Vec<String> {
    serde_json::from_str(stored).unwrap_or_default()
}

impl ValidCall {
    pub fn kind(&self) -> call::Kind {
        if self.cocreation.is_some() {
            call::Kind::Cocreation
        } else {
            call::Kind::Ideas
        }
    }
}

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// A local date and time of the city, as a form's `datetime-local` gives
/// it. In the autumn's repeated hour the later instant is taken (more time
/// for employees); a time in the spring's gap does not exist and is refused.
pub fn parse_local(value: &str, tz: Tz) -> Result<DateTime<Utc>, &'static str> {
    let naive =
        NaiveDateTime::parse_from_str(value.trim(), LOCAL_FORMAT).map_err(|_| "call-error-date")?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(_, later) => Ok(later.with_timezone(&Utc)),
        LocalResult::None => Err("call-error-time-gap"),
    }
}

/// An instant as the city's `datetime-local` value.
pub fn format_local(at: &DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format(LOCAL_FORMAT).to_string()
}

fn number(value: &str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
    value
        .trim()
        .replace(['.', ',', ' ', '\u{a0}', '\u{202f}'], "")
        .parse::<i64>()
        .ok()
        .filter(|n| range.contains(n))
}

/// Checks the call form against the city's languages and time zone, the
/// categories it offers and the attributes an eligibility rule may name;
/// every field in error is named, with the Fluent id of its message.
pub fn validate(
    site: &TenantContext,
    form: &CallForm,
    offered: &[i32],
    attributes: &[String],
) -> Result<ValidCall, AppError> {
    let mut errors = Vec::new();
    let mut texts = Vec::new();
    for (i, code) in form.text_lang.iter().enumerate() {
        let Ok(lang) = code.parse::<Lang>() else {
            continue;
        };
        if !site.locales.contains(&lang) {
            continue;
        }
        let title = form
            .text_title
            .get(i)
            .map(|t| t.trim().to_owned())
            .unwrap_or_default();
        let description = form
            .text_description
            .get(i)
            .map(|t| t.trim().to_owned())
            .unwrap_or_default();
        if title.chars().count() > 200 || description.chars().count() > 10_000 {
            errors.push(FieldIssue::new("texts", "call-error-title-length"));
        } else if title.is_empty() && !description.is_empty() {
            errors.push(FieldIssue::new("texts", "call-error-title"));
        } else if !title.is_empty() {
            texts.push((lang, title, description));
        }
    }
    if !texts
        .iter()
        .any(|(lang, _, _)| *lang == site.default_locale)
    {
        errors.push(FieldIssue::new("texts", "call-error-default-title"));
    }
    let categories: Vec<i32> = form
        .category
        .iter()
        .copied()
        .filter(|c| offered.contains(c))
        .collect();
    if categories.is_empty() {
        errors.push(FieldIssue::new("category", "call-error-categories"));
    }
    let mut date = |field: &'static str, value: &str| match parse_local(value, site.timezone) {
        Ok(at) => Some(at),
        Err(message) => {
            errors.push(FieldIssue::new(field, message));
            None
        }
    };
    let opens_at = date("opens_at", &form.opens_at);
    let closes_at = date("closes_at", &form.closes_at);
    let results_at = date("results_at", &form.results_at);
    if let (Some(o), Some(c), Some(r)) = (opens_at, closes_at, results_at)
        && !(o < c && c < r)
    {
        errors.push(FieldIssue::new("closes_at", "call-error-order"));
    }
    let max_team_size = number(&form.max_team_size, 1..=10);
    if max_team_size.is_none() {
        errors.push(FieldIssue::new("max_team_size", "call-error-team"));
    }
    let reviews = number(&form.reviews_per_proposal, 1..=10);
    if reviews.is_none() {
        errors.push(FieldIssue::new(
            "reviews_per_proposal",
            "call-error-reviews",
        ));
    }
    let headcount = number(&form.eligible_headcount, 1..=10_000_000);
    if headcount.is_none() {
        errors.push(FieldIssue::new(
            "eligible_headcount",
            "call-error-headcount",
        ));
    }
    let budget = number(
        if form.budget_euros.trim().is_empty() {
            "0"
        } else {
            &form.budget_euros
        },
        0..=100_000_000,
    );
    if budget.is_none() {
        errors.push(FieldIssue::new("budget_euros", "call-error-budget"));
    }
    let values: Vec<String> = form
        .eligibility_values
        .split(',')
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.chars().count() <= 80)
        .collect();
    let attribute = form.eligibility_attribute.trim().to_owned();
    let attribute_ok = attributes.contains(&attribute);
    let eligibility = match form.eligibility_rule.as_str() {
        "everyone" => Some(Eligibility::Everyone),
        "all_except" if attribute_ok && !values.is_empty() => {
            Some(Eligibility::AllExcept { attribute, values })
        }
        "only" if attribute_ok && !values.is_empty() => {
            Some(Eligibility::Only { attribute, values })
        }
        _ => None,
    };
    if eligibility.is_none() {
        errors.push(FieldIssue::new(
            "eligibility_rule",
            "call-error-eligibility",
        ));
    }
    let mut criteria = Vec::new();
    for (i, name) in form.criterion_name.iter().enumerate() {
        let name = name.trim();
        let weight = form.criterion_weight.get(i).map_or("", |w| w.trim());
        let scale = form.criterion_scale.get(i).map_or("", |s| s.trim());
        if name.is_empty() && weight.is_empty() && scale.is_empty() {
            continue;
        }
        match (number(weight, 1..=100), number(scale, 2..=10)) {
            (Some(weight), Some(scale)) if !name.is_empty() && name.chars().count() <= 120 => {
                criteria.push(Criterion {
                    name: name.to_owned(),
                    weight: weight as u32,
                    scale: scale as u32,
                })
            }
            _ => {
                errors.push(FieldIssue::new("criteria", "call-error-criterion"));
                break;
            }
        }
    }
    if criteria.is_empty() {
        errors.push(FieldIssue::new("criteria", "call-error-criteria"));
    }
    let mut awards = Vec::new();
    for (i, name) in form.award_name.iter().enumerate() {
        let name = name.trim();
        let sponsor = form.award_sponsor.get(i).map_or("", |s| s.trim());
        let prize = form.award_prize.get(i).map_or("", |p| p.trim());
        if name.is_empty() && sponsor.is_empty() && prize.is_empty() {
            continue;
        }
        if name.is_empty()
            || name.chars().count() > 120
            || sponsor.chars().count() > 120
            || prize.chars().count() > 200
        {
            errors.push(FieldIssue::new("awards", "call-error-award"));
            break;
        }
        awards.push(Award {
            name: name.to_owned(),
            sponsor: sponsor.to_owned(),
            prize: prize.to_owned(),
        });
    }
    let cocreation = if form.kind == call::Kind::Cocreation.token() {
        cocreation_rules(
            site,
            form,
            opens_at.zip(closes_at),
            max_team_size,
            &mut errors,
        )
    } else {
        if !form.kind.is_empty() && form.kind != call::Kind::Ideas.token() {
            errors.push(FieldIssue::new("kind", "call-error-kind"));
        }
        None
    };
    match (
        opens_at,
        closes_at,
        results_at,
        max_team_size,
        reviews,
        headcount,
        budget,
        eligibility,
    ) {
        (
            Some(opens_at),
            Some(closes_at),
            Some(results_at),
            Some(team),
            Some(reviews),
            Some(headcount),
            Some(budget),
            Some(eligibility),
        ) if errors.is_empty() => Ok(ValidCall {
            texts,
            categories,
            opens_at,
            closes_at,
            results_at,
            max_team_size: team as i32,
            reviews_per_proposal: reviews as i32,
            eligible_headcount: headcount as i32,
            budget_cents: budget * 100,
            eligibility,
            criteria,
            awards,
            authors_public: form.authors_public.is_some(),
            // The teams of a co-creation are known by design: no blind review.
            seal_identities: form.seal_identities.is_some() && cocreation.is_none(),
            colleague_support: form.colleague_support.is_some(),
            cocreation,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// A co-creation call's stage dates (in order between the opening and the
/// deadline), team size floor and divisions per team.
fn cocreation_rules(
    site: &TenantContext,
    form: &CallForm,
    window: Option<(DateTime<Utc>, DateTime<Utc>)>,
    max_team_size: Option<i64>,
    errors: &mut Vec<FieldIssue>,
) -> Option<CocreationRules> {
    let mut date = |field: &'static str, value: &str| match parse_local(value, site.timezone) {
        Ok(at) => Some(at),
        Err(message) => {
            errors.push(FieldIssue::new(
                field,
                if value.trim().is_empty() {
                    "call-error-stage-date"
                } else {
                    message
                },
            ));
            None
        }
    };
    let challenges = date("challenges_close_at", &form.challenges_close_at);
    let cocreation = date("cocreation_close_at", &form.cocreation_close_at);
    if let (Some((opens, closes)), Some(challenges)) = (window, challenges)
        && !(opens < challenges && challenges < closes)
    {
        errors.push(FieldIssue::new(
            "challenges_close_at",
            "call-error-challenges-order",
        ));
    }
    if let (Some((_, closes)), Some(challenges), Some(cocreation)) =
        (window, challenges, cocreation)
        && !(challenges < cocreation && cocreation < closes)
    {
        errors.push(FieldIssue::new(
            "cocreation_close_at",
            "call-error-cocreation-order",
        ));
    }
    let min_team_size = number(&form.min_team_size, 1..=max_team_size.unwrap_or(10));
    if min_team_size.is_none() {
        errors.push(FieldIssue::new("min_team_size", "call-error-min-team"));
    }
    let min_team_divisions = number(
        if form.min_team_divisions.trim().is_empty() {
            "0"
        } else {
            &form.min_team_divisions
        },
        0..=min_team_size.unwrap_or(10),
    );
    if min_team_divisions.is_none() {
        errors.push(FieldIssue::new(
            "min_team_divisions",
            "call-error-min-divisions",
        ));
    }
    let open_to_all = form.challenges_open_to_all.is_some();
    let grades: Vec<String> = form
        .challenge_grades
        .split(',')
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.chars().count() <= 80)
        .collect();
    if !open_to_all && grades.is_empty() {
        errors.push(FieldIssue::new(
            "challenge_grades",
            "call-error-challenge-grades",
        ));
    }
    Some(CocreationRules {
        challenge_grades: grades,
        challenges_close_at: challenges?,
        cocreation_close_at: cocreation?,
        min_team_size: min_team_size? as i32,
        min_team_divisions: min_team_divisions? as i32,
        challenges_open_to_all: open_to_all,
    })
}

/// The form filled in with a stored call, for editing it.
pub fn form_of(c: &call::Model, texts: &[text::Model], categories: Vec<i32>, tz: Tz) -> CallForm {
    let (rule, attribute, values) = match Eligibility::parse(&c.eligibility) {
        Eligibility::Everyone => ("everyone", String::new(), Vec::new()),
        Eligibility::AllExcept { attribute, values } => ("all_except", attribute, values),
        Eligibility::Only { attribute, values } => ("only", attribute, values),
    };
    let criteria: Vec<Criterion> = rules::parse_list(&c.criteria);
    let awards: Vec<Award> = rules::parse_list(&c.awards);
    CallForm {
        text_lang: texts.iter().map(|t| t.locale.clone()).collect(),
        text_title: texts.iter().map(|t| t.title.clone()).collect(),
        text_description: texts.iter().map(|t| t.description.clone()).collect(),
        category: categories,
        opens_at: format_local(&c.opens_at, tz),
        closes_at: format_local(&c.submissions_close_at, tz),
        results_at: format_local(&c.results_at, tz),
        max_team_size: c.max_team_size.to_string(),
        reviews_per_proposal: c.reviews_per_proposal.to_string(),
        eligible_headcount: c.eligible_headcount.to_string(),
        budget_euros: (c.budget_cents / 100).to_string(),
        eligibility_rule: rule.to_owned(),
        eligibility_attribute: attribute,
        eligibility_values: values.join(", "),
        criterion_name: criteria.iter().map(|k| k.name.clone()).collect(),
        criterion_weight: criteria.iter().map(|k| k.weight.to_string()).collect(),
        criterion_scale: criteria.iter().map(|k| k.scale.to_string()).collect(),
        award_name: awards.iter().map(|a| a.name.clone()).collect(),
        award_sponsor: awards.iter().map(|a| a.sponsor.clone()).collect(),
        award_prize: awards.iter().map(|a| a.prize.clone()).collect(),
        authors_public: c.authors_public_after_results.then(|| "on".to_owned()),
        seal_identities: c.seal_identities.then(|| "on".to_owned()),
        colleague_support: c.colleague_support.then(|| "on".to_owned()),
        kind: c.kind.token().to_owned(),
        challenges_close_at: c
            .challenges_close_at
            .map(|at| format_local(&at, tz))
            .unwrap_or_default(),
        cocreation_close_at: c
            .cocreation_close_at
            .map(|at| format_local(&at, tz))
            .unwrap_or_default(),
        min_team_size: c.min_team_size.to_string(),
        min_team_divisions: c.min_team_divisions.to_string(),
        challenges_open_to_all: c.challenges_open_to_all.then(|| "on".to_owned()),
        challenge_grades: grades_of(&c.challenge_grades).join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_across_daylight_saving_changes() {
        let rome: Tz = "Europe/Rome".parse().expect("tz");
        // 29 March 2026, 02:30 does not exist in Rome.
        assert_eq!(
            parse_local("2026-03-29T02:30", rome),
            Err("call-error-time-gap")
        );
        // 25 October 2026, 02:30 happens twice: the later one is taken.
        let repeated = parse_local("2026-10-25T02:30", rome).expect("valid");
        assert_eq!(repeated.to_rfc3339(), "2026-10-25T01:30:00+00:00");
        let summer = parse_local("2026-07-01T12:00", rome).expect("valid");
        assert_eq!(summer.to_rfc3339(), "2026-07-01T10:00:00+00:00");
        assert_eq!(format_local(&summer, rome), "2026-07-01T12:00");
        assert_eq!(parse_local("tomorrow", rome), Err("call-error-date"));
    }
}
