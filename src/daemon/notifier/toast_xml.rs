//! The toast a prompt or a cue becomes on Windows, as the XML WinRT loads
//! (the ToastGeneric template), and what a click on it brings back.
//!
//! Pure and built on every platform, so its tests run everywhere; the
//! WinRT calls that show it are in `toast.rs`. Each button's arguments
//! carry the answer and the prompt it answers (exercise and generation),
//! so a click on a toast that was replaced meanwhile is told apart from
//! one on the toast shown now. A prompt's tag is its exercise (one toast
//! per exercise, replaced or removed by it); cues share one tag, so each
//! replaces the last.

use super::{Answer, CueText, OPEN, PromptText, Style, Ticket, actions};
use crate::core::ExerciseId;

/// The group of every prompt's toast, so they can be removed together.
pub const PROMPTS: &str = "prompts";
/// The group and tag of a guided session's cue.
pub const CUES: &str = "cues";
pub const CUE_TAG: &str = "cue";

/// A toast ready to show: its XML, and the tag and group that replace
/// and remove it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    pub xml: String,
    pub tag: String,
    pub group: &'static str,
}

/// How long a toast stays and whether it makes a sound.
struct Manner {
    /// "reminder": stays on screen until answered (like a resident
    /// notification on Linux); `None`: leaves after a few seconds.
    scenario: Option<&'static str>,
    /// "long": about 25 seconds instead of 7.
    duration: Option<&'static str>,
    /// `None`: silent.
    sound: Option<&'static str>,
}

/// The toast of a prompt: text, buttons and manner by its style. The body
/// click (Open) is the toast's launch arguments, the rest are buttons.
pub fn prompt(ticket: &Ticket, text: &PromptText) -> Toast {
    let manner = match text.style {
        Style::Prompt => Manner {
            scenario: Some("reminder"),
            duration: None,
            sound: text
                .sound
                .then_some("ms-winsoundevent:Notification.Reminder"),
        },
        // Never a sound, nothing kept on screen: a suggestion in a meeting
        // must not interrupt it.
        Style::Quiet | Style::Offer => Manner {
            scenario: None,
            duration: Some("short"),
            sound: None,
        },
        Style::Morning(_) => Manner {
            scenario: Some("reminder"),
            duration: None,
            sound: None,
        },
    };
    let offered = actions(text);
    let launch = offered
        .iter()
        .any(|(k, _)| *k == OPEN)
        .then(|| arguments(ticket, OPEN));
    let buttons: Vec<(String, String)> = offered
        .into_iter()
        .filter(|(k, _)| *k != OPEN)
        .map(|(k, label)| (label, arguments(ticket, k)))
        .collect();
    Toast {
        xml: xml(
            launch.as_deref(),
            &manner,
            &text.summary,
            &text.body,
            &buttons,
        ),
        tag: tag(&ticket.exercise),
        group: PROMPTS,
    }
}

/// The toast of a guided session's cue: no buttons; it stays a while
/// unless it is the last.
pub fn cue(text: &CueText) -> Toast {
    let manner = Manner {
        scenario: None,
        duration: (!text.last).then_some("long"),
        sound: text
            .sound
            .then_some("ms-winsoundevent:Notification.Default"),
    };
    Toast {
        xml: xml(None, &manner, &text.summary, &text.body, &[]),
        tag: CUE_TAG.to_owned(),
        group: CUES,
    }
}

/// The tag of an exercise's prompt (exercise ids are at most 40
/// characters, well within Windows's limit).
pub fn tag(exercise: &ExerciseId) -> String {
    exercise.to_string()
}

/// What a click on `key` brings back: the answer and the prompt it answers.
pub fn arguments(ticket: &Ticket, key: &str) -> String {
    format!(
        "answer={key}&exercise={}&generation={}",
        ticket.exercise, ticket.generation
    )
}

/// The answer in a click's arguments, if they belong to this ticket's
/// prompt; `None` for another prompt's (or foreign) arguments.
pub fn answer(arguments: &str, ticket: &Ticket) -> Option<Answer> {
    let mut key = None;
    let mut exercise = None;
    let mut generation = None;
    for pair in arguments.split('&') {
        match pair.split_once('=')? {
            ("answer", k) => key = Some(k),
            ("exercise", e) => exercise = Some(e.parse::<ExerciseId>().ok()?),
            ("generation", g) => generation = Some(g.parse::<u64>().ok()?),
            _ => return None,
        }
    }
    if exercise.as_ref() != Some(&ticket.exercise) || generation != Some(ticket.generation) {
        return None;
    }
    match Answer::of_key(key?) {
        Answer::Closed => None,
        answer => Some(answer),
    }
}

/// The toast's XML. Every text and attribute is escaped: names and
/// instructions come from the user's preferences.
fn xml(
    launch: Option<&str>,
    manner: &Manner,
    summary: &str,
    body: &str,
    buttons: &[(String, String)],
) -> String {
    let mut toast = String::from("<toast");
    if let Some(launch) = launch {
        toast.push_str(&format!(" launch=\"{}\"", escape(launch)));
    }
    if let Some(scenario) = manner.scenario {
        toast.push_str(&format!(" scenario=\"{scenario}\""));
    }
    if let Some(duration) = manner.duration {
        toast.push_str(&format!(" duration=\"{duration}\""));
    }
    toast.push('>');
    toast.push_str(&format!(
        "<visual><binding template=\"ToastGeneric\"><text>{}</text><text>{}</text></binding></visual>",
        escape(summary),
        escape(body)
    ));
    if !buttons.is_empty() {
        toast.push_str("<actions>");
        for (label, arguments) in buttons {
            toast.push_str(&format!(
                "<action content=\"{}\" arguments=\"{}\" activationType=\"foreground\"/>",
                escape(label),
                escape(arguments)
            ));
        }
        toast.push_str("</actions>");
    }
    match manner.sound {
        Some(src) => toast.push_str(&format!("<audio src=\"{src}\"/>")),
        None => toast.push_str("<audio silent=\"true\"/>"),
    }
    toast.push_str("</toast>");
    toast
}

/// Escapes text for XML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML 1.0 at all: WinRT would refuse the toast.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::preferences::limits::EXERCISE_ID_CHARS;
    use crate::daemon::notifier::sample_text;

    fn ticket(generation: u64) -> Ticket {
        Ticket {
            exercise: "calf-raises".parse().unwrap(),
            generation,
            prompt: None,
            style: Style::Prompt,
        }
    }

    /// The button labels and arguments of a toast, in order.
    fn buttons(xml: &str) -> Vec<(String, String)> {
        xml.split("<action ")
            .skip(1)
            .map(|a| {
                let attr = |name: &str| {
                    let from = a.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                    a[from..from + a[from..].find('"').unwrap()].to_owned()
                };
                (attr("content"), attr("arguments"))
            })
            .collect()
    }

    #[test]
    fn a_prompt_has_done_snooze_skip_and_start_when_guided() {
        let text = PromptText {
            guided: true,
            ..sample_text(10, true)
        };
        let toast = prompt(&ticket(3), &text);
        assert_eq!(
            buttons(&toast.xml),
            [
                (
                    "Start",
                    "answer=start&amp;exercise=calf-raises&amp;generation=3"
                ),
                (
                    "Done",
                    "answer=done&amp;exercise=calf-raises&amp;generation=3"
                ),
                (
                    "Snooze 10 min",
                    "answer=snooze&amp;exercise=calf-raises&amp;generation=3"
                ),
                (
                    "Skip",
                    "answer=skip&amp;exercise=calf-raises&amp;generation=3"
                ),
            ]
            .map(|(l, a)| (l.to_owned(), a.to_owned()))
        );
        assert!(
            toast.xml.starts_with(
                "<toast launch=\"answer=default&amp;exercise=calf-raises&amp;generation=3\" scenario=\"reminder\">"
            ),
            "{}",
            toast.xml
        );
        assert!(
            toast
                .xml
                .ends_with("<audio src=\"ms-winsoundevent:Notification.Reminder\"/></toast>")
        );
        assert_eq!((toast.tag.as_str(), toast.group), ("calf-raises", PROMPTS));
        let unguided = prompt(&ticket(3), &sample_text(5, false));
        assert_eq!(
            buttons(&unguided.xml)
                .into_iter()
                .map(|(l, _)| l)
                .collect::<Vec<_>>(),
            ["Done", "Snooze 5 min", "Skip"]
        );
        assert!(unguided.xml.ends_with("<audio silent=\"true\"/></toast>"));
    }

    /// A quiet suggestion is silent and short-lived; the morning question
    /// stays but is silent; neither has a body click.
    #[test]
    fn each_style_has_its_manner_and_buttons() {
        for (style, head, labels) in [
            (
                Style::Quiet,
                "<toast duration=\"short\">",
                vec!["Done", "Later"],
            ),
            (
                Style::Offer,
                "<toast duration=\"short\">",
                vec!["Start", "Later"],
            ),
            (
                Style::Morning(Vec::new()),
                "<toast scenario=\"reminder\">",
                vec!["Done", "No"],
            ),
        ] {
            let text = PromptText {
                style: style.clone(),
                ..sample_text(10, true)
            };
            let xml = prompt(&ticket(1), &text).xml;
            assert!(xml.starts_with(head), "{style:?}: {xml}");
            assert!(xml.ends_with("<audio silent=\"true\"/></toast>"), "{xml}");
            let got: Vec<String> = buttons(&xml).into_iter().map(|(l, _)| l).collect();
            assert_eq!(got, labels, "{style:?}");
        }
    }

    #[test]
    fn text_from_the_preferences_is_escaped() {
        let text = PromptText {
            summary: r#"Calf <raises> & "stretch""#.into(),
            body: "Toes' up\u{7}\nthen down".into(),
            ..sample_text(10, false)
        };
        let xml = prompt(&ticket(1), &text).xml;
        assert!(
            xml.contains(
                "<text>Calf &lt;raises&gt; &amp; &quot;stretch&quot;</text><text>Toes&apos; up\nthen down</text>"
            ),
            "{xml}"
        );
    }

    #[test]
    fn a_click_is_read_back_only_for_the_prompt_it_was_on() {
        for key in ["done", "snooze", "skip", "start", "later", "no", OPEN] {
            let args = arguments(&ticket(7), key);
            assert_eq!(
                answer(&args, &ticket(7)),
                Some(Answer::of_key(key)),
                "{key}"
            );
            // The same exercise's earlier prompt, since replaced.
            assert_eq!(answer(&args, &ticket(8)), None);
        }
        let other = Ticket {
            exercise: "ankle-circles".parse().unwrap(),
            ..ticket(7)
        };
        assert_eq!(answer(&arguments(&ticket(7), "done"), &other), None);
        for foreign in [
            "",
            "answer=done",
            "answer=reboot&exercise=calf-raises&generation=7",
            "answer=done&exercise=calf-raises&generation=7&extra=1",
            "answer=done&exercise=Calf Raises&generation=7",
            "answer=done&exercise=calf-raises&generation=x",
        ] {
            assert_eq!(answer(foreign, &ticket(7)), None, "{foreign}");
        }
    }

    #[test]
    fn cues_replace_each_other_and_the_last_leaves_by_itself() {
        let cue_text = |last, sound| CueText {
            summary: "Set 2 of 3".into(),
            body: "Rise & hold".into(),
            sound,
            last,
        };
        let next = cue(&cue_text(false, true));
        let last = cue(&cue_text(true, false));
        assert_eq!((next.tag.as_str(), next.group), (CUE_TAG, CUES));
        assert_eq!((&last.tag, last.group), (&next.tag, next.group));
        assert_eq!(
            next.xml,
            "<toast duration=\"long\"><visual><binding template=\"ToastGeneric\"><text>Set 2 of 3</text>\
             <text>Rise &amp; hold</text></binding></visual>\
             <audio src=\"ms-winsoundevent:Notification.Default\"/></toast>"
        );
        assert!(last.xml.starts_with("<toast><visual>"), "{}", last.xml);
        assert!(!last.xml.contains("<actions>"));
    }

    #[test]
    fn every_exercise_id_fits_in_a_tag() {
        // Windows keeps at most this many characters of a tag or group.
        const MAX_TAG: usize = 64;
        assert!(EXERCISE_ID_CHARS.max as usize <= MAX_TAG);
        assert!(PROMPTS.len() <= MAX_TAG && CUES.len() <= MAX_TAG);
    }
}
