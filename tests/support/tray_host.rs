//! An in-process tray host for tests: it owns
//! `org.kde.StatusNotifierWatcher` (as a panel does), records the items that
//! register, and reads and clicks them the way a panel would: properties of
//! `org.kde.StatusNotifierItem`, the menu through `com.canonical.dbusmenu`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use zbus::message::Header;
use zbus::{Connection, OwnedVariant, Variant, interface};

use super::wait_for;

const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const ITEM: &str = "org.kde.StatusNotifierItem";
const MENU: &str = "com.canonical.dbusmenu";

pub struct FakeTrayHost {
    conn: Connection,
    items: Arc<Mutex<Vec<String>>>,
}

struct Watcher {
    items: Arc<Mutex<Vec<String>>>,
}

#[interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    /// `service` is a bus name (the item is at /StatusNotifierItem) or an
    /// object path on the caller's connection.
    async fn register_status_notifier_item(
        &self,
        service: &str,
        #[zbus(header)] header: Header<'_>,
    ) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        let entry = if service.starts_with('/') {
            format!("{sender}{service}")
        } else {
            format!("{service}/StatusNotifierItem")
        };
        self.items.lock().unwrap().push(entry);
    }

    fn register_status_notifier_host(&self, _service: &str) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items.lock().unwrap().clone()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// A registered item: where it is on the bus.
#[derive(Clone, Debug)]
pub struct TrayItem {
    pub bus_name: String,
    pub path: String,
}

/// One entry of the item's menu.
#[derive(Clone, Debug, PartialEq)]
pub struct MenuEntry {
    pub id: i32,
    /// Empty for a separator.
    pub label: String,
    pub separator: bool,
    pub enabled: bool,
}

impl FakeTrayHost {
    pub fn start(bus_address: &str) -> FakeTrayHost {
        let items = Arc::new(Mutex::new(Vec::new()));
        let conn = zbus::block_on(
            zbus::connection::Builder::address(bus_address)
                .name(WATCHER)
                .serve_at(
                    "/StatusNotifierWatcher",
                    Watcher {
                        items: items.clone(),
                    },
                )
                .build(),
        )
        .unwrap_or_else(|e| panic!("FakeTrayHost: cannot own {WATCHER}: {e}"));
        FakeTrayHost { conn, items }
    }

    /// The first item that registers within `timeout`.
    pub fn wait_item(&self, timeout: Duration) -> Option<TrayItem> {
        wait_for(timeout, || {
            let entry = self.items.lock().unwrap().first().cloned()?;
            let (bus_name, path) = entry.split_at(entry.find('/')?);
            Some(TrayItem {
                bus_name: bus_name.to_owned(),
                path: path.to_owned(),
            })
        })
    }

    pub fn property(&self, item: &TrayItem, name: &str) -> OwnedVariant {
        self.call_reply(
            item,
            &item.path,
            "org.freedesktop.DBus.Properties",
            "Get",
            &(ITEM, name),
        )
        .unwrap_or_else(|e| panic!("Get {name}: {e}"))
    }

    pub fn string_property(&self, item: &TrayItem, name: &str) -> String {
        match &*self.property(item, name) {
            Variant::Str(s) => s.to_string(),
            other => panic!("{name} is not a string: {other:?}"),
        }
    }

    /// ToolTip's title and description.
    pub fn tooltip(&self, item: &TrayItem) -> (String, String) {
        let value = self.property(item, "ToolTip");
        let Variant::Structure(s) = &*value else {
            panic!("ToolTip is not a struct: {value:?}");
        };
        let text = |i: usize| match &s.fields()[i] {
            Variant::Str(t) => t.to_string(),
            other => panic!("ToolTip field {i}: {other:?}"),
        };
        (text(2), text(3))
    }

    /// Widths of the icon pixmaps, and whether each holds width x height
    /// ARGB pixels.
    pub fn icon_sizes(&self, item: &TrayItem, name: &str) -> Vec<(i32, bool)> {
        let value = self.property(item, name);
        let Variant::Array(icons) = &*value else {
            panic!("{name} is not an array: {value:?}");
        };
        icons
            .iter()
            .map(|icon| {
                let Variant::Structure(s) = icon else {
                    panic!("{name}: {icon:?}");
                };
                let (Variant::I32(w), Variant::I32(h), Variant::Array(data)) =
                    (&s.fields()[0], &s.fields()[1], &s.fields()[2])
                else {
                    panic!("{name}: {s:?}");
                };
                (*w, data.len() == (w * h * 4) as usize)
            })
            .collect()
    }

    /// The menu's entries, top to bottom, as a panel would show them.
    pub fn menu(&self, item: &TrayItem) -> Vec<MenuEntry> {
        let menu = self.menu_path(item);
        type Layout = (i32, HashMap<String, OwnedVariant>, Vec<OwnedVariant>);
        let (_revision, (_id, _props, children)): (u32, Layout) = self
            .call_reply(
                item,
                &menu,
                MENU,
                "GetLayout",
                &(0i32, -1i32, Vec::<String>::new()),
            )
            .unwrap_or_else(|e| panic!("GetLayout: {e}"));
        children.iter().map(|c| entry(c)).collect()
    }

    /// Clicks the menu entry labelled `label`.
    pub fn click(&self, item: &TrayItem, label: &str) {
        self.try_click(item, label)
            .unwrap_or_else(|e| panic!("Event clicked on {label:?}: {e}"));
    }

    /// Clicks an entry that may end the item before it answers (Quit).
    pub fn try_click(&self, item: &TrayItem, label: &str) -> zbus::Result<()> {
        let entries = self.menu(item);
        let Some(e) = entries.iter().find(|e| e.label == label) else {
            panic!("no menu entry {label:?} in {entries:#?}");
        };
        let menu = self.menu_path(item);
        self.call_reply(
            item,
            &menu,
            MENU,
            "Event",
            &(e.id, "clicked", Variant::from(0i32), 0u32),
        )
    }

    /// A left click on the icon.
    pub fn activate(&self, item: &TrayItem) {
        let _: () = self
            .call_reply(item, &item.path, ITEM, "Activate", &(0i32, 0i32))
            .unwrap_or_else(|e| panic!("Activate: {e}"));
    }

    fn menu_path(&self, item: &TrayItem) -> String {
        match &*self.property(item, "Menu") {
            Variant::ObjectPath(p) => p.to_string(),
            other => panic!("Menu is not an object path: {other:?}"),
        }
    }

    fn call_reply<B, R>(
        &self,
        item: &TrayItem,
        path: &str,
        interface: &str,
        method: &str,
        body: &B,
    ) -> zbus::Result<R>
    where
        B: serde::Serialize + zbus::zvariant::DynamicType,
        R: for<'d> serde::Deserialize<'d> + zbus::zvariant::Type,
    {
        zbus::block_on(async {
            self.conn
                .call_method(
                    Some(item.bus_name.as_str()),
                    path,
                    Some(interface),
                    method,
                    body,
                )
                .await?
                .body()
                .deserialize::<R>()
        })
    }
}

fn entry(child: &Variant<'_>) -> MenuEntry {
    let child = match child {
        Variant::Variant(inner) => inner,
        other => other,
    };
    let Variant::Structure(s) = child else {
        panic!("menu entry: {child:?}");
    };
    let Variant::I32(id) = s.fields()[0] else {
        panic!("menu entry id: {s:?}");
    };
    let Variant::Dict(props) = &s.fields()[1] else {
        panic!("menu entry properties: {s:?}");
    };
    let prop = |name: &str| {
        props.iter().find_map(|(k, v)| match (k, v) {
            (Variant::Str(k), Variant::Variant(v)) if k.as_str() == name => Some((**v).clone()),
            (Variant::Str(k), v) if k.as_str() == name => Some(v.clone()),
            _ => None,
        })
    };
    let label = match prop("label") {
        Some(Variant::Str(l)) => l.to_string(),
        _ => String::new(),
    };
    let separator = matches!(prop("type"), Some(Variant::Str(t)) if t.as_str() == "separator");
    let enabled = !matches!(prop("enabled"), Some(Variant::Bool(false)));
    MenuEntry {
        id,
        label,
        separator,
        enabled,
    }
}
