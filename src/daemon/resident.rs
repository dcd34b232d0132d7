//! Keeps the daemon's own code from staying resident just because it was
//! near code that ran once.
//!
//! The kernel maps a program's pages in runs ("fault-around", 64 KB by
//! default) and never unmaps them, so after start-up, a `status` or a
//! prompt, much of the daemon's binary stays resident though it waits,
//! doing nothing, for hours. Before each sleep of a while the daemon
//! (Linux) lets go of its code pages (`MADV_DONTNEED`) and asks that they
//! be read back page by page (`MADV_RANDOM`): the next wake maps again
//! what it runs, a few hundred page faults from the page cache (well under
//! a millisecond). Only the binary's executable mappings are let go of:
//! they are never written, so the pages come back from the file as they
//! were (data and relocated pages are left alone).

/// Lets go of the binary's code pages mapped so far.
pub fn shed_code() {
    #[cfg(target_os = "linux")]
    {
        // The binary's mappings do not move: read them once.
        static MAPPINGS: std::sync::OnceLock<Vec<(usize, usize, bool)>> =
            std::sync::OnceLock::new();
        let mappings = MAPPINGS.get_or_init(|| {
            let exe = std::fs::read_link("/proc/self/exe").unwrap_or_default();
            let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
            own_mappings(&maps, &exe.to_string_lossy())
                .into_iter()
                .map(|(start, end, perms)| (start, end, perms == "r-xp"))
                .collect()
        });
        for &(start, end, code) in mappings {
            // SAFETY: advice on a mapping of this process's own executable,
            // read from /proc/self/maps; DONTNEED only on read-only code,
            // whose pages the kernel reads back from the file unchanged.
            unsafe {
                let addr = start as *mut libc::c_void;
                libc::madvise(addr, end - start, libc::MADV_RANDOM);
                if code {
                    libc::madvise(addr, end - start, libc::MADV_DONTNEED);
                }
            }
        }
    }
}

/// The read-only mappings (code, constants) of the file `exe` in a
/// `/proc/self/maps` text: start, end, permissions.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn own_mappings<'a>(maps: &'a str, exe: &str) -> Vec<(usize, usize, &'a str)> {
    maps.lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let range = fields.next()?;
            let perms = fields.next()?;
            let path = fields.nth(3)?;
            if path != exe || !(perms == "r-xp" || perms == "r--p") {
                return None;
            }
            let (start, end) = range.split_once('-')?;
            Some((
                usize::from_str_radix(start, 16).ok()?,
                usize::from_str_radix(end, 16).ok()?,
                perms,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_programs_read_only_mappings_are_picked() {
        let maps = "\
55d0a0000000-55d0a0100000 r--p 00000000 fd:01 42 /usr/bin/second-heart-daemon
55d0a0100000-55d0a0500000 r-xp 00100000 fd:01 42 /usr/bin/second-heart-daemon
55d0a0500000-55d0a0600000 rw-p 00500000 fd:01 42 /usr/bin/second-heart-daemon
7f0000000000-7f0000100000 r-xp 00000000 fd:01 7 /usr/lib/x86_64-linux-gnu/libc.so.6
7f0000200000-7f0000300000 rw-p 00000000 00:00 0
";
        assert_eq!(
            own_mappings(maps, "/usr/bin/second-heart-daemon"),
            [
                (0x55d0a0000000, 0x55d0a0100000, "r--p"),
                (0x55d0a0100000, 0x55d0a0500000, "r-xp")
            ]
        );
    }
}
