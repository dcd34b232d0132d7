//! Is idling inhibited by an application that means the person is there?
//! A video call or a presentation asks the desktop not to go idle; so does
//! a music player, which says nothing about anyone sitting. GNOME lists
//! the inhibitors (org.gnome.SessionManager) with the application that set
//! each; those of audio players are passed over. Asked only when the idle
//! time has reached the threshold, like the camera.

/// Applications whose idle inhibitors say nothing about presence: music
/// and podcast players (by the application id they give, lowercased).
const AUDIO_PLAYERS: &[&str] = &[
    "rhythmbox",
    "org.gnome.rhythmbox3",
    "org.gnome.music",
    "spotify",
    "com.spotify.client",
    "lollypop",
    "org.gnome.lollypop",
    "clementine",
    "strawberry",
    "audacious",
    "elisa",
    "org.kde.elisa",
    "amarok",
    "deadbeef",
    "quodlibet",
    "io.github.quodlibet.quodlibet",
    "gnome-podcasts",
    "org.gnome.podcasts",
    "shortwave",
    "de.haeckerfelix.shortwave",
];

/// The first application that inhibits idling for a reason other than
/// playing audio, if any.
pub fn presence_inhibitor() -> Option<String> {
    let conn = zbus::block_on(zbus::Connection::session()).ok()?;
    zbus::block_on(async {
        const SM: &str = "org.gnome.SessionManager";
        let idle_flag: u32 = 8;
        let inhibited: bool = conn
            .call_method(
                Some(SM),
                "/org/gnome/SessionManager",
                Some(SM),
                "IsInhibited",
                &(idle_flag,),
            )
            .await
            .ok()?
            .body()
            .deserialize()
            .ok()?;
        if !inhibited {
            return None;
        }
        let inhibitors: Vec<zbus::OwnedObjectPath> = conn
            .call_method(
                Some(SM),
                "/org/gnome/SessionManager",
                Some(SM),
                "GetInhibitors",
                &(),
            )
            .await
            .ok()?
            .body()
            .deserialize()
            .ok()?;
        for path in inhibitors {
            let ask = |method: &'static str| {
                let conn = conn.clone();
                let path = path.clone();
                async move {
                    conn.call_method(
                        Some(SM),
                        path.as_str(),
                        Some("org.gnome.SessionManager.Inhibitor"),
                        method,
                        &(),
                    )
                    .await
                    .ok()
                }
            };
            let flags: u32 = match ask("GetFlags").await {
                Some(m) => m.body().deserialize().unwrap_or(0),
                None => continue,
            };
            if flags & idle_flag == 0 {
                continue;
            }
            let app: String = match ask("GetAppId").await {
                Some(m) => m.body().deserialize().unwrap_or_default(),
                None => String::new(),
            };
            if !is_audio_player(&app) {
                return Some(if app.is_empty() {
                    "an application".to_owned()
                } else {
                    app
                });
            }
        }
        None
    })
}

fn is_audio_player(app: &str) -> bool {
    let app = app.trim_end_matches(".desktop").to_ascii_lowercase();
    AUDIO_PLAYERS.contains(&app.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn music_players_are_passed_over_and_calls_are_not() {
        for player in [
            "rhythmbox",
            "org.gnome.Rhythmbox3.desktop",
            "Spotify",
            "org.kde.elisa",
        ] {
            assert!(is_audio_player(player), "{player}");
        }
        for app in [
            "zoom",
            "org.gnome.Totem",
            "firefox",
            "com.microsoft.teams",
            "libreoffice-impress",
        ] {
            assert!(!is_audio_player(app), "{app}");
        }
    }
}
