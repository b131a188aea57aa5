//! JSON-RPC 2.0 over HTTP: `POST /rpc/<session key>` calls the agents of
//! that session by name. The rules (parsing, routing, answers) are the
//! sans-IO `protocol::jsonrpc::Call`; this drives one: it checks the HTTP
//! head (`check_head`), joins the session as a member of its own (so the
//! session's rules hold for it as for any connection: its request ids are
//! the relay's, its requests count against the pending cap, and leaving
//! forgets them), routes again whenever an agent is created, and answers
//! when everything is settled, at the deadline, or when the relay stops.
//! A caller that goes away is forgotten.
//!
//! A caller that accepts `text/event-stream` is answered as Server-Sent
//! Events: its lone request asks for a streamed answer, each chunk is an
//! event `chunk` (and credit for one more once it is written), then the
//! JSON-RPC response is an event `response`. A caller that disconnects
//! mid-stream leaves the session, which cancels its call at the agent.
//!
//! Its log: one info line per call (peer, session hash, method, outcome,
//! status, duration); params and results only at trace.

use super::config::Config;
use super::connection::session_tag;
use super::metrics::RpcStatus;
use super::sessions::Relay;
use super::shared::{deliver, Member, Shared};
use crate::protocol::jsonrpc::{Call, Outcome};
use crate::protocol::packet::{self, Packet};
use crate::protocol::session::{Agreed, ConnId, Create};
use serde_json::value::RawValue;
use std::io::ErrorKind;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, watch};
use tokio::time::Sleep;
use tracing::{info, trace, Level};

/// How long a call waits (for its agents, then their answers) unless it
/// says otherwise with `?timeout=MS`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest `?timeout=MS` honoured; longer ones are cut to it.
pub const MAX_TIMEOUT: Duration = Duration::from_secs(300);
/// How long a caller has to take its answer.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// The path's prefix; the session key follows.
pub const PREFIX: &str = "/rpc/";

/// A call whose head passed `check_head` and whose body has been read.
pub struct HttpCall {
    pub key: String,
    pub timeout: Duration,
    pub body: Vec<u8>,
    /// It accepts `text/event-stream`: answered as Server-Sent Events.
    pub sse: bool,
}

/// The chunks a caller reading Server-Sent Events grants at first; one more
/// is granted as each is written to it.
const SSE_CREDIT: u32 = 32;

/// What a valid head asks for: the body is still to be read.
#[derive(Debug, PartialEq)]
pub struct Head {
    pub key: String,
    pub timeout: Duration,
    /// The body's length (Content-Length).
    pub length: usize,
}

/// Why a request for `/rpc/...` is refused before its body is read.
#[derive(Debug, PartialEq)]
pub struct Refused {
    pub status: RpcStatus,
    pub why: &'static str,
}

/// Checks the head of a request for `/rpc/<key>`: `key` as the path has it
/// (percent-encoded), `query` what follows `?`, `lengths` every
/// Content-Length header, `chunked` whether a Transfer-Encoding was given,
/// `max` the largest body taken (`--max-frame`).
pub fn check_head(
    method: &str,
    key: &str,
    query: Option<&str>,
    lengths: &[&str],
    chunked: bool,
    max: usize,
) -> Result<Head, Refused> {
    let refuse = |status, why| Err(Refused { status, why });
    if method != "POST" {
        return refuse(RpcStatus::MethodNotAllowed, "POST only");
    }
    if chunked {
        let why = "a body needs a Content-Length (chunked bodies are not accepted)";
        return refuse(RpcStatus::LengthRequired, why);
    }
    let Some(first) = lengths.first() else {
        return refuse(RpcStatus::LengthRequired, "a body needs a Content-Length");
    };
    let digits = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit());
    if !lengths
        .iter()
        .all(|l| digits(l.trim()) && l.trim() == first.trim())
    {
        return refuse(RpcStatus::BadRequest, "a bad Content-Length");
    }
    let length = match first.trim().parse::<usize>() {
        Ok(n) if n <= max => n,
        _ => return refuse(RpcStatus::TooLarge, "the body is larger than --max-frame"),
    };
    let Some(key) = percent_decode(key).filter(|k| !k.is_empty()) else {
        return refuse(
            RpcStatus::BadRequest,
            "no session key, or a badly encoded one",
        );
    };
    let mut timeout = DEFAULT_TIMEOUT;
    for pair in query.unwrap_or("").split('&') {
        if let Some(ms) = pair.strip_prefix("timeout=") {
            let Some(ms) = Some(ms).filter(|m| digits(m)).and_then(|m| m.parse().ok()) else {
                return refuse(RpcStatus::BadRequest, "timeout is a number of milliseconds");
            };
            timeout = Duration::from_millis(ms).min(MAX_TIMEOUT);
        }
    }
    Ok(Head {
        key,
        timeout,
        length,
    })
}

/// With a secret (`--secret-file`), a call needs a signed token: as the
/// path's key, or as `Authorization: Bearer TOKEN` with the path naming the
/// token's session. The head then names the session the token grants.
pub fn authorize(config: &Config, mut head: Head, bearer: Option<&str>) -> Result<Head, Refused> {
    let Some(auth) = &config.auth else {
        return Ok(head);
    };
    let checked = match bearer {
        Some(token) => auth.check(token.trim(), Some(&head.key)),
        None => auth.check(&head.key, None),
    };
    match checked {
        Ok(grant) => {
            head.key = grant.session;
            Ok(head)
        }
        Err(denied) => Err(Refused {
            status: RpcStatus::Unauthorized,
            why: denied.why(),
        }),
    }
}

/// `%XX` escapes decoded (`+` stays `+`: this is a path, not a form);
/// None when an escape is broken or the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let (bytes, mut out, mut i) = (text.as_bytes(), Vec::with_capacity(text.len()), 0);
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let digit = |b: u8| (b as char).to_digit(16);
            out.push((digit(hex[0])? * 16 + digit(hex[1])?) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Counts and logs a call refused before its body was read (one without a
/// valid token also as the refusal reason `token`).
pub fn refused(relay: &Relay, peer: SocketAddr, refused: &Refused) {
    relay.metrics.rpc_call(refused.status);
    if refused.status == RpcStatus::Unauthorized {
        relay.metrics.refused(super::metrics::Refusal::Token);
    }
    let status = refused.status.label();
    info!(%peer, %status, "rpc refused: {}", refused.why);
}

/// Runs one call to its answer, then leaves its session.
pub async fn serve(
    mut stream: TcpStream,
    peer: SocketAddr,
    call: HttpCall,
    relay: &Relay,
    mut shutdown: watch::Receiver<bool>,
) {
    let started = Instant::now();
    let tag = session_tag(&call.key);
    if tracing::enabled!(Level::TRACE) {
        let body = String::from_utf8_lossy(&call.body);
        trace!(%peer, session = %tag, "rpc body: {body}");
    }
    let HttpCall {
        key,
        timeout,
        body,
        sse,
    } = call;
    let mut core = Call::parse(&body);
    if sse {
        core.stream(SSE_CREDIT);
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
        if write_to(&stream, head.as_bytes()).await.is_err() {
            return record(relay, peer, &tag, &core, RpcStatus::Gone, started);
        }
    }
    drop(body); // what it needs is copied: not held while the call waits
    let sleep = tokio::time::sleep(timeout);
    tokio::pin!(sleep);
    let mut joined = None;
    let mut gone = false;
    if core.has_unsent() {
        let (sender, mut inbox) = mpsc::unbounded_channel();
        let conn = relay.next_conn.fetch_add(1, Relaxed);
        // A call only calls: it creates no agent, and hears no event (it
        // agrees to interest, and listens to none).
        let agreed = Agreed {
            interest: true,
            ..Agreed::default()
        };
        let session = relay.join(&key, conn, Member::Call(sender), Create::Never, agreed);
        let waiting = Waiting {
            stream: &stream,
            conn,
            session: &session,
            inbox: &mut inbox,
            sse,
        };
        gone = waiting
            .settle(&mut core, sleep.as_mut(), &mut shutdown)
            .await;
        joined = Some((conn, session, inbox));
    }
    let status = if gone {
        RpcStatus::Gone
    } else {
        let answer = core.answer();
        if tracing::enabled!(Level::TRACE) {
            let text = answer.as_deref().unwrap_or("");
            trace!(%peer, session = %tag, "rpc answer: {text}");
        }
        let status = match answer {
            Some(_) => RpcStatus::Ok,
            None => RpcStatus::NoContent,
        };
        let written = match sse {
            true => write_event_answer(&mut stream, answer).await,
            false => tokio::time::timeout(WRITE_TIMEOUT, write_answer(&mut stream, answer))
                .await
                .unwrap_or_else(|_| Err(ErrorKind::TimedOut.into())),
        };
        match written {
            Ok(()) => status,
            Err(_) => RpcStatus::Gone,
        }
    };
    drop(stream);
    // Logged and counted as the caller sees it: a sent notification is
    // `notified` whether or not its agent's answer comes later.
    record(relay, peer, &tag, &core, status, started);
    if let Some((conn, session, mut inbox)) = joined {
        if !gone {
            // Notifications' answers, which nobody reads, are waited for
            // (until the deadline) so that they are not refused as late.
            linger(&mut core, &mut inbox, sleep.as_mut(), &mut shutdown).await;
        }
        relay.leave(&key, conn, &session);
    }
}

/// The call's metrics and its info line.
fn record(
    relay: &Relay,
    peer: SocketAddr,
    tag: &str,
    core: &Call,
    status: RpcStatus,
    started: Instant,
) {
    relay.metrics.rpc_call(status);
    for outcome in core.outcomes() {
        relay.metrics.rpc_request(outcome);
    }
    let method = match core.method() {
        Some((agent, name)) => shorten(&format!("{agent}.{name}"), 80),
        None if core.is_batch() => "(batch)".to_owned(),
        None => "-".to_owned(),
    };
    info!(
        %peer,
        session = %tag,
        method = ?method,
        requests = core.len(),
        outcome = %summary(core),
        status = %status.label(),
        duration_ms = started.elapsed().as_millis() as u64,
        "rpc"
    );
}

/// At most `max` bytes of `text` (cut at a character boundary).
fn shorten(text: &str, max: usize) -> String {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// What came of a call: the outcome of its lone request, or, for a batch,
/// the count of each outcome (`result:3,timeout:1`).
fn summary(core: &Call) -> String {
    let mut counts = [0usize; Outcome::ALL.len()];
    for o in core.outcomes() {
        counts[o as usize] += 1;
    }
    if !core.is_batch() {
        let lone = Outcome::ALL.iter().find(|o| counts[**o as usize] > 0);
        return lone.map_or("", |o| o.label()).to_owned();
    }
    let parts: Vec<String> = (Outcome::ALL.iter())
        .filter(|o| counts[**o as usize] > 0)
        .map(|o| format!("{}:{}", o.label(), counts[*o as usize]))
        .collect();
    parts.join(",")
}

/// A call that joined its session as `conn`.
struct Waiting<'a> {
    stream: &'a TcpStream,
    conn: ConnId,
    session: &'a Shared,
    inbox: &'a mut mpsc::UnboundedReceiver<String>,
    /// The caller reads Server-Sent Events: chunks are written as they come.
    sse: bool,
}

impl Waiting<'_> {
    /// Until the call is settled, the deadline passes or the relay stops;
    /// true when the caller went away first.
    async fn settle(
        self,
        core: &mut Call,
        mut deadline: Pin<&mut Sleep>,
        shutdown: &mut watch::Receiver<bool>,
    ) -> bool {
        loop {
            // Listening before looking: a creation between the two wakes it.
            let created = self.session.agent_created.notified();
            tokio::pin!(created);
            created.as_mut().enable();
            if core.has_unsent() {
                self.route(core);
            }
            while let Ok(text) = self.inbox.try_recv() {
                if !self.take(core, &text).await {
                    return true;
                }
            }
            if core.is_settled() {
                return false;
            }
            tokio::select! {
                biased;
                _ = shutdown.changed() => {
                    core.shut_down();
                    return false;
                }
                _ = deadline.as_mut() => {
                    core.expire();
                    return false;
                }
                text = self.inbox.recv() => match text {
                    Some(text) => if !self.take(core, &text).await {
                        return true;
                    },
                    None => {
                        core.expire();
                        return false;
                    }
                },
                _ = created.as_mut() => {}
                _ = caller_gone(self.stream) => return true,
            }
        }
    }

    /// What the session sent the call: a chunk of a streamed answer is
    /// written to a caller that reads events, then one more is granted;
    /// anything else is the core's. False when the caller is gone.
    async fn take(&self, core: &mut Call, text: &str) -> bool {
        let chunk = self.sse.then(|| packet::parse(text).ok()).flatten();
        let Some(Packet::Chunk { from, id, body }) = chunk else {
            core.receive(text);
            return true;
        };
        let data = body.map_or("null", RawValue::get);
        if write_to(self.stream, event("chunk", data).as_bytes())
            .await
            .is_err()
        {
            return false;
        }
        let mut dirty = Vec::new();
        {
            let mut s = self.session.lock();
            let mut out = Vec::new();
            s.credit(self.conn, &from, id.get(), 1, &mut out);
            for o in out {
                deliver(self.session, &s, o, None, &mut dirty);
            }
        }
        for c in dirty {
            c.flush_or_wake();
        }
        true
    }

    /// Sends what can be sent now, under the session's lock; the sockets
    /// are written once it is released.
    fn route(&self, core: &mut Call) {
        let mut dirty = Vec::new();
        {
            let mut s = self.session.lock();
            let mut out = Vec::new();
            core.route(&mut s, self.conn, &mut out);
            for o in out {
                deliver(self.session, &s, o, None, &mut dirty);
            }
        }
        for c in dirty {
            c.flush_or_wake();
        }
    }
}

/// After the answer: the answers to its notifications, until the deadline.
async fn linger(
    core: &mut Call,
    inbox: &mut mpsc::UnboundedReceiver<String>,
    mut deadline: Pin<&mut Sleep>,
    shutdown: &mut watch::Receiver<bool>,
) {
    while !core.is_finished() {
        tokio::select! {
            biased;
            _ = shutdown.changed() => return,
            _ = deadline.as_mut() => return,
            text = inbox.recv() => match text {
                Some(text) => core.receive(&text),
                None => return,
            },
        }
    }
}

/// Returns once the caller has closed its side (or the socket failed).
/// Bytes it sends past its request are read and ignored.
async fn caller_gone(stream: &TcpStream) {
    let mut chunk = [0u8; 256];
    loop {
        if stream.readable().await.is_err() {
            return;
        }
        match stream.try_read(&mut chunk) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
            Err(_) => return,
        }
    }
}

/// A Server-Sent Event `name` whose data is `data` (each of its lines).
fn event(name: &str, data: &str) -> String {
    let mut text = format!("event: {name}\n");
    for line in data.split('\n') {
        text.push_str("data: ");
        text.push_str(line.trim_end_matches('\r'));
        text.push('\n');
    }
    text.push('\n');
    text
}

/// Writes all of `bytes` to the caller (within `WRITE_TIMEOUT`), while the
/// call goes on reading it.
async fn write_to(stream: &TcpStream, mut bytes: &[u8]) -> std::io::Result<()> {
    let writing = async {
        while !bytes.is_empty() {
            stream.writable().await?;
            match stream.try_write(bytes) {
                Ok(n) => bytes = &bytes[n..],
                Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    };
    (tokio::time::timeout(WRITE_TIMEOUT, writing).await)
        .unwrap_or_else(|_| Err(ErrorKind::TimedOut.into()))
}

/// The JSON-RPC answer as the event `response` (none for notifications
/// alone), and the end of the events.
async fn write_event_answer(stream: &mut TcpStream, answer: Option<String>) -> std::io::Result<()> {
    if let Some(answer) = answer {
        write_to(stream, event("response", &answer).as_bytes()).await?;
    }
    stream.shutdown().await
}

/// 200 with the JSON answer, or 204 when there is none.
async fn write_answer(stream: &mut TcpStream, answer: Option<String>) -> std::io::Result<()> {
    let mut text = match &answer {
        Some(body) => format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            body.len()
        ),
        None => "HTTP/1.1 204 No Content\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
            .to_owned(),
    };
    text.push_str(answer.as_deref().unwrap_or(""));
    stream.write_all(text.as_bytes()).await?;
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use super::{check_head, percent_decode, Head, RpcStatus, DEFAULT_TIMEOUT, MAX_TIMEOUT};
    use std::time::Duration;

    fn status(
        method: &str,
        key: &str,
        query: Option<&str>,
        lengths: &[&str],
        chunked: bool,
    ) -> RpcStatus {
        match check_head(method, key, query, lengths, chunked, 100) {
            Ok(_) => RpcStatus::Ok,
            Err(refused) => refused.status,
        }
    }

    #[test]
    fn heads_are_checked_in_order() {
        let head = check_head(
            "POST",
            "my%20key%2Fx",
            Some("a=1&timeout=250"),
            &["12"],
            false,
            100,
        );
        assert_eq!(
            head,
            Ok(Head {
                key: "my key/x".into(),
                timeout: Duration::from_millis(250),
                length: 12
            })
        );
        let head = check_head("POST", "5", None, &["0"], false, 100).unwrap();
        assert_eq!((head.key.as_str(), head.timeout), ("5", DEFAULT_TIMEOUT));
        let long = check_head("POST", "k", Some("timeout=999999999"), &["1"], false, 100);
        assert_eq!(long.unwrap().timeout, MAX_TIMEOUT);

        use RpcStatus::{BadRequest, LengthRequired, MethodNotAllowed, TooLarge};
        assert_eq!(status("GET", "k", None, &["1"], false), MethodNotAllowed);
        assert_eq!(status("HEAD", "k", None, &[], false), MethodNotAllowed);
        assert_eq!(status("POST", "k", None, &[], true), LengthRequired);
        assert_eq!(status("POST", "k", None, &["5"], true), LengthRequired);
        assert_eq!(status("POST", "k", None, &[], false), LengthRequired);
        assert_eq!(status("POST", "k", None, &["x"], false), BadRequest);
        assert_eq!(status("POST", "k", None, &["-1"], false), BadRequest);
        assert_eq!(status("POST", "k", None, &["5", "6"], false), BadRequest);
        assert_eq!(
            status("POST", "k", None, &["5", " 5"], false),
            RpcStatus::Ok
        );
        assert_eq!(status("POST", "k", None, &["101"], false), TooLarge);
        assert_eq!(
            status("POST", "k", None, &["99999999999999999999999"], false),
            TooLarge
        );
        assert_eq!(status("POST", "", None, &["1"], false), BadRequest);
        assert_eq!(status("POST", "%zz", None, &["1"], false), BadRequest);
        assert_eq!(
            status("POST", "k", Some("timeout=soon"), &["1"], false),
            BadRequest
        );
        assert_eq!(
            status("POST", "k", Some("timeout="), &["1"], false),
            BadRequest
        );
    }

    #[test]
    fn keys_are_percent_decoded_as_a_path() {
        assert_eq!(percent_decode("a+b%2b%C3%A9").as_deref(), Some("a+b+é"));
        assert_eq!(percent_decode("%"), None);
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%+f"), None);
        assert_eq!(percent_decode("%ff"), None, "not UTF-8");
    }
}
