//! The daemon's named pipe on Windows: the Unix socket's counterpart, with
//! the same guarantees.
//!
//! - Only its user reaches it. Windows gives a new pipe a default DACL that
//!   lets Everyone read and the Anonymous logon in; ours is explicit and
//!   protected: full access for the user's SID and nobody else
//!   ([`access_sddl`]). Remote clients are refused by the pipe itself
//!   (`PIPE_REJECT_REMOTE_CLIENTS`).
//! - Nobody else can pose as the daemon. The first instance is created with
//!   `FILE_FLAG_FIRST_PIPE_INSTANCE`, which fails when the name exists, and
//!   the daemon keeps one instance listening all its life, so the name is
//!   never free while it runs. A client checks that the process serving
//!   the pipe it reached runs as its own user before it writes a byte, and connects at the
//!   identification level only, so a server cannot act as the client.
//! - One name per user and data folder ([`pipe_name`]): the user's SID and
//!   a hash of the runtime folder, as the socket lives in that folder on
//!   Unix (tests with a private home get a private daemon).
//!
//! Reads with a deadline look at what is waiting (`PeekNamedPipe`) before
//! reading, since a pipe opened for plain blocking I/O has no timeouts; the
//! daemon's few requests a day make the short polling cost nothing.

use std::path::Path;

/// The pipe's security in SDDL: owned by `sid` (said outright: a token's
/// default owner may be a group, as under Wine), and a protected DACL
/// (`P`, inheriting nothing) with one entry allowing all access (`GA`) to
/// `sid`. Nothing for Everyone (`WD`), Anonymous (`AN`) or the network.
#[cfg_attr(not(windows), allow(dead_code))]
pub fn access_sddl(sid: &str) -> String {
    format!("O:{sid}D:P(A;;GA;;;{sid})")
}

/// `\\.\pipe\io.github.secondheart.SecondHeart-<sid>-<hash>`: one pipe per
/// user and runtime folder. The hash is FNV-1a over the folder's path,
/// lower-cased (Windows paths are case-blind), so every program of the
/// user that finds the same folder finds the same pipe.
#[cfg_attr(not(windows), allow(dead_code))]
pub fn pipe_name(sid: &str, runtime_dir: &Path) -> String {
    let folder = runtime_dir.to_string_lossy().to_lowercase();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in folder.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!(r"\\.\pipe\{}-{sid}-{hash:016x}", crate::desktop::APP_ID)
}

#[cfg(all(windows, test))]
use win::security_of;
#[cfg(windows)]
pub use win::{PipeListener, PipeStream, connect, listening, my_sid};

#[cfg(windows)]
mod win {
    use std::ffi::OsStr;
    use std::io::{self, ErrorKind, Read, Write};
    use std::os::windows::ffi::OsStrExt;
    use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle, RawHandle};
    use std::ptr::{null, null_mut};
    use std::time::{Duration, Instant};

    use windows_sys::Win32::Foundation::{
        ERROR_ACCESS_DENIED, ERROR_BROKEN_PIPE, ERROR_FILE_NOT_FOUND, ERROR_NO_DATA,
        ERROR_PIPE_BUSY, ERROR_PIPE_CONNECTED, GENERIC_READ, GENERIC_WRITE, HANDLE,
        INVALID_HANDLE_VALUE, LocalFree,
    };
    use windows_sys::Win32::Security::Authorization::{
        ConvertSecurityDescriptorToStringSecurityDescriptorW, ConvertSidToStringSidW,
        ConvertStringSecurityDescriptorToSecurityDescriptorW, GetSecurityInfo, SDDL_REVISION_1,
        SE_KERNEL_OBJECT,
    };
    use windows_sys::Win32::Security::{
        DACL_SECURITY_INFORMATION, GetTokenInformation, OWNER_SECURITY_INFORMATION, PSID,
        SECURITY_ATTRIBUTES, TOKEN_QUERY, TOKEN_USER, TokenUser,
    };
    use windows_sys::Win32::Storage::FileSystem::{
        CreateFileW, FILE_FLAG_FIRST_PIPE_INSTANCE, OPEN_EXISTING, PIPE_ACCESS_DUPLEX,
        SECURITY_IDENTIFICATION, SECURITY_SQOS_PRESENT,
    };
    use windows_sys::Win32::System::Pipes::{
        ConnectNamedPipe, CreateNamedPipeW, GetNamedPipeServerProcessId, PIPE_NOWAIT,
        PIPE_READMODE_BYTE, PIPE_REJECT_REMOTE_CLIENTS, PIPE_TYPE_BYTE, PIPE_UNLIMITED_INSTANCES,
        PIPE_WAIT, PeekNamedPipe, SetNamedPipeHandleState, WaitNamedPipeW,
    };
    use windows_sys::Win32::System::Threading::{
        GetCurrentProcess, OpenProcess, OpenProcessToken, PROCESS_QUERY_LIMITED_INFORMATION,
    };

    /// Bytes each direction of an instance buffers; a request or a push
    /// line is far smaller.
    const BUFFER: u32 = 64 * 1024;

    fn wide(s: &str) -> Vec<u16> {
        OsStr::new(s).encode_wide().chain(Some(0)).collect()
    }

    /// Memory Windows allocated for us with LocalAlloc, freed on drop.
    struct Local(*mut core::ffi::c_void);

    impl Drop for Local {
        fn drop(&mut self) {
            if !self.0.is_null() {
                // SAFETY: the pointer came from a Win32 call that says to
                // free it with LocalFree, and is freed once.
                unsafe { LocalFree(self.0) };
            }
        }
    }

    /// A wide string Windows allocated, as a String.
    fn take_wide(p: *mut u16) -> String {
        let _free = Local(p.cast());
        if p.is_null() {
            return String::new();
        }
        // SAFETY: a NUL-terminated wide string from Windows.
        unsafe {
            let mut len = 0;
            while *p.add(len) != 0 {
                len += 1;
            }
            String::from_utf16_lossy(std::slice::from_raw_parts(p, len))
        }
    }

    fn sid_string(sid: PSID) -> io::Result<String> {
        let mut text = null_mut();
        // SAFETY: `sid` is a valid SID; Windows allocates `text`.
        if unsafe { ConvertSidToStringSidW(sid, &mut text) } == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(take_wide(text))
    }

    /// This process's user, as an SID string ("S-1-5-21-…").
    pub fn my_sid() -> io::Result<String> {
        // SAFETY: the pseudo-handle of this process.
        user_of(unsafe { GetCurrentProcess() })
    }

    /// The user a process runs as, as an SID string.
    fn user_of(process: HANDLE) -> io::Result<String> {
        let mut token: HANDLE = null_mut();
        // SAFETY: a process handle with query rights; `token` receives a
        // handle we own.
        if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: a handle we own, closed once by OwnedHandle.
        let token = unsafe { OwnedHandle::from_raw_handle(token as RawHandle) };
        let mut buffer = vec![0u64; 64];
        let mut needed = 0u32;
        // SAFETY: the buffer is 512 bytes, aligned for TOKEN_USER.
        let ok = unsafe {
            GetTokenInformation(
                token.as_raw_handle() as HANDLE,
                TokenUser,
                buffer.as_mut_ptr().cast(),
                (buffer.len() * 8) as u32,
                &mut needed,
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: filled with a TOKEN_USER by the call above.
        let user = unsafe { &*(buffer.as_ptr() as *const TOKEN_USER) };
        sid_string(user.User.Sid)
    }

    /// What a pipe's security descriptor says: its owner's SID and its
    /// DACL in SDDL.
    pub fn security_of(handle: HANDLE) -> io::Result<(String, String)> {
        let mut owner: PSID = null_mut();
        let mut descriptor = null_mut();
        // SAFETY: a valid handle; Windows allocates the descriptor, and
        // `owner` points into it.
        let error = unsafe {
            GetSecurityInfo(
                handle,
                SE_KERNEL_OBJECT,
                OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                &mut owner,
                null_mut(),
                null_mut(),
                null_mut(),
                &mut descriptor,
            )
        };
        if error != 0 {
            return Err(io::Error::from_raw_os_error(error as i32));
        }
        let _free = Local(descriptor);
        let owner = sid_string(owner)?;
        let mut text = null_mut();
        // SAFETY: the descriptor read above; Windows allocates `text`.
        let ok = unsafe {
            ConvertSecurityDescriptorToStringSecurityDescriptorW(
                descriptor,
                SDDL_REVISION_1,
                DACL_SECURITY_INFORMATION,
                &mut text,
                null_mut(),
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((owner, take_wide(text)))
    }

    /// The listening side: the daemon's instances of its pipe.
    pub struct PipeListener {
        name: Vec<u16>,
        /// The descriptor every instance is created with (LocalAlloc'd).
        descriptor: Local,
        /// The instance waiting for the next client; there is always one,
        /// so the name stays the daemon's.
        waiting: Option<OwnedHandle>,
    }

    // SAFETY: the descriptor is only read after creation; handles may be
    // used from any thread.
    unsafe impl Send for PipeListener {}

    impl PipeListener {
        /// Creates the pipe's first instance. `AddrInUse` when the name is
        /// taken: a daemon (or something else) already has it.
        pub fn bind_first(name: &str, sid: &str) -> io::Result<PipeListener> {
            let mut descriptor = null_mut();
            let sddl = wide(&super::access_sddl(sid));
            // SAFETY: a NUL-terminated SDDL string; Windows allocates the
            // descriptor.
            let ok = unsafe {
                ConvertStringSecurityDescriptorToSecurityDescriptorW(
                    sddl.as_ptr(),
                    SDDL_REVISION_1,
                    &mut descriptor,
                    null_mut(),
                )
            };
            if ok == 0 {
                return Err(io::Error::last_os_error());
            }
            let mut listener = PipeListener {
                name: wide(name),
                descriptor: Local(descriptor),
                waiting: None,
            };
            listener.waiting =
                Some(listener.instance(true).map_err(
                    |e| match e.raw_os_error().map(|c| c as u32) {
                        Some(ERROR_ACCESS_DENIED) | Some(ERROR_PIPE_BUSY) => io::Error::new(
                            ErrorKind::AddrInUse,
                            format!("the pipe {name} is already taken"),
                        ),
                        _ => e,
                    },
                )?);
            Ok(listener)
        }

        fn instance(&self, first: bool) -> io::Result<OwnedHandle> {
            let attributes = SECURITY_ATTRIBUTES {
                nLength: std::mem::size_of::<SECURITY_ATTRIBUTES>() as u32,
                lpSecurityDescriptor: self.descriptor.0,
                bInheritHandle: 0,
            };
            let flags = PIPE_ACCESS_DUPLEX
                | if first {
                    FILE_FLAG_FIRST_PIPE_INSTANCE
                } else {
                    0
                };
            // SAFETY: a NUL-terminated name and valid attributes.
            let handle = unsafe {
                CreateNamedPipeW(
                    self.name.as_ptr(),
                    flags,
                    PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
                    PIPE_UNLIMITED_INSTANCES,
                    BUFFER,
                    BUFFER,
                    0,
                    &attributes,
                )
            };
            if handle == INVALID_HANDLE_VALUE {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: a new handle we own.
            Ok(unsafe { OwnedHandle::from_raw_handle(handle as RawHandle) })
        }

        /// The handle of the instance waiting for a client (to read back
        /// its security).
        pub fn raw_handle(&self) -> HANDLE {
            self.waiting
                .as_ref()
                .map_or(null_mut(), |h| h.as_raw_handle() as HANDLE)
        }

        /// Waits for the next client. The next instance is made before the
        /// connected one is handed out, so the name is never free.
        pub fn accept(&mut self) -> io::Result<PipeStream> {
            let waiting = match self.waiting.take() {
                Some(h) => h,
                None => self.instance(false)?,
            };
            // SAFETY: a valid pipe handle, synchronous I/O.
            let connected =
                unsafe { ConnectNamedPipe(waiting.as_raw_handle() as HANDLE, null_mut()) };
            if connected == 0 {
                let e = io::Error::last_os_error();
                if e.raw_os_error().map(|c| c as u32) != Some(ERROR_PIPE_CONNECTED) {
                    self.waiting = self.instance(false).ok();
                    return Err(e);
                }
            }
            self.waiting = Some(self.instance(false)?);
            Ok(PipeStream::new(waiting))
        }

        /// Closes the waiting instance: from now on the name goes as soon
        /// as the connections being answered end.
        pub fn close(&mut self) {
            self.waiting = None;
        }
    }

    /// One connection, on either side.
    pub struct PipeStream {
        file: std::fs::File,
        read_timeout: std::cell::Cell<Option<Duration>>,
    }

    impl PipeStream {
        fn new(handle: OwnedHandle) -> PipeStream {
            PipeStream {
                file: std::fs::File::from(handle),
                read_timeout: std::cell::Cell::new(None),
            }
        }

        fn handle(&self) -> HANDLE {
            self.file.as_raw_handle() as HANDLE
        }

        pub fn set_read_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
            self.read_timeout.set(timeout);
            Ok(())
        }

        /// Writes to a pipe go into its buffer (64 KB), and a request or
        /// an answer is far smaller: they do not wait for the reader.
        pub fn set_write_timeout(&self, _timeout: Option<Duration>) -> io::Result<()> {
            Ok(())
        }

        /// Writes never wait: what does not fit in the pipe's buffer is
        /// not written (a window that stopped reading).
        pub fn set_nonblocking(&self, nonblocking: bool) -> io::Result<()> {
            let mode = PIPE_READMODE_BYTE | if nonblocking { PIPE_NOWAIT } else { PIPE_WAIT };
            // SAFETY: a valid pipe handle and mode.
            if unsafe { SetNamedPipeHandleState(self.handle(), &mode, null(), null()) } == 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        }

        /// Bytes waiting to be read; `None` once the other side has gone.
        pub fn available(&self) -> Option<u32> {
            let mut waiting = 0u32;
            // SAFETY: a valid handle; no buffer, only the count.
            let ok = unsafe {
                PeekNamedPipe(
                    self.handle(),
                    null_mut(),
                    0,
                    null_mut(),
                    &mut waiting,
                    null_mut(),
                )
            };
            (ok != 0).then_some(waiting)
        }

        /// The user the process at the other end (the server) runs as.
        /// Asked of the process, not of the pipe's owner, which a token
        /// may set to a group (Wine does).
        pub fn server_user(&self) -> io::Result<String> {
            let mut pid = 0u32;
            // SAFETY: a valid client handle of a pipe.
            if unsafe { GetNamedPipeServerProcessId(self.handle(), &mut pid) } == 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: a pid from the call above; the handle is ours.
            let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
            if process.is_null() {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: a new handle we own, closed once.
            let process = unsafe { OwnedHandle::from_raw_handle(process as RawHandle) };
            user_of(process.as_raw_handle() as HANDLE)
        }
    }

    fn is_end(e: &io::Error) -> bool {
        matches!(
            e.raw_os_error().map(|c| c as u32),
            Some(ERROR_BROKEN_PIPE) | Some(ERROR_NO_DATA)
        ) || e.kind() == ErrorKind::BrokenPipe
    }

    impl Read for PipeStream {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            (&*self).read(buf)
        }
    }

    impl Read for &PipeStream {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if let Some(timeout) = self.read_timeout.get() {
                let deadline = Instant::now() + timeout;
                loop {
                    match self.available() {
                        None => return Ok(0),
                        Some(0) if Instant::now() >= deadline => {
                            return Err(io::Error::new(ErrorKind::TimedOut, "no answer in time"));
                        }
                        Some(0) => std::thread::sleep(Duration::from_millis(2)),
                        Some(_) => break,
                    }
                }
            }
            match (&self.file).read(buf) {
                Err(e) if is_end(&e) => Ok(0),
                other => other,
            }
        }
    }

    impl Write for PipeStream {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.file.write(buf)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Write for &PipeStream {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            (&self.file).write(buf)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Whether an instance of the pipe is waiting for a client, without
    /// connecting: a running daemon always has one; a stopping one has
    /// none (only the connection answering `stop`, or nothing).
    pub fn listening(name: &str) -> bool {
        let name = wide(name);
        // SAFETY: a NUL-terminated name.
        unsafe { WaitNamedPipeW(name.as_ptr(), 1) != 0 }
    }

    /// Connects to the daemon's pipe, waiting up to `wait` while every
    /// instance is busy. `NotFound` when no daemon listens; refused
    /// (`PermissionDenied`) when the pipe is not this user's.
    pub fn connect(name: &str, sid: &str, wait: Duration) -> io::Result<PipeStream> {
        let wide_name = wide(name);
        let deadline = Instant::now() + wait;
        loop {
            // SAFETY: a NUL-terminated name; identification level only, so
            // the server cannot act as us.
            let handle = unsafe {
                CreateFileW(
                    wide_name.as_ptr(),
                    GENERIC_READ | GENERIC_WRITE,
                    0,
                    null(),
                    OPEN_EXISTING,
                    SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION,
                    null_mut(),
                )
            };
            if handle != INVALID_HANDLE_VALUE {
                // SAFETY: a new handle we own.
                let stream =
                    PipeStream::new(unsafe { OwnedHandle::from_raw_handle(handle as RawHandle) });
                let server = stream.server_user().map_err(|e| {
                    io::Error::new(
                        ErrorKind::PermissionDenied,
                        format!("cannot tell who serves {name} ({e}); not using it"),
                    )
                })?;
                if server != sid {
                    return Err(io::Error::new(
                        ErrorKind::PermissionDenied,
                        format!("{name} is served by another user ({server}); not using it"),
                    ));
                }
                return Ok(stream);
            }
            let e = io::Error::last_os_error();
            match e.raw_os_error().map(|c| c as u32) {
                Some(ERROR_FILE_NOT_FOUND) => {
                    return Err(io::Error::new(ErrorKind::NotFound, "no daemon listens"));
                }
                Some(ERROR_PIPE_BUSY) if Instant::now() < deadline => {
                    // SAFETY: a NUL-terminated name.
                    unsafe { WaitNamedPipeW(wide_name.as_ptr(), 50) };
                }
                _ => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pipe_admits_its_user_and_nobody_else() {
        let sddl = access_sddl("S-1-5-21-1-2-3-1001");
        assert_eq!(
            sddl,
            "O:S-1-5-21-1-2-3-1001D:P(A;;GA;;;S-1-5-21-1-2-3-1001)"
        );
        for other in ["WD", "AN", "NU", "BU", "AU", "IU"] {
            assert!(!sddl.contains(&format!(";;;{other})")), "{other} admitted");
        }
    }

    #[test]
    fn each_user_and_folder_has_its_own_pipe() {
        let a = pipe_name(
            "S-1-5-21-1",
            Path::new(r"C:\Users\ana\AppData\Local\second-heart\run"),
        );
        assert!(a.starts_with(r"\\.\pipe\io.github.secondheart.SecondHeart-S-1-5-21-1-"));
        assert_eq!(
            a,
            pipe_name(
                "S-1-5-21-1",
                Path::new(r"c:\users\ANA\appdata\local\second-heart\run")
            ),
            "Windows paths are case-blind"
        );
        assert_ne!(
            a,
            pipe_name(
                "S-1-5-21-2",
                Path::new(r"C:\Users\ana\AppData\Local\second-heart\run")
            )
        );
        assert_ne!(a, pipe_name("S-1-5-21-1", Path::new(r"C:\Temp\home\run")));
    }

    /// Whether this runs under Wine (which names itself in ntdll).
    #[cfg(windows)]
    fn under_wine() -> bool {
        use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleA, GetProcAddress};
        // SAFETY: NUL-terminated names; ntdll is always loaded.
        unsafe {
            let ntdll = GetModuleHandleA(c"ntdll.dll".as_ptr().cast());
            !ntdll.is_null() && GetProcAddress(ntdll, c"wine_get_version".as_ptr().cast()).is_some()
        }
    }

    /// A pipe of its own for each test, in the user's name.
    #[cfg(windows)]
    fn test_pipe(what: &str) -> (String, String) {
        let sid = my_sid().unwrap();
        let dir = std::env::temp_dir().join(format!("{what}-{}", std::process::id()));
        (pipe_name(&sid, &dir), sid)
    }

    #[cfg(windows)]
    #[test]
    fn the_pipe_read_back_admits_only_its_user() {
        let (name, sid) = test_pipe("acl");
        assert!(sid.starts_with("S-1-"), "{sid}");
        let listener = PipeListener::bind_first(&name, &sid).unwrap();
        let (owner, dacl) = security_of(listener.raw_handle()).unwrap();
        assert_eq!(owner, sid, "the pipe is its user's");
        // Protected, and one entry: full access for the user (GA reads
        // back as FA, the file rights in full, where Windows maps it).
        assert!(dacl.starts_with("D:P"), "{dacl}");
        assert_eq!(dacl.matches('(').count(), 1, "{dacl}");
        assert!(dacl.ends_with(&format!(";;;{sid})")), "{dacl}");
        for other in ["WD", "AN", "NU", "BU", "AU", "IU", "SY", "BA"] {
            assert!(!dacl.contains(&format!(";;;{other})")), "{other} in {dacl}");
        }
    }

    #[cfg(windows)]
    #[test]
    fn one_pipe_answers_and_a_second_listener_is_refused() {
        use std::io::{BufRead, BufReader, Write};
        let (name, sid) = test_pipe("roundtrip");
        assert!(!listening(&name));
        let mut listener = PipeListener::bind_first(&name, &sid).unwrap();
        assert!(listening(&name));
        // Wine 8 does not enforce FILE_FLAG_FIRST_PIPE_INSTANCE; Windows
        // does (there, and here, the daemon's locks come first anyway).
        if !under_wine() {
            let taken = PipeListener::bind_first(&name, &sid).err().unwrap();
            assert_eq!(taken.kind(), std::io::ErrorKind::AddrInUse);
        }
        let server = std::thread::spawn(move || {
            let stream = listener.accept().unwrap();
            let mut line = String::new();
            BufReader::new(&stream).read_line(&mut line).unwrap();
            (&stream)
                .write_all(format!("echo {line}").as_bytes())
                .unwrap();
            listener
        });
        let mut client = connect(&name, &sid, std::time::Duration::from_secs(5)).unwrap();
        client
            .set_read_timeout(Some(std::time::Duration::from_secs(5)))
            .unwrap();
        client.write_all(b"ping\n").unwrap();
        let mut answer = String::new();
        BufReader::new(&mut client).read_line(&mut answer).unwrap();
        assert_eq!(answer, "echo ping\n");
        let mut listener = server.join().unwrap();
        // Still listening for the next client, until closed.
        assert!(listening(&name));
        listener.close();
        drop(client);
        assert_eq!(
            connect(&name, &sid, std::time::Duration::from_millis(100))
                .err()
                .map(|e| e.kind()),
            Some(std::io::ErrorKind::NotFound)
        );
    }
}
