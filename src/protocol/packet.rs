//! Packets on the wire: parsing and validating the envelope (never the body,
//! which stays raw JSON text) and writing frames without re-encoding bodies.

//!
//! The browser client (wasm32) only writes: the parsing half is the relay's.

use alloc::string::String;
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::value::RawValue;
#[cfg(not(target_arch = "wasm32"))]
use std::borrow::Cow;

/// Deepest nesting of `[`/`{` accepted in a body. Deeper bodies are refused
/// so that no peer's `JSON.parse` is handed a nesting bomb.
pub const MAX_BODY_DEPTH: usize = 128;

/// The error a request gets that waited too long for its response (and
/// the reason its agent is told, in a `cancel`).
pub const TIMED_OUT: &str = "request timed out";

/// The id of the relay's own agent.
pub const SERVER: &str = "server";

#[cfg(not(target_arch = "wasm32"))]
/// A validated packet, borrowing from the frame it was read from.
#[derive(Debug)]
pub enum Packet<'a> {
    Request {
        name: Cow<'a, str>,
        to: Cow<'a, str>,
        /// Raw JSON of the id (a string or a number), echoed as it came.
        id: &'a RawValue,
        body: Option<&'a RawValue>,
        /// ms the caller waits (`"timeout"`, a whole number from 1 to
        /// `MAX_TIMEOUT_MS`; any other value counts as absent).
        timeout: Option<u32>,
        /// The caller asks for a stream, and grants this many chunks
        /// (`"stream"`, from 1 to `MAX_CREDIT`; any other value: absent).
        stream: Option<u32>,
    },
    /// One chunk of agent `from`'s streamed answer to request `id`.
    Chunk {
        from: Cow<'a, str>,
        id: &'a RawValue,
        body: Option<&'a RawValue>,
    },
    /// The caller of stream `id` to agent `to` grants `n` more chunks.
    Credit {
        to: Cow<'a, str>,
        id: &'a RawValue,
        n: u32,
    },
    /// The caller gives up its request `id` to agent `to` (clients that
    /// negotiated `cancel`; docs/PROTOCOL.md#cancelling).
    Cancel {
        to: Cow<'a, str>,
        id: &'a RawValue,
        /// Why, when the caller says: only `TIMED_OUT` means anything (its
        /// own timer ran out first); anything else is a plain cancel.
        error: Option<Cow<'a, str>>,
    },
    Response {
        name: Option<Cow<'a, str>>,
        from: Cow<'a, str>,
        id: &'a RawValue,
        body: Option<&'a RawValue>,
        error: Option<Cow<'a, str>>,
    },
    Event {
        name: Cow<'a, str>,
        from: Cow<'a, str>,
        body: Option<&'a RawValue>,
    },
}

#[cfg(not(target_arch = "wasm32"))]
/// Why a frame is not a valid packet, with what could be read of it so the
/// answer can carry the id (and name) when they were readable.
#[derive(Debug)]
pub struct Invalid<'a> {
    pub reason: &'static str,
    pub name: Option<Cow<'a, str>>,
    pub id: Option<&'a RawValue>,
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Deserialize)]
struct Fields<'a> {
    #[serde(borrow, rename = "type")]
    kind: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    to: Option<&'a RawValue>,
    #[serde(borrow)]
    from: Option<&'a RawValue>,
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    body: Option<&'a RawValue>,
    #[serde(borrow)]
    error: Option<&'a RawValue>,
    #[serde(borrow)]
    timeout: Option<&'a RawValue>,
    #[serde(borrow)]
    stream: Option<&'a RawValue>,
    #[serde(borrow)]
    n: Option<&'a RawValue>,
}

/// The most chunks a stream's caller may have granted and not received.
pub const MAX_CREDIT: u32 = 1024;

/// The longest event name a `listen` takes, bytes; our client listens to
/// every event of the agent instead of a longer one.
pub const MAX_EVENT_NAME: usize = 256;

#[cfg(not(target_arch = "wasm32"))]
/// A count of chunks: a whole number from 1 to `MAX_CREDIT`.
fn credit(raw: Option<&RawValue>) -> Option<u32> {
    let n: u32 = raw?.get().parse().ok()?;
    (1..=MAX_CREDIT).contains(&n).then_some(n)
}

/// The longest `timeout` a request may carry, ms (what a JS timer takes).
pub const MAX_TIMEOUT_MS: u32 = 2_147_483_647;

#[cfg(not(target_arch = "wasm32"))]
/// A request's `timeout`: a whole number of ms from 1 to `MAX_TIMEOUT_MS`.
fn timeout_ms(raw: Option<&RawValue>) -> Option<u32> {
    let ms: u32 = raw?.get().parse().ok()?;
    (1..=MAX_TIMEOUT_MS).contains(&ms).then_some(ms)
}

#[cfg(not(target_arch = "wasm32"))]
/// Reads a JSON string field; `Ok(None)` when absent or null.
fn string<'a>(raw: Option<&'a RawValue>) -> Result<Option<Cow<'a, str>>, ()> {
    let Some(text) = raw.map(RawValue::get).filter(|t| *t != "null") else {
        return Ok(None);
    };
    // A string without escapes is what lies between its quotes (the frame
    // it came from is valid JSON); one with escapes is decoded.
    let inner = text.strip_prefix('"').and_then(|t| t.strip_suffix('"'));
    if let Some(s) = inner.filter(|s| !s.contains('\\')) {
        return Ok(Some(Cow::Borrowed(s)));
    }
    serde_json::from_str::<String>(text)
        .map(|s| Some(Cow::Owned(s)))
        .map_err(|_| ())
}

#[cfg(not(target_arch = "wasm32"))]
/// A response's `error` as text, read as the 1.0.0 client reads it: any
/// falsy value (`null`, `false`, `0`, `""`) is no error; a string is
/// itself; an object with a string `message` is that message; anything else
/// is its JSON text. (The 1.0.0 client sends `reply(new Error("x"))` as
/// `"error":{}`: the 1.0.0 relay passed it on, and so must we.)
fn error_text(raw: Option<&RawValue>) -> Option<Cow<'_, str>> {
    let text = raw?.get();
    if matches!(text, "null" | "false" | "0" | "\"\"") || text.parse::<f64>() == Ok(0.0) {
        return None;
    }
    if let Ok(Some(s)) = string(raw) {
        return Some(s);
    }
    #[derive(Deserialize)]
    struct WithMessage {
        message: String,
    }
    match serde_json::from_str::<WithMessage>(text) {
        Ok(m) => Some(Cow::Owned(m.message)),
        Err(_) => Some(Cow::Borrowed(text)),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn valid_id(raw: &RawValue) -> bool {
    matches!(
        raw.get().as_bytes().first(),
        Some(b'"' | b'-' | b'0'..=b'9')
    )
}

#[cfg(not(target_arch = "wasm32"))]
/// Depth of the deepest nesting in a JSON text (strings skipped).
pub fn json_depth(text: &str) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &b in text.as_bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

#[cfg(not(target_arch = "wasm32"))]
/// Whether valid JSON `text` nests deeper than `limit`. Each level takes an
/// opening and a closing byte, so a text shorter than twice that cannot:
/// most bodies are not scanned at all.
pub fn deeper_than(text: &str, limit: usize) -> bool {
    text.len() > 2 * limit && json_depth(text) > limit
}

#[cfg(not(target_arch = "wasm32"))]
/// Parses and validates one frame's envelope.
pub fn parse(text: &str) -> Parsed<'_> {
    let invalid = |reason| Invalid {
        reason,
        name: None,
        id: None,
    };
    if !text.trim_start().starts_with('{') {
        return Err(invalid("packet is not a JSON object"));
    }
    let f: Fields = serde_json::from_str(text).map_err(|_| invalid("packet is not valid JSON"))?;
    read(text, f)
}

#[cfg(not(target_arch = "wasm32"))]
/// Validates the envelope of `text`, whose fields serde found (`f`).
fn read<'a>(text: &'a str, f: Fields<'a>) -> Parsed<'a> {
    let kind = string(f.kind).ok().flatten();
    let name = string(f.name).ok().flatten();
    let id = f.id.filter(|raw| valid_id(raw));
    let fail = |reason| {
        Err(Invalid {
            reason,
            name: name.clone(),
            id,
        })
    };
    if f.id.is_some() && id.is_none() && f.id.map(RawValue::get) != Some("null") {
        return fail("id must be a string or a number");
    }
    if string(f.name).is_err() {
        return fail("name must be a string");
    }
    let (Ok(to), Ok(from)) = (string(f.to), string(f.from)) else {
        return fail("to and from must be strings");
    };
    let error = error_text(f.error);
    if f.body.is_some_and(|b| deeper_than(b.get(), MAX_BODY_DEPTH)) {
        return fail("body is nested too deeply (limit 128)");
    }
    let body = f.body;
    match kind.as_deref() {
        Some("request") => match (name.clone(), to, id) {
            (Some(name), Some(to), Some(id)) => Ok(Packet::Request {
                name,
                to,
                id,
                body,
                timeout: timeout_ms(f.timeout),
                stream: credit(f.stream),
            }),
            _ => fail("a request needs a name, a to and an id"),
        },
        Some("response") => match (from, id) {
            (Some(from), Some(id)) => Ok(Packet::Response {
                name: name.clone(),
                from,
                id,
                body,
                error,
            }),
            _ => fail("a response needs a from and an id"),
        },
        Some("event") => match (name.clone(), from) {
            // An event goes to its peers as it came, other fields and all:
            // those must not nest deeper than a body may either. (Only a
            // packet with enough text beside its body can: most skip this.)
            (Some(_), Some(_))
                if text.len() - body.map_or(0, |b| b.get().len()) > 2 * MAX_BODY_DEPTH
                    && json_depth(text) > MAX_BODY_DEPTH + 1 =>
            {
                fail("packet is nested too deeply (limit 128)")
            }
            (Some(name), Some(from)) => Ok(Packet::Event { name, from, body }),
            _ => fail("an event needs a name and a from"),
        },
        Some("cancel") => match (to, id) {
            (Some(to), Some(id)) => Ok(Packet::Cancel { to, id, error }),
            _ => fail("a cancel needs a to and an id"),
        },
        Some("chunk") => match (from, id) {
            (Some(from), Some(id)) => Ok(Packet::Chunk { from, id, body }),
            _ => fail("a chunk needs a from and an id"),
        },
        Some("credit") => match (to, id, credit(f.n)) {
            (Some(to), Some(id), Some(n)) => Ok(Packet::Credit { to, id, n }),
            _ => fail("a credit needs a to, an id and an n from 1 to 1024"),
        },
        _ => fail("type must be \"request\", \"response\" or \"event\""),
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// What `parse` makes of a frame.
pub type Parsed<'a> = Result<Packet<'a>, Invalid<'a>>;

#[cfg(not(target_arch = "wasm32"))]
/// One packet of a batch: its text, and what `parse` makes of it.
pub struct Read<'a> {
    pub text: &'a str,
    pub packet: Parsed<'a>,
}

#[cfg(not(target_arch = "wasm32"))]
/// A batch (a JSON array of packets) read in one pass: each packet's text
/// and envelope, as `parse` reads them, or None when anything in it is not
/// what the one pass takes (not an array, not JSON, an element that is
/// not an object, a duplicate field): the caller then splits the frame as
/// JSON values and parses each one, which says what was wrong. One pass
/// instead of two, where the packets are many and small (a stream's chunks).
/// (Each element nests as deep as a frame of its own may, one more level
/// than inside the array.)
pub fn parse_batch(text: &str) -> Option<alloc::vec::Vec<Read<'_>>> {
    let ws = |t: &str| t.trim_start_matches([' ', '\t', '\n', '\r']).len();
    let mut at = text.len() - ws(text);
    if text.as_bytes().get(at) != Some(&b'[') {
        return None;
    }
    let mut packets = alloc::vec::Vec::new();
    loop {
        at = text.len() - ws(&text[at + 1..]);
        if packets.is_empty() && text.as_bytes().get(at) == Some(&b']') {
            break;
        }
        let rest = text.get(at..).filter(|r| r.starts_with('{'))?;
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Fields>();
        let fields = values.next()?.ok()?;
        let own = &rest[..values.byte_offset()];
        packets.push(Read {
            text: own,
            packet: read(own, fields),
        });
        at = text.len() - ws(&rest[own.len()..]);
        match text.as_bytes().get(at) {
            Some(b',') => {}
            Some(b']') => break,
            _ => return None,
        }
    }
    (ws(&text[at + 1..]) == 0).then_some(packets)
}

/// Appends `s` as a JSON string literal.
pub fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        // `get`, not indexing: it cannot panic (i is always a char
        // boundary here), so no panic message is linked into the wasm.
        out.push_str(s.get(start..i).unwrap_or_default());
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// Appends `n` in decimal (without `std::fmt`, which the browser client
/// keeps out of its wasm).
pub fn push_decimal(out: &mut String, n: u64) {
    // (Recursion, not a digit buffer: nothing here can index out of
    // bounds, so no panic message is linked into the wasm.)
    if n >= 10 {
        push_decimal(out, n / 10);
    }
    out.push((b'0' + (n % 10) as u8) as char);
}

/// Builds one JSON object field by field: `{"type":...,"name":...}`.
pub struct FrameWriter(String);

impl FrameWriter {
    /// An empty object.
    pub fn object() -> Self {
        Self::sized(96)
    }

    /// An empty object, room made for `bytes` of it.
    fn sized(bytes: usize) -> Self {
        let mut s = String::with_capacity(bytes);
        s.push('{');
        FrameWriter(s)
    }

    /// A packet: an object whose first field is its `type`.
    pub fn new(kind: &str) -> Self {
        Self::object().str("type", kind)
    }

    /// A packet with room for `bytes` more than its fields' names (a
    /// body's length, or a chunk's), so that it is written in one block.
    pub fn with_room(kind: &str, bytes: usize) -> Self {
        Self::sized(96 + bytes).str("type", kind)
    }

    /// A string field (escaped).
    pub fn str(mut self, key: &str, value: &str) -> Self {
        self.key(key);
        push_json_str(&mut self.0, value);
        self
    }

    /// A string field when present.
    pub fn opt_str(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.str(key, v),
            None => self,
        }
    }

    /// A field whose value is already JSON text (written as is).
    pub fn raw(mut self, key: &str, json: &str) -> Self {
        self.key(key);
        self.0.push_str(json);
        self
    }

    /// A body field: the raw JSON, or `null` when absent.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn body(self, body: Option<&RawValue>) -> Self {
        self.raw("body", body.map_or("null", RawValue::get))
    }

    fn key(&mut self, key: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(key);
        self.0.push_str("\":");
    }

    /// The text so far and `"key":`, for a value the caller appends (then `}`).
    pub fn open(mut self, key: &str) -> String {
        self.key(key);
        self.0
    }

    pub fn finish(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// An error response: `{"type":"response","name":..,"from":..,"id":..,"error":..}`.
/// `id` is raw JSON; without one the response carries no id.
pub fn error_response(name: Option<&str>, from: &str, id: Option<&str>, error: &str) -> String {
    let w = FrameWriter::new("response")
        .opt_str("name", name)
        .str("from", from);
    let w = match id {
        Some(id) => w.raw("id", id),
        None => w,
    };
    w.str("error", error).finish()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn parses_a_request_and_keeps_the_body_raw() {
        let text = r#"{"type":"request","name":"echo","to":"3","id":"1","body":{"a": [1, 2.50]}}"#;
        let Packet::Request {
            name, to, id, body, ..
        } = parse(text).unwrap()
        else {
            panic!("not a request")
        };
        assert_eq!((&*name, &*to, id.get()), ("echo", "3", "\"1\""));
        assert_eq!(body.unwrap().get(), r#"{"a": [1, 2.50]}"#);
        assert!(matches!(name, Cow::Borrowed(_)));
    }

    #[test]
    fn decodes_escaped_strings() {
        let text = r#"{"type":"event","name":"a\"b\u00e9","from":"1"}"#;
        let Packet::Event { name, body, .. } = parse(text).unwrap() else {
            panic!()
        };
        assert_eq!(name, "a\"bé");
        assert!(body.is_none());
    }

    #[test]
    fn reads_any_error_value_as_the_1_0_0_client_does() {
        let error = |value: &str| {
            let text = format!(r#"{{"type":"response","from":"2","id":"7","error":{value}}}"#);
            match parse(&text) {
                Ok(Packet::Response { error, .. }) => error.map(|e| e.into_owned()),
                other => panic!("{value}: {other:?}"),
            }
        };
        for none in ["null", "false", "0", "0.0", r#""""#] {
            assert_eq!(error(none), None, "{none}");
        }
        assert_eq!(error(r#""boom""#).as_deref(), Some("boom"));
        assert_eq!(
            error(r#"{"message":"boom","stack":"x"}"#).as_deref(),
            Some("boom")
        );
        assert_eq!(error("{}").as_deref(), Some("{}"));
        assert_eq!(error("true").as_deref(), Some("true"));
        assert_eq!(error(r#"[1,"a"]"#).as_deref(), Some(r#"[1,"a"]"#));
    }

    #[test]
    fn parses_responses_with_errors_and_numeric_ids() {
        let text = r#"{"type":"response","name":"x","from":"2","id":7,"error":"boom"}"#;
        let Packet::Response { id, error, .. } = parse(text).unwrap() else {
            panic!()
        };
        assert_eq!(id.get(), "7");
        assert_eq!(error.as_deref(), Some("boom"));
    }

    #[test]
    fn refuses_bad_frames_with_a_reason_and_what_was_readable() {
        assert_eq!(
            parse("nope").unwrap_err().reason,
            "packet is not a JSON object"
        );
        assert_eq!(parse("{").unwrap_err().reason, "packet is not valid JSON");
        assert_eq!(
            parse("[1]").unwrap_err().reason,
            "packet is not a JSON object"
        );
        let e = parse(r#"{"type":"request","name":5,"to":"1","id":"9"}"#).unwrap_err();
        assert_eq!(
            (e.reason, e.id.map(RawValue::get)),
            ("name must be a string", Some("\"9\""))
        );
        let e = parse(r#"{"type":"request","name":"a","id":"9"}"#).unwrap_err();
        assert_eq!(e.reason, "a request needs a name, a to and an id");
        assert_eq!(e.name.as_deref(), Some("a"));
        let e = parse(r#"{"type":"telegram","name":"a"}"#).unwrap_err();
        assert!(e.reason.starts_with("type must be"));
        let e = parse(r#"{"type":"request","name":"a","to":"1","id":{}}"#).unwrap_err();
        assert_eq!(e.reason, "id must be a string or a number");
        let e = parse(r#"{"type":"event","name":"a","from":"1","from":"2"}"#).unwrap_err();
        assert_eq!(e.reason, "packet is not valid JSON");
    }

    #[test]
    fn refuses_nesting_bombs_without_recursing() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let text = format!(r#"{{"type":"event","name":"e","from":"1","body":{deep}}}"#);
        assert_eq!(
            parse(&text).unwrap_err().reason,
            "body is nested too deeply (limit 128)"
        );
        let ok = "[".repeat(128) + &"]".repeat(128);
        let text = format!(r#"{{"type":"event","name":"e","from":"1","body":{ok}}}"#);
        assert!(parse(&text).is_ok());
        assert_eq!(json_depth(r#"{"a":"[[[[","b":[{}]}"#), 3);
        let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
        assert!(!deeper_than(&deep(4), 4) && deeper_than(&deep(5), 4));
        assert!(!deeper_than(r#"{"a":"[[[[[[[[[["}"#, 4), "strings skipped");
    }

    #[test]
    fn writes_frames_that_parse_back() {
        let body = RawValue::from_string("{\"k\":[1,2]}".into()).unwrap();
        let frame = FrameWriter::new("request")
            .str("name", "na\"me\n\u{1}")
            .str("to", "4")
            .raw("id", "\"12\"")
            .body(Some(&body))
            .finish();
        let Packet::Request {
            name, to, id, body, ..
        } = parse(&frame).unwrap()
        else {
            panic!()
        };
        assert_eq!((&*name, &*to, id.get()), ("na\"me\n\u{1}", "4", "\"12\""));
        assert_eq!(body.unwrap().get(), "{\"k\":[1,2]}");
        let v: serde_json::Value = serde_json::from_str(&frame).unwrap();
        assert_eq!(v["name"], "na\"me\n\u{1}");
    }

    #[test]
    fn decimals_and_open_fields() {
        for n in [0u64, 7, 10, 1234567890, u64::MAX] {
            let mut s = String::new();
            push_decimal(&mut s, n);
            assert_eq!(s, n.to_string());
        }
        let open = FrameWriter::new("event").str("name", "e").open("body");
        assert_eq!(open + "[1]}", r#"{"type":"event","name":"e","body":[1]}"#);
    }

    #[test]
    fn error_responses_have_the_original_shape() {
        let e = error_response(Some("connect"), SERVER, None, "invalid connect message");
        assert_eq!(
            e,
            r#"{"type":"response","name":"connect","from":"server","error":"invalid connect message"}"#
        );
        let e = error_response(Some("x"), "2", Some("\"5\""), "agent not found");
        assert_eq!(
            e,
            r#"{"type":"response","name":"x","from":"2","id":"5","error":"agent not found"}"#
        );
    }

    /// What the two-pass path makes of a batch: each element's text and
    /// its packet (as Debug text), or None when the frame is not an array.
    fn two_passes(text: &str) -> Option<Vec<(String, String)>> {
        let values = serde_json::from_str::<Vec<&RawValue>>(text).ok()?;
        let each = values
            .iter()
            .map(|v| (v.get().to_string(), format!("{:?}", parse(v.get()))));
        Some(each.collect())
    }

    fn one_pass(text: &str) -> Option<Vec<(String, String)>> {
        let each = parse_batch(text)?.into_iter();
        Some(
            each.map(|r| (r.text.to_string(), format!("{:?}", r.packet)))
                .collect(),
        )
    }

    proptest::proptest! {
        /// A batch read in one pass is read as two passes read it, element
        /// by element, or left to them (None); and nothing that two
        /// passes refuse is read.
        #[test]
        fn a_batch_in_one_pass_reads_as_in_two(
            parts in proptest::collection::vec(proptest::sample::select(&[
                r#"{"type":"chunk","from":"1","id":"2","body":{"pad":"xx"}}"#,
                r#"{"type":"event","name":"e","from":"1","body":[1,{"a":"\\\"]"}],"x":{}}"#,
                r#"{"type":"request","name":"n","to":"3","id":7,"stream":32}"#,
                r#"{"type":"ack","n":5}"#,
                r#"{"type":"chunk","type":"chunk","from":"1","id":"2"}"#,
                r#"{"\u0074ype":"credit","to":"1","id":"2","n":1}"#,
                r#"{"type":"response","from":"1","id":"2","body":"é\u00e9"}"#,
                r#"{}"#, "{", "}", "[", "]", "[]", ",", " ", "\n\t", "\u{a0}", "7", "\"s\"", "null",
                "[{}]", r#"{"a":"#,
            ]), 0..12),
        ) {
            let text = parts.concat();
            let framed = format!("[{text}]");
            for t in [&text, &framed] {
                if let Some(read) = one_pass(t) {
                    proptest::prop_assert_eq!(Some(read), two_passes(t), "{}", t);
                }
            }
        }
    }

    #[test]
    fn a_batch_of_objects_is_read_in_one_pass() {
        let text = " [ {\"type\":\"ack\",\"n\":1} ,{\"type\":\"chunk\",\"from\":\"1\",\"id\":\"2\",\"body\":[1]}\n] ";
        let read = one_pass(text).expect("read in one pass");
        assert_eq!(read.len(), 2);
        assert_eq!(Some(read), two_passes(text));
        assert_eq!(one_pass("[]"), Some(vec![]));
        // Left to two passes: not all objects, or not JSON.
        for other in ["[1]", "[{}, 2]", "[{}", "[{}] x", "[{},]", "{}", "[,{}]"] {
            assert_eq!(one_pass(other), None, "{other}");
        }
    }
}
