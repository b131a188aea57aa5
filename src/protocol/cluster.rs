//! Relays sharing sessions, sans I/O: relay ids, agent ids across relays,
//! the NATS subjects, and the messages relays send each other
//! (docs/CLUSTER.md). The rules that use them are `session`'s.

use super::packet::{push_json_str, FrameWriter};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;

/// A relay's id: 64 random bits made at its start, written as 16 hex digits.
pub type RelayId = u64;

/// The subject every relay's heartbeat goes to.
pub const HEARTBEATS: &str = "ragents.hb";

/// The subject of `hello`s, which every relay hears: a relay with members
/// in the session answers with its agents, one without with `none`, both on
/// the asker's subject, so that the asker knows when it has heard from
/// every relay.
pub const HELLOS: &str = "ragents.hello";

/// How long a session new on a relay waits for the other relays' agents
/// before it answers `getAgents` anyway, ms.
pub const GATHER_MS: u64 = 1000;

/// How often a relay says it is alive, ms.
pub const HEARTBEAT_MS: u64 = 1000;

/// A relay unheard for this long is dead, ms: its agents are destroyed for
/// everyone, and requests waiting on them fail.
pub const DEAD_AFTER_MS: u64 = 3000;

/// What a relay in a cluster needs to know of itself for one session.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub me: RelayId,
    /// The session's name on NATS: a hash of its key (NATS never sees a key).
    pub hash: String,
    /// This life of the session on this relay (the relay counts them from
    /// 1): its agents' ids and its requests' numbers are this life's alone,
    /// so that nothing meant for an earlier life of the same key (a late
    /// response, a stale id) reaches this one.
    pub epoch: u64,
}

impl Node {
    /// What the ids of this relay's agents begin with: `<relay>.<epoch>.`.
    pub fn prefix(&self) -> String {
        format!("{}.{}.", hex(self.me), self.epoch)
    }

    /// The first number of this life's requests to other relays.
    pub fn first_request(&self) -> u64 {
        (self.epoch << 32) | 1
    }
}

pub fn hex(relay: RelayId) -> String {
    format!("{relay:016x}")
}

fn parse_hex(text: &str) -> Option<RelayId> {
    let hex = text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit());
    hex.then(|| RelayId::from_str_radix(text, 16).ok())
        .flatten()
}

/// The subject of a relay: everything other relays say to it about their
/// sessions (but `hello`), so that what one relay says to another arrives
/// in the order it was said: an agent's creation, its events, its end;
/// requests, and the interest that came before them.
pub fn relay_subject(relay: RelayId) -> String {
    format!("ragents.r.{}", hex(relay))
}

/// The reply subject of request `n` of session `hash` sent to another
/// relay: nothing is published to it, but when no relay listens on the
/// subject the request went to, NATS says so there ("no responders"),
/// and the request fails at once instead of waiting for its timeout.
pub fn unanswered_subject(me: RelayId, hash: &str, n: u64) -> String {
    format!("ragents.nr.{}.{hash}.{n}", hex(me))
}

/// What `unanswered_subject`s of relay `me` match.
pub fn unanswered_subjects(me: RelayId) -> String {
    format!("ragents.nr.{}.>", hex(me))
}

/// The session's hash and the request of an `unanswered_subject`.
pub fn unanswered(subject: &str) -> Option<(&str, u64)> {
    let rest = subject.strip_prefix("ragents.nr.")?;
    let mut parts = rest.split('.');
    let (_, hash, n) = (parts.next()?, parts.next()?, parts.next()?);
    Some((hash, n.parse().ok()?)).filter(|_| parts.next().is_none())
}

/// The error of a request whose agent's relay could not be reached.
pub const UNREACHABLE: &str = "agent unreachable";

/// The relay that made agent id `id` (`<relay>.<epoch>.<n>`).
pub fn owner_of(id: &str) -> Option<RelayId> {
    let (relay, rest) = id.split_once('.')?;
    let (epoch, n) = rest.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(epoch) && digits(n))
        .then(|| parse_hex(relay))
        .flatten()
}

/// A heartbeat's payload names its relay.
pub fn heartbeat_from(payload: &[u8]) -> Option<RelayId> {
    parse_hex(std::str::from_utf8(payload).ok()?)
}

/// A message between relays, as read: `op` says which, and which fields
/// it has. Every one but `hello` goes to one relay, on its subject.
///
/// | op | fields |
/// |---|---|
/// | `hello` | `relay`, `s`, on `ragents.hello`: every relay answers, `agents` or `none` |
/// | `agents` | `relay`, `s`, `agents`: all of them, so missing ones are gone; `everything`: whether a member of the sender hears every event; `listening`: the pairs (`[id, name]`, name null for every event) of the recipient's agents that members of the sender listen to, all of them |
/// | `none` | `relay`, `s`: no member of the session there (so no agent, no interest) |
/// | `created` | `relay`, `s`, `agent` (`{"id","name","title"}`) |
/// | `destroyed` | `relay`, `s`, `id` |
/// | `everything` | `relay`, `s`, `everything`: whether a member of the sender hears every event now |
/// | `listen`, `unlisten` | `relay`, `s`, `id` (an agent of the recipient's), `name` (none: every event): whether a member of the sender listens to it now |
/// | `event` | `relay`, `s`, `body`: an event of the sender's agent, as its client sent it, for a relay that hears it |
/// | `request` | `relay` (the caller's), `s`, `n`, `to`, `name`, `body` |
/// | `cancel` | `relay` (the caller's), `s`, `ns`: requests whose caller left, or that timed out |
/// | `response` | `relay` (the owner's), `s`, `n`, `from`, `name`, `body`, `error` |
/// | `chunk` | `relay` (the owner's), `s`, `n`, `from`, `body` |
/// | `credit` | `relay` (the caller's), `s`, `n`, `stream` |
#[derive(Deserialize, Debug)]
pub struct Msg<'a> {
    #[serde(borrow)]
    pub op: Cow<'a, str>,
    #[serde(borrow)]
    relay: Cow<'a, str>,
    /// The session's hash, on a relay's subject.
    #[serde(borrow, default)]
    pub s: Option<Cow<'a, str>>,
    #[serde(default)]
    pub n: Option<u64>,
    /// The requests a `cancel` is for.
    #[serde(default)]
    pub ns: Option<Vec<u64>>,
    #[serde(borrow, default)]
    pub agents: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    pub agent: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub to: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub from: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub body: Option<&'a RawValue>,
    #[serde(borrow, default)]
    pub error: Option<Cow<'a, str>>,
    /// A request's caller's `timeout`, ms.
    #[serde(default)]
    pub timeout: Option<u32>,
    /// A request that asks for a stream: the caller's credit; a `credit`:
    /// how many more.
    #[serde(default)]
    pub stream: Option<u32>,
    /// Whether a member of the sender hears every event.
    #[serde(default)]
    pub everything: Option<bool>,
    /// The pairs of the recipient's agents that members of the sender
    /// listen to: agent id, event name (none: every event).
    #[serde(default)]
    pub listening: Option<Vec<(String, Option<String>)>>,
}

impl Msg<'_> {
    /// The relay that sent it.
    pub fn relay(&self) -> Option<RelayId> {
        parse_hex(&self.relay)
    }
}

/// Reads a message between relays; None when it is not one.
pub fn parse(payload: &str) -> Option<Msg<'_>> {
    let msg: Msg = serde_json::from_str(payload).ok()?;
    msg.relay().map(|_| msg)
}

fn message(op: &str, me: RelayId) -> FrameWriter {
    FrameWriter::object().str("op", op).str("relay", &hex(me))
}

/// The question of a relay new in session `hash`.
pub fn hello(me: RelayId, hash: &str) -> String {
    message("hello", me).str("s", hash).finish()
}

/// `agents`: the list of all this relay's agents in session `hash` (each
/// `{"id",..}`), whether a member here hears every event, and the pairs of
/// the recipient's agents that members here listen to.
pub fn directory<'a>(
    me: RelayId,
    hash: &str,
    agents: impl Iterator<Item = &'a str>,
    everything: bool,
    listening: &[(String, Option<&str>)],
) -> String {
    let mut text = message("agents", me)
        .str("s", hash)
        .raw("everything", bool_text(everything))
        .open("listening");
    text.push('[');
    for (i, (id, name)) in listening.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push('[');
        push_json_str(&mut text, id);
        text.push(',');
        match name {
            Some(name) => push_json_str(&mut text, name),
            None => text.push_str("null"),
        }
        text.push(']');
    }
    text.push_str("],\"agents\":[");
    for (i, info) in agents.enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(info);
    }
    text.push_str("]}");
    text
}

fn bool_text(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Whether a member of this relay hears every event of session `hash` now.
pub fn everything(me: RelayId, hash: &str, everything: bool) -> String {
    message("everything", me)
        .str("s", hash)
        .raw("everything", bool_text(everything))
        .finish()
}

/// Whether a member of this relay listens (`listens`) to event `name`
/// (none: every event) of the recipient's agent `id` now.
pub fn listen(me: RelayId, hash: &str, listens: bool, id: &str, name: Option<&str>) -> String {
    let op = if listens { "listen" } else { "unlisten" };
    message(op, me)
        .str("s", hash)
        .str("id", id)
        .opt_str("name", name)
        .finish()
}

/// An event of this relay's agent (`packet`, as its client sent it), for a
/// relay with a member that hears it.
pub fn event(me: RelayId, hash: &str, packet: &str) -> String {
    message("event", me)
        .str("s", hash)
        .raw("body", packet)
        .finish()
}

/// The answer to a `hello` of a relay with no member of session `hash`.
pub fn none(me: RelayId, hash: &str) -> String {
    message("none", me).str("s", hash).finish()
}

/// The requests `ns` of session `hash` that this relay sent have no one
/// waiting for them any more: the owner's relay may forget them.
/// `why` (when not plain `cancelled`) is what their agents are told.
pub fn cancel(me: RelayId, hash: &str, ns: &[u64], why: &str) -> String {
    let list: Vec<String> = ns.iter().map(u64::to_string).collect();
    let list = format!("[{}]", list.join(","));
    message("cancel", me)
        .str("s", hash)
        .raw("ns", &list)
        .str("error", why)
        .finish()
}

/// One chunk, from agent `from`, of the streamed answer to request `n` of
/// the caller's relay.
pub fn chunk(me: RelayId, hash: &str, n: u64, from: &str, body: Option<&RawValue>) -> String {
    message("chunk", me)
        .str("s", hash)
        .raw("n", &n.to_string())
        .str("from", from)
        .body(body)
        .finish()
}

/// The caller of this relay's streamed request `n` grants `more` chunks.
pub fn credit(me: RelayId, hash: &str, n: u64, more: u32) -> String {
    message("credit", me)
        .str("s", hash)
        .raw("n", &n.to_string())
        .raw("stream", &more.to_string())
        .finish()
}

pub fn created(me: RelayId, hash: &str, info: &str) -> String {
    message("created", me)
        .str("s", hash)
        .raw("agent", info)
        .finish()
}

pub fn destroyed(me: RelayId, hash: &str, id: &str) -> String {
    message("destroyed", me)
        .str("s", hash)
        .str("id", id)
        .finish()
}

/// A request to another relay's agent `to`, which that relay answers with
/// `n` (the caller's relay's id for it). `body` is raw JSON; `timeout` and
/// `stream`, the caller's deadline (ms) and credit, if it gave them.
pub fn request(
    me: RelayId,
    hash: &str,
    n: u64,
    (to, name, body): (&str, &str, &str),
    (timeout, stream): (Option<u32>, Option<u32>),
) -> String {
    let mut w = message("request", me)
        .str("s", hash)
        .raw("n", &n.to_string())
        .str("to", to)
        .str("name", name)
        .raw("body", body);
    if let Some(ms) = timeout {
        w = w.raw("timeout", &ms.to_string());
    }
    if let Some(credit) = stream {
        w = w.raw("stream", &credit.to_string());
    }
    w.finish()
}

/// `agent not found`, the answer to `request` (from another relay) for
/// an agent this relay does not have: (the asker's subject, payload).
pub fn not_found(me: RelayId, request: &Msg) -> Option<(String, String)> {
    let (relay, n) = (request.relay()?, request.n?);
    let (hash, to) = (request.s.as_deref(), request.to.as_deref());
    let name = request.name.as_deref().unwrap_or_default();
    let error = Some("agent not found");
    let answer = response(me, hash?, n, to.unwrap_or_default(), name, None, error);
    Some((relay_subject(relay), answer))
}

/// What a relay with no member in a session answers a message about it
/// (its session there ended, or the sender thinks it has one): `agent not
/// found` to a request, and `none` to anything but a `none`, so that the
/// sender forgets it for that session. (subject, payload) each.
pub fn no_session(me: RelayId, msg: &Msg) -> Vec<(String, String)> {
    let mut answers: Vec<(String, String)> = not_found(me, msg)
        .filter(|_| msg.op == "request")
        .into_iter()
        .collect();
    if let (Some(relay), Some(hash), false) = (msg.relay(), msg.s.as_deref(), msg.op == "none") {
        answers.push((relay_subject(relay), none(me, hash)));
    }
    answers
}

/// The answer to request `n` of another relay, from agent `from`.
pub fn response(
    me: RelayId,
    hash: &str,
    n: u64,
    from: &str,
    name: &str,
    body: Option<&RawValue>,
    error: Option<&str>,
) -> String {
    message("response", me)
        .str("s", hash)
        .raw("n", &n.to_string())
        .str("from", from)
        .str("name", name)
        .body(body)
        .opt_str("error", error)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_ids_name_their_relay() {
        let node = Node {
            me: 0xab,
            hash: "h".into(),
            epoch: 2,
        };
        let id = format!("{}7", node.prefix());
        assert_eq!(id, "00000000000000ab.2.7");
        assert_eq!(owner_of(&id), Some(0xab));
        let bad = [
            "7",
            "ab.1.7",
            "00000000000000ab.7",
            "00000000000000ab.1.",
            "0000000000000zab.1.7",
        ];
        for bad in bad {
            assert_eq!(owner_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn messages_read_back() {
        let text = response(1, "h", 9, "x.1", "n\"", None, Some("no"));
        let msg = parse(&text).unwrap();
        let read = (msg.op.as_ref(), msg.relay(), msg.n);
        assert_eq!(read, ("response", Some(1), Some(9)));
        assert_eq!(msg.name.as_deref(), Some("n\""));
        assert_eq!(msg.error.as_deref(), Some("no"));
        let agents = [r#"{"id":"a"}"#, r#"{"id":"b"}"#].into_iter();
        let listening = [("x.1".to_owned(), Some("n\"")), ("x.2".to_owned(), None)];
        let text = directory(2, "h", agents, true, &listening);
        let msg = parse(&text).unwrap();
        let agents: Vec<&str> = msg.agents.unwrap().iter().map(|a| a.get()).collect();
        assert_eq!(agents, [r#"{"id":"a"}"#, r#"{"id":"b"}"#]);
        assert_eq!(msg.everything, Some(true));
        let pairs = [("x.1".into(), Some("n\"".into())), ("x.2".into(), None)];
        assert_eq!(msg.listening.as_deref(), Some(&pairs[..]));
        let text = listen(2, "h", false, "x.1", None);
        let msg = parse(&text).unwrap();
        assert_eq!(
            (msg.op.as_ref(), msg.id.as_deref()),
            ("unlisten", Some("x.1"))
        );
        assert_eq!(msg.name, None);
        let packet = r#"{"type":"event","name":"n","from":"x.1","body":[1]}"#;
        let text = event(2, "h", packet);
        let msg = parse(&text).unwrap();
        assert_eq!(msg.body.map(|b| b.get()), Some(packet));
        let text = hello(3, "h");
        let hello = parse(&text).unwrap();
        assert_eq!(
            (hello.op.as_ref(), hello.s.as_deref()),
            ("hello", Some("h"))
        );
        let bad = r#"{"op":"hello","relay":"me"}"#;
        assert!(parse(bad).is_none(), "a relay id is 16 hex digits");
        assert!(parse("e{}").is_none());
        let subject = unanswered_subject(3, "abc", 12);
        assert_eq!(unanswered(&subject), Some(("abc", 12)));
        assert_eq!(unanswered("ragents.nr.x.abc.12.3"), None);
    }
}
