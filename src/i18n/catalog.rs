//! The message catalogs: one Fluent file per language in
//! `assets/locales/`, built into the binary.
//!
//! Why Fluent rather than gettext: its plurals and other variations are
//! written by the translator inside the message (Polish's few/many, or a
//! Japanese sentence with none), so the code never has to know a
//! language's grammar; the files are plain text that Weblate and Pontoon
//! edit; and it is pure Rust, the same on Linux, Windows and macOS, with
//! no C library's catalogs to install.
//!
//! A message missing from a language falls back to English, and one
//! missing from English shows its id, so a gap is visible but never a
//! crash. The tests (`tests.rs`) hold every catalog to English's messages
//! and placeholders.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::core::locale::Language;

/// Each language's catalog, in `Language::ALL`'s order.
pub const SOURCES: [(Language, &str); 11] = [
    (
        Language::English,
        include_str!("../../assets/locales/en.ftl"),
    ),
    (
        Language::German,
        include_str!("../../assets/locales/de.ftl"),
    ),
    (
        Language::French,
        include_str!("../../assets/locales/fr.ftl"),
    ),
    (
        Language::Spanish,
        include_str!("../../assets/locales/es.ftl"),
    ),
    (
        Language::PortugueseBrazil,
        include_str!("../../assets/locales/pt-BR.ftl"),
    ),
    (
        Language::Italian,
        include_str!("../../assets/locales/it.ftl"),
    ),
    (Language::Dutch, include_str!("../../assets/locales/nl.ftl")),
    (
        Language::Polish,
        include_str!("../../assets/locales/pl.ftl"),
    ),
    (
        Language::Swedish,
        include_str!("../../assets/locales/sv.ftl"),
    ),
    (
        Language::Japanese,
        include_str!("../../assets/locales/ja.ftl"),
    ),
    (
        Language::ChineseSimplified,
        include_str!("../../assets/locales/zh-Hans.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// A value put into a message: text, or a number (which also picks the
/// plural form).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// The message `id` in the current language.
pub fn tr(id: &str) -> String {
    tr_with(id, &[])
}

/// The message `id` in the current language, with its placeholders filled.
pub fn tr_with(id: &str, args: &[(&str, Arg)]) -> String {
    let language = super::current().language;
    message(language, id, args)
        .or_else(|| message(Language::English, id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `language`, if that catalog has it.
pub fn message(language: Language, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The parsed catalog of `language`, built on first use.
pub fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 11] = [const { OnceLock::new() }; 11];
    let i = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("every language is in ALL");
    BUNDLES[i].get_or_init(|| build(language, SOURCES[i].1))
}

fn build(language: Language, source: &str) -> Bundle {
    let id: LanguageIdentifier = language.tag().parse().expect("shipped tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every placeholder would end up in
    // terminals, logs and notification servers that show them as boxes.
    bundle.set_use_isolating(false);
    // A syntax error loses only the broken message (the tests catch it);
    // the rest of the catalog still loads.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
