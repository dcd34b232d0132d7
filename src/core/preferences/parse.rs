//! Reading the text of a preferences file into its raw form.
//!
//! TOML syntax and type errors come from serde with a byte span; the field
//! locator turns that span into `path = value (line N)` so the message leads
//! with the field and the value, like the validation errors. Fields this
//! version does not know are collected for a warning, not refused, so a file
//! from a newer version still loads.

use super::schema::RawPreferences;
use crate::core::quote::escape_controls;

/// Parses the text of a preferences file. Also returns the paths of fields
/// this version does not know (typos, or fields from a newer version), which
/// are ignored but worth a warning.
pub fn parse(text: &str) -> Result<(RawPreferences, Vec<String>), String> {
    let mut unknown = Vec::new();
    let de = toml::Deserializer::parse(text).map_err(|e| escape_controls(&e.to_string()))?;
    let raw = serde_ignored::deserialize(de, |path| {
        // Optional fields show up as `?` segments; people write plain paths.
        let text = path.to_string();
        unknown.push(
            text.split('.')
                .filter(|s| *s != "?")
                .collect::<Vec<_>>()
                .join("."),
        );
    })
    .map_err(|e| match e.span().and_then(|span| field_at(text, span)) {
        // Name the field and the value first, like the validation errors.
        Some(field) => escape_controls(&format!("{field}: {}\n{e}", e.message())),
        None => escape_controls(&e.to_string()),
    })?;
    unknown.sort();
    Ok((raw, unknown))
}

/// `path = value` for the value at `span` of a type error: the table from
/// the nearest `[header]` above and the key of the line the value is on
/// (for a value inside an array or inline table, the key holding it).
fn field_at(text: &str, span: std::ops::Range<usize>) -> Option<String> {
    let value = text.get(span.clone())?.trim();
    let before = text.get(..span.start)?;
    let mut key = None;
    let mut table = String::new();
    for line in before.lines().rev() {
        let line = line.trim();
        if line.starts_with('[') {
            table = line
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            break;
        }
        if key.is_none()
            && let Some((k, _)) = line.split_once('=')
            && !k.contains(['{', '[', '"'])
        {
            key = Some(k.trim().to_owned());
        }
    }
    let key = key.filter(|k| !k.is_empty())?;
    let path = if table.is_empty() {
        key
    } else {
        format!("{table}.{key}")
    };
    let value = escape_controls(&value.chars().take(60).collect::<String>());
    let line = before.matches('\n').count() + 1;
    Some(format!("{path} = {value} (line {line})"))
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
