//! Should prompts wait, on Windows? Two questions, asked only when a
//! prompt is about to be shown or is being held, as on Linux:
//!
//! - the shell's own answer (`SHQueryUserNotificationState`): a
//!   full-screen application (a game, a video, a Direct3D program, a
//!   full-screen Store app), presentation settings switched on, or the
//!   "quiet time" after a new account's first logon or an upgrade;
//! - Focus Assist ("Do not disturb" on Windows 11), which the shell's
//!   answer does not include: its active profile is read from the Windows
//!   Notification Facility (`NtQueryWnfStateData` on the state name
//!   `WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED`). That call is
//!   undocumented (it is what other break reminders read), so it is looked
//!   up at run time and its absence or failure is simply no sign.
//!
//! Each answer is mapped to the reasons the Linux `Quiet` gives (catalog
//! ids) in plain functions, tested everywhere; the calls stay thin.

/// Why the shell says not to notify now. The values are
/// QUERY_USER_NOTIFICATION_STATE's (shellapi.h).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Fullscreen,
    Presentation,
    QuietTime,
    DoNotDisturb,
}

impl Reason {
    /// In the user's language, as the Linux reasons are.
    pub fn describe(self) -> String {
        match self {
            Reason::Fullscreen => crate::t!("quiet-reason-fullscreen"),
            Reason::Presentation => crate::t!("quiet-reason-presentation"),
            Reason::QuietTime => crate::t!("quiet-reason-quiet-time"),
            Reason::DoNotDisturb => crate::t!("quiet-reason-dnd"),
        }
    }
}

const QUNS_NOT_PRESENT: i32 = 1;
const QUNS_BUSY: i32 = 2;
const QUNS_RUNNING_D3D_FULL_SCREEN: i32 = 3;
const QUNS_PRESENTATION_MODE: i32 = 4;
const QUNS_ACCEPTS_NOTIFICATIONS: i32 = 5;
const QUNS_QUIET_TIME: i32 = 6;
const QUNS_APP: i32 = 7;

/// What the shell's state means for a prompt.
pub fn shell_reason(state: i32) -> Option<Reason> {
    match state {
        QUNS_BUSY | QUNS_RUNNING_D3D_FULL_SCREEN | QUNS_APP => Some(Reason::Fullscreen),
        QUNS_PRESENTATION_MODE => Some(Reason::Presentation),
        QUNS_QUIET_TIME => Some(Reason::QuietTime),
        // The screen saver, a locked screen, another user's session: the
        // user is away, which the lock and idle time already tell the
        // scheduler; it does not prompt someone away, so there is nothing
        // to hold.
        QUNS_NOT_PRESENT | QUNS_ACCEPTS_NOTIFICATIONS => None,
        _ => None,
    }
}

/// What Focus Assist's active profile means: 0 is off, 1 "priority only",
/// 2 "alarms only". Either of the latter keeps toasts from showing.
pub fn focus_assist_reason(profile: u32) -> Option<Reason> {
    match profile {
        0 => None,
        _ => Some(Reason::DoNotDisturb),
    }
}

#[cfg(windows)]
pub use windows::{focus_assist, shell_state};

#[cfg(windows)]
mod windows {
    use std::ffi::c_void;
    use std::sync::OnceLock;

    use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleW, GetProcAddress};
    use windows_sys::Win32::UI::Shell::SHQueryUserNotificationState;

    /// The shell's QUERY_USER_NOTIFICATION_STATE now.
    pub fn shell_state() -> Result<i32, String> {
        let mut state = 0;
        // SAFETY: one out-parameter of the documented size.
        let hr = unsafe { SHQueryUserNotificationState(&mut state) };
        match hr {
            0 => Ok(state),
            hr => Err(format!("SHQueryUserNotificationState: HRESULT {hr:#010x}")),
        }
    }

    type QueryWnf = unsafe extern "system" fn(
        state_name: *const [u32; 2],
        type_id: *const c_void,
        scope: *const c_void,
        change_stamp: *mut u32,
        buffer: *mut c_void,
        buffer_size: *mut u32,
    ) -> i32;

    /// WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED.
    const QUIET_HOURS_PROFILE: [u32; 2] = [0xA3BF_1C75, 0x0D83_063E];

    fn query_wnf() -> Option<QueryWnf> {
        static FOUND: OnceLock<Option<usize>> = OnceLock::new();
        let address = *FOUND.get_or_init(|| {
            let ntdll: Vec<u16> = "ntdll.dll".encode_utf16().chain([0]).collect();
            // SAFETY: ntdll is loaded in every process; the name is
            // NUL-terminated.
            unsafe {
                let module = GetModuleHandleW(ntdll.as_ptr());
                if module.is_null() {
                    return None;
                }
                GetProcAddress(module, c"NtQueryWnfStateData".as_ptr().cast()).map(|f| f as usize)
            }
        });
        // SAFETY: the address of ntdll's NtQueryWnfStateData, whose
        // signature is the one above (as used since Windows 10 1803).
        address.map(|a| unsafe { std::mem::transmute::<usize, QueryWnf>(a) })
    }

    /// Focus Assist's active profile, or why it is not known.
    pub fn focus_assist() -> Result<u32, String> {
        let query = query_wnf().ok_or("no NtQueryWnfStateData here")?;
        let mut stamp = 0u32;
        let mut profile = 0u32;
        let mut size = std::mem::size_of::<u32>() as u32;
        // SAFETY: a 4-byte buffer whose size is passed; the other pointers
        // are optional and null.
        let status = unsafe {
            query(
                &QUIET_HOURS_PROFILE,
                std::ptr::null(),
                std::ptr::null(),
                &mut stamp,
                (&mut profile as *mut u32).cast(),
                &mut size,
            )
        };
        match status {
            0 => Ok(profile),
            s => Err(format!("NtQueryWnfStateData: NTSTATUS {s:#010x}")),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_numbers_are_windows_own() {
            use super::super as m;
            use windows_sys::Win32::UI::Shell as s;
            assert_eq!(m::QUNS_NOT_PRESENT, s::QUNS_NOT_PRESENT);
            assert_eq!(m::QUNS_BUSY, s::QUNS_BUSY);
            assert_eq!(
                m::QUNS_RUNNING_D3D_FULL_SCREEN,
                s::QUNS_RUNNING_D3D_FULL_SCREEN
            );
            assert_eq!(m::QUNS_PRESENTATION_MODE, s::QUNS_PRESENTATION_MODE);
            assert_eq!(m::QUNS_ACCEPTS_NOTIFICATIONS, s::QUNS_ACCEPTS_NOTIFICATIONS);
            assert_eq!(m::QUNS_QUIET_TIME, s::QUNS_QUIET_TIME);
            assert_eq!(m::QUNS_APP, s::QUNS_APP);
        }

        /// The real calls, under Wine or Windows: the shell answers with one
        /// of its states; Focus Assist answers or says why not, without
        /// crashing either way.
        #[test]
        fn the_shell_and_focus_assist_answer() {
            let state = shell_state().unwrap();
            assert!((1..=7).contains(&state), "state {state}");
            eprintln!("shell state {state}; focus assist {:?}", focus_assist());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_screen_programs_presentations_and_quiet_time_hold_prompts() {
        for state in [QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_APP] {
            assert_eq!(shell_reason(state), Some(Reason::Fullscreen), "{state}");
        }
        assert_eq!(
            shell_reason(QUNS_PRESENTATION_MODE),
            Some(Reason::Presentation)
        );
        assert_eq!(shell_reason(QUNS_QUIET_TIME), Some(Reason::QuietTime));
    }

    #[test]
    fn a_free_or_absent_user_and_unknown_states_hold_nothing() {
        assert_eq!(shell_reason(QUNS_ACCEPTS_NOTIFICATIONS), None);
        assert_eq!(shell_reason(QUNS_NOT_PRESENT), None);
        assert_eq!(shell_reason(0), None);
        assert_eq!(shell_reason(8), None);
    }

    #[test]
    fn focus_assist_on_is_do_not_disturb() {
        assert_eq!(focus_assist_reason(0), None);
        assert_eq!(focus_assist_reason(1), Some(Reason::DoNotDisturb));
        assert_eq!(focus_assist_reason(2), Some(Reason::DoNotDisturb));
    }

    #[test]
    fn each_reason_has_words_in_english() {
        use crate::core::locale::Language;
        use crate::i18n::{Setting, with};
        let english = Setting::in_locale(Language::English, "en_US.UTF-8");
        with(english, || {
            assert_eq!(
                Reason::Fullscreen.describe(),
                "a fullscreen window has focus"
            );
            assert_eq!(Reason::DoNotDisturb.describe(), "do-not-disturb is on");
            assert_eq!(
                Reason::Presentation.describe(),
                "presentation settings are on"
            );
            assert_eq!(
                Reason::QuietTime.describe(),
                "Windows' quiet time after setup or an upgrade"
            );
        });
    }
}
