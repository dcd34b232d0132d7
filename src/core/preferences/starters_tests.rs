use super::*;
use crate::core::preferences::Preferences;

#[test]
fn every_starter_is_valid_and_they_differ() {
    let prompts: Vec<usize> = Starter::ALL
        .iter()
        .map(|s| {
            let p = Preferences::from_raw(&s.preferences()).expect("valid");
            p.exercises
                .iter()
                .filter(|e| e.enabled)
                .map(|e| e.rules.len())
                .sum()
        })
        .collect();
    assert_eq!(
        Preferences::from_raw(&Starter::Standard.preferences()),
        Ok(Preferences::default())
    );
    assert!(prompts.iter().all(|n| *n > 0));
    let gentle = Preferences::from_raw(&Starter::Gentle.preferences()).unwrap();
    assert!(
        !gentle
            .exercise(&"legs-up".parse().unwrap())
            .unwrap()
            .enabled
    );
}

#[test]
fn the_welcomes_moments_are_written_into_the_starter() {
    use crate::core::moment::{MeetingPolicy, Routine};
    use crate::core::preferences::Moments;
    for starter in Starter::ALL {
        let mut raw = starter.preferences();
        Moments {
            meetings: false,
            brushing_teeth: true,
            calls: false,
        }
        .apply(&mut raw);
        let p = Preferences::from_raw(&raw).expect("valid");
        assert_eq!(p.in_meetings, MeetingPolicy::Hold);
        assert!(!p.walk_in_calls);
        let calf = p.exercise(&"calf-raises".parse().unwrap()).unwrap();
        assert_eq!(calf.anchors, [Routine::Morning, Routine::Evening]);
        assert!(calf.rules.is_empty(), "the routine instead of clock times");
        // The defaults change nothing.
        let mut plain = starter.preferences();
        Moments::default().apply(&mut plain);
        let d = Preferences::from_raw(&plain).unwrap();
        assert_eq!(d.in_meetings, MeetingPolicy::Quiet);
        assert!(d.walk_in_calls);
        assert!(
            d.exercise(&"calf-raises".parse().unwrap())
                .unwrap()
                .anchors
                .is_empty()
        );
    }
}
