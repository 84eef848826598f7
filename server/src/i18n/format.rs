//! Numbers in each locale's own form (CLDR conventions for the languages of
//! the network). Fluent formats numbers without grouping, so the bundles get
//! this formatter instead.

use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::Lang;

/// Separator between digit groups: `10.000` in Italian, `10 000` in French.
fn group_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ",",
        Lang::It | Lang::Nl | Lang::Ro | Lang::Es => ".",
        // Narrow no-break space, as CLDR has for French.
        Lang::Fr => "\u{202f}",
        // No-break space: a number never breaks across lines.
        Lang::Pt | Lang::Hu => "\u{a0}",
    }
}

pub(super) fn decimal_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ".",
        _ => ",",
    }
}

/// Spanish and European Portuguese leave four-digit numbers ungrouped
/// (`1000`, but `10.000`).
fn minimum_grouping_digits(lang: Lang) -> usize {
    match lang {
        Lang::Es | Lang::Pt => 2,
        _ => 1,
    }
}

/// An integer with the locale's digit grouping.
pub fn group_digits(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if digits.len() < 4 + minimum_grouping_digits(lang) - 1 {
        return format!("{sign}{digits}");
    }
    let separator = group_separator(lang);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(ch);
    }
    format!("{sign}{out}")
}

fn format_number(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let min_digits = number.options.minimum_fraction_digits.unwrap_or(0);
    let max_digits = number
        .options
        .maximum_fraction_digits
        .unwrap_or(3)
        .clamp(min_digits, 9);
    let scale = 10_i64.pow(max_digits as u32);
    let scaled = (number.value.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= i64::MAX as f64 {
        return None;
    }
    let scaled = scaled as i64;
    let whole = scaled / scale;
    let signed_whole = if number.value < 0.0 { -whole } else { whole };
    let grouped = group_digits(lang, signed_whole);
    let mut fraction = format!("{:0width$}", scaled % scale, width = max_digits);
    while fraction.len() > min_digits && fraction.ends_with('0') {
        fraction.pop();
    }
    if fraction.is_empty() {
        return Some(grouped);
    }
    Some(format!("{grouped}{}{fraction}", decimal_separator(lang)))
}

fn formatter_for<const L: u8>(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    format_number(Lang::ALL[L as usize], value)
}

type Formatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

/// The Fluent number formatter of `lang` (a plain `fn`, as Fluent wants).
pub fn number_formatter(lang: Lang) -> Formatter {
    match lang {
        Lang::It => formatter_for::<0>,
        Lang::En => formatter_for::<1>,
        Lang::Fr => formatter_for::<2>,
        Lang::Pt => formatter_for::<3>,
        Lang::Nl => formatter_for::<4>,
        Lang::Ro => formatter_for::<5>,
        Lang::Es => formatter_for::<6>,
        Lang::Hu => formatter_for::<7>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_per_locale() {
        assert_eq!(group_digits(Lang::It, 10_000), "10.000");
        assert_eq!(group_digits(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(group_digits(Lang::Fr, 10_000), "10\u{202f}000");
        assert_eq!(group_digits(Lang::Hu, 1_000), "1\u{a0}000");
        assert_eq!(group_digits(Lang::Es, 1_000), "1000");
        assert_eq!(group_digits(Lang::Es, 10_000), "10.000");
        assert_eq!(group_digits(Lang::Pt, 4_000), "4000");
        assert_eq!(group_digits(Lang::Nl, -40_000), "-40.000");
        assert_eq!(group_digits(Lang::En, 999), "999");
    }

    #[test]
    fn formats_fractions_with_the_locale_separator() {
        let value = FluentValue::from(7.1);
        assert_eq!(format_number(Lang::It, &value).as_deref(), Some("7,1"));
        assert_eq!(format_number(Lang::En, &value).as_deref(), Some("7.1"));
        let value = FluentValue::from(12_500.25);
        assert_eq!(
            format_number(Lang::En, &value).as_deref(),
            Some("12,500.25")
        );
    }
}
