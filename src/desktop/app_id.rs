//! The application's identity on Windows (its AppUserModelID, the same
//! reverse-DNS `APP_ID` as on Linux): what ties the window to its taskbar
//! button and pinned shortcut, and toasts to the app's name and icon.
//! The Start-menu shortcut carries it (an `MsiShortcutProperty` row in the
//! MSI, packaging/windows), but the window runs in `second-heart.exe`,
//! started by the console-less launcher, and Wine's installer does not
//! apply that row; so each of our processes also names itself, which
//! Windows honours for the taskbar and toasts alike.

/// Names this process `APP_ID`. A failure (a very old Windows) only
/// costs the grouping, so it is returned for logging, not fatal.
#[cfg(windows)]
pub fn set_for_this_process() -> Result<(), String> {
    use windows_sys::Win32::UI::Shell::SetCurrentProcessExplicitAppUserModelID;
    let id: Vec<u16> = super::APP_ID.encode_utf16().chain(Some(0)).collect();
    // SAFETY: a valid NUL-terminated string; Windows copies it.
    let hr = unsafe { SetCurrentProcessExplicitAppUserModelID(id.as_ptr()) };
    match hr {
        0 => Ok(()),
        hr => Err(format!(
            "cannot set this process's AppUserModelID: HRESULT {hr:#010x}"
        )),
    }
}

#[cfg(all(test, windows))]
mod tests {
    use super::*;
    use windows_sys::Win32::System::Com::CoTaskMemFree;
    use windows_sys::Win32::UI::Shell::GetCurrentProcessExplicitAppUserModelID;

    #[test]
    fn this_process_reads_back_the_application_id() {
        set_for_this_process().unwrap();
        let mut id = std::ptr::null_mut();
        // SAFETY: Windows allocates the string; it is freed below.
        let hr = unsafe { GetCurrentProcessExplicitAppUserModelID(&mut id) };
        // Wine 8 implements only the setter (E_NOTIMPL here): under Wine
        // this test shows that setting succeeds, on Windows the round trip.
        const E_NOTIMPL: i32 = 0x8000_4001_u32 as i32;
        if hr == E_NOTIMPL {
            return;
        }
        assert_eq!(hr, 0, "HRESULT {hr:#010x}");
        // SAFETY: a NUL-terminated string from Windows.
        let read = unsafe {
            let len = (0..).take_while(|i| *id.add(*i) != 0).count();
            String::from_utf16_lossy(std::slice::from_raw_parts(id, len))
        };
        unsafe { CoTaskMemFree(id.cast()) };
        assert_eq!(read, crate::desktop::APP_ID);
    }
}
