use super::*;
use crate::core::preferences::parse;

fn load(text: &str) -> Result<Preferences, Vec<FieldError>> {
    let (raw, _) = parse(text).expect("parses");
    Preferences::from_raw(&raw)
}

#[test]
fn an_empty_file_means_all_defaults() {
    assert_eq!(load(""), Ok(Preferences::default()));
}

#[test]
fn a_small_hand_written_file_changes_only_what_it_says() {
    let p = load(
        r#"
snooze_minutes = 15
[working_hours]
mon = ["09:00-12:30", "13:30-17:30"]
[exercises.calf-raises]
dose = "3x20"
[exercises.desk-squats]
name = "Desk squats"
dose = "2 sets of 10"
rules = [{ every_minutes = 60, at_minute = 50, days = ["mon", "wed"] }]
"#,
    )
    .unwrap();
    assert_eq!(p.snooze_minutes, 15);
    assert_eq!(p.working_hours.on(chrono::Weekday::Mon).len(), 2);
    assert_eq!(
        p.working_hours.on(chrono::Weekday::Tue).len(),
        1,
        "other days keep the default"
    );
    assert_eq!(p.exercises.len(), 7);
    let squats = p.find_exercise("desk").unwrap();
    assert_eq!(squats.rules[0].describe(), "every hour at :50 on Mon, Wed");
    assert_eq!(
        p.find_exercise("calf-raises").unwrap().dose,
        Dose::SetsOfReps { sets: 3, reps: 20 }
    );
}

#[test]
fn every_problem_is_named_with_field_and_value() {
    let errors = load(
        r#"
schema_version = 7
snooze_minutes = 0
[working_hours]
tue = ["09:00-08:00"]
[exercises.calf-raises]
dose = "3 x 10000"
rules = [{ every_minutes = 0 }, { at = ["25:00"] }, { every_minutes_sitting = 60, at = ["10:00"] }]
[exercises.Bad_Id]
name = "x"
dose = "5 min"
"#,
    )
    .unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let has = |s: &str| {
        assert!(
            text.iter().any(|t| t.contains(s)),
            "missing {s:?} in {text:#?}"
        )
    };
    has("schema_version = 7: written by a newer Second Heart");
    has("snooze_minutes = 0: out of range (1 to 240)");
    has("working_hours.tue = \"09:00-08:00\": end 08:00 is not after start 09:00");
    has("exercises.calf-raises.dose = \"3 x 10000\": reps 10000");
    has("exercises.calf-raises.rules[0].every_minutes = 0: out of range (5 to 1440)");
    has("exercises.calf-raises.rules[1].at = \"25:00\"");
    has("exercises.calf-raises.rules[2] = {…}: give exactly one of");
    has("exercises.Bad_Id = \"Bad_Id\": `Bad_Id` is not a valid exercise id");
}

#[test]
fn a_rule_that_can_never_fire_is_an_error() {
    let errors = load(
        r#"
[exercises.legs-up]
rules = [{ every_minutes_sitting = 60, days = ["sat"] }, { at = ["20:00"] }]
"#,
    )
    .unwrap_err();
    assert!(
        errors[0].to_string().contains("rules[0].days"),
        "{errors:?}"
    );
    assert!(errors[0].reason.contains("never applies"));
    assert_eq!(errors[1].field, "exercises.legs-up.rules[1].at");
    assert_eq!(errors[1].value, "20:00");
    assert!(load("[exercises.legs-up]\nrules = [{ at = [\"20:00\"], hours = \"any\" }]").is_ok());
}

#[test]
fn each_number_is_accepted_at_its_limits_and_refused_just_outside() {
    use crate::core::preferences::limits::{self, Limit};
    // Each field in a file of its own, with what surrounds it there.
    let cases: [(&str, &str, &str, Limit); 5] = [
        (
            "idle_threshold_minutes",
            "",
            "",
            limits::IDLE_THRESHOLD_MINUTES,
        ),
        ("snooze_minutes", "", "", limits::SNOOZE_MINUTES),
        (
            "exercises.legs-up.rules[0].every_minutes_sitting",
            "[exercises.legs-up]\nrules = [{ every_minutes_sitting = ",
            " }]",
            limits::EVERY_MINUTES_SITTING,
        ),
        (
            "exercises.legs-up.rules[0].every_minutes",
            "[exercises.legs-up]\nrules = [{ every_minutes = ",
            " }]",
            limits::EVERY_MINUTES,
        ),
        (
            "exercises.brisk-walk.rules[0].weekly_target_minutes",
            "[exercises.brisk-walk]\nrules = [{ weekly_target_minutes = ",
            " }]",
            limits::WEEKLY_TARGET_MINUTES,
        ),
    ];
    for (field, before, after, limit) in cases {
        let file = |v: i64| {
            if before.is_empty() {
                format!("{field} = {v}")
            } else {
                format!("{before}{v}{after}")
            }
        };
        for v in [limit.min, limit.max] {
            assert!(load(&file(v.into())).is_ok(), "{field} = {v} refused");
        }
        for v in [i64::from(limit.min) - 1, i64::from(limit.max) + 1] {
            let errors = load(&file(v)).unwrap_err();
            assert_eq!(
                errors[0].to_string(),
                format!("{field} = {v}: out of range ({limit})")
            );
        }
    }
}

#[test]
fn names_and_times_of_day_are_counted_against_their_limits() {
    use crate::core::preferences::limits::{AT_TIMES, NAME_CHARS};
    let name = |n: u32| format!("[exercises.legs-up]\nname = \"{}\"", "é".repeat(n as usize));
    assert!(load(&name(NAME_CHARS.max)).is_ok(), "counted in characters");
    let errors = load(&name(NAME_CHARS.max + 1)).unwrap_err();
    assert_eq!(errors[0].reason, "must be 1 to 60 characters");

    let times = |n: u32| {
        let list: Vec<String> = (0..n)
            .map(|i| format!("\"{:02}:{:02}\"", i / 4, i % 4 * 15))
            .collect();
        format!(
            "[exercises.legs-up]\nrules = [{{ at = [{}], hours = \"any\" }}]",
            list.join(", ")
        )
    };
    assert!(load(&times(AT_TIMES.max)).is_ok());
    let errors = load(&times(AT_TIMES.max + 1)).unwrap_err();
    assert_eq!(errors[0].reason, "give 1 to 48 times of day");
}

#[test]
fn places_anchors_and_the_meeting_choice_are_checked_and_named() {
    let (raw, _) = crate::core::preferences::parse(
        "in_meetings = \"loud\"\n[exercises.calf-raises]\nplace = \"upside-down\"\nanchors = [\"morning\", \"\"]\n",
    )
    .unwrap();
    let errors = Preferences::from_raw(&raw).unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("in_meetings") && has("loud"), "{text:?}");
    assert!(
        has("exercises.calf-raises.place") && has("upside-down"),
        "{text:?}"
    );
    assert!(has("exercises.calf-raises.anchors[1]"), "{text:?}");
}
