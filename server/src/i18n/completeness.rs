//! Every language has every message of English, and every message formats
//! without error with its variables, across plural forms.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;

use super::{Lang, Locales, SOURCES};

/// Variables each English message (or `message.attribute`) uses; `true`
/// where the variable selects a variant, i.e. is a number.
fn english_variables() -> BTreeMap<String, BTreeMap<String, bool>> {
    let mut out = BTreeMap::new();
    for files in SOURCES {
        for (code, _, source) in files {
            if code != "en" {
                continue;
            }
            let resource = fluent_syntax::parser::parse(source).expect("English parses");
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let id = message.id.name.to_owned();
                    if let Some(value) = &message.value {
                        let mut vars = BTreeMap::new();
                        pattern_variables(value, &mut vars);
                        out.insert(id.clone(), vars);
                    }
                    for attribute in &message.attributes {
                        let mut vars = BTreeMap::new();
                        pattern_variables(&attribute.value, &mut vars);
                        out.insert(format!("{id}.{}", attribute.id.name), vars);
                    }
                }
            }
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeMap<String, bool>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, vars: &mut BTreeMap<String, bool>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, vars, false),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars, true);
            for variant in variants {
                pattern_variables(&variant.value, vars);
            }
        }
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    vars: &mut BTreeMap<String, bool>,
    selector: bool,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            let numeric = vars.entry(id.name.to_owned()).or_insert(false);
            *numeric |= selector;
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

/// Sample values: `count` for variables that select a variant, text otherwise.
fn sample_args(vars: &BTreeMap<String, bool>, count: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, numeric) in vars {
        if *numeric {
            args.set(name.clone(), FluentValue::from(count));
        } else {
            args.set(name.clone(), FluentValue::from("sample"));
        }
    }
    args
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english: BTreeSet<String> = Locales::message_ids(Lang::En).into_iter().collect();
    assert!(english.len() > 50, "English defines the interface");
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = Locales::message_ids(lang).into_iter().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_message_formats_in_every_language_and_plural_form() {
    let locales = Locales::load().expect("locales load");
    let counts = [0_i64, 1, 2, 3, 5, 11, 21, 101, 1_000, 1_000_000];
    for (id, vars) in english_variables() {
        for lang in Lang::ALL {
            for count in counts {
                let args = sample_args(&vars, count);
                let text = locales
                    .try_format(lang, &id, Some(&args))
                    .unwrap_or_else(|problem| panic!("{problem}"));
                assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
                for name in vars.keys() {
                    assert!(
                        !text.contains(&format!("{{${name}}}")),
                        "{lang}: {id} shows a raw {name}"
                    );
                }
                if vars.values().all(|numeric| !numeric) {
                    break;
                }
            }
        }
    }
}

#[test]
fn other_languages_are_translated_not_copied() {
    let locales = Locales::load().expect("locales load");
    let english = english_variables();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let copied: Vec<&String> = english
            .iter()
            .filter(|(id, vars)| {
                let args = sample_args(vars, 5);
                let theirs = locales.try_format(lang, id, Some(&args));
                theirs.is_ok() && theirs.ok() == locales.try_format(Lang::En, id, Some(&args)).ok()
            })
            .map(|(id, _)| id)
            .collect();
        // Proper names, patterns of placeholders and words shared with
        // English ("Innovato", "Team" in Dutch) are a handful at most.
        assert!(
            copied.len() * 10 <= english.len(),
            "{lang} repeats English in {} of {} messages: {copied:?}",
            copied.len(),
            english.len()
        );
    }
}

/// `text` as the value of a Fluent message: braces as string literals.
fn fluent_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '{' => "{\"{\"}".to_owned(),
            '}' => "{\"}\"}".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// The API documentation page shows every text of the OpenAPI document in
/// the reader's language: each id the page derives from the document
/// (`api_docs::page::texts`) is in every language, and the English one
/// says the document's own words. On failure it lists exactly what is
/// missing, as lines to paste into `locales/<lang>/api.ftl`:
/// `cargo test -p innovato --lib api_documentation -- --nocapture`.
#[test]
fn the_api_documentation_is_in_every_language() {
    let locales = Locales::load().expect("locales load");
    let texts = crate::api_docs::page::texts();
    assert!(texts.len() > 50, "the page shows the document's texts");
    // One English text per id: two places sharing an id must say the same.
    let mut english: BTreeMap<&str, &crate::api_docs::page::Text> = BTreeMap::new();
    let mut report = String::new();
    for text in &texts {
        match english.get(text.id.as_str()) {
            Some(first) if first.english != text.english && text.verbatim => {
                report.push_str(&format!(
                    "\n{} stands for two texts of the document: {:?} and {:?} (give one of them other words)\n",
                    text.id, first.english, text.english
                ));
            }
            Some(_) => {}
            None => {
                english.insert(&text.id, text);
            }
        }
    }
    // Missing ids, grouped by the languages that lack them.
    let mut missing: BTreeMap<Vec<Lang>, Vec<&crate::api_docs::page::Text>> = BTreeMap::new();
    let mut count = 0;
    for text in english.values() {
        let lacking: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|lang| locales.try_format(*lang, &text.id, None).is_err())
            .collect();
        if !lacking.is_empty() {
            count += 1;
            missing.entry(lacking).or_default().push(text);
        }
    }
    for (langs, texts) in &missing {
        let files: Vec<String> = langs
            .iter()
            .map(|l| format!("locales/{l}/api.ftl"))
            .collect();
        report.push_str(&format!(
            "\nmissing in {} (the document's English after each id; translate it):\n",
            files.join(", ")
        ));
        for text in texts {
            report.push_str(&format!("{} = {}\n", text.id, fluent_text(&text.english)));
        }
    }
    for text in english.values().filter(|t| t.verbatim) {
        if let Ok(said) = locales.try_format(Lang::En, &text.id, None)
            && said != text.english
        {
            report.push_str(&format!(
                "\nlocales/en/api.ftl says other words than the document (then check the translations):\n{} = {}\n  (English now: {said})\n",
                text.id,
                fluent_text(&text.english)
            ));
        }
    }
    assert!(
        report.is_empty(),
        "the API documentation page lacks {count} message(s) in some language, or says other words:\n{report}"
    );
}

#[test]
fn a_counter_reads_as_each_count_formatted_alone() {
    let locales = std::sync::Arc::new(Locales::load().expect("locales load"));
    let counts = [0_i64, 1, 2, 3, 5, 11, 21, 101, 1_000, 12_345, 1_000_000];
    let mut framed = 0;
    for (id, vars) in english_variables() {
        let (Some(name), 1) = (vars.keys().next(), vars.len()) else {
            continue;
        };
        if id.contains('.') {
            continue;
        }
        for lang in Lang::ALL {
            let l10n = locales.for_lang(lang);
            let counter = l10n.counter(&id, name);
            framed += usize::from(locales.count_frame(lang, &id, name).is_some());
            for n in counts {
                assert_eq!(counter.of(n), l10n.count(&id, name, n), "{lang}: {id}");
            }
        }
    }
    assert!(framed > 100, "{framed} messages only place their count");
}
