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
    pub const MEETINGS: &str = "Ankle rotations in meetings";
    pub const BRUSHING_TEETH: &str = "Calf raises while brushing your teeth";
    pub const CALLS: &str = "A walk during phone calls";

    /// What each choice does, one line each, in the order of the flags.
    pub fn explained() -> [(&'static str, &'static str); 3] {
        [
            (
                Self::MEETINGS,
                "In a meeting, seated exercises come as quiet suggestions; the rest wait until it ends.",
            ),
            (
                Self::BRUSHING_TEETH,
                "Morning and evening, instead of clock times; tick them off in Today afterwards.",
            ),
            (
                Self::CALLS,
                "At the start of a call, a guided walk is offered; its minutes count.",
            ),
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
