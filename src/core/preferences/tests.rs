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
