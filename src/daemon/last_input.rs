//! Idle time on Windows: the tick count of the session's last keyboard or
//! mouse input (`GetLastInputInfo`) against the tick count now
//! (`GetTickCount`). Both are milliseconds since boot in 32 bits, which
//! wrap after 49.7 days of uptime; the difference is taken modulo 2³²
//! ([`idle_between`]), so a machine up for months still reads right.
//! Sampled, as on X11: Windows pushes nothing when input stops.

use std::time::Duration;

/// Time from the last input's tick to now's, across a wrap of the counter.
/// A last input "after" now (input between the two reads) is no idle time,
/// not 49 days of it.
pub fn idle_between(now: u32, last_input: u32) -> Duration {
    let ms = now.wrapping_sub(last_input);
    match ms > u32::MAX / 2 {
        true => Duration::ZERO,
        false => Duration::from_millis(u64::from(ms)),
    }
}

/// Time since this session's last input.
#[cfg(windows)]
pub fn idle() -> Result<Duration, String> {
    use windows_sys::Win32::System::SystemInformation::GetTickCount;
    use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};
    let mut info = LASTINPUTINFO {
        cbSize: std::mem::size_of::<LASTINPUTINFO>() as u32,
        dwTime: 0,
    };
    // SAFETY: a sized, initialised LASTINPUTINFO. The last input is read
    // first, so "now" is never before it unless input came in between.
    if unsafe { GetLastInputInfo(&mut info) } == 0 {
        return Err(format!(
            "GetLastInputInfo failed ({})",
            std::io::Error::last_os_error()
        ));
    }
    let now = unsafe { GetTickCount() };
    Ok(idle_between(now, info.dwTime))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_time_is_the_difference_of_ticks() {
        assert_eq!(idle_between(10_000, 4_000), Duration::from_secs(6));
        assert_eq!(idle_between(4_000, 4_000), Duration::ZERO);
    }

    #[test]
    fn idle_time_runs_on_across_the_tick_counters_wrap() {
        // Last input 3 s before the wrap, now 2 s after it.
        let last = u32::MAX - 2_999;
        assert_eq!(idle_between(2_000, last), Duration::from_secs(5));
        assert_eq!(idle_between(0, u32::MAX), Duration::from_millis(1));
    }

    #[test]
    fn input_between_the_two_reads_is_no_idle_time() {
        assert_eq!(idle_between(4_000, 4_016), Duration::ZERO);
        assert_eq!(idle_between(u32::MAX - 5, 10), Duration::ZERO);
    }

    #[test]
    fn long_idle_spells_are_read_whole() {
        // A weekend away: 60 hours, well under the counter's half range.
        let hours = 60 * 3_600_000u32;
        assert_eq!(
            idle_between(hours.wrapping_add(123), 123),
            Duration::from_secs(60 * 3600)
        );
    }

    /// The real call, under Wine or Windows: an answer, and a spell that
    /// does not shrink without input.
    #[cfg(windows)]
    #[test]
    fn the_session_answers_with_its_idle_time() {
        let first = idle().unwrap();
        std::thread::sleep(Duration::from_millis(60));
        let second = idle().unwrap();
        assert!(
            second >= first || second < Duration::from_millis(60),
            "{first:?} {second:?}"
        );
    }
}
