//! JSON-RPC 2.0 calls to agents by name, sans I/O: one HTTP body (a request,
//! a notification or a batch of them) becomes a `Call`, which sends each
//! request into a `Session` as a member of it, reads the responses routed
//! back to it, and writes the JSON-RPC answer. The driver (`relay::rpc`)
//! brings the HTTP, the clock and the wake-ups: it calls `route` again when
//! an agent is created, `expire` at the deadline, `shut_down` when the relay
//! stops.
//!
//! `"method": "<agent>.<request>"` is split at its LAST dot: agent names
//! ("com.example.echoer") hold dots more often than request names do.

use super::packet::{self, deeper_than, FrameWriter, Packet, MAX_BODY_DEPTH};
use super::session::{ConnId, Out, Session, Verdict, TOO_MANY_PENDING};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

/// The error codes: JSON-RPC's own, then ours (its "server error" range).
pub mod code {
    /// The body is not JSON.
    pub const PARSE_ERROR: i64 = -32700;
    /// Not a JSON-RPC 2.0 request object, or an empty or too long batch.
    pub const INVALID_REQUEST: i64 = -32600;
    /// The method is not `<agent>.<request>`, or the agent does not handle
    /// that request name.
    pub const METHOD_NOT_FOUND: i64 = -32601;
    /// `params` nested deeper than the relay forwards.
    pub const INVALID_PARAMS: i64 = -32602;
    /// No agent of that name appeared before the deadline.
    pub const NO_AGENT: i64 = -32000;
    /// The agent answered with an error: its text, its body as `data`.
    pub const AGENT_ERROR: i64 = -32001;
    /// The agent did not answer before the deadline.
    pub const TIMEOUT: i64 = -32002;
    /// The agent was destroyed (or its client left) before it answered.
    pub const AGENT_DESTROYED: i64 = -32003;
    /// The call already has `MAX_PENDING_PER_CONNECTION` requests waiting.
    pub const TOO_MANY_REQUESTS: i64 = -32004;
    /// The relay is stopping.
    pub const SHUTTING_DOWN: i64 = -32005;
    /// The answer would pass `MAX_ANSWER` bytes.
    pub const ANSWER_TOO_LARGE: i64 = -32006;
}

/// The most requests and notifications one batch may hold.
pub const MAX_BATCH: usize = 8192;

/// The most bytes of responses one call gathers, as a WebSocket client's
/// outbox holds at most 16 MiB: results past it become errors.
pub const MAX_ANSWER: usize = 16 << 20;

/// What became of one request or notification of a call: the `outcome`
/// label of `ragentsd_rpc_requests_total`, a fixed set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Result,
    ParseError,
    InvalidRequest,
    MethodNotFound,
    InvalidParams,
    NoAgent,
    AgentError,
    Timeout,
    AgentDestroyed,
    TooManyRequests,
    ShuttingDown,
    AnswerTooLarge,
    /// A notification that reached its agent.
    Notified,
    /// A notification with no agent of its name before the deadline.
    NotDelivered,
    /// The caller went away before this was answered.
    Abandoned,
}

impl Outcome {
    pub const ALL: [Outcome; 15] = [
        Outcome::Result,
        Outcome::ParseError,
        Outcome::InvalidRequest,
        Outcome::MethodNotFound,
        Outcome::InvalidParams,
        Outcome::NoAgent,
        Outcome::AgentError,
        Outcome::Timeout,
        Outcome::AgentDestroyed,
        Outcome::TooManyRequests,
        Outcome::ShuttingDown,
        Outcome::AnswerTooLarge,
        Outcome::Notified,
        Outcome::NotDelivered,
        Outcome::Abandoned,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Result => "result",
            Outcome::ParseError => "parse_error",
            Outcome::InvalidRequest => "invalid_request",
            Outcome::MethodNotFound => "method_not_found",
            Outcome::InvalidParams => "invalid_params",
            Outcome::NoAgent => "no_agent",
            Outcome::AgentError => "agent_error",
            Outcome::Timeout => "timeout",
            Outcome::AgentDestroyed => "agent_destroyed",
            Outcome::TooManyRequests => "too_many_requests",
            Outcome::ShuttingDown => "shutting_down",
            Outcome::AnswerTooLarge => "answer_too_large",
            Outcome::Notified => "notified",
            Outcome::NotDelivered => "not_delivered",
            Outcome::Abandoned => "abandoned",
        }
    }
}

#[derive(Debug, PartialEq)]
enum State {
    /// Waiting for an agent of its name.
    Unsent,
    /// Forwarded: waiting for the agent's answer.
    Sent,
    /// Settled, with its response object (none for a notification).
    Done(Outcome, Option<String>),
}

/// One request or notification of the call.
#[derive(Debug)]
struct Entry {
    /// The request's id as raw JSON; None for a notification.
    id: Option<Box<str>>,
    agent: Box<str>,
    name: Box<str>,
    /// Raw JSON: `null` when absent.
    params: Box<str>,
    state: State,
}

/// One HTTP body's worth of JSON-RPC: what it asked and what came of it.
#[derive(Debug)]
pub struct Call {
    entries: Vec<Entry>,
    /// The body was an array: the answer is one too.
    batch: bool,
    /// Ask a lone request's agent for a streamed answer with this credit
    /// (a caller that reads Server-Sent Events).
    stream: Option<u32>,
    /// Bytes of the response objects so far.
    answer_bytes: usize,
}

/// `{"jsonrpc":"2.0","error":{"code":..,"message":..[,"data":..]},"id":..}`;
/// `id` and `data` are raw JSON.
pub fn error_object(id: &str, code: i64, message: &str, data: Option<&str>) -> String {
    let error = FrameWriter::object()
        .raw("code", &code.to_string())
        .str("message", message);
    let error = match data {
        Some(data) => error.raw("data", data),
        None => error,
    };
    FrameWriter::object()
        .str("jsonrpc", "2.0")
        .raw("error", &error.finish())
        .raw("id", id)
        .finish()
}

/// `{"jsonrpc":"2.0","result":..,"id":..}`, both raw JSON.
pub fn result_object(id: &str, result: &str) -> String {
    FrameWriter::object()
        .str("jsonrpc", "2.0")
        .raw("result", result)
        .raw("id", id)
        .finish()
}

/// Present even when `null`: `"id": null` is a request, no `id` a notification.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

#[derive(Deserialize)]
struct Fields<'a> {
    #[serde(borrow, default)]
    jsonrpc: Option<&'a RawValue>,
    #[serde(borrow, default)]
    method: Option<&'a RawValue>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    id: Option<&'a RawValue>,
}

fn invalid(id: &str, why: &str) -> State {
    let message = format!("Invalid Request: {why}");
    State::Done(
        Outcome::InvalidRequest,
        Some(error_object(id, code::INVALID_REQUEST, &message, None)),
    )
}

fn done(id: Option<&str>, outcome: Outcome, code: i64, message: &str) -> State {
    let object = id.map(|id| error_object(id, code, message, None));
    State::Done(outcome, object)
}

/// One element of the body: a request, a notification, or why it is neither.
fn entry(text: &str) -> Entry {
    let mut e = Entry {
        id: Some("null".into()),
        agent: "".into(),
        name: "".into(),
        params: "null".into(),
        state: State::Unsent,
    };
    if !text.trim_start().starts_with('{') {
        e.state = invalid("null", "a request must be a JSON object");
        return e;
    }
    let Ok(f) = serde_json::from_str::<Fields>(text) else {
        e.state = invalid("null", "a member appears twice");
        return e;
    };
    let id = match f.id.map(RawValue::get) {
        None => None,
        Some(id) if matches!(id.as_bytes()[0], b'"' | b'-' | b'0'..=b'9' | b'n') => Some(id),
        Some(_) => {
            e.state = invalid("null", "id must be a string, a number or null");
            return e;
        }
    };
    let reply_to = id.unwrap_or("null");
    e.id = id.map(Into::into);
    let string =
        |raw: Option<&RawValue>| raw.and_then(|r| serde_json::from_str::<String>(r.get()).ok());
    if string(f.jsonrpc).as_deref() != Some("2.0") {
        e.state = invalid(reply_to, "jsonrpc must be \"2.0\"");
        return e;
    }
    let Some(method) = string(f.method) else {
        e.state = invalid(reply_to, "method must be a string");
        return e;
    };
    match method.rsplit_once('.') {
        Some((agent, name)) if !agent.is_empty() && !name.is_empty() => {
            (e.agent, e.name) = (agent.into(), name.into());
        }
        _ => {
            let why = "Method not found: a method is <agent name>.<request name>";
            e.state = done(id, Outcome::MethodNotFound, code::METHOD_NOT_FOUND, why);
            return e;
        }
    }
    if let Some(params) = f.params {
        if deeper_than(params.get(), MAX_BODY_DEPTH) {
            let why = "Invalid params: nested too deeply (limit 128)";
            e.state = done(id, Outcome::InvalidParams, code::INVALID_PARAMS, why);
            return e;
        }
        e.params = params.get().into();
    }
    e
}

impl Call {
    /// Reads an HTTP body. Never fails: what cannot be called is settled at
    /// once with its error.
    pub fn parse(body: &[u8]) -> Call {
        let call = |entries, batch| Call {
            entries,
            batch,
            stream: None,
            answer_bytes: 0,
        };
        let lone = |state| Entry {
            id: Some("null".into()),
            agent: "".into(),
            name: "".into(),
            params: "null".into(),
            state,
        };
        let parse_error = || {
            let object = error_object("null", code::PARSE_ERROR, "Parse error", None);
            call(
                vec![lone(State::Done(Outcome::ParseError, Some(object)))],
                false,
            )
        };
        let Ok(text) = std::str::from_utf8(body) else {
            return parse_error();
        };
        if !text.trim_start().starts_with('[') {
            return match serde_json::from_str::<&RawValue>(text) {
                Ok(one) => call(vec![entry(one.get())], false),
                Err(_) => parse_error(),
            };
        }
        let Ok(elements) = serde_json::from_str::<Vec<&RawValue>>(text) else {
            return parse_error();
        };
        match elements.len() {
            0 => call(vec![lone(invalid("null", "an empty batch"))], false),
            n if n > MAX_BATCH => {
                let why = "a batch holds at most 8192 requests";
                call(vec![lone(invalid("null", why))], false)
            }
            _ => call(elements.iter().map(|e| entry(e.get())).collect(), true),
        }
    }

    /// How many requests and notifications it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn is_batch(&self) -> bool {
        self.batch
    }

    /// Asks a lone request's agent for a streamed answer, granting
    /// `credit` chunks (`grant` more as they are read). A batch is
    /// answered as ever.
    pub fn stream(&mut self, credit: u32) {
        if !self.batch {
            self.stream = Some(credit);
        }
    }

    /// The method of a lone request, for the log.
    pub fn method(&self) -> Option<(&str, &str)> {
        match &self.entries[..] {
            [e] if !self.batch && !e.agent.is_empty() => Some((&e.agent, &e.name)),
            _ => None,
        }
    }

    /// Whether anything still has to reach an agent.
    pub fn has_unsent(&self) -> bool {
        self.entries.iter().any(|e| e.state == State::Unsent)
    }

    /// Every request is answered and every notification forwarded: the
    /// answer can be written.
    pub fn is_settled(&self) -> bool {
        self.entries.iter().all(|e| match e.state {
            State::Unsent => false,
            State::Sent => e.id.is_none(),
            State::Done(..) => true,
        })
    }

    /// Nothing is waiting any more, not even a notification's answer: the
    /// call may leave the session without leaving an agent's answer to
    /// nobody.
    pub fn is_finished(&self) -> bool {
        self.entries
            .iter()
            .all(|e| matches!(e.state, State::Done(..)))
    }

    /// Sends every request whose agent exists now into `session`, as
    /// connection `conn` (which must have joined it). What the session
    /// sends others is pushed to `out`; its answers to `conn` itself (a
    /// refusal) are taken here.
    pub fn route<T>(&mut self, session: &mut Session<T>, conn: ConnId, out: &mut Vec<Out>) {
        for (i, e) in self.entries.iter_mut().enumerate() {
            if e.state != State::Unsent {
                continue;
            }
            let before = out.len();
            let id = i.to_string();
            let (agent, name, stream) = (&e.agent, &e.name, self.stream);
            let verdict = session.request_named(conn, agent, name, &id, &e.params, stream, out);
            e.state = match verdict {
                None => continue,
                Some(Verdict::Done) => State::Sent,
                Some(Verdict::Refused(why) | Verdict::Forbidden(why)) => {
                    // Its error to `conn`: read here, not routed.
                    out.truncate(before);
                    let id = e.id.as_deref();
                    match why {
                        TOO_MANY_PENDING => done(
                            id,
                            Outcome::TooManyRequests,
                            code::TOO_MANY_REQUESTS,
                            TOO_MANY_PENDING,
                        ),
                        _ => done(id, Outcome::NoAgent, code::NO_AGENT, why),
                    }
                }
            };
        }
    }

    /// A packet the session sent to the call's connection: the response to
    /// one of its requests. Anything else is ignored.
    pub fn receive(&mut self, text: &str) {
        let Ok(Packet::Response {
            id, body, error, ..
        }) = packet::parse(text)
        else {
            return;
        };
        let Some(e) = id
            .get()
            .parse::<usize>()
            .ok()
            .and_then(|i| self.entries.get_mut(i))
            .filter(|e| e.state == State::Sent)
        else {
            return;
        };
        let Some(id) = e.id.as_deref() else {
            e.state = State::Done(Outcome::Notified, None);
            return;
        };
        let body = body.map_or("null", RawValue::get);
        let unknown = |error: &str| {
            let name = error.strip_prefix("agent does not handle messages named '");
            name.and_then(|n| n.strip_suffix('\'')) == Some(&*e.name)
        };
        // The relay's own texts (as our client reads them); any other error
        // is the agent's.
        let (outcome, object) = match error.as_deref() {
            None => (Outcome::Result, result_object(id, body)),
            Some(error) => {
                let (outcome, code) = match error {
                    "agent destroyed" => (Outcome::AgentDestroyed, code::AGENT_DESTROYED),
                    TOO_MANY_PENDING => (Outcome::TooManyRequests, code::TOO_MANY_REQUESTS),
                    "agent not found" => (Outcome::NoAgent, code::NO_AGENT),
                    _ if unknown(error) => (Outcome::MethodNotFound, code::METHOD_NOT_FOUND),
                    _ => (Outcome::AgentError, code::AGENT_ERROR),
                };
                let data = Some(body).filter(|b| *b != "null" && code == code::AGENT_ERROR);
                (outcome, error_object(id, code, error, data))
            }
        };
        let (outcome, object) = if self.answer_bytes + object.len() > MAX_ANSWER {
            let message = "answer too large (limit 16 MiB)";
            let object = error_object(id, code::ANSWER_TOO_LARGE, message, None);
            (Outcome::AnswerTooLarge, object)
        } else {
            (outcome, object)
        };
        self.answer_bytes += object.len();
        e.state = State::Done(outcome, Some(object));
    }

    /// The deadline passed: requests with no agent yet fail with
    /// `NO_AGENT`, those sent with `TIMEOUT`; notifications not sent are
    /// dropped. (Sent notifications stay as they are: the driver stops
    /// waiting for their answers too.)
    pub fn expire(&mut self) {
        self.settle_with(|sent| {
            if sent {
                let why = "the agent did not answer in time";
                (Outcome::Timeout, code::TIMEOUT, why)
            } else {
                (Outcome::NoAgent, code::NO_AGENT, "no agent of that name")
            }
        });
    }

    /// The relay stops: whatever waits fails with `SHUTTING_DOWN`.
    pub fn shut_down(&mut self) {
        let why = "relay shutting down";
        self.settle_with(|_| (Outcome::ShuttingDown, code::SHUTTING_DOWN, why));
    }

    fn settle_with(&mut self, failure: impl Fn(bool) -> (Outcome, i64, &'static str)) {
        for e in &mut self.entries {
            let sent = match (&e.state, &e.id) {
                (State::Unsent, None) => {
                    e.state = State::Done(Outcome::NotDelivered, None);
                    continue;
                }
                (State::Unsent, Some(_)) => false,
                (State::Sent, Some(_)) => true,
                _ => continue,
            };
            let (outcome, code, why) = failure(sent);
            let message = match (code, sent) {
                (code::NO_AGENT, false) => format!("no agent named '{}'", e.agent),
                _ => why.to_owned(),
            };
            e.state = done(e.id.as_deref(), outcome, code, &message);
        }
    }

    /// The HTTP body of the answer: None when there is nothing to say (only
    /// notifications), which HTTP says with 204.
    pub fn answer(&self) -> Option<String> {
        let mut objects = self.entries.iter().filter_map(|e| match &e.state {
            State::Done(_, Some(object)) => Some(object.as_str()),
            _ => None,
        });
        if !self.batch {
            return objects.next().map(str::to_owned);
        }
        let first = objects.next()?;
        let mut text = String::with_capacity(self.answer_bytes + 64);
        text.push('[');
        text.push_str(first);
        for object in objects {
            text.push(',');
            text.push_str(object);
        }
        text.push(']');
        Some(text)
    }

    /// What came of each request and notification; one not settled counts
    /// as `Abandoned` (the caller went away), a sent notification as
    /// `Notified`.
    pub fn outcomes(&self) -> impl Iterator<Item = Outcome> + '_ {
        self.entries.iter().map(|e| match (&e.state, &e.id) {
            (State::Done(outcome, _), _) => *outcome,
            (State::Sent, None) => Outcome::Notified,
            _ => Outcome::Abandoned,
        })
    }
}

#[cfg(test)]
#[path = "jsonrpc_tests.rs"]
mod tests;
