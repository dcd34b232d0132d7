use super::*;
use crate::core::exercise::builtin_exercises;
use crate::core::history::Session;
use chrono::{Duration, FixedOffset};
use proptest::prelude::*;

fn builtin(id: &str) -> Exercise {
    builtin_exercises()
        .into_iter()
        .find(|e| e.id.as_str() == id)
        .unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

#[test]
fn built_ins_say_where_they_fit() {
    let place = |id| builtin(id).place;
    assert_eq!(place("ankle-rotations"), Place::Seated);
    assert_eq!(place("calf-raises"), Place::Standing);
    assert_eq!(place("soleus-stretch"), Place::Standing);
    assert_eq!(place("brisk-walk"), Place::Away);
    assert_eq!(place("cycling"), Place::Away);
    assert_eq!(place("legs-up"), Place::Lying);
}

#[test]
fn what_fits_a_meeting_a_call_the_desk_and_away() {
    use MeetingPolicy::*;
    use Place::*;
    use Situation::*;
    // At the desk and away: ordinary prompts, whatever the place.
    for place in Place::ALL {
        assert_eq!(fits(place, Desk, Quiet), Treatment::Show);
        assert_eq!(fits(place, Situation::Away, Quiet), Treatment::Show);
    }
    // In a meeting: ankle rotations quietly, the rest after it.
    assert_eq!(fits(Seated, Meeting, Quiet), Treatment::Quiet(Meeting));
    assert_eq!(fits(Standing, Meeting, Quiet), Treatment::Hold);
    assert_eq!(fits(Place::Away, Meeting, Quiet), Treatment::Hold);
    assert_eq!(fits(Lying, Meeting, Quiet), Treatment::Hold);
    // In a call: a walk is offered; seated quietly; standing after it.
    assert_eq!(fits(Place::Away, Call, Quiet), Treatment::OfferWalk);
    assert_eq!(fits(Seated, Call, Quiet), Treatment::Quiet(Call));
    assert_eq!(fits(Standing, Call, Quiet), Treatment::Hold);
    // Reading: like a meeting.
    assert_eq!(fits(Seated, Reading, Quiet), Treatment::Quiet(Reading));
    assert_eq!(fits(Standing, Reading, Quiet), Treatment::Hold);
    // Hold everything: nothing at all; off: as at the desk.
    for place in Place::ALL {
        for s in [Meeting, Call, Reading] {
            assert_eq!(fits(place, s, Hold), Treatment::Hold);
            assert_eq!(fits(place, s, Off), Treatment::Show);
        }
    }
}

#[test]
fn the_users_word_comes_before_what_is_seen() {
    let camera = Seen {
        camera: true,
        call_app: false,
    };
    let call_app = Seen {
        camera: false,
        call_app: true,
    };
    assert_eq!(situation(None, Seen::default()), Situation::Desk);
    assert_eq!(situation(None, camera), Situation::Meeting);
    assert_eq!(situation(None, call_app), Situation::Call);
    assert_eq!(
        situation(Some(BusyMode::Reading), camera),
        Situation::Reading
    );
    assert_eq!(situation(Some(BusyMode::Call), camera), Situation::Call);
}

#[test]
fn places_routines_and_policies_parse_and_name_bad_values() {
    assert_eq!("lying".parse::<Place>(), Ok(Place::Lying));
    assert!(
        "upside-down"
            .parse::<Place>()
            .unwrap_err()
            .contains("`upside-down`")
    );
    assert_eq!("hold".parse::<MeetingPolicy>(), Ok(MeetingPolicy::Hold));
    assert!("loud".parse::<MeetingPolicy>().is_err());
    assert_eq!("Meeting".parse::<BusyMode>(), Ok(BusyMode::Meeting));
    assert!("lunch".parse::<BusyMode>().is_err());
    assert_eq!("morning".parse::<Routine>(), Ok(Routine::Morning));
    assert_eq!("after-lunch".parse::<Routine>(), Ok(Routine::AfterLunch));
    assert_eq!(
        "waiting for the printer".parse::<Routine>(),
        Ok(Routine::Named("waiting for the printer".into()))
    );
    assert!("".parse::<Routine>().is_err());
    assert!("bell\u{7}".parse::<Routine>().is_err());
    assert!("x".repeat(41).parse::<Routine>().is_err());
    for r in Routine::BUILT_IN {
        assert_eq!(r.key().parse::<Routine>(), Ok(r));
    }
}

#[test]
fn an_item_ticked_later_is_dated_at_its_routine() {
    let morning = Routine::Morning;
    let now = at("2026-11-23T10:05:00+01:00");
    assert_eq!(morning.done_at(&now), at("2026-11-23T07:30:00+01:00"));
    assert_eq!(said_when(&morning.done_at(&now), &now), "this morning");
    // Before its usual time: now.
    let early = at("2026-11-23T06:50:00+01:00");
    assert_eq!(morning.done_at(&early), early);
    // The kettle has no usual time.
    assert_eq!(Routine::Kettle.done_at(&now), now);
    assert_eq!(
        Routine::Evening.done_at(&at("2026-11-23T22:00:00+01:00")),
        at("2026-11-23T21:30:00+01:00")
    );
}

#[test]
fn routines_and_the_day_hold_across_clock_changes() {
    use chrono_tz::America::Santiago;
    use chrono_tz::Europe::Berlin;
    // Berlin, the autumn change (03:00 back to 02:00): 07:30 is 07:30 +01:00.
    let now = Berlin.with_ymd_and_hms(2026, 10, 25, 9, 0, 0).unwrap();
    let done = Routine::Morning.done_at(&now);
    assert_eq!(done.to_rfc3339(), "2026-10-25T07:30:00+01:00");
    // Santiago skips midnight in September (00:00 is 01:00): the day still
    // starts that morning, and yesterday's answer is not today's.
    let exercises = anchored_calf_raises();
    let mut h = History::default();
    let mut yesterday = Session::new(
        Santiago
            .with_ymd_and_hms(2026, 9, 5, 23, 30, 0)
            .unwrap()
            .fixed_offset(),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    );
    yesterday.anchor = Some(Routine::Morning);
    h.push(yesterday);
    let now = Santiago.with_ymd_and_hms(2026, 9, 6, 9, 0, 0).unwrap();
    let items = anchored_today(&exercises, &h, &now);
    assert_eq!(items[0].answer, None, "{items:?}");
    assert_eq!(
        Routine::Morning.done_at(&now).to_rfc3339(),
        "2026-09-06T07:30:00-03:00"
    );
}

fn anchored_calf_raises() -> Vec<Exercise> {
    let mut calf = builtin("calf-raises");
    calf.anchors = vec![Routine::Morning, Routine::Evening];
    vec![builtin("ankle-rotations"), calf]
}

#[test]
fn anchored_items_stand_in_today_with_their_answer() {
    let exercises = anchored_calf_raises();
    let now = at("2026-11-23T10:00:00+01:00");
    let mut history = History::default();
    let items = anchored_today(&exercises, &history, &now);
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|i| i.answer.is_none()));
    // Yesterday's morning does not count today.
    let mut y = Session::new(
        at("2026-11-22T07:30:00+01:00"),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    );
    y.anchor = Some(Routine::Morning);
    history.push(y);
    let mut t = Session::new(
        at("2026-11-23T07:30:00+01:00"),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    );
    t.anchor = Some(Routine::Morning);
    history.push(t);
    let items = anchored_today(&exercises, &history, &now);
    assert_eq!(
        items[0].answer,
        Some((Outcome::Done, at("2026-11-23T07:30:00+01:00")))
    );
    assert_eq!(items[1].routine, Routine::Evening);
    assert_eq!(items[1].answer, None);
}

#[test]
fn the_morning_question_is_asked_once_at_the_desk_and_not_once_answered() {
    let exercises = anchored_calf_raises();
    let h = History::default();
    let now = at("2026-11-23T09:10:00+01:00");
    let ask = |h: &History, now, situation, sitting, asked| {
        morning_question(&exercises, h, &now, situation, sitting, asked)
    };
    assert_eq!(
        ask(&h, now, Situation::Desk, true, None),
        Some(vec!["calf-raises".parse().unwrap()])
    );
    // Once a day.
    assert_eq!(
        ask(&h, now, Situation::Desk, true, Some(now.date_naive())),
        None
    );
    // Not in a meeting, not while away, not before the routine or after noon.
    assert_eq!(ask(&h, now, Situation::Meeting, true, None), None);
    assert_eq!(ask(&h, now, Situation::Desk, false, None), None);
    assert_eq!(
        ask(
            &h,
            at("2026-11-23T07:00:00+01:00"),
            Situation::Desk,
            true,
            None
        ),
        None
    );
    assert_eq!(
        ask(
            &h,
            at("2026-11-23T12:30:00+01:00"),
            Situation::Desk,
            true,
            None
        ),
        None
    );
    // Ticked already: nothing to ask.
    let mut done = History::default();
    let mut s = Session::new(
        at("2026-11-23T07:35:00+01:00"),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    );
    s.anchor = Some(Routine::Morning);
    done.push(s);
    assert_eq!(ask(&done, now, Situation::Desk, true, None), None);
}

#[test]
fn the_walk_offered_in_a_call_is_one_not_done_today() {
    let exercises = builtin_exercises();
    let day_start = at("2026-11-23T00:00:00+01:00").to_utc();
    let mut h = History::default();
    assert_eq!(
        walk_to_offer(&exercises, &h, day_start).map(|e| e.id.as_str()),
        Some("brisk-walk"),
        "cycling is logged, not offered"
    );
    let mut walk = Session::new(
        at("2026-11-23T08:00:00+01:00"),
        "brisk-walk".parse().unwrap(),
        Outcome::Done,
    );
    walk.minutes = Some(30);
    h.push(walk);
    assert_eq!(walk_to_offer(&exercises, &h, day_start), None);
}

fn any_place() -> impl Strategy<Value = Place> {
    prop::sample::select(Place::ALL.to_vec())
}

fn any_situation() -> impl Strategy<Value = Situation> {
    prop::sample::select(vec![
        Situation::Desk,
        Situation::Meeting,
        Situation::Call,
        Situation::Reading,
        Situation::Away,
    ])
}

fn any_policy() -> impl Strategy<Value = MeetingPolicy> {
    prop::sample::select(MeetingPolicy::ALL.to_vec())
}

proptest! {
    /// Nothing that needs standing up or leaving is suggested in a meeting
    /// unless the user turned meeting awareness off; a quiet suggestion is
    /// always a seated one, worded for the situation it came in.
    #[test]
    fn nothing_standing_is_suggested_in_a_meeting(
        place in any_place(),
        policy in any_policy(),
    ) {
        let t = fits(place, Situation::Meeting, policy);
        if policy != MeetingPolicy::Off && place != Place::Seated {
            prop_assert_eq!(t, Treatment::Hold);
        }
        prop_assert!(t != Treatment::OfferWalk, "no walk out of a meeting");
    }

    #[test]
    fn quiet_suggestions_are_seated_and_walks_only_in_calls(
        place in any_place(),
        situation in any_situation(),
        policy in any_policy(),
    ) {
        match fits(place, situation, policy) {
            Treatment::Quiet(s) => {
                prop_assert_eq!(s, situation);
                prop_assert_eq!(place, Place::Seated);
                prop_assert_eq!(policy, MeetingPolicy::Quiet);
            }
            Treatment::OfferWalk => {
                prop_assert_eq!(situation, Situation::Call);
                prop_assert_eq!(place, Place::Away);
            }
            Treatment::Hold => {
                prop_assert!(!matches!(situation, Situation::Desk | Situation::Away));
                prop_assert!(policy != MeetingPolicy::Off);
            }
            Treatment::Show => prop_assert!(
                matches!(situation, Situation::Desk | Situation::Away)
                    || policy == MeetingPolicy::Off
            ),
        }
    }

    /// Whatever the place and policy, the desk shows every prompt: nothing
    /// is held where nothing is going on.
    #[test]
    fn at_the_desk_everything_is_shown(place in any_place(), policy in any_policy()) {
        prop_assert_eq!(fits(place, Situation::Desk, policy), Treatment::Show);
    }

    /// An anchored item is dated no later than it was ticked, and on the
    /// same day.
    #[test]
    fn a_ticked_item_is_dated_today_and_not_in_the_future(minute in 0u32..1440, r in 0usize..4) {
        let routine = Routine::BUILT_IN[r].clone();
        let now = at("2026-11-23T00:00:00+01:00") + Duration::minutes(i64::from(minute));
        let done = routine.done_at(&now);
        prop_assert!(done <= now);
        prop_assert_eq!(done.date_naive(), now.date_naive());
    }
}
