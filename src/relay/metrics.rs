//! The relay's counters, and their Prometheus text for `GET /metrics`.
//! Counters are relaxed atomics bumped where things happen (no lock, no
//! allocation); the gauges of session state (sessions, agents, requests in
//! flight) are read from the sessions themselves at scrape time, so the
//! path of a packet pays nothing for them.

use crate::protocol::jsonrpc::Outcome;
use std::fmt::Write;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};

/// Why the relay refused something: the `reason` label of
/// `ragentsd_refusals_total`. A fixed set, never text from a client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The first message was not a valid `connect` request.
    Connect,
    /// A binary frame (the protocol is text).
    Binary,
    /// A frame that breaks the WebSocket framing rules (the socket closes).
    BadFrame,
    /// A frame over `--max-frame` (the socket closes).
    FrameTooBig,
    /// A packet the session's rules refused (malformed, no such agent, too
    /// many requests in flight, a response nobody waits for).
    Packet,
    /// A packet acting for another connection's agent (spoofing).
    Forbidden,
    /// The client read too slowly and was disconnected.
    SlowReader,
    /// A WebSocket handshake from an origin not allowed (`--allow-origin`).
    Origin,
    /// A `connect` to a session that has its most clients.
    SessionFull,
    /// A `connect` without a valid signed token, when the relay asks for
    /// one (`--secret-file`), or a call over HTTP without one.
    Token,
    /// A connection from an address that has its most open.
    IpLimit,
    /// A packet over the connection's rate (`--max-packet-rate`).
    RateLimit,
}

impl Refusal {
    pub const ALL: [Refusal; 12] = [
        Refusal::Connect,
        Refusal::Binary,
        Refusal::BadFrame,
        Refusal::FrameTooBig,
        Refusal::Packet,
        Refusal::Forbidden,
        Refusal::SlowReader,
        Refusal::Origin,
        Refusal::SessionFull,
        Refusal::Token,
        Refusal::IpLimit,
        Refusal::RateLimit,
    ];

    /// The label value, also the `reason` field of the log line.
    pub fn label(self) -> &'static str {
        match self {
            Refusal::Connect => "connect",
            Refusal::Binary => "binary",
            Refusal::BadFrame => "bad_frame",
            Refusal::FrameTooBig => "frame_too_big",
            Refusal::Packet => "packet",
            Refusal::Forbidden => "forbidden",
            Refusal::SlowReader => "slow_reader",
            Refusal::Origin => "origin",
            Refusal::SessionFull => "session_full",
            Refusal::Token => "token",
            Refusal::IpLimit => "ip_limit",
            Refusal::RateLimit => "rate_limit",
        }
    }
}

/// How a JSON-RPC call over HTTP ended: the `status` label of
/// `ragentsd_rpc_calls_total`, a fixed set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RpcStatus {
    /// Answered with a JSON body.
    Ok,
    /// Only notifications: nothing to answer.
    NoContent,
    /// A malformed HTTP request, session key or timeout.
    BadRequest,
    /// Not a POST.
    MethodNotAllowed,
    /// No Content-Length (a chunked body, say).
    LengthRequired,
    /// A body over `--max-frame`.
    TooLarge,
    /// No valid signed token, when the relay asks for one.
    Unauthorized,
    /// The caller went away before its answer.
    Gone,
}

impl RpcStatus {
    pub const ALL: [RpcStatus; 8] = [
        RpcStatus::Ok,
        RpcStatus::NoContent,
        RpcStatus::BadRequest,
        RpcStatus::MethodNotAllowed,
        RpcStatus::LengthRequired,
        RpcStatus::TooLarge,
        RpcStatus::Unauthorized,
        RpcStatus::Gone,
    ];

    /// The label value, also the `status` field of the log line.
    pub fn label(self) -> &'static str {
        match self {
            RpcStatus::Ok => "200",
            RpcStatus::NoContent => "204",
            RpcStatus::BadRequest => "400",
            RpcStatus::MethodNotAllowed => "405",
            RpcStatus::LengthRequired => "411",
            RpcStatus::TooLarge => "413",
            RpcStatus::Unauthorized => "401",
            RpcStatus::Gone => "gone",
        }
    }

    /// The HTTP status line's code and reason.
    pub fn status_line(self) -> &'static str {
        match self {
            RpcStatus::Ok => "200 OK",
            RpcStatus::NoContent => "204 No Content",
            RpcStatus::BadRequest => "400 Bad Request",
            RpcStatus::MethodNotAllowed => "405 Method Not Allowed",
            RpcStatus::LengthRequired => "411 Length Required",
            RpcStatus::TooLarge => "413 Content Too Large",
            RpcStatus::Unauthorized => "401 Unauthorized",
            RpcStatus::Gone => "499 Client Closed Request",
        }
    }
}

/// The relay's counters since it started.
#[derive(Default)]
pub struct Metrics {
    /// Open WebSocket connections (upgraded, handshake done or not).
    pub connections: AtomicI64,
    /// `connect` handshakes accepted.
    pub connections_total: AtomicU64,
    pub packets_in: AtomicU64,
    pub packets_out: AtomicU64,
    /// WebSocket payload bytes of data messages received and sent.
    pub bytes_in: AtomicU64,
    pub bytes_out: AtomicU64,
    /// Sockets that ended or timed out before a complete handshake (HTTP
    /// upgrade, then `connect`).
    pub handshake_failures: AtomicU64,
    /// WebSocket pings sent to connections heard nothing from (`--ping`).
    pub pings: AtomicU64,
    /// Connections closed because a ping got no answer: nothing arrived
    /// from them for twice `--ping`.
    pub dead_connections: AtomicU64,
    /// Connections that resumed the place of a lost one (`--resume-grace`).
    pub resumes: AtomicU64,
    /// Requests answered `request timed out` (`--request-timeout`).
    pub requests_expired: AtomicU64,
    /// Bytes queued for clients that fell behind (more than 64 KiB each),
    /// all together, and the most allowed (`--max-backlog`; 0: none).
    backlog: AtomicI64,
    pub max_backlog: AtomicU64,
    refusals: [AtomicU64; Refusal::ALL.len()],
    rpc_calls: [AtomicU64; RpcStatus::ALL.len()],
    rpc_requests: [AtomicU64; Outcome::ALL.len()],
}

/// One metric of one value, with its help and type, in the text format.
pub fn write_metric(text: &mut String, name: &str, kind: &str, help: &str, value: u64) {
    let _ = write!(
        text,
        "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}\n"
    );
}

/// A metric of one value: its name, type, help and value.
type Metric = (&'static str, &'static str, &'static str, u64);

/// A counter of several values, one for each value of its label, in the
/// text format.
fn write_labelled(
    text: &mut String,
    name: &str,
    help: &str,
    label: &str,
    values: impl IntoIterator<Item = (&'static str, u64)>,
) {
    let _ = write!(text, "# HELP {name} {help}\n# TYPE {name} counter\n");
    for (value_label, value) in values {
        let _ = writeln!(text, "{name}{{{label}=\"{value_label}\"}} {value}");
    }
}

/// Gauges read from the live sessions when scraped.
#[derive(Debug, Default, PartialEq)]
pub struct SessionGauges {
    pub sessions: usize,
    pub agents: usize,
    pub requests_in_flight: usize,
    pub streams: usize,
    pub interest: usize,
}

impl Metrics {
    pub fn add_backlog(&self, bytes: i64) {
        if bytes != 0 {
            self.backlog.fetch_add(bytes, Relaxed);
        }
    }

    pub fn backlog(&self) -> u64 {
        self.backlog.load(Relaxed).max(0) as u64
    }

    /// Whether the relay's backlog passed `--max-backlog`.
    pub fn over_backlog(&self) -> bool {
        let max = self.max_backlog.load(Relaxed);
        max > 0 && self.backlog() > max
    }

    pub fn refused(&self, why: Refusal) {
        self.refusals[why as usize].fetch_add(1, Relaxed);
    }

    pub fn refusals(&self, why: Refusal) -> u64 {
        self.refusals[why as usize].load(Relaxed)
    }

    /// One JSON-RPC call over HTTP ended.
    pub fn rpc_call(&self, status: RpcStatus) {
        self.rpc_calls[status as usize].fetch_add(1, Relaxed);
    }

    /// One request or notification of a call ended.
    pub fn rpc_request(&self, outcome: Outcome) {
        self.rpc_requests[outcome as usize].fetch_add(1, Relaxed);
    }

    pub fn rpc_calls(&self, status: RpcStatus) -> u64 {
        self.rpc_calls[status as usize].load(Relaxed)
    }

    pub fn rpc_requests(&self, outcome: Outcome) -> u64 {
        self.rpc_requests[outcome as usize].load(Relaxed)
    }

    /// The Prometheus text exposition format, version 0.0.4.
    pub fn render(&self, gauges: &SessionGauges) -> String {
        let mut text = String::with_capacity(2048);
        for (name, kind, help, value) in self.live(gauges).into_iter().chain(self.totals()) {
            write_metric(&mut text, name, kind, help, value);
        }
        write_labelled(
            &mut text,
            "ragentsd_refusals_total",
            "Frames, packets and connections refused, by reason.",
            "reason",
            Refusal::ALL.map(|why| (why.label(), self.refusals(why))),
        );
        write_labelled(
            &mut text,
            "ragentsd_rpc_calls_total",
            "JSON-RPC calls over HTTP (POST /rpc/KEY), by HTTP status (gone: the caller left first).",
            "status",
            RpcStatus::ALL.map(|status| (status.label(), self.rpc_calls(status))),
        );
        write_labelled(
            &mut text,
            "ragentsd_rpc_requests_total",
            "JSON-RPC requests and notifications over HTTP (each of a batch counts), by outcome.",
            "outcome",
            Outcome::ALL.map(|outcome| (outcome.label(), self.rpc_requests(outcome))),
        );
        text
    }

    /// The connections open and accepted, and the state of the sessions now.
    fn live(&self, gauges: &SessionGauges) -> [Metric; 8] {
        let connections = self.connections.load(Relaxed).max(0) as u64;
        [
            (
                "ragentsd_connections",
                "gauge",
                "Open WebSocket connections.",
                connections,
            ),
            (
                "ragentsd_connections_total",
                "counter",
                "Connections whose connect handshake was accepted.",
                self.connections_total.load(Relaxed),
            ),
            (
                "ragentsd_sessions",
                "gauge",
                "Live sessions (distinct keys with a connection).",
                gauges.sessions as u64,
            ),
            (
                "ragentsd_agents",
                "gauge",
                "Agents registered in all sessions.",
                gauges.agents as u64,
            ),
            (
                "ragentsd_requests_in_flight",
                "gauge",
                "Requests relayed to an agent and not answered yet.",
                gauges.requests_in_flight as u64,
            ),
            (
                "ragentsd_streams",
                "gauge",
                "Streams open: requests for a streamed answer, not ended yet (counted in ragentsd_requests_in_flight too).",
                gauges.streams as u64,
            ),
            (
                "ragentsd_interest",
                "gauge",
                "(agent, event) pairs that connections listen to, all together (--max-interest each).",
                gauges.interest as u64,
            ),
            (
                "ragentsd_backlog_bytes",
                "gauge",
                "Bytes queued for clients that fell more than 64 KiB behind, all together.",
                self.backlog(),
            ),
        ]
    }

    /// The counters of what happened since the relay started.
    fn totals(&self) -> [Metric; 9] {
        let counter = |c: &AtomicU64| c.load(Relaxed);
        [
            (
                "ragentsd_requests_expired_total",
                "counter",
                "Requests answered 'request timed out' after --request-timeout seconds without a response.",
                counter(&self.requests_expired),
            ),
            (
                "ragentsd_packets_in_total",
                "counter",
                "Packets received from clients (each packet of a batch counts).",
                counter(&self.packets_in),
            ),
            (
                "ragentsd_packets_out_total",
                "counter",
                "Packets sent to clients (each packet of a batch counts).",
                counter(&self.packets_out),
            ),
            (
                "ragentsd_bytes_in_total",
                "counter",
                "WebSocket payload bytes of data messages received.",
                counter(&self.bytes_in),
            ),
            (
                "ragentsd_bytes_out_total",
                "counter",
                "WebSocket payload bytes of data messages sent.",
                counter(&self.bytes_out),
            ),
            (
                "ragentsd_handshake_failures_total",
                "counter",
                "Sockets that ended or timed out before completing the HTTP upgrade and connect.",
                counter(&self.handshake_failures),
            ),
            (
                "ragentsd_pings_total",
                "counter",
                "WebSocket pings sent to connections that sent nothing for --ping seconds.",
                counter(&self.pings),
            ),
            (
                "ragentsd_dead_connections_total",
                "counter",
                "Connections closed because nothing, not even a pong, arrived for twice --ping seconds.",
                counter(&self.dead_connections),
            ),
            (
                "ragentsd_resumes_total",
                "counter",
                "Connections that resumed the place of a lost one within --resume-grace.",
                counter(&self.resumes),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::{Metrics, Outcome, Refusal, RpcStatus, SessionGauges};
    use std::sync::atomic::Ordering::Relaxed;

    #[test]
    fn renders_every_metric_with_help_and_type() {
        let m = Metrics::default();
        m.connections.fetch_add(2, Relaxed);
        m.bytes_in.fetch_add(10, Relaxed);
        m.pings.fetch_add(3, Relaxed);
        m.dead_connections.fetch_add(1, Relaxed);
        m.refused(Refusal::Forbidden);
        m.refused(Refusal::Forbidden);
        m.rpc_call(RpcStatus::TooLarge);
        m.rpc_request(Outcome::Timeout);
        m.rpc_request(Outcome::Timeout);
        let gauges = SessionGauges {
            sessions: 1,
            agents: 3,
            requests_in_flight: 4,
            streams: 2,
            interest: 5,
        };
        let text = m.render(&gauges);
        for line in [
            "# TYPE ragentsd_connections gauge",
            "ragentsd_connections 2",
            "ragentsd_agents 3",
            "ragentsd_requests_in_flight 4",
            "ragentsd_streams 2",
            "# TYPE ragentsd_interest gauge",
            "ragentsd_interest 5",
            "ragentsd_bytes_in_total 10",
            "# TYPE ragentsd_pings_total counter",
            "ragentsd_pings_total 3",
            "ragentsd_dead_connections_total 1",
            "# TYPE ragentsd_refusals_total counter",
            "ragentsd_refusals_total{reason=\"forbidden\"} 2",
            "ragentsd_refusals_total{reason=\"connect\"} 0",
            "ragentsd_rpc_calls_total{status=\"413\"} 1",
            "ragentsd_rpc_calls_total{status=\"gone\"} 0",
            "ragentsd_rpc_requests_total{outcome=\"timeout\"} 2",
            "ragentsd_rpc_requests_total{outcome=\"result\"} 0",
        ] {
            assert!(text.lines().any(|l| l == line), "no {line:?} in\n{text}");
        }
        // Every sample has its HELP and TYPE before it.
        let samples = text.lines().filter(|l| !l.starts_with('#'));
        for sample in samples {
            let name = sample.split(['{', ' ']).next().unwrap();
            assert!(text.contains(&format!("# HELP {name} ")), "{name}");
            assert!(text.contains(&format!("# TYPE {name} ")), "{name}");
        }
        assert!(text.ends_with('\n'));
    }
}
