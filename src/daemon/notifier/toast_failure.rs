//! Why Windows cannot show the app's toasts, in words the log and `status`
//! can say. Pure and built on every platform, so its tests run everywhere.
//!
//! The scheduler logs a failure once for as long as its words stay the
//! same (and retries quietly), so these say the cause, never the prompt:
//! the same cause gives the same line, however many prompts hit it.

/// REGDB_E_CLASSNOTREG: no toast platform to activate (Wine, Windows
/// before 8, a server without the desktop experience).
pub const CLASS_NOT_REGISTERED: u32 = 0x8004_0154;

/// Why a WinRT call for toasts failed, from its HRESULT and the system's
/// message for it.
pub fn unavailable(code: u32, message: &str) -> String {
    let cause = match code {
        CLASS_NOT_REGISTERED => {
            "this Windows has no toast notifications (as under Wine)".to_owned()
        }
        _ => match message.trim() {
            "" => "Windows refused the toast".to_owned(),
            m => m.trim_end_matches('.').to_owned(),
        },
    };
    format!("{cause}; error {code:#010x}")
}

/// Why toasts are switched off, from the app's NotificationSetting
/// (Enabled 0, DisabledForApplication 1, DisabledForUser 2,
/// DisabledByGroupPolicy 3, DisabledByManifest 4); `None` when on.
pub fn switched_off(setting: i32) -> Option<&'static str> {
    match setting {
        0 => None,
        1 => Some(
            "notifications from Second Heart are turned off in Windows Settings (System > Notifications)",
        ),
        2 => Some("notifications are turned off for this user in Windows Settings"),
        3 => Some("notifications are turned off by group policy"),
        4 => Some("Windows does not allow this app's notifications (manifest)"),
        _ => Some("Windows reports notifications as switched off"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every prompt that fails for one cause gives the same words, so the
    /// scheduler logs it once.
    #[test]
    fn one_cause_gives_one_line() {
        let wine = unavailable(CLASS_NOT_REGISTERED, "Class not registered\r\n");
        assert_eq!(
            wine,
            "this Windows has no toast notifications (as under Wine); error 0x80040154"
        );
        assert_eq!(wine, unavailable(0x8004_0154, "Class not registered"));
        assert_eq!(
            unavailable(0x8007_0005, "Access is denied.\r\n"),
            "Access is denied; error 0x80070005"
        );
        assert_eq!(
            unavailable(0x8000_4005, " "),
            "Windows refused the toast; error 0x80004005"
        );
    }

    #[test]
    fn only_enabled_lets_toasts_through() {
        assert_eq!(switched_off(0), None);
        for setting in 1..=5 {
            assert!(switched_off(setting).is_some(), "{setting}");
        }
        assert!(switched_off(3).unwrap().contains("group policy"));
    }
}
