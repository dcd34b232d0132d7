//! Is a camera in use, on Windows? Windows records each application's use
//! of the webcam for its privacy settings, under the user's
//! `CapabilityAccessManager\ConsentStore\webcam` key: one subkey per
//! Store app, and one per desktop program under `NonPackaged`, each with
//! `LastUsedTimeStart` and `LastUsedTimeStop` (FILETIMEs). A program using
//! the camera now has started and not yet stopped: its stop is 0. Reading
//! a few registry values is cheap, and it is asked only when idle time
//! decides between sitting and away, as on Linux.
//!
//! The decision is [`using_now`], tested everywhere; the registry walk is
//! tested under Wine on a key the test writes.

/// The webcam's consent store under HKEY_CURRENT_USER.
pub const WEBCAM: &str =
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\webcam";

/// Whether an application's recorded use is going on: it started and has
/// no stop yet. An application that never used the camera has neither.
pub fn using_now(start: Option<u64>, stop: Option<u64>) -> bool {
    matches!((start, stop), (Some(start), Some(0)) if start > 0)
}

#[cfg(windows)]
pub use windows::in_use;

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::Foundation::ERROR_SUCCESS;
    use windows_sys::Win32::System::Registry::{
        HKEY, HKEY_CURRENT_USER, KEY_READ, RRF_RT_REG_QWORD, RegCloseKey, RegEnumKeyExW,
        RegGetValueW, RegOpenKeyExW,
    };

    use super::{WEBCAM, using_now};

    /// Whether some application uses the webcam now.
    pub fn in_use() -> bool {
        user_of(WEBCAM).is_some()
    }

    /// The first application under `path` (a consent store key under
    /// HKEY_CURRENT_USER) using the device now, by its subkey's name.
    pub fn user_of(path: &str) -> Option<String> {
        let root = Key::open(HKEY_CURRENT_USER, path)?;
        for name in root.subkeys() {
            if name.eq_ignore_ascii_case("NonPackaged") {
                let Some(programs) = Key::open(root.0, &name) else {
                    continue;
                };
                if let Some(program) = programs.subkeys().into_iter().find(|p| programs.in_use(p)) {
                    return Some(program);
                }
            } else if root.in_use(&name) {
                return Some(name);
            }
        }
        None
    }

    struct Key(HKEY);

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().chain([0]).collect()
    }

    impl Key {
        fn open(parent: HKEY, path: &str) -> Option<Key> {
            let mut key = std::ptr::null_mut();
            // SAFETY: a NUL-terminated path and an out-parameter for the key.
            let status =
                unsafe { RegOpenKeyExW(parent, wide(path).as_ptr(), 0, KEY_READ, &mut key) };
            (status == ERROR_SUCCESS).then_some(Key(key))
        }

        fn subkeys(&self) -> Vec<String> {
            let mut names = Vec::new();
            for index in 0.. {
                // Key names are at most 255 characters.
                let mut name = [0u16; 256];
                let mut len = name.len() as u32;
                // SAFETY: a buffer of `len` characters; the rest is optional.
                let status = unsafe {
                    RegEnumKeyExW(
                        self.0,
                        index,
                        name.as_mut_ptr(),
                        &mut len,
                        std::ptr::null(),
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                    )
                };
                if status != ERROR_SUCCESS {
                    break;
                }
                names.push(String::from_utf16_lossy(&name[..len as usize]));
            }
            names
        }

        fn qword(&self, subkey: &str, value: &str) -> Option<u64> {
            let mut data = 0u64;
            let mut size = std::mem::size_of::<u64>() as u32;
            // SAFETY: an 8-byte buffer for a REG_QWORD, its size passed.
            let status = unsafe {
                RegGetValueW(
                    self.0,
                    wide(subkey).as_ptr(),
                    wide(value).as_ptr(),
                    RRF_RT_REG_QWORD,
                    std::ptr::null_mut(),
                    (&mut data as *mut u64).cast(),
                    &mut size,
                )
            };
            (status == ERROR_SUCCESS).then_some(data)
        }

        fn in_use(&self, subkey: &str) -> bool {
            using_now(
                self.qword(subkey, "LastUsedTimeStart"),
                self.qword(subkey, "LastUsedTimeStop"),
            )
        }
    }

    impl Drop for Key {
        fn drop(&mut self) {
            // SAFETY: a key this value opened.
            unsafe { RegCloseKey(self.0) };
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use windows_sys::Win32::System::Registry::{
            KEY_WRITE, REG_OPTION_NON_VOLATILE, REG_QWORD, RegCreateKeyExW, RegDeleteTreeW,
            RegSetValueExW,
        };

        fn write(path: &str, start: u64, stop: u64) {
            let mut key = std::ptr::null_mut();
            unsafe {
                let status = RegCreateKeyExW(
                    HKEY_CURRENT_USER,
                    wide(path).as_ptr(),
                    0,
                    std::ptr::null(),
                    REG_OPTION_NON_VOLATILE,
                    KEY_WRITE,
                    std::ptr::null(),
                    &mut key,
                    std::ptr::null_mut(),
                );
                assert_eq!(status, ERROR_SUCCESS, "create {path}");
                for (name, value) in [("LastUsedTimeStart", start), ("LastUsedTimeStop", stop)] {
                    let bytes = value.to_le_bytes();
                    let status = RegSetValueExW(
                        key,
                        wide(name).as_ptr(),
                        0,
                        REG_QWORD,
                        bytes.as_ptr(),
                        bytes.len() as u32,
                    );
                    assert_eq!(status, ERROR_SUCCESS, "{name} in {path}");
                }
                RegCloseKey(key);
            }
        }

        /// A consent store written under a test key: a Store app that
        /// used the camera and stopped, then a desktop program using it
        /// now; then that program stops.
        #[test]
        fn a_program_that_started_the_camera_and_has_not_stopped_uses_it() {
            let root = format!(r"Software\SecondHeartTest-{}\webcam", std::process::id());
            write(
                &format!(r"{root}\Microsoft.WindowsCamera_8wekyb3d8bbwe"),
                133_000,
                133_500,
            );
            assert_eq!(user_of(&root), None);
            let zoom = r"C:#Users#me#AppData#Roaming#Zoom#bin#Zoom.exe";
            write(&format!(r"{root}\NonPackaged\{zoom}"), 133_600, 0);
            assert_eq!(user_of(&root).as_deref(), Some(zoom));
            write(&format!(r"{root}\NonPackaged\{zoom}"), 133_600, 133_900);
            assert_eq!(user_of(&root), None);
            let parent = root.trim_end_matches(r"\webcam");
            unsafe { RegDeleteTreeW(HKEY_CURRENT_USER, wide(parent).as_ptr()) };
            // No store at all (an old Windows, Wine): no camera.
            assert_eq!(user_of(&root), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn started_and_not_stopped_is_in_use() {
        assert!(using_now(Some(133_600), Some(0)));
    }

    #[test]
    fn stopped_or_never_used_is_not() {
        assert!(!using_now(Some(133_600), Some(133_900)));
        assert!(!using_now(None, None));
        assert!(!using_now(Some(0), Some(0)));
        // A stop without a start (a half-written entry) says nothing.
        assert!(!using_now(None, Some(0)));
        assert!(!using_now(Some(133_600), None));
    }
}
