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
