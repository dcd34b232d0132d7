//! Prompts and cues as Windows toast notifications (WinRT), and the
//! answers to them.
//!
//! The toasts are attributed to the app by its AppUserModelID
//! ([`APP_ID`]), which the Start-menu shortcut the installer makes
//! carries: Windows takes the name and icon from it. Each toast's
//! Activated event (a button or the body clicked) and Dismissed event
//! (closed by the user) arrive on a WinRT thread and go straight back to
//! the daemon's loop as `Event::Answer`, checked against the ticket of the
//! toast they came from; no thread of ours waits for them. The toast
//! objects are kept while their prompt is current, so their handlers live
//! as long as the toast can be answered.
//!
//! Where Windows cannot show toasts (no toast platform, as under Wine:
//! 0x80040154; turned off in Settings or by policy), `show` says why in
//! words that stay the same for the same cause (`toast_failure`): the
//! scheduler logs it once, and the due prompts reach the user through the
//! tray, `status` and the window. The XML and the arguments are built in
//! `toast_xml`; this file only makes the WinRT calls.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::Sender;

use chrono::{DateTime, Utc};
use windows::Data::Xml::Dom::XmlDocument;
use windows::Foundation::TypedEventHandler;
use windows::UI::Notifications::{
    ToastActivatedEventArgs, ToastDismissalReason, ToastDismissedEventArgs, ToastNotification,
    ToastNotificationManager, ToastNotifier,
};
use windows::core::{HSTRING, IInspectable, Interface as _};

use super::{Answer, CueText, PromptText, Server, Ticket, toast_failure, toast_xml};
use crate::core::ExerciseId;
use crate::daemon::Event;
use crate::desktop::APP_ID;

/// A prompt on screen: which one, and its toast (whose handlers answer it).
struct Shown {
    generation: u64,
    toast: ToastNotification,
}

pub struct Notifier {
    events: Sender<Event>,
    /// Made when first needed, and again after a failure.
    toaster: Option<ToastNotifier>,
    shown: HashMap<ExerciseId, Shown>,
    /// The guided session's cue on screen, replaced by the next.
    cue: Option<ToastNotification>,
    generation: u64,
    server: Option<Server>,
}

impl Notifier {
    /// The icon is not used: Windows shows the one of the shortcut that
    /// carries the app's AppUserModelID.
    pub fn new(events: Sender<Event>, _icon: Option<PathBuf>) -> Self {
        Notifier {
            events,
            toaster: None,
            shown: HashMap::new(),
            cue: None,
            generation: 0,
            server: None,
        }
    }

    /// The app's toast notifier, if Windows lets it show toasts; why not
    /// otherwise.
    fn toaster(&mut self) -> Result<ToastNotifier, String> {
        if let Some(t) = &self.toaster {
            return Ok(t.clone());
        }
        let toaster = ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(APP_ID))
            .map_err(|e| failure(&e))?;
        // Without the shortcut (a build run from a folder) the setting
        // cannot be read: show anyway, Windows decides.
        if let Some(off) = toaster
            .Setting()
            .ok()
            .and_then(|s| toast_failure::switched_off(s.0))
        {
            return Err(off.to_owned());
        }
        self.toaster = Some(toaster.clone());
        Ok(toaster)
    }

    /// What Windows's toasts can do, once they can be shown.
    pub fn server(&mut self) -> Result<Server, String> {
        if let Some(s) = &self.server {
            return Ok(s.clone());
        }
        self.toaster()?;
        let server = Server {
            name: "Windows toast notifications".to_owned(),
            actions: true,
            markup: false,
            sound: true,
        };
        self.server = Some(server.clone());
        Ok(server)
    }

    /// Windows has one toast platform for the session; this only forgets
    /// what was asked, like the Linux notifier when its server changes.
    pub fn server_changed(&mut self) {
        self.server = None;
        self.toaster = None;
        self.shown.clear();
    }

    /// Shows a prompt (the one due since `prompt`), replacing any earlier
    /// one of the same exercise.
    pub fn show(
        &mut self,
        exercise: &ExerciseId,
        prompt: Option<DateTime<Utc>>,
        text: &PromptText,
    ) -> Result<(), String> {
        self.close(exercise);
        self.server()?;
        let ticket = Ticket {
            exercise: exercise.clone(),
            generation: self.generation + 1,
            prompt,
            style: text.style.clone(),
        };
        let toast = toast_xml::prompt(&ticket, text);
        let shown = self.display(&toast, Some(ticket)).inspect_err(|_| {
            // The next show asks Windows again.
            self.server = None;
            self.toaster = None;
        })?;
        self.generation += 1;
        self.shown.insert(
            exercise.clone(),
            Shown {
                generation: self.generation,
                toast: shown,
            },
        );
        Ok(())
    }

    /// Shows a guided session's cue in place of the one before (same tag).
    pub fn cue(&mut self, text: &CueText) -> Result<(), String> {
        self.server()?;
        let shown = self
            .display(&toast_xml::cue(text), None)
            .inspect_err(|_| self.server = None)?;
        self.cue = (!text.last).then_some(shown);
        Ok(())
    }

    /// The WinRT calls: load the XML, tag it, hand its clicks (with a
    /// ticket) to the daemon's loop, show it.
    fn display(
        &mut self,
        toast: &toast_xml::Toast,
        ticket: Option<Ticket>,
    ) -> Result<ToastNotification, String> {
        let toaster = self.toaster()?;
        let fail = |e: windows::core::Error| failure(&e);
        let doc = XmlDocument::new().map_err(fail)?;
        doc.LoadXml(&HSTRING::from(toast.xml.as_str()))
            .map_err(fail)?;
        let shown = ToastNotification::CreateToastNotification(&doc).map_err(fail)?;
        shown
            .SetTag(&HSTRING::from(toast.tag.as_str()))
            .map_err(fail)?;
        shown.SetGroup(&HSTRING::from(toast.group)).map_err(fail)?;
        if let Some(ticket) = ticket {
            let (events, t) = (self.events.clone(), ticket.clone());
            shown
                .Activated(&TypedEventHandler::<ToastNotification, IInspectable>::new(
                    move |_, args| {
                        let arguments = args
                            .as_ref()
                            .and_then(|a| a.cast::<ToastActivatedEventArgs>().ok())
                            .and_then(|a| a.Arguments().ok())
                            .map(|a| a.to_string());
                        if let Some(answer) = arguments.and_then(|a| toast_xml::answer(&a, &t)) {
                            let _ = events.send(Event::Answer(t.clone(), answer));
                        }
                        Ok(())
                    },
                ))
                .map_err(fail)?;
            let events = self.events.clone();
            shown
                .Dismissed(&TypedEventHandler::<
                    ToastNotification,
                    ToastDismissedEventArgs,
                >::new(move |_, args| {
                    // Timed out, it waits in the notification centre,
                    // where it can still be answered; hidden by the app,
                    // it was replaced or settled.
                    let by_user = args
                        .as_ref()
                        .and_then(|a| a.Reason().ok())
                        .is_some_and(|r| r == ToastDismissalReason::UserCanceled);
                    if by_user {
                        let _ = events.send(Event::Answer(ticket.clone(), Answer::Closed));
                    }
                    Ok(())
                }))
                .map_err(fail)?;
        }
        toaster.Show(&shown).map_err(fail)?;
        Ok(shown)
    }

    /// Takes a toast off the screen and out of the notification centre.
    fn remove(&self, toast: &ToastNotification, tag: &str, group: &str) {
        if let Some(toaster) = &self.toaster {
            let _ = toaster.Hide(toast);
        }
        if let Ok(history) = ToastNotificationManager::History() {
            let _ = history.RemoveGroupedTagWithId(
                &HSTRING::from(tag),
                &HSTRING::from(group),
                &HSTRING::from(APP_ID),
            );
        }
    }

    /// Takes a prompt off the screen.
    pub fn close(&mut self, exercise: &ExerciseId) {
        if let Some(shown) = self.shown.remove(exercise) {
            self.remove(&shown.toast, &toast_xml::tag(exercise), toast_xml::PROMPTS);
        }
    }

    /// Takes every prompt and cue off the screen and out of the
    /// notification centre, where a click could no longer reach a daemon.
    pub fn close_all(&mut self) {
        let shown: Vec<ExerciseId> = self.shown.keys().cloned().collect();
        for exercise in shown {
            self.close(&exercise);
        }
        if let Some(cue) = self.cue.take() {
            self.remove(&cue, toast_xml::CUE_TAG, toast_xml::CUES);
        }
        if self.toaster.is_some()
            && let Ok(history) = ToastNotificationManager::History()
        {
            let _ = history.ClearWithId(&HSTRING::from(APP_ID));
        }
    }

    /// Whether an answer is for the prompt currently shown.
    pub fn is_current(&self, ticket: &Ticket) -> bool {
        self.shown
            .get(&ticket.exercise)
            .is_some_and(|s| s.generation == ticket.generation)
    }

    /// Forgets a prompt the user dismissed.
    pub fn forget(&mut self, ticket: &Ticket) {
        if self.is_current(ticket) {
            self.shown.remove(&ticket.exercise);
        }
    }
}

/// A WinRT error in the words of `toast_failure`.
fn failure(e: &windows::core::Error) -> String {
    toast_failure::unavailable(e.code().0 as u32, &e.message())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daemon::notifier::sample_text;

    /// Where Windows has no toasts (Wine), a prompt fails at once with the
    /// same words each time (the scheduler logs them once), nothing is
    /// left half-shown, and the next prompt asks Windows again.
    #[test]
    fn without_toasts_a_prompt_fails_cleanly_with_one_reason() {
        let (tx, rx) = std::sync::mpsc::channel();
        let mut notifier = Notifier::new(tx, None);
        let exercise: ExerciseId = "calf-raises".parse().unwrap();
        let first = notifier.show(&exercise, None, &sample_text(10, true));
        match &first {
            // A Windows with toasts: one is on screen now; take it away.
            Ok(()) => {
                assert!(notifier.server().unwrap().actions);
                notifier.close_all();
                return;
            }
            Err(why) => assert!(!why.is_empty()),
        }
        // wine-run.sh's prefix, passed on from the Unix side: Wine has no
        // toast platform at all.
        if std::env::var_os("WINEPREFIX").is_some() {
            assert_eq!(
                first,
                Err(toast_failure::unavailable(
                    toast_failure::CLASS_NOT_REGISTERED,
                    ""
                ))
            );
        }
        let again = notifier.show(&exercise, None, &sample_text(10, true));
        assert_eq!(again, first);
        assert!(notifier.server().is_err());
        assert!(notifier.shown.is_empty() && notifier.generation == 0);
        notifier.close_all();
        assert!(rx.try_recv().is_err(), "no answer without a toast");
    }
}
