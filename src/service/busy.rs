//! "In a call or reading": the user says they will sit still for a while,
//! so no keyboard or mouse input is not a break (the sitting count goes on)
//! and, with quiet during meetings on, prompts wait until it ends. Kept in
//! the state file like a pause, so every process and a restart agree.

use chrono::Utc;

use super::{Context, Failure, Model, message, pause_until};
use crate::protocol::Reply;

pub fn busy(model: &mut Model, cx: &Context, duration: &str) -> Result<Reply, Failure> {
    let now = cx.now;
    if duration.trim().eq_ignore_ascii_case("off") {
        let was = model
            .state
            .busy_until
            .is_some_and(|b| b > now.with_timezone(&Utc));
        model.change_state(|s| s.busy_until = None)?;
        return message(if was {
            "No longer in a call or reading: time without input counts as a break again.".into()
        } else {
            "Not in a call or reading.".into()
        });
    }
    let until = pause_until(duration, &now).map_err(|f| Failure {
        message: f.message.replacen("pause:", "busy:", 1),
        ..f
    })?;
    model.change_state(|s| s.busy_until = Some(until.with_timezone(&Utc)))?;
    let when = if until.date_naive() == now.date_naive() {
        crate::i18n::format::time(&until)
    } else {
        crate::i18n::format::date_time(&until)
    };
    let held = if model.prefs.quiet_during_meetings {
        " and prompts wait until then"
    } else {
        ""
    };
    message(format!(
        "In a call or reading until {when}: time without input counts as sitting{held}. \
         `second-heart busy off` ends it."
    ))
}
