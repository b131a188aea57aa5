//! Frames read as `serde_json` values, for the native drivers (the Rust
//! client, and the tests' world): each packet's envelope for the core, its
//! body a value. The browser's driver reads its own way (`client::driver`).

use super::Incoming;
use serde_json::Value;

/// The packets of a frame (one, or a batch): those that are not a packet
/// the client knows, or lack a field it needs, are left out.
pub fn read_frame(text: &str) -> Vec<Incoming<Value>> {
    match serde_json::from_str(text) {
        Ok(Value::Array(packets)) => {
            // What a chunk weighs, for its stream's window: its share.
            let size = text.len() / packets.len().max(1);
            packets.into_iter().filter_map(|p| read(p, size)).collect()
        }
        Ok(packet) => read(packet, text.len()).into_iter().collect(),
        Err(_) => Vec::new(),
    }
}

fn read(mut v: Value, size: usize) -> Option<Incoming<Value>> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    // A request's or a credit's id, echoed as it came.
    let raw_id = |v: &Value| {
        v.get("id")
            .filter(|id| id.is_string() || id.is_number())
            .map(Value::to_string)
    };
    // A whole number from 0 (a fraction dropped, as the browser's reader).
    let count = |v: &Value, k: &str| {
        let n = v.get(k)?.as_f64().filter(|n| *n >= 0.0)?;
        Some(n as u64)
    };
    let small = |n: Option<u64>| n.filter(|n| *n >= 1).map(|n| n.min(u32::MAX as u64) as u32);
    let body = v.get_mut("body").map(Value::take).unwrap_or(Value::Null);
    Some(match v.get("type")?.as_str()? {
        "request" => Incoming::Request {
            to: s(&v, "to")?,
            name: s(&v, "name")?,
            id: raw_id(&v)?,
            timeout: small(count(&v, "timeout")),
            stream: small(count(&v, "stream")),
            body,
        },
        "response" => Incoming::Response {
            from: s(&v, "from").unwrap_or_default(),
            name: s(&v, "name"),
            id: s(&v, "id"),
            error: error_text(v.get("error")),
            body,
        },
        "event" => Incoming::Event {
            from: s(&v, "from")?,
            name: s(&v, "name")?,
            body,
        },
        "chunk" => Incoming::Chunk {
            from: s(&v, "from")?,
            id: s(&v, "id"),
            size: size as u32,
            body,
        },
        "credit" => Incoming::Credit {
            to: s(&v, "to")?,
            id: raw_id(&v)?,
            n: count(&v, "n")?.min(u32::MAX as u64) as u32,
        },
        "cancel" => Incoming::Cancel {
            to: s(&v, "to")?,
            id: raw_id(&v)?,
            error: s(&v, "error"),
        },
        "ack" => Incoming::Ack(count(&v, "n")?),
        _ => return None,
    })
}

/// A response's `error` as the browser client reads it: none when falsy, a
/// string as itself, an object's string `message`; anything else is its
/// JSON text here (the browser's is `String(error)`, `[object Object]`).
fn error_text(error: Option<&Value>) -> Option<String> {
    match error? {
        Value::Null | Value::Bool(false) => None,
        Value::String(s) if s.is_empty() => None,
        Value::Number(n) if n.as_f64() == Some(0.0) => None,
        Value::String(s) => Some(s.clone()),
        other => Some(match other.get("message").and_then(Value::as_str) {
            Some(m) => m.to_owned(),
            None => other.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_packets_and_batches_and_leaves_out_the_rest() {
        let batch = r#"[{"type":"event","from":"a","name":"e","body":[1]},{"type":"nope"},{"type":"response","from":"server","id":"s.1","error":{"message":"m"}},3]"#;
        let read = read_frame(batch);
        assert_eq!(read.len(), 2);
        assert!(
            matches!(&read[0], Incoming::Event { name, body, .. } if name == "e" && *body == serde_json::json!([1]))
        );
        assert!(matches!(&read[1], Incoming::Response { error: Some(e), .. } if e == "m"));
        let request = r#"{"type":"request","to":"a","name":"n","id":7,"timeout":100,"stream":0}"#;
        assert!(
            matches!(&read_frame(request)[..], [Incoming::Request { id, timeout: Some(100), stream: None, .. }] if id == "7")
        );
        assert!(read_frame("{").is_empty() && read_frame(r#"{"type":"request"}"#).is_empty());
        for (error, text) in [
            ("null", None),
            ("0", None),
            ("\"\"", None),
            ("\"x\"", Some("x")),
            ("{}", Some("{}")),
        ] {
            let frame = format!(r#"{{"type":"response","id":"1","error":{error}}}"#);
            assert!(
                matches!(&read_frame(&frame)[..], [Incoming::Response { error, .. }] if error.as_deref() == text),
                "{error}"
            );
        }
    }
}
