//! The `connect` handshake's packets: the request read (its key, token,
//! extensions asked for), and the answers written.

use crate::protocol::packet::{self, error_response, FrameWriter, Packet, SERVER};
use serde::Deserialize;
use serde_json::value::RawValue;

/// A valid `connect` request: the first frame of a connection.
#[derive(Debug, PartialEq)]
pub struct Connect {
    /// A non-empty string (or a number, as 1.0.0 accepted any truthy key).
    pub key: String,
    /// The request's id, raw JSON, for the answer.
    pub id: String,
    /// The client asked (`"batch": true`) to send and receive several
    /// packets per frame, as a JSON array of packets.
    pub batch: bool,
    /// The client asked (`"cancel": true`) for the calls of the second
    /// generation: requests with a `timeout` the relay enforces, and
    /// `cancel` packets both ways.
    pub cancel: bool,
    /// The client asked (`"streams": true`) for streamed answers: requests
    /// with `"stream"`, chunks and credit (it asks for `cancel` too).
    pub streams: bool,
    /// The client asked (`"interest": true`) to be sent only the events it
    /// listens to (`listen`, `unlisten`), and to be told who hears its
    /// agents' events.
    pub interest: bool,
    /// What it asked of resuming.
    pub resume: Resume,
    /// A signed token beside the key (`"token"`), for a relay that asks for
    /// them: then the key names the session, and the token must be for it.
    pub token: Option<String>,
}

/// What a `connect` asked of resuming (`"resume"` in its body).
#[derive(Debug, PartialEq)]
pub enum Resume {
    /// Nothing (1.0.0 clients).
    No,
    /// `"resume": true`: a resumable connection, with a token for later.
    Offer,
    /// `"resume": TOKEN, "acked": N`: the place of the connection that
    /// token was given to, which received N packets from the relay.
    Token(String, u64),
}

/// The resuming part of the answer to `connect`.
pub struct Resumable<'a> {
    /// The token for the next resume of this connection.
    pub token: &'a str,
    /// How long the relay keeps a lost connection's place, ms.
    pub grace_ms: u64,
    /// Resumed: the packets the relay had received from the old socket.
    pub resumed: Option<u64>,
}

/// The first frame of a connection, when it is a valid `connect` request.
pub fn parse_connect(text: &str) -> Option<Connect> {
    #[derive(Deserialize)]
    struct Body<'a> {
        #[serde(borrow)]
        key: Option<&'a RawValue>,
        batch: Option<serde_json::Value>,
        cancel: Option<serde_json::Value>,
        streams: Option<serde_json::Value>,
        interest: Option<serde_json::Value>,
        resume: Option<serde_json::Value>,
        acked: Option<serde_json::Value>,
        token: Option<serde_json::Value>,
    }
    let Ok(Packet::Request {
        name, to, id, body, ..
    }) = packet::parse(text)
    else {
        return None;
    };
    if name != "connect" || to != SERVER {
        return None;
    }
    let body: Body = serde_json::from_str(body?.get()).ok()?;
    let key = match serde_json::from_str::<serde_json::Value>(body.key?.get()).ok()? {
        serde_json::Value::String(s) if !s.is_empty() => s,
        serde_json::Value::Number(n) if n.as_f64() != Some(0.0) => n.to_string(),
        _ => return None,
    };
    Some(Connect {
        key,
        id: id.get().to_owned(),
        batch: body.batch == Some(serde_json::Value::Bool(true)),
        cancel: body.cancel == Some(serde_json::Value::Bool(true)),
        streams: body.streams == Some(serde_json::Value::Bool(true)),
        interest: body.interest == Some(serde_json::Value::Bool(true)),
        resume: match body.resume {
            Some(serde_json::Value::Bool(true)) => Resume::Offer,
            // An `acked` that is not a count cannot resume exactly: fresh.
            Some(serde_json::Value::String(token)) => match body.acked.map(|a| a.as_u64()) {
                Some(Some(acked)) => Resume::Token(token, acked),
                _ => Resume::Offer,
            },
            _ => Resume::No,
        },
        token: match body.token {
            Some(serde_json::Value::String(token)) => Some(token),
            _ => None,
        },
    })
}

/// What the relay agreed to, of what a `connect` asked.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Agreed {
    pub batch: bool,
    pub cancel: bool,
    pub streams: bool,
    pub interest: bool,
}

/// The answer to a valid `connect`: its body is `null` for a 1.0.0 client;
/// `"batch":true` when the client asked for batches (the relay then takes
/// them, and sends them); `"cancel":true` when it asked for cancels and
/// timeouts; `"streams"` and `"interest"` likewise; `"resume"` (the
/// token), `"grace"` (ms) and, when the place of a lost connection was taken
/// over, `"resumed":true` and `"acked"` (what the relay had received of it).
pub fn connect_accepted(raw_id: &str, agreed: Agreed, resume: Option<Resumable>) -> String {
    let w = FrameWriter::new("response")
        .str("name", "connect")
        .str("from", SERVER)
        .raw("id", raw_id);
    if agreed == Agreed::default() && resume.is_none() {
        return w.raw("body", "null").finish();
    }
    let mut body = FrameWriter::object();
    if agreed.batch {
        body = body.raw("batch", "true");
    }
    if agreed.cancel {
        body = body.raw("cancel", "true");
    }
    if agreed.streams {
        body = body.raw("streams", "true");
    }
    if agreed.interest {
        body = body.raw("interest", "true");
    }
    if let Some(r) = resume {
        body = body
            .str("resume", r.token)
            .raw("grace", &r.grace_ms.to_string());
        if let Some(acked) = r.resumed {
            body = body.raw("resumed", "true").raw("acked", &acked.to_string());
        }
    }
    w.raw("body", &body.finish()).finish()
}

/// The answer to anything else as a first frame (then the socket is closed).
pub const CONNECT_REFUSED_REASON: &str = "invalid connect message";

pub fn connect_refused() -> String {
    error_response(Some("connect"), SERVER, None, CONNECT_REFUSED_REASON)
}
