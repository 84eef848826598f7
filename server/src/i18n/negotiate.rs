//! Which language a request is answered in.

use fluent_langneg::{
    LanguageIdentifier, NegotiationStrategy, negotiate_languages, parse_accepted_languages,
};

use super::Lang;

/// The cookie that remembers a visitor's explicit choice of language.
pub const LANG_COOKIE: &str = "innovato_lang";

/// The user's explicit choice, else the browser's `Accept-Language`, else the
/// site's default; always one of the languages the site enables.
pub fn negotiate(
    explicit: Option<Lang>,
    accept_language: Option<&str>,
    enabled: &[Lang],
    default: Lang,
) -> Lang {
    if let Some(lang) = explicit.filter(|l| enabled.contains(l)) {
        return lang;
    }
    let Some(header) = accept_language else {
        return default;
    };
    let requested = parse_accepted_languages(header);
    let available: Vec<LanguageIdentifier> = enabled
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|id| id.language.as_str().parse().ok())
        .filter(|l| enabled.contains(l))
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TURIN: [Lang; 2] = [Lang::It, Lang::En];

    #[test]
    fn explicit_choice_wins_when_enabled() {
        assert_eq!(
            negotiate(Some(Lang::En), Some("it"), &TURIN, Lang::It),
            Lang::En
        );
        assert_eq!(
            negotiate(Some(Lang::Hu), Some("en"), &TURIN, Lang::It),
            Lang::En
        );
    }

    #[test]
    fn browser_preference_in_quality_order() {
        assert_eq!(
            negotiate(
                None,
                Some("fr-FR,fr;q=0.9,en-GB;q=0.8,it;q=0.5"),
                &TURIN,
                Lang::It
            ),
            Lang::En
        );
        assert_eq!(negotiate(None, Some("it-IT"), &TURIN, Lang::En), Lang::It);
    }

    #[test]
    fn falls_back_to_the_site_default() {
        assert_eq!(negotiate(None, Some("de-DE"), &TURIN, Lang::It), Lang::It);
        assert_eq!(negotiate(None, None, &TURIN, Lang::It), Lang::It);
        assert_eq!(
            negotiate(None, Some("\u{1}garbage;;q=x"), &TURIN, Lang::It),
            Lang::It
        );
    }
}
