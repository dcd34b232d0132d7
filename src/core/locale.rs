//! The user's language, clock and week as plain data: which of the shipped
//! languages a locale name means, whether its clock has 12 or 24 hours,
//! and on which day its week starts.
//!
//! Everything here is a function of a locale name such as "en_US.UTF-8",
//! answered from the C library's own locale tables (pure-rust-locales
//! carries glibc's data), so the answers match what `date` and the
//! desktop's clock say. Reading the environment is the edge's job
//! (`i18n::env`); choosing overrides is the preferences' (`language`,
//! `clock`, `week_start`).

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveTime, Weekday};
use pure_rust_locales::{Locale, locale_match};

/// A language Second Heart ships a message catalog for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    German,
    French,
    Spanish,
    PortugueseBrazil,
    Italian,
    Dutch,
    Polish,
    Swedish,
    Japanese,
    ChineseSimplified,
}

impl Language {
    pub const ALL: [Language; 11] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::PortugueseBrazil,
        Language::Italian,
        Language::Dutch,
        Language::Polish,
        Language::Swedish,
        Language::Japanese,
        Language::ChineseSimplified,
    ];

    /// The BCP 47 tag: the catalog's file name and the preference's value.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::PortugueseBrazil => "pt-BR",
            Language::Italian => "it",
            Language::Dutch => "nl",
            Language::Polish => "pl",
            Language::Swedish => "sv",
            Language::Japanese => "ja",
            Language::ChineseSimplified => "zh-Hans",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::Italian => "Italiano",
            Language::Dutch => "Nederlands",
            Language::Polish => "Polski",
            Language::Swedish => "Svenska",
            Language::Japanese => "日本語",
            Language::ChineseSimplified => "简体中文",
        }
    }

    /// The C library locale whose month and day names this language uses.
    pub fn names_locale(self) -> Locale {
        match self {
            Language::English => Locale::en_US,
            Language::German => Locale::de_DE,
            Language::French => Locale::fr_FR,
            Language::Spanish => Locale::es_ES,
            Language::PortugueseBrazil => Locale::pt_BR,
            Language::Italian => Locale::it_IT,
            Language::Dutch => Locale::nl_NL,
            Language::Polish => Locale::pl_PL,
            Language::Swedish => Locale::sv_SE,
            Language::Japanese => Locale::ja_JP,
            Language::ChineseSimplified => Locale::zh_CN,
        }
    }

    /// Whether egui's bundled fonts lack this language's script.
    pub fn needs_cjk_font(self) -> bool {
        matches!(self, Language::Japanese | Language::ChineseSimplified)
    }

    /// The shipped language a locale name or language tag means:
    /// "de_DE.UTF-8", "de_AT", "de", "pt_BR", "pt-PT" (Brazilian is the
    /// Portuguese we have), "zh_CN", "zh-Hans", "zh_SG". Traditional
    /// Chinese ("zh_TW", "zh_HK", "zh-Hant") is not Simplified, so it is
    /// `None`, as are "C", "POSIX" and languages without a catalog.
    pub fn from_locale_name(name: &str) -> Option<Language> {
        let name = strip_codeset(name).replace('-', "_");
        let mut parts = name.split('_');
        let language = parts.next()?.to_ascii_lowercase();
        let rest: Vec<String> = parts.map(|p| p.to_ascii_lowercase()).collect();
        let l = match language.as_str() {
            "en" => Language::English,
            "de" => Language::German,
            "fr" => Language::French,
            "es" => Language::Spanish,
            "pt" => Language::PortugueseBrazil,
            "it" => Language::Italian,
            "nl" => Language::Dutch,
            "pl" => Language::Polish,
            "sv" => Language::Swedish,
            "ja" => Language::Japanese,
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(p.as_str(), "tw" | "hk" | "mo" | "hant"));
                if traditional {
                    return None;
                }
                Language::ChineseSimplified
            }
            _ => return None,
        };
        Some(l)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Language {
    type Err = String;
    /// A tag as the preference holds it ("de", "pt-BR"); locale names
    /// ("de_DE.UTF-8") are accepted too, since that is what people know.
    fn from_str(s: &str) -> Result<Self, String> {
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s.trim()))
            .or_else(|| Language::from_locale_name(s.trim()))
            .ok_or_else(|| {
                let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
                format!("not a language: use \"auto\" or one of {}", tags.join(", "))
            })
    }
}

/// A 12-hour ("2:30 PM") or 24-hour ("14:30") clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Clock {
    #[default]
    H24,
    H12,
}

impl Clock {
    /// The spelling in the preferences file.
    pub fn as_str(self) -> &'static str {
        match self {
            Clock::H24 => "24h",
            Clock::H12 => "12h",
        }
    }
}

impl FromStr for Clock {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "24h" | "24" => Ok(Clock::H24),
            "12h" | "12" => Ok(Clock::H12),
            _ => Err("not a clock: use \"auto\", \"12h\" or \"24h\"".to_owned()),
        }
    }
}

/// What a locale says about times and weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Region {
    /// The language of messages (`LANGUAGE`, `LC_MESSAGES`...): English
    /// when the locale's has no catalog.
    pub language: Language,
    pub clock: Clock,
    pub first_day: Weekday,
    /// Whether short dates put the month first ("December 2" in the US).
    pub month_first: bool,
    /// The locale itself, for its AM/PM words.
    pub locale: Locale,
}

impl Default for Region {
    /// The C locale: a 24-hour clock and ISO weeks starting on Monday,
    /// which is what Second Heart did before it read the locale.
    fn default() -> Self {
        Region {
            language: Language::English,
            clock: Clock::H24,
            first_day: Weekday::Mon,
            month_first: false,
            locale: Locale::POSIX,
        }
    }
}

impl Region {
    /// The region of a locale name ("en_US.UTF-8", "de_DE@euro"); the C
    /// locale's for "C", "POSIX" and names the C library does not know.
    pub fn of(name: &str) -> Region {
        let base = strip_codeset(name).replace('-', "_");
        let locale = Locale::try_from(base.as_str())
            .ok()
            .filter(|l| *l != Locale::POSIX);
        let Some(locale) = locale else {
            return Region::default();
        };
        let t_fmt = locale_match!(locale => LC_TIME::T_FMT);
        let d_fmt = locale_match!(locale => LC_TIME::D_FMT);
        let twelve = ["%I", "%l", "%r"].iter().any(|f| t_fmt.contains(f));
        let month_first = match (d_fmt.find("%m"), d_fmt.find("%d")) {
            (Some(m), Some(d)) => m < d,
            _ => false,
        };
        Region {
            language: Language::from_locale_name(name).unwrap_or_default(),
            clock: if twelve { Clock::H12 } else { Clock::H24 },
            first_day: first_day(locale),
            month_first,
            locale,
        }
    }

    /// The locale's words for before and after noon, when it has them.
    pub fn am_pm(&self) -> Option<(&'static str, &'static str)> {
        let words = locale_match!(self.locale => LC_TIME::AM_PM);
        match words {
            [am, pm] if !am.is_empty() && !pm.is_empty() => Some((am, pm)),
            _ => None,
        }
    }
}

/// glibc's rule: `week` names a day that starts the week's numbering (a
/// Sunday, 1997-11-30, in every shipped locale) and `first_weekday`
/// counts from it, 1 being that day itself.
fn first_day(locale: Locale) -> Weekday {
    let base = match locale_match!(locale => LC_TIME::WEEK) {
        Some([_, date, ..]) => chrono::NaiveDate::parse_from_str(&date.to_string(), "%Y%m%d")
            .map(|d| chrono::Datelike::weekday(&d))
            .unwrap_or(Weekday::Sun),
        _ => Weekday::Sun,
    };
    let offset = locale_match!(locale => LC_TIME::FIRST_WEEKDAY).unwrap_or(1);
    let mut day = base;
    for _ in 1..offset.clamp(1, 7) {
        day = day.succ();
    }
    day
}

/// "de_DE.UTF-8@euro" → "de_DE@euro" → "de_DE": the codeset and modifier
/// do not change the language or the region.
fn strip_codeset(name: &str) -> &str {
    let end = name.find(['.', '@']).unwrap_or(name.len());
    name[..end].trim()
}

/// Reads a clock time in any of the forms people type, whatever their
/// locale: "14:30", "9:05", "2:30 PM", "2:30pm", "2 pm", "2:30 p.m.", and
/// the locale's own words around it ("午後2:30", "2:30 午後") given as
/// `am_pm`. `None` when it is none of them.
pub fn parse_clock_time(text: &str, am_pm: Option<(&str, &str)>) -> Option<NaiveTime> {
    let t = text.trim();
    let mut words: Vec<(String, bool)> = ["am", "a.m.", "a.m"]
        .iter()
        .map(|w| (w.to_string(), false))
        .chain(["pm", "p.m.", "p.m"].iter().map(|w| (w.to_string(), true)))
        .collect();
    if let Some((am, pm)) = am_pm {
        words.push((am.to_lowercase(), false));
        words.push((pm.to_lowercase(), true));
    }
    // Longest words first, so "p.m." is not read as "p" followed by ".m.".
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    let lower = t.to_lowercase();
    let found = words.iter().find_map(|(w, pm)| {
        if let Some(rest) = lower.strip_suffix(w.as_str()) {
            Some((rest.trim().to_owned(), *pm))
        } else {
            lower
                .strip_prefix(w.as_str())
                .map(|rest| (rest.trim().to_owned(), *pm))
        }
    });
    match found {
        Some((digits, pm)) if !digits.is_empty() => {
            let (h, m) = hour_minute(&digits)?;
            if !(1..=12).contains(&h) {
                return None;
            }
            let h = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            NaiveTime::from_hms_opt(h, m, 0)
        }
        Some(_) => None,
        None => {
            let (h, m) = hour_minute(&lower)?;
            // A bare "14" is a number, not a time; 24-hour times need minutes.
            if !lower.contains([':', '.', 'h']) {
                return None;
            }
            NaiveTime::from_hms_opt(h, m, 0)
        }
    }
}

/// "14:30", "14.30", "14h30", "2:30", "2" → hours and minutes, digits only.
fn hour_minute(text: &str) -> Option<(u32, u32)> {
    let (h, m) = match text.split_once([':', '.', 'h']) {
        Some((h, m)) => (h, if m.is_empty() { "0" } else { m }),
        None => (text, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) || (m.len() != 2 && m != "0") {
        return None;
    }
    let (h, m) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

#[cfg(test)]
#[path = "locale_tests.rs"]
mod tests;
