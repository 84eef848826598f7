//! Every piece of UI text, in the eight languages of the network.
//!
//! Messages live in Fluent files under `locales/<lang>/`, embedded in the
//! binary at build time. A request's language is negotiated once
//! ([`negotiate`]) and carried by a [`L10n`], which templates call for text,
//! numbers, money and dates in the locale's own form.

#[cfg(test)]
mod completeness;
mod format;
mod negotiate;

pub use format::{group_digits, number_formatter};
pub use negotiate::{LANG_COOKIE, negotiate};

use std::{borrow::Cow, collections::HashMap, fmt, str::FromStr, sync::Arc};

use chrono::{DateTime, Datelike, TimeZone, Timelike};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

/// A language the platform speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    It,
    En,
    Fr,
    Pt,
    Nl,
    Ro,
    Es,
    Hu,
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::It,
        Lang::En,
        Lang::Fr,
        Lang::Pt,
        Lang::Nl,
        Lang::Ro,
        Lang::Es,
        Lang::Hu,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Ro => "ro",
            Lang::Es => "es",
            Lang::Hu => "hu",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
            Lang::Nl => "Nederlands",
            Lang::Ro => "Română",
            Lang::Es => "Español",
            Lang::Hu => "Magyar",
        }
    }

    /// Parses a comma-separated list such as `it,en`, refusing unknown codes.
    pub fn parse_list(list: &str) -> Result<Vec<Lang>, UnknownLang> {
        let mut langs = Vec::new();
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let lang = code.parse()?;
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        Ok(langs)
    }

    pub fn join(langs: &[Lang]) -> String {
        langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown language code {0:?}; the platform speaks it, en, fr, pt, nl, ro, es, hu")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == lower)
            .ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

/// The Fluent files of each language, embedded so that the binary runs from
/// any directory. A new domain file is added here once, for every language.
macro_rules! locale_file {
    ($lang:literal, $file:literal) => {
        (
            $lang,
            $file,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../locales/",
                $lang,
                "/",
                $file,
                ".ftl"
            )),
        )
    };
}

macro_rules! locale_files {
    ($lang:literal) => {
        [
            locale_file!($lang, "common"),
            locale_file!($lang, "calls"),
            locale_file!($lang, "auth"),
            locale_file!($lang, "proposals"),
            locale_file!($lang, "platform"),
            locale_file!($lang, "settings"),
            locale_file!($lang, "review"),
            locale_file!($lang, "projects"),
            locale_file!($lang, "network"),
            locale_file!($lang, "network_cocreation"),
            locale_file!($lang, "demo_cocreation"),
            locale_file!($lang, "challenges"),
            locale_file!($lang, "api"),
            locale_file!($lang, "workspace"),
            locale_file!($lang, "teams"),
            locale_file!($lang, "editions"),
            locale_file!($lang, "mail"),
            locale_file!($lang, "mailings"),
            locale_file!($lang, "similar"),
            locale_file!($lang, "comments"),
            locale_file!($lang, "funnel"),
        ]
    };
}

/// Every embedded Fluent file as (language, file name, source).
pub const SOURCES: [[(&str, &str, &str); 21]; 8] = [
    locale_files!("it"),
    locale_files!("en"),
    locale_files!("fr"),
    locale_files!("pt"),
    locale_files!("nl"),
    locale_files!("ro"),
    locale_files!("es"),
    locale_files!("hu"),
];

#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("locales/{lang}/{file}.ftl does not parse: {detail}")]
    Parse {
        lang: &'static str,
        file: &'static str,
        detail: String,
    },
    #[error("locales/{lang}/{file}.ftl defines a message twice: {detail}")]
    Duplicate {
        lang: &'static str,
        file: &'static str,
        detail: String,
    },
}

type Bundle = FluentBundle<FluentResource>;

/// The loaded bundles of every language.
pub struct Locales {
    bundles: HashMap<Lang, Bundle>,
}

impl fmt::Debug for Locales {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

impl Locales {
    /// Parses the embedded Fluent files; a syntax error is a start-up error.
    pub fn load() -> Result<Self, LocaleError> {
        let mut bundles = HashMap::new();
        for files in SOURCES {
            let lang: Lang = files[0]
                .0
                .parse()
                .map_err(|e: UnknownLang| LocaleError::Parse {
                    lang: files[0].0,
                    file: files[0].1,
                    detail: e.to_string(),
                })?;
            let id = lang
                .code()
                .parse()
                .map_err(
                    |e: unic_langid::LanguageIdentifierError| LocaleError::Parse {
                        lang: files[0].0,
                        file: files[0].1,
                        detail: e.to_string(),
                    },
                )?;
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Isolation marks help right-to-left scripts only; none of ours is.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(number_formatter(lang)));
            for (code, file, source) in files {
                let resource =
                    FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                        LocaleError::Parse {
                            lang: code,
                            file,
                            detail: format!("{errors:?}"),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| LocaleError::Duplicate {
                        lang: code,
                        file,
                        detail: format!("{errors:?}"),
                    })?;
            }
            bundles.insert(lang, bundle);
        }
        Ok(Self { bundles })
    }

    /// Formats a message (or `message.attribute`) in `lang`, reporting every
    /// formatting error. Used by the tests that check each locale.
    pub fn try_format(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let bundle = self
            .bundles
            .get(&lang)
            .ok_or_else(|| format!("no bundle for {lang}"))?;
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let message = bundle
            .get_message(message_id)
            .ok_or_else(|| format!("{lang}: no message {message_id}"))?;
        let pattern = match attribute {
            Some(attr) => message
                .get_attribute(attr)
                .ok_or_else(|| format!("{lang}: {message_id} has no attribute {attr}"))?
                .value(),
            None => message
                .value()
                .ok_or_else(|| format!("{lang}: {message_id} has no value"))?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{lang}: {id}: {errors:?}"))
        }
    }

    /// The text before and after the only placeable of message `id` in
    /// `lang` when that placeable is variable `name` and nothing else in
    /// the message depends on a value (no plural forms, no other variable,
    /// no reference): the message then reads the same for every count but
    /// for the count itself.
    fn count_frame(&self, lang: Lang, id: &str, name: &str) -> Option<(String, String)> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let pattern = self.bundles.get(&lang)?.get_message(id)?.value()?;
        let (mut before, mut after) = (String::new(), String::new());
        let mut placed = false;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    if placed { &mut after } else { &mut before }.push_str(value);
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } if id.name == name && !placed => placed = true,
                PatternElement::Placeable { .. } => return None,
            }
        }
        placed.then_some((before, after))
    }

    /// Message ids and attribute names (`id.attr`) defined for `lang`.
    pub fn message_ids(lang: Lang) -> Vec<String> {
        use fluent_syntax::ast;
        let mut ids = Vec::new();
        for files in SOURCES {
            for (code, _, source) in files {
                if code != lang.code() {
                    continue;
                }
                let Ok(resource) = fluent_syntax::parser::parse(source) else {
                    continue;
                };
                for entry in resource.body {
                    if let ast::Entry::Message(m) = entry {
                        if m.value.is_some() {
                            ids.push(m.id.name.to_owned());
                        }
                        for attr in m.attributes {
                            ids.push(format!("{}.{}", m.id.name, attr.id.name));
                        }
                    }
                }
            }
        }
        ids
    }

    pub fn for_lang(self: &Arc<Self>, lang: Lang) -> L10n {
        L10n {
            locales: Arc::clone(self),
            lang,
        }
    }
}

/// The text of one request, in its negotiated language.
#[derive(Clone)]
pub struct L10n {
    locales: Arc<Locales>,
    lang: Lang,
}

/// One message formatted for many counts ([`L10n::counter`]).
pub struct Counter<'a> {
    l10n: &'a L10n,
    id: &'a str,
    name: &'a str,
    /// The message around its count, when nothing else in it varies.
    frame: Option<(String, String)>,
}

impl Counter<'_> {
    pub fn of(&self, n: i64) -> String {
        match &self.frame {
            Some((before, after)) => {
                format!("{before}{}{after}", group_digits(self.l10n.lang, n))
            }
            None => self.l10n.count(self.id, self.name, n),
        }
    }
}

impl fmt::Debug for L10n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "L10n({})", self.lang)
    }
}

impl L10n {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without variables.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message without variables, or `None` where the language lacks
    /// it (for texts whose English stands in: the API's descriptions).
    pub fn lookup(&self, id: &str) -> Option<String> {
        self.locales.try_format(self.lang, id, None).ok()
    }

    /// A message with variables, e.g. `l.args("call-team", &[("size", 3.into())])`.
    pub fn args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// A message whose single variable is a count, for plural forms.
    pub fn count(&self, id: &str, name: &str, n: i64) -> String {
        self.args(id, &[(name, FluentValue::from(n))])
    }

    /// [`L10n::count`] of one message for many counts (a list's numbered
    /// lines): a message that only places its count is resolved once here,
    /// and each count is then put in its place; one with plural forms is
    /// formatted for each count.
    pub fn counter<'a>(&'a self, id: &'a str, name: &'a str) -> Counter<'a> {
        Counter {
            frame: self.locales.count_frame(self.lang, id, name),
            l10n: self,
            id,
            name,
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        match self.locales.try_format(self.lang, id, args) {
            Ok(text) => text,
            Err(problem) => {
                // The locale tests make this unreachable for shipped messages;
                // a visible id beats a crash if one slips through.
                tracing::warn!(%problem, "untranslatable message");
                id.to_owned()
            }
        }
    }

    /// An integer with the locale's digit grouping.
    pub fn number(&self, n: i64) -> String {
        group_digits(self.lang, n)
    }

    /// A decimal number with `places` fraction digits, in the locale's
    /// form (`72,50` in Italian, `-0.83` in English).
    pub fn decimal(&self, value: f64, places: usize) -> String {
        let text = format!("{:.*}", places, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let whole: i64 = whole.parse().unwrap_or(0);
        // A value that rounds to zero shows no sign.
        let sign = if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            "-"
        } else {
            ""
        };
        let mut out = format!("{sign}{}", group_digits(self.lang, whole));
        if !fraction.is_empty() {
            out.push_str(format::decimal_separator(self.lang));
            out.push_str(fraction);
        }
        out
    }

    /// Euros from cents, in the locale's form (`40.000 €`, `€40,000`).
    pub fn euros(&self, cents: i64) -> String {
        let whole = cents / 100;
        let rest = (cents % 100).abs();
        let amount = if rest == 0 {
            group_digits(self.lang, whole)
        } else {
            format!(
                "{}{}{:02}",
                group_digits(self.lang, whole),
                format::decimal_separator(self.lang),
                rest
            )
        };
        self.args("money-eur", &[("amount", FluentValue::from(amount))])
    }

    /// A date in the locale's long form, in the given time zone.
    pub fn date<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> String {
        let month = self.t(&format!("month-{}", at.month()));
        self.args(
            "date-long",
            &[
                ("day", FluentValue::from(Cow::Owned(at.day().to_string()))),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(Cow::Owned(at.year().to_string()))),
            ],
        )
    }

    /// A date and a 24-hour time, in the given time zone.
    pub fn date_time<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> String {
        self.args(
            "date-time",
            &[
                ("date", FluentValue::from(self.date(at))),
                (
                    "time",
                    FluentValue::from(format!("{:02}:{:02}", at.hour(), at.minute())),
                ),
            ],
        )
    }
}
