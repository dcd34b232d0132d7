//! The Schedule's file: loading it into a draft, following it while
//! nothing is edited, saving a draft (merged with changes made elsewhere
//! meanwhile), the first run's starter, the user's own exercise, and the
//! preview the daemon works out for a draft.

use super::*;

impl<L: Link> Model<L> {
    /// Reads the preferences file into the Schedule view's draft. A file
    /// that cannot be used was backed up by the store; the draft starts from
    /// the defaults and the notice says so.
    pub fn load_schedule(&mut self) {
        let file = PrefsFile::new(self.prefs_file.clone());
        self.schedule_conflict = false;
        self.schedule_problem = None;
        let parsed = match file.read_seen() {
            Ok((seen, read)) => {
                self.schedule_seen = seen;
                // The window speaks the language the file asks for (or the
                // desktop's), from the next frame on.
                let prefs = read.as_ref().map(|r| r.prefs.clone()).unwrap_or_default();
                crate::i18n::apply(&prefs.in_region(crate::i18n::env::region()));
                Ok(read.map_or_else(
                    || (RawPreferences::default(), Preferences::default()),
                    |r| (r.raw, r.prefs),
                ))
            }
            // A TOML error's first line says where; the rest is a snippet.
            Err(PrefsProblem::Malformed(e)) => Err(e.lines().next().unwrap_or_default().to_owned()),
            Err(problem) => Err(problem.lines().join("; ")),
        };
        if parsed.is_err() {
            self.schedule_seen = Seen(std::fs::read(&self.prefs_file).ok());
        }
        let draft = match parsed {
            Ok((raw, prefs)) => Draft::new(raw, &prefs),
            Err(why) => {
                let backup = file
                    .back_up(&crate::clock::stamp(&crate::clock::now()))
                    .ok();
                let copy = backup
                    .map(|b| format!(" (a copy is kept at {})", b.display()))
                    .unwrap_or_default();
                let what_save_does = if file.newer_version().is_some() {
                    "It is kept as it is: this version will not save over it"
                } else {
                    "Saving replaces it"
                };
                self.schedule_problem = Some(format!(
                    "{} has errors ({why}); showing the defaults. {what_save_does}{copy}.",
                    file.path.display(),
                ));
                Draft::new(RawPreferences::default(), &Preferences::default())
            }
        };
        self.schedule = Some((draft.clone(), draft));
    }

    /// Writes the chosen starter schedule and leaves the welcome. Only
    /// while there is still no file: one saved meanwhile (by the CLI or
    /// another window, after this welcome was shown) is kept and shown, and
    /// the notice says the starter was not applied.
    pub fn finish_welcome(&mut self) {
        let mut raw = self.starter.preferences();
        self.moments.apply(&mut raw);
        let mut found = false;
        let result = PrefsFile::new(self.prefs_file.clone()).update(|current| {
            found = current.seen.0.is_some();
            if found {
                return Err(String::new());
            }
            Ok(raw.clone())
        });
        if found {
            self.welcome = false;
            self.load_schedule();
            self.notice = Some(Notice::Error(crate::t!(
                "notice-saved-elsewhere",
                file = self.prefs_file.display().to_string(),
                starter = self.starter.title()
            )));
            self.refresh();
            return;
        }
        if let Err(e) = result {
            self.notice = Some(Notice::Error(e));
            return;
        }
        let _ = self.link.request(&Request::Reload);
        self.welcome = false;
        self.schedule = None;
        self.notice = Some(Notice::Info(crate::t!(
            "notice-starter-saved",
            starter = self.starter.title()
        )));
        self.refresh();
    }

    /// Whether the Schedule view has edits that are not saved.
    pub fn unsaved_schedule(&self) -> bool {
        matches!(&self.schedule, Some((draft, saved)) if draft != saved)
    }

    /// Loads the draft the first time, and loads it again when the file
    /// changed (`dose`, an editor, another window) while nothing is being
    /// edited here; a draft being edited is merged at Save instead.
    pub fn follow_schedule_file(&mut self) {
        let editing = match &self.schedule {
            None => {
                self.load_schedule();
                return;
            }
            Some((draft, saved)) => draft != saved || self.schedule_conflict,
        };
        if !editing && Seen(std::fs::read(&self.prefs_file).ok()) != self.schedule_seen {
            self.load_schedule();
        }
    }

    /// Saves the draft atomically and has the daemon pick it up. When the
    /// file changed since the draft was loaded, the changes made there and
    /// here are merged field by field; a field changed differently on both
    /// sides stops the save (`schedule_conflict`): reload or keep yours.
    pub fn save_schedule(&mut self) {
        self.write_schedule(false);
    }

    /// After a conflict: saves the draft as it is, over the changes made
    /// elsewhere.
    pub fn keep_my_schedule(&mut self) {
        self.write_schedule(true);
    }

    fn write_schedule(&mut self, overwrite: bool) {
        let Some((draft, saved)) = self.schedule.clone() else {
            return;
        };
        if draft.check().prefs.is_none() {
            self.notice = Some(Notice::Error(crate::t!("schedule-fix-first")));
            return;
        }
        let merged = match self.write(&draft, &saved, overwrite) {
            Ok(merged) => merged,
            Err(Refused::Clash(fields)) => {
                self.schedule_conflict = true;
                self.notice = Some(Notice::Error(crate::t!(
                    "notice-clash",
                    fields = fields.join(", ")
                )));
                return;
            }
            Err(Refused::Failed(e)) => {
                self.notice = Some(Notice::Error(e));
                return;
            }
        };
        // Show what is in the file now: with a merge, more than the draft.
        self.load_schedule();
        let saved = if merged {
            crate::t!("notice-saved-merged")
        } else {
            crate::t!("notice-saved")
        };
        self.notice = Some(self.reload_daemon(&saved));
        self.refresh();
    }

    /// Saves the Exercises view's form (a new exercise, or changes to one
    /// of the user's own) and nothing else: unsaved edits in the Schedule
    /// view stay a draft there, with the exercise added to it too.
    pub fn save_own(&mut self) {
        let Some((draft, saved)) = self.schedule.clone() else {
            return;
        };
        if self.schedule_conflict {
            self.notice = Some(Notice::Error(crate::t!("notice-clash-first")));
            return;
        }
        let own = self.own.clone();
        let mut mine = saved.clone();
        mine.put_own(&own);
        if let Some((field, reason)) = mine.check().errors.into_iter().next() {
            self.notice = Some(Notice::Error(format!("{field}: {reason}")));
            return;
        }
        match self.write(&mine, &saved, false) {
            Ok(_) => {}
            Err(Refused::Clash(fields)) => {
                self.notice = Some(Notice::Error(crate::t!(
                    "notice-own-clash",
                    name = own.name.trim(),
                    fields = fields.join(", ")
                )));
                return;
            }
            Err(Refused::Failed(e)) => {
                self.notice = Some(Notice::Error(e));
                return;
            }
        }
        if draft == saved {
            // Nothing being edited: show the file as it is now.
            self.load_schedule();
        } else if let Some((draft, saved)) = self.schedule.as_mut() {
            // The draft keeps its edits; its base now has the exercise, as
            // the file has, and Save still merges whatever else changed.
            draft.put_own(&own);
            saved.put_own(&own);
        }
        let what = if self.own_editing {
            crate::t!("notice-own-saved", name = own.name.trim())
        } else {
            crate::t!("notice-own-added", name = own.name.trim())
        };
        self.notice = Some(self.reload_daemon(&what));
        self.refresh();
    }

    /// Writes `mine` over the preferences file, which `base` was loaded
    /// from. When the file changed since, the changes made there and in
    /// `mine` are merged field by field (`Ok(true)`); a field changed
    /// differently on both sides refuses the write.
    fn write(&self, mine: &Draft, base: &Draft, overwrite: bool) -> Result<bool, Refused> {
        let mine = mine.check().raw;
        let base = base.check().raw;
        let base_seen = self.schedule_seen.clone();
        let mut clash: Option<Vec<String>> = None;
        let mut merged = false;
        let result = PrefsFile::new(self.prefs_file.clone()).update(|current| {
            (clash, merged) = (None, false);
            if overwrite || current.seen == base_seen {
                return Ok(mine.clone());
            }
            let theirs = match current.read {
                Ok(Some(read)) => Draft::new(read.raw, &read.prefs).check().raw,
                Ok(None) => {
                    Draft::new(RawPreferences::default(), &Preferences::default())
                        .check()
                        .raw
                }
                Err(_) => {
                    clash = Some(vec!["(the whole file, which now has errors)".into()]);
                    return Err(String::new());
                }
            };
            // A merge of two valid files can still be invalid as a whole.
            let result = draft::merge(&base, &mine, &theirs).and_then(|m| {
                Preferences::from_raw(&m)
                    .map(|_| m)
                    .map_err(|errors| errors.into_iter().map(|e| e.field).collect())
            });
            match result {
                Ok(m) => {
                    merged = true;
                    Ok(m)
                }
                Err(fields) => {
                    clash = Some(fields);
                    Err(String::new())
                }
            }
        });
        if let Some(fields) = clash {
            return Err(Refused::Clash(fields));
        }
        result.map(|_| merged).map_err(Refused::Failed)
    }

    /// Has the daemon pick up the file just saved; says so after `saved`.
    fn reload_daemon(&mut self, saved: &str) -> Notice {
        match self.link.request(&Request::Reload) {
            Ok(Some(_)) => Notice::Info(crate::t!("notice-in-effect", saved = saved)),
            Ok(None) => Notice::Info(crate::t!("notice-when-daemon-starts", saved = saved)),
            Err(f) => Notice::Error(crate::t!(
                "notice-daemon-said",
                saved = saved,
                reason = &f.message
            )),
        }
    }

    /// The preview for `prefs`, asked of the daemon when the settings or
    /// the status changed since the last time.
    pub fn preview(&mut self, prefs: &Preferences) -> Result<Vec<UpcomingEntry>, String> {
        let basis = self.status.as_ref().map(|s| s.now);
        if let Some(p) = &self.preview
            && p.prefs == *prefs
            && p.basis == basis
        {
            return p.prompts.clone();
        }
        let prompts = toml::to_string(&prefs.to_raw())
            .map_err(|e| e.to_string())
            .and_then(|text| {
                match self.link.request(&Request::Preview {
                    preferences: text,
                    count: 10,
                }) {
                    Ok(Some(Reply::Upcoming { prompts })) => Ok(prompts),
                    Ok(Some(_)) => Err("the daemon answered something else".into()),
                    Ok(None) => {
                        Err("The daemon is not running: start it to see the preview.".into())
                    }
                    Err(f) => Err(f.message),
                }
            });
        self.preview = Some(Preview {
            prefs: prefs.clone(),
            basis,
            prompts: prompts.clone(),
        });
        prompts
    }
}
