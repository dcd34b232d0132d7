//! The commented file `config show` prints: what each field means and, for
//! numbers, the range it takes (from `limits`, like the errors).

use super::Preferences;
use super::limits::{
    CIRCLE_SECONDS, IDLE_THRESHOLD_MINUTES, INTERVAL_MINUTES, NAME_CHARS, REMIND_AGAIN_MINUTES,
    REP_HALF_SECONDS, REST_SECONDS, SNOOZE_MINUTES,
};

/// What each field means, for the commented file `config show` prints,
/// keyed by the field (or the start of its table header).
pub fn field_docs() -> Vec<(&'static str, String)> {
    let mut docs: Vec<_> = PLAIN_DOCS
        .iter()
        .map(|(key, doc)| (*key, doc.to_string()))
        .collect();
    docs.extend([
        (
            "idle_threshold_minutes",
            format!(
                "Minutes without keyboard or mouse input that count as a natural break\n(time away from the desk); a break starts the sitting count again. {IDLE_THRESHOLD_MINUTES}."
            ),
        ),
        (
            "snooze_minutes",
            format!("How long Snooze puts a prompt off, in minutes. {SNOOZE_MINUTES}."),
        ),
        (
            "remind_again_minutes",
            format!(
                "A prompt left unanswered this many minutes is shown once more, gently;\n0 for never. {REMIND_AGAIN_MINUTES}."
            ),
        ),
        (
            "name",
            format!("Shown in prompts and the window. {NAME_CHARS} characters."),
        ),
        (
            "circle_seconds",
            format!("A guided session's pace: seconds for one circle. {CIRCLE_SECONDS}."),
        ),
        (
            "up_seconds",
            format!(
                "A guided session's pace: seconds going up in each repetition\n(and down_seconds: coming down). {REP_HALF_SECONDS}."
            ),
        ),
        (
            "rest_seconds",
            format!("A guided session's rest between sets, in seconds; 0 for none. {REST_SECONDS}."),
        ),
        (
            "interval_minutes",
            format!(
                "A guided session changes pace (easy, brisk) this often, in minutes;\n0 for one steady countdown. {INTERVAL_MINUTES}."
            ),
        ),
    ]);
    docs
}

/// The docs with no range in them. Order does not matter: the file's own
/// order decides where each comment goes.
const PLAIN_DOCS: &[(&str, &str)] = &[
    (
        "schema_version",
        "Layout version of this file. Leave as is; a newer Second Heart upgrades it.",
    ),
    (
        "quiet_during_meetings",
        "Hold prompts while do-not-disturb is on or a fullscreen window has focus\n(a call, a presentation); they come once it ends, if still within hours.",
    ),
    (
        "in_meetings",
        "What prompts do in a meeting (a camera in use, or `second-heart busy meeting`),\na call or while reading: \"quiet\" makes seated, discreet exercises quiet\nsuggestions and holds the rest until it ends (and offers a walk in a call),\n\"hold\" holds everything until it ends, \"off\" prompts as usual.",
    ),
    (
        "walk_in_calls",
        "Offer a walk at the start of a call (said with `second-heart busy call`, or\na call app keeping the screen awake): Start walks it, guided, and its minutes count.",
    ),
    (
        "sound",
        "Ask the notification server to play its \"new message\" sound with each prompt.",
    ),
    (
        "theme",
        "The window's colours: \"system\" follows the desktop's light or dark choice\n(where it says one; dark otherwise), \"light\" or \"dark\" always.",
    ),
    (
        "language",
        "The language of the window, prompts and commands: \"auto\" follows the desktop\n(LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or one of en, de, fr, es, pt-BR, it,\nnl, pl, sv, ja, zh-Hans.",
    ),
    (
        "clock",
        "Times as \"12h\" (2:30 PM) or \"24h\" (14:30); \"auto\" follows the locale.\nTimes in this file are always written 24-hour.",
    ),
    (
        "week_start",
        "The first day of the week for weekly targets, streaks and History:\n\"auto\" follows the locale, or a day (\"monday\", \"sunday\", \"saturday\").",
    ),
    (
        "[working_hours]",
        "Your working hours: for each weekday, a list of ranges \"HH:MM-HH:MM\"\n(several per day, e.g. [\"09:00-12:30\", \"13:30-17:30\"]); [] for a day off.\nRules apply within these hours unless they say otherwise.",
    ),
    (
        "[exercises.",
        "Exercises, keyed by id. The six built-in ones can be changed or disabled\n(enabled = false) but not removed; add your own with a new id\n(lowercase letters, digits, dashes) and at least name and dose.",
    ),
    (
        "enabled",
        "false stops all prompts for this exercise; its history is kept.",
    ),
    (
        "kind",
        "\"prompted\": the app reminds you. \"logged\": you log minutes afterwards (walks, rides).",
    ),
    (
        "dose",
        "One session: \"3 sets of 15\", \"10 circles each way\", \"30 s each leg\" or \"30 min\".",
    ),
    (
        "instruction",
        "One line of how-to, shown in the notification.",
    ),
    ("how_to", "The longer how-to, shown in the window."),
    (
        "place",
        "Where it can be done: \"seated\" (and discreet: fits a meeting), \"standing\",\n\"away\" (from the desk: a walk, a ride) or \"lying\" (or reclined).",
    ),
    (
        "anchors",
        "Everyday routines it is done with, ticked off afterwards in Today or with\n`second-heart done ID --anchor ROUTINE`: \"morning\" and \"evening\" (while\nbrushing teeth), \"after-lunch\", \"kettle\" (while it boils), or a name of your own.",
    ),
    (
        "[[exercises.",
        "Rules say when the exercise is due. Each has exactly one of:\n  every_minutes_sitting = 60            after 60 min of sitting (a break restarts the count)\n  every_minutes = 60, at_minute = 50    on the clock: every hour at :50\n  at = [\"10:30\", \"15:30\"]               at fixed times\n  weekly_target_minutes = 150           a nudge (checked daily at check_at) when the week is behind pace\nand optionally days = [\"mon\", ...] (default: your working days) and\nhours = \"working\" (default), \"any\", or [\"09:00-12:00\", ...].",
    ),
];

/// Renders the preferences as a TOML file with a comment above each kind of
/// field (each explained once, where it first appears).
pub fn to_documented_toml(prefs: &Preferences) -> String {
    let body = toml::to_string(&prefs.to_raw()).expect("preferences always serialise");
    let mut out = String::from(
        "# Second Heart preferences.\n# Every field is optional: anything left out takes the default shown here.\n# Check your edits with `second-heart config check`.\n\n",
    );
    let docs = field_docs();
    let mut explained = std::collections::HashSet::new();
    for line in body.lines() {
        let trimmed = line.trim_start();
        let key = if trimmed.starts_with("[[exercises.") {
            Some("[[exercises.")
        } else if trimmed.starts_with("[exercises.") {
            Some("[exercises.")
        } else if trimmed.starts_with('[') {
            Some(trimmed)
        } else {
            trimmed.split(" =").next()
        };
        if let Some(key) = key
            && let Some((k, doc)) = docs.iter().find(|(k, _)| *k == key)
            && explained.insert(*k)
        {
            if !out.ends_with("\n\n") && k.starts_with('[') {
                out.push('\n');
            }
            for l in doc.lines() {
                out.push_str("# ");
                out.push_str(l);
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
#[path = "docs_tests.rs"]
mod tests;
