use super::*;

#[test]
fn wrong_types_and_unknown_fields() {
    let e = parse("snooze_minutes = \"ten\"").unwrap_err();
    assert!(e.contains("line 1") && e.contains("snooze_minutes"), "{e}");
    let (_, unknown) = parse("snooze_minute = 5\n[exercises.legs-up]\ncolour = \"red\"").unwrap();
    assert_eq!(unknown, vec!["exercises.legs-up.colour", "snooze_minute"]);
}
