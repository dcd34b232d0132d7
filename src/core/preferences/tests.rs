use super::*;

#[test]
fn finding_exercises_by_what_people_type() {
    let p = Preferences::default();
    assert_eq!(
        p.find_exercise("Calf raises").unwrap().id.as_str(),
        "calf-raises"
    );
    assert_eq!(
        p.find_exercise("ankle").unwrap().id.as_str(),
        "ankle-rotations"
    );
    assert_eq!(
        p.find_exercise("bent").unwrap().id.as_str(),
        "soleus-stretch"
    );
    let e = p.find_exercise("c").unwrap_err();
    assert!(e.contains("calf-raises or cycling"), "{e}");
    let e = p.find_exercise("yoga").unwrap_err();
    assert!(
        e.starts_with("unknown exercise `yoga` (known: ankle-rotations,"),
        "{e}"
    );
}

#[test]
fn words_anywhere_in_the_id_or_name_find_an_exercise() {
    let p = Preferences::default();
    let found = |q: &str| p.find_exercise(q).map(|e| e.id.as_str().to_owned());
    assert_eq!(found("walk").as_deref(), Ok("brisk-walk"));
    assert_eq!(found("Walk").as_deref(), Ok("brisk-walk"));
    assert_eq!(found("up").as_deref(), Ok("legs-up"));
    assert_eq!(found("knee stretch").as_deref(), Ok("soleus-stretch"));
    assert_eq!(found("raises").as_deref(), Ok("calf-raises"));
    // A start of a name still wins over a word further in: "calf" is the
    // calf raises, not also the bent-knee calf stretch.
    assert_eq!(found("calf").as_deref(), Ok("calf-raises"));
    // Ambiguity is refused, not guessed: raises or rotations?
    let e = p.find_exercise("r").unwrap_err();
    assert_eq!(e, "`r` could be ankle-rotations or calf-raises; say which");
}

#[test]
fn a_typo_gets_the_closest_exercise_suggested() {
    let p = Preferences::default();
    let e = p.find_exercise("calf-rasies").unwrap_err();
    assert!(
        e.starts_with("unknown exercise `calf-rasies`: did you mean calf-raises? (known: "),
        "{e}"
    );
    let e = p.find_exercise("cyclng").unwrap_err();
    assert!(e.contains("did you mean cycling?"), "{e}");
    // A word of the name is close enough too.
    let e = p.find_exercise("strech").unwrap_err();
    assert!(e.contains("did you mean soleus-stretch?"), "{e}");
    // Nothing near: no guess.
    let e = p.find_exercise("yoga").unwrap_err();
    assert!(!e.contains("did you mean"), "{e}");
    let e = p.find_exercise("").unwrap_err();
    assert!(e.starts_with("unknown exercise `` (known: "), "{e}");
}
