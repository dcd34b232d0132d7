use super::*;

#[test]
fn a_limit_reads_as_its_range_and_holds_both_ends() {
    assert_eq!(EVERY_MINUTES.to_string(), "5 to 1440");
    assert_eq!(EVERY_MINUTES.out_of_range(), "out of range (5 to 1440)");
    assert!(EVERY_MINUTES.contains(5) && EVERY_MINUTES.contains(1440u32));
    assert!(!EVERY_MINUTES.contains(4) && !EVERY_MINUTES.contains(1441u32));
    assert_eq!(EVERY_MINUTES.check(1440), Some(1440));
    assert_eq!(EVERY_MINUTES.check(1441), None);
}

#[test]
fn numbers_from_the_file_never_wrap_into_range() {
    // The file's numbers are i64: one that would wrap to 60 as a u32 is
    // still out of range.
    assert_eq!(SNOOZE_MINUTES.check(-1), None);
    assert_eq!(SNOOZE_MINUTES.check((1 << 32) + 60), None);
    assert_eq!(SNOOZE_MINUTES.check(i64::MIN), None);
}

#[test]
fn at_minute_follows_the_slot_length() {
    assert_eq!(at_minute(60).to_string(), "0 to 59");
    assert!(at_minute(5).contains(4) && !at_minute(5).contains(5));
}
