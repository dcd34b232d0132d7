use super::*;
use crate::core::preferences::{FieldError, parse};

fn load(text: &str) -> Result<Preferences, Vec<FieldError>> {
    let (raw, _) = parse(text).expect("parses");
    Preferences::from_raw(&raw)
}

#[test]
fn the_documented_file_reads_back_as_the_same_preferences() {
    let text = to_documented_toml(&Preferences::default());
    assert!(text.contains("# How long Snooze puts a prompt off"));
    assert!(text.contains("[exercises.ankle-rotations]"));
    assert_eq!(load(&text), Ok(Preferences::default()));
    assert_eq!(
        text.matches("# Shown in prompts").count(),
        1,
        "each field explained once"
    );
}

#[test]
fn the_docs_give_the_ranges_validation_checks() {
    use crate::core::preferences::limits::{IDLE_THRESHOLD_MINUTES, NAME_CHARS, SNOOZE_MINUTES};
    let text = to_documented_toml(&Preferences::default());
    assert!(
        text.contains("the sitting count again. 1 to 120.\n"),
        "{text}"
    );
    for limit in [IDLE_THRESHOLD_MINUTES, SNOOZE_MINUTES, NAME_CHARS] {
        assert!(
            text.contains(&format!(" {limit}.")) || text.contains(&format!(" {limit} characters."))
        );
    }
}
