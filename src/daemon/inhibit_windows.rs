//! Is idling inhibited by an application that means the person is there,
//! on Windows? Programs that keep the display on (a call, a presentation)
//! set power requests, but the list of who holds them
//! (`powercfg /requests`, `GetPowerRequestList`) is open to administrators
//! only, and the daemon runs as the user. So it is not seen here: the
//! camera (`camera`) and the shell's full-screen and presentation states
//! (`quiet`) are what say a person sits still on Windows.

pub fn presence_inhibitor() -> Option<String> {
    None
}
