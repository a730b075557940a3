//! Turning bytes into typed content, with errors an editor can act on.
//!
//! Every failure becomes a [`Problem`] that prints as
//! `FILE:LINE:COL: PATH: message`, the same shape for a syntax error, a type
//! error and a validation rule, in the browser and in `content-check` alike.

use serde::de::DeserializeOwned;
use std::fmt;

/// One step of a path into a JSON document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Builds a path from `"events"`, `2`, `"end"`-style steps.
#[macro_export]
macro_rules! jpath {
    ($($seg:expr),* $(,)?) => {
        vec![$($crate::content::load::IntoSeg::into_seg($seg)),*]
    };
}

pub trait IntoSeg {
    fn into_seg(self) -> Seg;
}
impl IntoSeg for &str {
    fn into_seg(self) -> Seg {
        Seg::Key(self.to_string())
    }
}
impl IntoSeg for usize {
    fn into_seg(self) -> Seg {
        Seg::Index(self)
    }
}

/// Renders a path as `events[2].end`; the empty path is the whole document.
pub fn path_to_string(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if is_plain_key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            // Any other key (from broken JSON) is quoted, with `:` escaped,
            // so it cannot break the `FILE:LINE:COL: PATH: message` shape.
            Seg::Key(k) => {
                let quoted = serde_json::to_string(k).unwrap_or_default();
                out.push_str(&format!("[{}]", quoted.replace(':', "\\u003a")));
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() {
        "(document)".to_string()
    } else {
        out
    }
}

fn is_plain_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 64
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A problem found in one content file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.path, self.message
        )
    }
}

impl Problem {
    /// A problem that concerns the whole file (missing, unreadable, not JSON).
    pub fn whole_file(file: &str, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            line: 1,
            column: 1,
            path: "(document)".to_string(),
            message: message.into(),
        }
    }

    /// A problem at `path` in `text`, located to its line and column.
    ///
    /// Builds a [`Locator`] for `text` each time: for more than one problem in
    /// the same text, build the locator once and use [`Problem::located`].
    pub fn at(file: &str, text: &str, path: &[Seg], message: impl Into<String>) -> Self {
        Problem::located(file, &Locator::new(text), path, message)
    }

    /// A problem at `path`, located with a locator built once for its file.
    pub fn located(
        file: &str,
        locator: &Locator,
        path: &[Seg],
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = locator.locate(path).unwrap_or((1, 1));
        Problem {
            file: file.to_string(),
            line,
            column,
            path: path_to_string(path),
            message: message.into(),
        }
    }
}

/// Parses `text` as `T`, naming file, line, column and field path on failure.
///
/// serde_json gives the line and column; the field path is read back from
/// the text at that position by [`path_at`], which costs far less code in
/// the wasm bundle than tracking the path during deserialisation.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    serde_json::from_str(text).map_err(|e| {
        // serde_json counts the column in bytes; editors (and every other
        // problem) count characters.
        let (line, byte_column) = (e.line().max(1), e.column().max(1));
        let line_start: usize = text
            .split_inclusive('\n')
            .take(line - 1)
            .map(str::len)
            .sum();
        let at = (line_start + byte_column - 1).min(text.len());
        let column = char_count(&text.as_bytes()[line_start.min(at)..at]) + 1;
        Problem {
            file: file.to_string(),
            line,
            column,
            path: path_to_string(&path_at(text, line, byte_column)),
            message: strip_position(&e.to_string()),
        }
    })
}

/// serde_json appends " at line L column C"; we print the position ourselves.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Why a fetched response cannot be used as a content file, checked before
/// parsing so a CDN's HTML fallback page is not mistaken for content.
const NOT_FOUND: &str = "the file was not found on the server (HTTP 404)";
const WEB_PAGE: &str = "the server sent a web page instead of JSON; the file is probably missing";

impl Problem {
    /// Does this say the file is not on the server (a 404, or the HTML page
    /// a host serves in its place)? Pages use it to say "not found" rather
    /// than "could not be loaded".
    /// The problem a missing file gives (as a 404 does in the browser).
    pub fn missing_file(file: &str) -> Self {
        Problem::whole_file(file, NOT_FOUND)
    }

    pub fn is_missing_file(&self) -> bool {
        self.path == "(document)" && (self.message == NOT_FOUND || self.message == WEB_PAGE)
    }
}

/// Longest line `content-check` prints; longer ones lose their middle.
const MAX_LINE: usize = 500;

/// One line of the report as it is safe to print: control characters (a
/// value's newline, a terminal escape), invisible separators and bidi
/// controls are shown as `\u{…}`, and an overlong line (a huge value echoed
/// back) loses its middle, so every problem stays one readable line.
pub fn printable(line: &str) -> String {
    let mut out = String::with_capacity(line.len().min(MAX_LINE * 2));
    for c in line.chars() {
        let hidden = c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
        if hidden {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    let n = out.chars().count();
    if n > MAX_LINE {
        let head: String = out.chars().take(MAX_LINE * 2 / 3).collect();
        let tail: String = out.chars().skip(n - MAX_LINE / 3).collect();
        out = format!(
            "{head} […{} characters…] {tail}",
            n - head.chars().count() - tail.chars().count()
        );
    }
    out
}

/// The build a derived file names as its first field (`{"build":"…"`), if
/// any: the news catalogue, facets, pages and search shards carry it.
pub fn build_of(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("{\"build\":\"")?;
    rest.split('"').next()
}

pub fn check_response(
    file: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<(), Problem> {
    if status == 404 {
        return Err(Problem::whole_file(file, NOT_FOUND));
    }
    if !(200..300).contains(&status) {
        return Err(Problem::whole_file(
            file,
            format!("the server answered with HTTP {status} instead of the file"),
        ));
    }
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let looks_html = body.trim_start().starts_with('<');
    if ct.contains("text/html") || looks_html {
        return Err(Problem::whole_file(file, WEB_PAGE));
    }
    Ok(())
}

/// Finds the 1-based line and column where the value at `path` starts.
pub fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    Locator::new(text).locate(path)
}

/// 1-based line and column (in characters) of byte offset `pos` in `text`.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..pos.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (
        before.iter().filter(|&&b| b == b'\n').count() + 1,
        char_count(&before[line_start..]) + 1,
    )
}

/// Characters in a run of UTF-8 bytes (the bytes that start a character).
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Where every value of a document starts, found in one pass over the text,
/// so that locating many problems in one file takes linear time rather than
/// one scan of the file per problem.
pub struct Locator {
    root: Option<Node>,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    /// Characters before every `CHUNK`-th byte, for columns in characters
    /// even on one very long (minified) line.
    chars_before: Vec<usize>,
    bytes: Vec<u8>,
}

const CHUNK: usize = 1024;
/// Deeper containers are treated as opaque values (the typed parser already
/// refuses documents nested this deep).
const MAX_DEPTH: usize = 256;

enum Node {
    Leaf(usize),
    Array(usize, Vec<Node>),
    Object(usize, Vec<(String, Node)>),
}

impl Node {
    fn start(&self) -> usize {
        match self {
            Node::Leaf(s) | Node::Array(s, _) | Node::Object(s, _) => *s,
        }
    }
}

impl Locator {
    pub fn new(text: &str) -> Locator {
        let bytes = text.as_bytes();
        let mut s = Scanner { b: bytes, i: 0 };
        s.ws();
        let root = s.node(0);
        let mut line_starts = vec![0];
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before = Vec::with_capacity(bytes.len() / CHUNK + 1);
        let mut n = 0;
        for chunk in bytes.chunks(CHUNK) {
            chars_before.push(n);
            n += char_count(chunk);
        }
        chars_before.push(n);
        Locator {
            root,
            line_starts,
            chars_before,
            // Only the chunk a position falls in is ever re-read.
            bytes: bytes.to_vec(),
        }
    }

    /// 1-based line and column (in characters) of the value at `path`.
    pub fn locate(&self, path: &[Seg]) -> Option<(usize, usize)> {
        Some(self.line_col(self.start_of(path)?))
    }

    fn start_of(&self, path: &[Seg]) -> Option<usize> {
        let mut node = self.root.as_ref()?;
        for seg in path {
            node = match (seg, node) {
                (Seg::Key(k), Node::Object(_, members)) => {
                    &members.iter().find(|(key, _)| key == k)?.1
                }
                (Seg::Index(i), Node::Array(_, items)) => items.get(*i)?,
                _ => return None,
            };
        }
        Some(node.start())
    }

    /// 1-based line and column of byte `offset` of the string at `path`,
    /// the offset counted in the string's value (as a parser of the text
    /// inside it reports it), not in its escaped JSON form: a rich text's
    /// problem points at the offending characters, not the field's start.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn locate_inside(&self, path: &[Seg], offset: usize) -> Option<(usize, usize)> {
        let start = self.start_of(path)?;
        let b = &self.bytes;
        if b.get(start) != Some(&b'"') {
            return Some(self.line_col(start));
        }
        let (mut i, mut decoded) = (start + 1, 0);
        while decoded < offset && i < b.len() && b[i] != b'"' {
            if b[i] != b'\\' {
                i += 1;
                decoded += 1;
                continue;
            }
            // An escape: `\n` is one byte of the value; `\uXXXX` is the
            // character's UTF-8 length (a surrogate pair, 12 bytes, is 4).
            let (raw, len) = if b.get(i + 1) == Some(&b'u') {
                let cp = std::str::from_utf8(b.get(i + 2..i + 6).unwrap_or_default())
                    .ok()
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .unwrap_or(0);
                match cp {
                    0xD800..=0xDBFF => (12, 4),
                    0..=0x7F => (6, 1),
                    0x80..=0x7FF => (6, 2),
                    _ => (6, 3),
                }
            } else {
                (2, 1)
            };
            i += raw;
            decoded += len;
        }
        Some(self.line_col(i.min(b.len())))
    }

    /// 1-based line and column (in characters) of byte offset `pos`.
    pub fn line_col(&self, pos: usize) -> (usize, usize) {
        let pos = pos.min(self.bytes.len());
        let line = self.line_starts.partition_point(|&s| s <= pos);
        let start = self.line_starts[line - 1];
        (line, self.chars_to(pos) - self.chars_to(start) + 1)
    }

    fn chars_to(&self, pos: usize) -> usize {
        let chunk = pos / CHUNK;
        self.chars_before[chunk] + char_count(&self.bytes[chunk * CHUNK..pos])
    }
}

/// The path of the innermost value at 1-based `line` and `column` (where a
/// parser stopped). Tolerant of broken JSON: it returns the path reached
/// before the text stopped making sense.
pub fn path_at(text: &str, line: usize, column: usize) -> Vec<Seg> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let target = (line_start + column.saturating_sub(1)).min(text.len());
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
    };
    let mut path = Vec::new();
    s.ws();
    s.descend(target, &mut path);
    path
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    /// Walks the value at the cursor, pushing onto `path` the members and
    /// elements whose text contains `target`.
    fn descend(&mut self, target: usize, path: &mut Vec<Seg>) {
        let (open, close) = match self.peek() {
            Some(b'{') => (b'{', b'}'),
            Some(b'[') => (b'[', b']'),
            _ => return,
        };
        self.i += 1;
        let mut index = 0;
        loop {
            self.ws();
            if self.i > target || matches!(self.peek(), None | Some(b'}' | b']')) {
                return;
            }
            let seg = if open == b'{' {
                let key_start = self.i;
                let Some(key) = self.string() else { return };
                if target <= self.i && target > key_start {
                    path.push(Seg::Key(key));
                    return;
                }
                self.ws();
                if self.peek() != Some(b':') {
                    return;
                }
                self.i += 1;
                self.ws();
                Seg::Key(key)
            } else {
                Seg::Index(index)
            };
            let start = self.i;
            if self.skip_value().is_none() || self.i >= target {
                path.push(seg);
                self.i = start;
                self.descend(target, path);
                return;
            }
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(c) if c == close => return,
                _ => return,
            }
            index += 1;
        }
    }

    /// The value at the cursor and, for containers, where each member starts.
    /// Tolerant: stops where the text stops making sense.
    fn node(&mut self, depth: usize) -> Option<Node> {
        let start = self.i;
        match self.peek()? {
            b'[' if depth < MAX_DEPTH => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    match self.peek() {
                        None | Some(b']') => break,
                        _ => {}
                    }
                    let Some(item) = self.node(depth + 1) else {
                        break;
                    };
                    items.push(item);
                    self.ws();
                    if self.peek() == Some(b',') {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                self.i += 1;
                Some(Node::Array(start, items))
            }
            b'{' if depth < MAX_DEPTH => {
                self.i += 1;
                let mut members = Vec::new();
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        break;
                    }
                    let Some(key) = self.string() else { break };
                    self.ws();
                    if self.peek() != Some(b':') {
                        break;
                    }
                    self.i += 1;
                    self.ws();
                    let Some(value) = self.node(depth + 1) else {
                        break;
                    };
                    members.push((key, value));
                    self.ws();
                    if self.peek() == Some(b',') {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                self.i += 1;
                Some(Node::Object(start, members))
            }
            _ => {
                self.skip_value()?;
                Some(Node::Leaf(start))
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i;
        self.skip_string()?;
        // `from_str`, like `parse`: a second reader type (`from_slice`)
        // would put a second copy of serde_json's number parsing in the wasm.
        let text = std::str::from_utf8(&self.b[start..self.i]).ok()?;
        serde_json::from_str(text).ok()
    }
    fn skip_string(&mut self) -> Option<()> {
        self.i += 1;
        loop {
            match self.peek()? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return Some(());
                }
                _ => self.i += 1,
            }
        }
    }
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']')) {
                    self.i += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    // `jpath!` builds the Vec the validators use; here it is only borrowed.
    #![allow(clippy::useless_vec)]
    use super::*;
    use crate::content::model::EventsFile;

    #[test]
    fn a_derived_file_names_its_build() {
        assert_eq!(build_of(r#"{"build":"0a1b","total":3}"#), Some("0a1b"));
        assert_eq!(build_of(r#"{"total":3,"build":"0a1b"}"#), None);
        assert_eq!(build_of("[]"), None);
    }

    const DOC: &str = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [true, null]}\n}";

    #[test]
    fn locates_inside_a_string() {
        let text = "{\n  \"a\": \"x\\ny \\u00e9\\\"z\"\n}";
        let l = Locator::new(text);
        // The value is `x`, newline, `y é"z`: its bytes 0, 2, 4 and 7 are
        // `x`, `y`, `é` and `z`, each after escapes of other lengths.
        assert_eq!(l.locate_inside(&jpath!["a"], 0), Some((2, 9)));
        assert_eq!(l.locate_inside(&jpath!["a"], 2), Some((2, 12)));
        assert_eq!(l.locate_inside(&jpath!["a"], 4), Some((2, 14)));
        assert_eq!(l.locate_inside(&jpath!["a"], 7), Some((2, 22)));
    }

    #[test]
    fn locates_nested_values() {
        assert_eq!(locate(DOC, &jpath!["a"]), Some((2, 8)));
        assert_eq!(locate(DOC, &jpath!["a", 1, "b"]), Some((2, 18)));
        assert_eq!(locate(DOC, &jpath!["c", "d", 1]), Some((3, 21)));
        assert_eq!(locate(DOC, &jpath!["c", "missing"]), None);
        assert_eq!(locate(DOC, &jpath!["a", 5]), None);
    }

    #[test]
    fn path_at_finds_the_innermost_value() {
        let text =
            "{\n  \"events\": [\n    {\"slug\": \"a\"},\n    {\"slug\": 3, \"end\": \"x\"}\n  ]\n}";
        assert_eq!(path_at(text, 4, 15), jpath!["events", 1, "slug"]);
        assert_eq!(path_at(text, 4, 26), jpath!["events", 1, "end"]);
        assert_eq!(path_at(text, 3, 5), jpath!["events", 0]);
        assert_eq!(path_at(text, 1, 1), Vec::<Seg>::new());
        // Broken JSON: stops where the text stops making sense.
        assert_eq!(path_at("{\"a\": [{\"b\": 1,}]}", 1, 16), jpath!["a", 0]);
    }

    #[test]
    fn path_renders_like_rust_field_access() {
        assert_eq!(path_to_string(&jpath!["events", 2, "end"]), "events[2].end");
        assert_eq!(path_to_string(&[]), "(document)");
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let err = parse::<EventsFile>("events.json", "{\n  \"organisers\": [,]\n}").unwrap_err();
        assert_eq!(err.file, "events.json");
        assert_eq!((err.line, err.column), (2, 18));
        assert!(err.to_string().starts_with("events.json:2:18: "), "{err}");
    }

    #[test]
    fn type_error_names_the_field_path() {
        let text = r#"{"organisers": [], "categories": [], "events": [{"slug": 3}]}"#;
        let err = parse::<EventsFile>("events.json", text).unwrap_err();
        assert_eq!(err.path, "events[0].slug");
        assert!(err.message.contains("invalid type"), "{}", err.message);
    }

    #[test]
    fn unknown_field_is_an_error() {
        let text = r#"{"organisers": [], "categories": [], "events": [], "evnts": []}"#;
        let err = parse::<EventsFile>("events.json", text).unwrap_err();
        assert!(
            err.message.contains("unknown field `evnts`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let text = r#"{"organisers": [], "categories": [], "events": []} x"#;
        assert!(parse::<EventsFile>("events.json", text).is_err());
    }

    #[test]
    fn responses_that_are_not_json_are_refused() {
        assert!(check_response("a.json", 200, Some("application/json"), "{}").is_ok());
        let e = check_response("a.json", 404, None, "").unwrap_err();
        assert!(e.message.contains("404"));
        assert!(e.is_missing_file());
        let e = check_response("a.json", 500, None, "").unwrap_err();
        assert!(e.message.contains("HTTP 500"));
        assert!(!e.is_missing_file());
        let e = check_response("a.json", 200, Some("text/html"), "<!doctype html>").unwrap_err();
        assert!(e.message.contains("web page instead of JSON"));
        assert!(e.is_missing_file());
        let e = check_response("a.json", 200, None, "  <html>").unwrap_err();
        assert!(e.message.contains("web page"));
    }
}
