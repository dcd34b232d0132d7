//! A parser for the text that `dbus-monitor` prints: one header line per
//! message at column 0, then one value per line, indented by three spaces a
//! level, with arrays, dict entries, structs and variants spanning lines.
//!
//! dbus-monitor prints strings raw between quotes, so a string may contain
//! quotes and newlines. A string ends at the first quote that ends a line
//! followed by something that can come after a value (another value at an
//! indentation of a multiple of three, a closing bracket, the next message, or
//! the end of the log). Only a string that itself contains such a line is
//! split wrongly; the format cannot tell it apart.

/// The kind of a D-Bus message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    MethodCall,
    MethodReturn,
    Error,
    Signal,
}

const HEADERS: [(&str, Kind); 4] = [
    ("method call time=", Kind::MethodCall),
    ("method return time=", Kind::MethodReturn),
    ("error time=", Kind::Error),
    ("signal time=", Kind::Signal),
];

const STRING_TYPES: [&str; 3] = ["string", "object path", "signature"];

const SCALAR_TYPES: [&str; 9] = [
    "byte", "boolean", "int16", "uint16", "int32", "uint32", "int64", "uint64", "double",
];

/// How a value line can start (after its indentation), besides closing brackets.
const VALUE_STARTS: [&str; 18] = [
    "string \"",
    "object path \"",
    "signature \"",
    "byte ",
    "boolean ",
    "int16 ",
    "uint16 ",
    "int32 ",
    "uint32 ",
    "int64 ",
    "uint64 ",
    "double ",
    "variant ",
    "array [",
    "array of bytes ",
    "dict entry(",
    "struct {",
    "file descriptor",
];

/// One message from the log.
#[derive(Debug, Clone, PartialEq)]
pub struct LogMessage {
    pub kind: Kind,
    /// Header fields as printed: time, sender, destination, serial,
    /// reply_serial, path, interface, member, error_name.
    pub fields: Vec<(String, String)>,
    pub args: Vec<Arg>,
    /// The message as dbus-monitor printed it, for error messages.
    pub text: String,
}

impl LogMessage {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Seconds since the Unix epoch.
    pub fn time(&self) -> f64 {
        self.field("time")
            .and_then(|t| t.parse().ok())
            .unwrap_or(0.0)
    }

    pub fn sender(&self) -> &str {
        self.field("sender").unwrap_or_default()
    }

    /// `None` for a broadcast signal.
    pub fn destination(&self) -> Option<&str> {
        self.field("destination").filter(|d| !d.starts_with('('))
    }

    pub fn serial(&self) -> Option<u32> {
        self.field("serial")?.parse().ok()
    }

    pub fn reply_serial(&self) -> Option<u32> {
        self.field("reply_serial")?.parse().ok()
    }

    pub fn interface(&self) -> Option<&str> {
        self.field("interface")
    }

    pub fn member(&self) -> Option<&str> {
        self.field("member")
    }
}

/// A value of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A basic value: its type as printed (`string`, `uint32`, `boolean`, ...)
    /// and its text (strings without their quotes).
    Basic {
        ty: String,
        text: String,
    },
    /// An `array of bytes`: its text, or its bytes in hex separated by spaces.
    Bytes(String),
    Array(Vec<Arg>),
    DictEntry(Box<Arg>, Box<Arg>),
    Struct(Vec<Arg>),
    Variant(Box<Arg>),
}

impl Arg {
    /// The text of a string, object path or signature.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Arg::Basic { ty, text } if STRING_TYPES.contains(&ty.as_str()) => Some(text),
            _ => None,
        }
    }

    pub fn as_u32(&self) -> Option<u32> {
        self.scalar("uint32")?.parse().ok()
    }

    pub fn as_i32(&self) -> Option<i32> {
        self.scalar("int32")?.parse().ok()
    }

    /// The elements of an array.
    pub fn items(&self) -> Option<&[Arg]> {
        match self {
            Arg::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The value as text: see [`super::NotifyCall::hints`].
    pub fn render(&self) -> String {
        let join = |items: &[Arg]| {
            let rendered: Vec<String> = items.iter().map(Arg::render).collect();
            rendered.join(", ")
        };
        match self {
            Arg::Basic { text, .. } | Arg::Bytes(text) => text.clone(),
            Arg::Array(items)
                if !items.is_empty() && items.iter().all(|i| matches!(i, Arg::DictEntry(..))) =>
            {
                format!("{{{}}}", join(items))
            }
            Arg::Array(items) => format!("[{}]", join(items)),
            Arg::DictEntry(key, value) => format!("{}: {}", key.render(), value.render()),
            Arg::Struct(items) => format!("({})", join(items)),
            Arg::Variant(inner) => inner.render(),
        }
    }

    fn scalar(&self, wanted: &str) -> Option<&str> {
        match self {
            Arg::Basic { ty, text } if ty == wanted => Some(text),
            _ => None,
        }
    }
}

/// Every complete or partial message in `log`, in order.
pub fn parse_log(log: &str) -> Vec<LogMessage> {
    let mut messages = Vec::new();
    let mut cursor = Cursor { text: log, pos: 0 };
    while let Some(kind) = cursor.seek_header() {
        let start = cursor.pos;
        let fields = header_fields(cursor.rest_of_line());
        let args = cursor.values(None);
        messages.push(LogMessage {
            kind,
            fields,
            args,
            text: log[start..cursor.pos].trim_end().to_owned(),
        });
    }
    messages
}

fn header_kind(text: &str) -> Option<Kind> {
    HEADERS
        .iter()
        .find(|(prefix, _)| text.starts_with(prefix))
        .map(|&(_, kind)| kind)
}

/// `key=value` words of a header line; values lose a trailing `;`.
fn header_fields(line: &str) -> Vec<(String, String)> {
    line.split_whitespace()
        .filter_map(|word| word.split_once('='))
        .map(|(key, value)| (key.to_owned(), value.trim_end_matches(';').to_owned()))
        .collect()
}

/// Where the string starting at `rest` (just after its opening quote) ends.
fn closing_quote(rest: &str) -> usize {
    let mut first_candidate = None;
    for (i, _) in rest.match_indices('"') {
        let after = &rest[i + 1..];
        let next_line = if after.is_empty() {
            ""
        } else if let Some(next) = after.strip_prefix('\n') {
            next
        } else {
            continue;
        };
        if can_follow_value(next_line) {
            return i;
        }
        first_candidate.get_or_insert(i);
    }
    first_candidate.unwrap_or(rest.len())
}

/// Whether `next` (the text after a value's line) can follow a value.
fn can_follow_value(next: &str) -> bool {
    if next.is_empty() || header_kind(next).is_some() {
        return true;
    }
    let line = next.split('\n').next().unwrap_or_default();
    let value = line.trim_start_matches(' ');
    let indent = line.len() - value.len();
    indent > 0
        && indent.is_multiple_of(3)
        && (matches!(value.trim_end(), "]" | ")" | "}")
            || VALUE_STARTS.iter().any(|start| value.starts_with(start)))
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn eat(&mut self, prefix: &str) -> bool {
        let found = self.rest().starts_with(prefix);
        if found {
            self.pos += prefix.len();
        }
        found
    }

    fn skip_blanks(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    /// The rest of the current line, without its newline (which stays).
    fn rest_of_line(&mut self) -> &'a str {
        let rest = self.rest();
        let end = rest.find('\n').unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }

    fn at_line_start(&self) -> bool {
        self.pos == 0 || self.text[..self.pos].ends_with('\n')
    }

    fn at_header(&self) -> Option<Kind> {
        self.at_line_start()
            .then(|| header_kind(self.rest()))
            .flatten()
    }

    fn at_message_end(&self) -> bool {
        self.rest().is_empty() || self.at_header().is_some()
    }

    /// Moves to the next header line; `None` at the end of the log.
    fn seek_header(&mut self) -> Option<Kind> {
        while !self.rest().is_empty() {
            if let Some(kind) = self.at_header() {
                return Some(kind);
            }
            self.rest_of_line();
            self.eat("\n");
        }
        None
    }

    /// Values up to `close` (consumed) or the end of the message.
    fn values(&mut self, close: Option<&str>) -> Vec<Arg> {
        let mut values = Vec::new();
        loop {
            self.skip_blanks();
            if self.at_message_end() || close.is_some_and(|close| self.eat(close)) {
                return values;
            }
            match self.value() {
                Some(value) => values.push(value),
                None => {
                    self.rest_of_line(); // something this parser does not know
                }
            }
        }
    }

    fn value(&mut self) -> Option<Arg> {
        if let Some(ty) = STRING_TYPES.iter().find(|ty| self.eat(&format!("{ty} \""))) {
            let text = self.quoted();
            return Some(Arg::Basic {
                ty: (*ty).to_owned(),
                text,
            });
        }
        if self.eat("array of bytes ") {
            return Some(Arg::Bytes(self.bytes()));
        }
        if self.eat("array [") {
            return Some(Arg::Array(self.values(Some("]"))));
        }
        if self.eat("dict entry(") {
            return Some(dict_entry(self.values(Some(")"))));
        }
        if self.eat("struct {") {
            return Some(Arg::Struct(self.values(Some("}"))));
        }
        if self.eat("variant ") {
            self.skip_blanks();
            return Some(Arg::Variant(Box::new(self.value()?)));
        }
        let ty = SCALAR_TYPES.iter().find(|ty| self.eat(&format!("{ty} ")))?;
        Some(Arg::Basic {
            ty: (*ty).to_owned(),
            text: self.rest_of_line().trim().to_owned(),
        })
    }

    /// A string's text; the cursor is just after its opening quote.
    fn quoted(&mut self) -> String {
        let rest = self.rest();
        let end = closing_quote(rest);
        self.pos += (end + 1).min(rest.len());
        rest[..end].to_owned()
    }

    /// `"abc" + \0` or `[ 00 ff ... ]`, after `array of bytes `.
    fn bytes(&mut self) -> String {
        if self.eat("\"") {
            let line = self.rest_of_line();
            let line = line.strip_suffix(" + \\0").unwrap_or(line);
            return line.strip_suffix('"').unwrap_or(line).to_owned();
        }
        if self.eat("[") {
            let rest = self.rest();
            let end = rest.find(']').unwrap_or(rest.len());
            self.pos += (end + 1).min(rest.len());
            return rest[..end].split_whitespace().collect::<Vec<_>>().join(" ");
        }
        self.rest_of_line().trim().to_owned()
    }
}

fn dict_entry(mut values: Vec<Arg>) -> Arg {
    if values.len() != 2 {
        return Arg::Struct(values);
    }
    let value = values.pop().expect("two values");
    let key = values.pop().expect("two values");
    Arg::DictEntry(Box::new(key), Box::new(value))
}
