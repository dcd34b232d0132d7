//! What the environment says about language and locale: `LANGUAGE` (a
//! list, most wanted first), then `LC_ALL`, `LC_MESSAGES` and `LANG` for
//! messages; `LC_ALL`, `LC_TIME` and `LANG` for the clock, dates and week,
//! as the C library reads them. Where none is set (Windows, a macOS app
//! started from the Dock) the system's own setting is asked.

use crate::core::locale::{Language, Region};

/// The region the environment's locale describes, with its messages'
/// language.
pub fn region() -> Region {
    let region = from_vars(|name| std::env::var(name).ok());
    if region != Region::default() || any_set() {
        return region;
    }
    match sys_locale::get_locale() {
        Some(name) => Region::of(&name.replace('-', "_")),
        None => region,
    }
}

fn any_set() -> bool {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LANG"]
        .iter()
        .any(|v| std::env::var(v).is_ok_and(|s| !s.is_empty()))
}

/// The region from variables looked up with `get`; the C locale's when
/// none names a locale.
pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Region {
    let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    let time = ["LC_ALL", "LC_TIME", "LANG"].iter().find_map(|v| set(v));
    let mut region = Region::of(time.as_deref().unwrap_or("C"));
    // As the C library does: LANGUAGE counts only when the messages'
    // locale is not C (a profile's LANGUAGE under LANG=C is ignored).
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| set(v));
    let c = locale.as_deref().is_none_or(|l| {
        let base = l.split(['.', '@']).next().unwrap_or_default();
        base == "C" || base == "POSIX"
    });
    let messages = set("LANGUAGE")
        .filter(|_| !c)
        .map(|list| list.split(':').map(str::to_owned).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| set(v)),
        );
    region.language = messages
        .filter_map(|name| Language::from_locale_name(&name))
        .next()
        .unwrap_or(Language::English);
    region
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;
    use crate::core::locale::Clock;

    fn vars(pairs: &[(&str, &str)]) -> Region {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        from_vars(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn nothing_set_is_the_c_locale_in_english() {
        assert_eq!(vars(&[]), Region::default());
        assert_eq!(vars(&[("LANG", "C.UTF-8")]).language, Language::English);
    }

    #[test]
    fn lang_alone_sets_everything() {
        let r = vars(&[("LANG", "en_US.UTF-8")]);
        assert_eq!(
            (r.language, r.clock, r.first_day),
            (Language::English, Clock::H12, Weekday::Sun)
        );
        let r = vars(&[("LANG", "de_DE.UTF-8")]);
        assert_eq!(
            (r.language, r.clock, r.first_day),
            (Language::German, Clock::H24, Weekday::Mon)
        );
    }

    #[test]
    fn language_lists_are_read_in_order_skipping_languages_without_a_catalog() {
        let r = vars(&[("LANGUAGE", "fi:sv:en"), ("LANG", "fi_FI.UTF-8")]);
        assert_eq!(r.language, Language::Swedish);
        let r = vars(&[("LANGUAGE", "fi"), ("LANG", "fi_FI.UTF-8")]);
        assert_eq!(r.language, Language::English);
    }

    #[test]
    fn language_is_ignored_under_the_c_locale_as_the_c_library_does() {
        let l = |pairs: &[(&str, &str)]| vars(pairs).language;
        assert_eq!(
            l(&[("LANGUAGE", "de"), ("LANG", "C.UTF-8")]),
            Language::English
        );
        assert_eq!(l(&[("LANGUAGE", "de")]), Language::English);
        assert_eq!(
            l(&[("LANGUAGE", "de"), ("LANG", "en_US.UTF-8")]),
            Language::German
        );
    }

    #[test]
    fn lc_all_wins_and_lc_time_sets_only_the_clock_and_week() {
        let r = vars(&[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "de_DE.UTF-8")]);
        assert_eq!(
            (r.language, r.first_day),
            (Language::Japanese, Weekday::Sun)
        );
        let r = vars(&[("LC_TIME", "en_US.UTF-8"), ("LANG", "fr_FR.UTF-8")]);
        assert_eq!(
            (r.language, r.clock, r.first_day),
            (Language::French, Clock::H12, Weekday::Sun)
        );
        let r = vars(&[("LC_MESSAGES", "pl_PL.UTF-8"), ("LANG", "en_GB.UTF-8")]);
        assert_eq!(
            (r.language, r.clock, r.first_day),
            (Language::Polish, Clock::H24, Weekday::Mon)
        );
    }
}
