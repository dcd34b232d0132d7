//! The few registry calls the Windows desktop integration makes, on the
//! current user's hive (HKCU) only, each a thin wrapper over one Win32 call:
//! read a string or binary value, write a string, delete a value. What the
//! values mean lives in the callers (`autostart::run_value`).

use std::io;
use std::ptr;

use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS, WIN32_ERROR};
use windows_sys::Win32::System::Registry::{
    HKEY_CURRENT_USER, REG_SZ, RRF_RT_REG_BINARY, RRF_RT_REG_SZ, RegDeleteKeyValueW, RegGetValueW,
    RegSetKeyValueW,
};

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

fn check(status: WIN32_ERROR, what: &str, key: &str, name: &str) -> io::Result<()> {
    match status {
        ERROR_SUCCESS => Ok(()),
        code => {
            let e = io::Error::from_raw_os_error(code as i32);
            Err(io::Error::new(
                e.kind(),
                format!("cannot {what} HKCU\\{key}\\{name}: {e}"),
            ))
        }
    }
}

/// The bytes of value `name` under `HKCU\key` if it has one of the `types`
/// (`RRF_RT_*`); `None` when the key or the value does not exist.
fn get(key: &str, name: &str, types: u32) -> io::Result<Option<Vec<u8>>> {
    let (wkey, wname) = (wide(key), wide(name));
    loop {
        let mut size = 0u32;
        // SAFETY: valid NUL-terminated strings; a null buffer asks for the size.
        let status = unsafe {
            RegGetValueW(
                HKEY_CURRENT_USER,
                wkey.as_ptr(),
                wname.as_ptr(),
                types,
                ptr::null_mut(),
                ptr::null_mut(),
                &mut size,
            )
        };
        if status == ERROR_FILE_NOT_FOUND {
            return Ok(None);
        }
        check(status, "read", key, name)?;
        let mut data = vec![0u8; size as usize];
        let mut got = size;
        // SAFETY: `data` holds `got` bytes.
        let status = unsafe {
            RegGetValueW(
                HKEY_CURRENT_USER,
                wkey.as_ptr(),
                wname.as_ptr(),
                types,
                ptr::null_mut(),
                data.as_mut_ptr().cast(),
                &mut got,
            )
        };
        match status {
            ERROR_FILE_NOT_FOUND => return Ok(None),
            // Changed in between and grew: ask again.
            windows_sys::Win32::Foundation::ERROR_MORE_DATA => continue,
            _ => check(status, "read", key, name)?,
        }
        data.truncate(got as usize);
        return Ok(Some(data));
    }
}

/// A string value (REG_SZ), without its terminating NUL.
pub fn get_string(key: &str, name: &str) -> io::Result<Option<String>> {
    let Some(bytes) = get(key, name, RRF_RT_REG_SZ)? else {
        return Ok(None);
    };
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|u| *u != 0)
        .collect();
    Ok(Some(String::from_utf16_lossy(&units)))
}

/// A binary value (REG_BINARY).
pub fn get_binary(key: &str, name: &str) -> io::Result<Option<Vec<u8>>> {
    get(key, name, RRF_RT_REG_BINARY)
}

/// Sets a string value (REG_SZ), creating the key if needed.
pub fn set_string(key: &str, name: &str, value: &str) -> io::Result<()> {
    let data = wide(value);
    // SAFETY: valid NUL-terminated strings; `data` is the value's bytes
    // with its NUL.
    let status = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            wide(key).as_ptr(),
            wide(name).as_ptr(),
            REG_SZ,
            data.as_ptr().cast(),
            (data.len() * 2) as u32,
        )
    };
    check(status, "write", key, name)
}

/// Deletes a value; returns whether there was one.
pub fn delete(key: &str, name: &str) -> io::Result<bool> {
    // SAFETY: valid NUL-terminated strings.
    let status =
        unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, wide(key).as_ptr(), wide(name).as_ptr()) };
    if status == ERROR_FILE_NOT_FOUND {
        return Ok(false);
    }
    check(status, "remove", key, name).map(|()| true)
}
