//! The catalog check: every catalog parses, has exactly English's
//! messages with the same placeholders, and every message the code asks
//! for exists. A translation that drops `{ $count }` or misspells an id
//! fails here, in CI, not in front of a user.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message's placeholders, by id.
fn placeholders(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("does not parse: {errors:?}");
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{} is defined twice",
                m.id.name
            );
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    placeholders(SOURCES[0].1)
}

#[test]
fn the_catalogs_are_in_the_order_of_the_languages() {
    let order: Vec<Language> = SOURCES.iter().map(|(l, _)| *l).collect();
    assert_eq!(order, Language::ALL.to_vec());
}

#[test]
fn every_catalog_has_every_message_with_the_same_placeholders() {
    let english = english();
    assert!(english.len() > 5);
    let mut problems = Vec::new();
    for (language, source) in &SOURCES[1..] {
        let theirs = placeholders(source);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{language}: {id} is missing")),
                Some(v) if v != vars => {
                    problems.push(format!("{language}: {id} has {v:?}, English has {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language}: {id} is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    for (language, _) in SOURCES {
        let bundle = bundle(language);
        for (id, vars) in english() {
            let mut args = fluent_bundle::FluentArgs::new();
            for v in &vars {
                args.set(v.clone(), fluent_bundle::FluentValue::from(3));
            }
            let message = bundle.get_message(&id).unwrap();
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{language} {id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{language} {id} is empty");
        }
    }
}

/// Every `t!("id"` and `tr("id"` in the code names a message English has.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english = english();
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in rust_files(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))) {
        let text = std::fs::read_to_string(&file).unwrap();
        for opener in ["t!(\"", "tr(\"", "tr_with(\""] {
            for (i, _) in text.match_indices(opener) {
                // `format!("` ends in `t!("`: only a whole name counts.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + opener.len()..];
                let id = &rest[..rest.find('"').unwrap()];
                let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if !is_id {
                    continue;
                }
                seen += 1;
                if !english.contains_key(id) && !["no-such-message", "id"].contains(&id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(seen > 5, "the scan found no messages at all");
    assert!(missing.is_empty(), "not in en.ftl:\n{}", missing.join("\n"));
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    assert_eq!(message(Language::German, "no-such-message", &[]), None);
    assert_eq!(tr("no-such-message"), "no-such-message");
}
