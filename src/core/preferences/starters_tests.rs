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
