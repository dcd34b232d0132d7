//! The ids of a tray menu's items, for trays that hand back a clicked
//! item's id rather than calling its action (Windows: muda).

use super::Action;

/// A menu as a tray builds it: each item's id names the build it belongs
/// to, so a click that arrives after the menu was rebuilt (the view
/// changed while it was open) is dropped rather than taken for whatever
/// item now sits at its place.
pub struct MenuIds {
    build: u64,
    actions: Vec<Option<Action>>,
}

impl MenuIds {
    /// The ids of `menu`'s items (`None` for a separator), for build
    /// number `build`.
    pub fn new(build: u64, menu: &[Option<(String, Action)>]) -> MenuIds {
        MenuIds {
            build,
            actions: menu
                .iter()
                .map(|i| i.as_ref().map(|(_, a)| a.clone()))
                .collect(),
        }
    }

    /// The id of the item at `index`.
    pub fn id(&self, index: usize) -> String {
        format!("{}.{index}", self.build)
    }

    /// What the item with this id does, if it belongs to this build.
    pub fn action(&self, id: &str) -> Option<&Action> {
        let (build, index) = id.split_once('.')?;
        if build.parse::<u64>().ok()? != self.build {
            return None;
        }
        self.actions.get(index.parse::<usize>().ok()?)?.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daemon::tray::TrayView;

    /// A click is mapped to the item of the menu it was made in; one from
    /// a menu since rebuilt, or a separator's, does nothing.
    #[test]
    fn menu_ids_map_clicks_to_their_own_build() {
        let menu = TrayView {
            due: vec![(
                "calf-raises".parse().unwrap(),
                "Calf raises — 3 sets of 15".into(),
                chrono::DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").unwrap(),
            )],
            ..TrayView::default()
        }
        .menu();
        let ids = MenuIds::new(7, &menu);
        for (index, item) in menu.iter().enumerate() {
            assert_eq!(
                ids.action(&ids.id(index)),
                item.as_ref().map(|(_, a)| a),
                "{index}"
            );
        }
        assert_eq!(ids.id(3), "7.3");
        assert_eq!(ids.action("6.3"), None);
        assert_eq!(ids.action("7.99"), None);
        assert_eq!(ids.action("7"), None);
        assert_eq!(ids.action("x.3"), None);
        assert!(menu[1].is_none() && ids.action("7.1").is_none());
    }
}
