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

    pub fn title(&self) -> &'static str {
        match self {
            Starter::Gentle => "Gentle",
            Starter::Standard => "Standard",
            Starter::Active => "Active",
        }
    }

    pub fn summary(&self) -> &'static str {
        match self {
            Starter::Gentle => {
                "Ankle rotations every 90 minutes of sitting, calf raises once a day, a daily walk."
            }
            Starter::Standard => {
                "Ankle rotations every hour of sitting, calf raises and the calf stretch twice a day, a daily walk, legs up after long sitting."
            }
            Starter::Active => {
                "Ankle rotations every 45 minutes, calf raises three times a day, the stretch twice, a walk and legs up."
            }
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

#[cfg(test)]
#[path = "starters_tests.rs"]
mod tests;
