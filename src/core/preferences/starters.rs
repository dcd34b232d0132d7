//! Starter schedules offered on first run: three ready-made files, from
//! gentle to active, written as the TOML a user would write.

use super::parse::parse;
use super::schema::{RawPreferences, SCHEMA_VERSION};

/// Starter schedules offered on first run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Starter {
    /// Fewer prompts, to start with what you can manage.
    Gentle,
    /// The defaults.
    Standard,
    /// More frequent sessions.
    Active,
}

impl Starter {
    pub const ALL: [Starter; 3] = [Starter::Gentle, Starter::Standard, Starter::Active];

    pub fn title(&self) -> String {
        match self {
            Starter::Gentle => crate::t!("starter-gentle"),
            Starter::Standard => crate::t!("starter-standard"),
            Starter::Active => crate::t!("starter-active"),
        }
    }

    pub fn summary(&self) -> String {
        match self {
            Starter::Gentle => crate::t!("starter-gentle-summary"),
            Starter::Standard => crate::t!("starter-standard-summary"),
            Starter::Active => crate::t!("starter-active-summary"),
        }
    }

    /// The preferences file for this starter.
    pub fn preferences(&self) -> RawPreferences {
        let text = match self {
            Starter::Gentle => {
                "[exercises.ankle-rotations]\nrules = [{ every_minutes_sitting = 90 }]\n\
                 [exercises.calf-raises]\ndose = \"2 sets of 10\"\nrules = [{ at = [\"15:30\"] }]\n\
                 [exercises.soleus-stretch]\nrules = [{ at = [\"16:45\"] }]\n\
                 [exercises.legs-up]\nenabled = false\n"
            }
            Starter::Standard => "",
            Starter::Active => {
                "[exercises.ankle-rotations]\nrules = [{ every_minutes_sitting = 45 }]\n\
                 [exercises.calf-raises]\nrules = [{ at = [\"10:30\", \"13:30\", \"15:30\"] }]\n\
                 [exercises.legs-up]\nrules = [{ every_minutes_sitting = 120 }]\n"
            }
        };
        let (mut raw, _) = parse(text).expect("starters are valid TOML");
        raw.schema_version = Some(SCHEMA_VERSION as i64);
        raw
    }
}

/// The seed's three everyday moments, offered on the welcome as one-click
/// choices and written into the starter's file: ankle rotations in
/// meetings (quiet suggestions), calf raises while brushing teeth (morning
/// and evening, instead of clock times), a walk during phone calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moments {
    pub meetings: bool,
    pub brushing_teeth: bool,
    pub calls: bool,
}

impl Default for Moments {
    /// As the defaults are: quiet suggestions and walks on, no anchors.
    fn default() -> Self {
        Moments {
            meetings: true,
            brushing_teeth: false,
            calls: true,
        }
    }
}

impl Moments {
    /// Each choice's name and what it does, one line each, in the order of
    /// the flags.
    pub fn explained() -> [(String, String); 3] {
        [
            (
                crate::t!("moment-meetings"),
                crate::t!("moment-meetings-detail"),
            ),
            (
                crate::t!("moment-brushing-teeth"),
                crate::t!("moment-brushing-teeth-detail"),
            ),
            (crate::t!("moment-calls"), crate::t!("moment-calls-detail")),
        ]
    }

    /// Writes the choices into a starter's preferences.
    pub fn apply(&self, raw: &mut RawPreferences) {
        raw.in_meetings = Some(if self.meetings { "quiet" } else { "hold" }.to_owned());
        raw.walk_in_calls = Some(self.calls);
        if self.brushing_teeth {
            let calf = raw
                .exercises
                .get_or_insert_default()
                .entry("calf-raises".to_owned())
                .or_default();
            calf.anchors = Some(vec!["morning".into(), "evening".into()]);
            calf.rules = Some(Vec::new());
        }
    }
}

#[cfg(test)]
#[path = "starters_tests.rs"]
mod tests;
