//! The HTTP side of a relay connection: reads the request head, answers the
//! WebSocket upgrade (with the `ragents-protocol` subprotocol when offered),
//! reads the body of a JSON-RPC call (`POST /rpc/<key>`, run by `rpc`), and
//! serves `/healthz`, `/metrics`, the info page and static files for
//! everything else.

use super::config::Config;
use super::metrics::{Refusal, RpcStatus};
use super::rpc::{self, HttpCall};
use super::sessions::Relay;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

pub const SUBPROTOCOL: &str = "ragents-protocol";

/// What HTTP is read from and answered on: a TCP stream, or an in-memory
/// one for the fuzz target.
pub trait Stream: AsyncRead + AsyncWrite + Unpin {}
impl<S: AsyncRead + AsyncWrite + Unpin> Stream for S {}
const MAX_HEAD: usize = 16 * 1024;

/// What the request head asked for.
pub enum Request<'r> {
    /// A WebSocket upgrade, already answered with 101; `rest` holds bytes
    /// read past the head.
    Upgraded { rest: Vec<u8>, from: From<'r> },
    /// A plain HTTP request, already answered.
    Served,
    /// A JSON-RPC call, its body read, to be answered by `rpc::serve`.
    Rpc(HttpCall, From<'r>),
}

/// Whom a request is from: the socket's peer, or with `--trust-proxy` the
/// client its proxy names in `X-Forwarded-For`, then counted against that
/// address's limit for as long as this lives.
pub struct From<'r> {
    pub client: SocketAddr,
    pub counted: Option<super::per_ip::FromIp<'r>>,
}

/// The client a proxy names: the last address of the last
/// `X-Forwarded-For` line (the one the proxy itself added; a client may
/// send lines of its own before it), with or without a port.
fn forwarded_for(header: Option<&str>) -> Option<std::net::IpAddr> {
    let last = header?.rsplit(',').next()?.trim();
    let with_port = || last.parse::<SocketAddr>().ok().map(|a| a.ip());
    last.parse().ok().or_else(with_port)
}

/// The content type of `GET /metrics`: Prometheus' text format.
pub const METRICS_CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Whether a WebSocket handshake with this `Origin` may go on
/// (`--allow-origin`, `--require-origin`).
fn origin_allowed(config: &Config, origin: Option<&str>) -> bool {
    let Some(allowed) = &config.allow_origin else {
        return true;
    };
    match origin {
        None => !config.require_origin,
        Some(origin) => allowed
            .iter()
            .any(|a| a == "*" || a.eq_ignore_ascii_case(origin.trim())),
    }
}

/// Counts a refusal made before any connection id exists, and logs the
/// 1st, 2nd, 4th, 8th... of its reason, so that no client can flood the log.
fn refused(relay: &Relay, peer: SocketAddr, reason: Refusal, why: &str) {
    relay.metrics.refused(reason);
    let count = relay.metrics.refusals(reason);
    if count.is_power_of_two() {
        tracing::info!(%peer, reason = reason.label(), count, "refused: {why}");
    }
}

/// The answer to a connection over `--max-ip-connections`, before its
/// request is read: 429.
pub async fn too_many_from(mut stream: TcpStream, peer: SocketAddr, relay: &Relay) {
    // Briefly: a socket refused for its count is not counted meanwhile.
    let answer = too_many(&mut stream, peer, relay);
    let _ = tokio::time::timeout(Duration::from_millis(250), answer).await;
}

/// 429 for a client over `--max-ip-connections`, counted and logged.
async fn too_many<S: Stream>(
    stream: &mut S,
    client: SocketAddr,
    relay: &Relay,
) -> std::io::Result<()> {
    const WHY: &str = "too many connections from this address";
    refused(relay, client, Refusal::IpLimit, WHY);
    let body = b"too many connections from this address\n";
    respond(stream, "429 Too Many Requests", "text/plain", body).await?;
    // A request it did not read must not reset the connection under the
    // answer.
    drain(stream).await;
    Ok(())
}

/// Reads one request head and answers it (a call's body too).
pub async fn accept<'r, S: Stream>(
    stream: &mut S,
    peer: SocketAddr,
    config: &Config,
    relay: &'r Relay,
) -> std::io::Result<Request<'r>> {
    let mut buf = Vec::with_capacity(1024);
    let Some(head_len) = read_head(stream, &mut buf).await? else {
        return Ok(Request::Served);
    };
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let Some(head) = parse(&buf[..head_len], &mut headers) else {
        respond(stream, "400 Bad Request", "text/plain", b"bad request\n").await?;
        return Ok(Request::Served);
    };
    let Some(from) = from_whom(stream, peer, config, relay, &head).await? else {
        return Ok(Request::Served);
    };
    let upgrade = head
        .header("upgrade")
        .is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
    if upgrade && head.method == "GET" {
        if !handshake(stream, config, relay, from.client, &head).await? {
            return Ok(Request::Served);
        }
        let rest = buf[head_len..].to_vec();
        return Ok(Request::Upgraded { rest, from });
    }
    let (route, query) = match head.path.split_once('?') {
        Some((route, query)) => (route, Some(query)),
        None => (head.path, None),
    };
    if let Some(key) = route.strip_prefix(rpc::PREFIX) {
        let call = match check_call(config, &head, key, query) {
            Ok(call) => call,
            Err(refused) => {
                refuse_call(stream, relay, from.client, refused).await?;
                return Ok(Request::Served);
            }
        };
        let call = read_call(stream, &head, call, &buf[head_len..]).await?;
        return Ok(Request::Rpc(call, from));
    }
    serve(stream, config, relay, &head).await?;
    Ok(Request::Served)
}

/// A request head, parsed.
struct Head<'h> {
    method: &'h str,
    path: &'h str,
    headers: &'h [httparse::Header<'h>],
}

impl Head<'_> {
    /// The first header of that name, if it is text.
    fn header(&self, name: &str) -> Option<&str> {
        (self.headers.iter())
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .and_then(|h| std::str::from_utf8(h.value).ok())
    }
}

/// Reads into `buf` up to the end of the request head: its length, or
/// `None` when it is over `MAX_HEAD` (answered 431).
async fn read_head<S: Stream>(stream: &mut S, buf: &mut Vec<u8>) -> std::io::Result<Option<usize>> {
    loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            return Ok(Some(i + 4));
        }
        if buf.len() >= MAX_HEAD {
            respond(
                stream,
                "431 Request Header Fields Too Large",
                "text/plain",
                b"",
            )
            .await?;
            return Ok(None);
        }
        if stream.read_buf(buf).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
}

/// The head in `bytes`, its headers in `headers`; `None` if malformed.
fn parse<'h>(bytes: &'h [u8], headers: &'h mut [httparse::Header<'h>]) -> Option<Head<'h>> {
    let mut req = httparse::Request::new(headers);
    if !matches!(req.parse(bytes), Ok(httparse::Status::Complete(_))) {
        return None;
    }
    Some(Head {
        method: req.method.unwrap_or(""),
        path: req.path.unwrap_or("/"),
        headers: req.headers,
    })
}

/// Whom the request is from (see `From`); `None` when that client has its
/// most connections open (answered 429).
async fn from_whom<'r, S: Stream>(
    stream: &mut S,
    peer: SocketAddr,
    config: &Config,
    relay: &'r Relay,
    head: &Head<'_>,
) -> std::io::Result<Option<From<'r>>> {
    if !config.trust_proxy {
        return Ok(Some(From {
            client: peer,
            counted: None,
        }));
    }
    let mut lines = head.headers.iter().rev();
    let last = lines.find(|h| h.name.eq_ignore_ascii_case("x-forwarded-for"));
    let ip = forwarded_for(last.and_then(|h| std::str::from_utf8(h.value).ok()));
    let client = ip.map_or(peer, |ip| SocketAddr::new(ip, 0));
    let Some(counted) = relay.open_from(client.ip(), config.max_ip_connections) else {
        too_many(stream, client, relay).await?;
        return Ok(None);
    };
    let counted = Some(counted);
    Ok(Some(From { client, counted }))
}

/// Answers a WebSocket upgrade from `peer`: 101, or why not. True when
/// upgraded.
async fn handshake<S: Stream>(
    stream: &mut S,
    config: &Config,
    relay: &Relay,
    peer: SocketAddr,
    head: &Head<'_>,
) -> std::io::Result<bool> {
    if !origin_allowed(config, head.header("origin")) {
        refused(relay, peer, Refusal::Origin, "an origin not allowed");
        respond(
            stream,
            "403 Forbidden",
            "text/plain",
            b"origin not allowed\n",
        )
        .await?;
        return Ok(false);
    }
    // RFC 6455 §4.2.1: the key is 16 random bytes in base64.
    let key = head.header("sec-websocket-key");
    let Some(key) = key.filter(|k| super::frame::valid_key(k)) else {
        respond(
            stream,
            "400 Bad Request",
            "text/plain",
            b"no valid Sec-WebSocket-Key (16 bytes in base64)\n",
        )
        .await?;
        return Ok(false);
    };
    if head.header("sec-websocket-version") != Some("13") {
        let msg = "HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        stream.write_all(msg.as_bytes()).await?;
        return Ok(false);
    }
    let offered = head
        .header("sec-websocket-protocol")
        .is_some_and(|p| p.split(',').any(|p| p.trim() == SUBPROTOCOL));
    let mut answer = String::with_capacity(192);
    answer.push_str("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ");
    answer.push_str(&super::frame::accept_key(key));
    if offered {
        answer.push_str("\r\nSec-WebSocket-Protocol: ");
        answer.push_str(SUBPROTOCOL);
    }
    answer.push_str("\r\n\r\n");
    stream.write_all(answer.as_bytes()).await?;
    Ok(true)
}

/// Checks the head of a call to `/rpc/<key>` (`query` what follows `?`),
/// and its token when the relay asks for one.
fn check_call(
    config: &Config,
    head: &Head<'_>,
    key: &str,
    query: Option<&str>,
) -> Result<rpc::Head, rpc::Refused> {
    let lengths: Vec<&str> = (head.headers.iter())
        .filter(|h| h.name.eq_ignore_ascii_case("content-length"))
        .map(|h| std::str::from_utf8(h.value).unwrap_or(""))
        .collect();
    let chunked = head.header("transfer-encoding").is_some();
    let checked = rpc::check_head(head.method, key, query, &lengths, chunked, config.max_frame);
    let bearer = head
        .header("authorization")
        .and_then(|a| a.strip_prefix("Bearer "));
    checked.and_then(|checked| rpc::authorize(config, checked, bearer))
}

/// Answers a call refused before its body is read, counted and logged.
async fn refuse_call<S: Stream>(
    stream: &mut S,
    relay: &Relay,
    peer: SocketAddr,
    refused: rpc::Refused,
) -> std::io::Result<()> {
    rpc::refused(relay, peer, &refused);
    let (status, why) = (refused.status, refused.why);
    let allow = match status {
        RpcStatus::MethodNotAllowed => "Allow: POST\r\n",
        RpcStatus::Unauthorized => "WWW-Authenticate: Bearer\r\n",
        _ => "",
    };
    let text = format!("{why}\n");
    respond_with(
        stream,
        status.status_line(),
        allow,
        "text/plain",
        text.as_bytes(),
    )
    .await?;
    // A body it did not read must not reset the connection under the
    // answer.
    drain(stream).await;
    Ok(())
}

/// Reads the body of a call whose head passed `check_call`, `rest` being
/// what was read past the head.
async fn read_call<S: Stream>(
    stream: &mut S,
    head: &Head<'_>,
    call: rpc::Head,
    rest: &[u8],
) -> std::io::Result<HttpCall> {
    let expects = head
        .header("expect")
        .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"));
    let mut body = rest.to_vec();
    body.truncate(call.length);
    let missing = call.length - body.len();
    if missing > 0 {
        if expects {
            stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await?;
        }
        let read = (&mut *stream)
            .take(missing as u64)
            .read_to_end(&mut body)
            .await?;
        if read < missing {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
    // `Accept: text/event-stream`: answered as Server-Sent Events.
    let sse = head
        .header("accept")
        .is_some_and(|a| a.contains("text/event-stream"));
    Ok(HttpCall {
        key: call.key,
        timeout: call.timeout,
        body,
        sse,
    })
}

/// Answers a plain HTTP request: `/healthz`, `/metrics`, a static file
/// from `--www`, the info page, or 404.
async fn serve<S: Stream>(
    stream: &mut S,
    config: &Config,
    relay: &Relay,
    head: &Head<'_>,
) -> std::io::Result<()> {
    let method = head.method;
    if method != "GET" && method != "HEAD" {
        return respond(
            stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
        )
        .await;
    }
    let head_only = method == "HEAD";
    let path = head.path.split(['?', '#']).next().unwrap_or("/");
    // Before static files: a file named `metrics` cannot hide them.
    let status = match path {
        "/healthz" => Some(("text/plain; charset=utf-8", "ok\n".to_owned())),
        "/metrics" => Some((METRICS_CONTENT_TYPE, relay.metrics_text())),
        _ => None,
    };
    if let Some((content_type, text)) = status {
        let body = if head_only { "" } else { text.as_str() };
        return respond(stream, "200 OK", content_type, body.as_bytes()).await;
    }
    if let Some(file) = config.www.as_deref().and_then(|dir| file_in(dir, path)) {
        if let Ok(bytes) = tokio::fs::read(&file).await {
            let body = if head_only { &[][..] } else { &bytes[..] };
            return respond(stream, "200 OK", content_type(&file), body).await;
        }
    }
    if path == "/" || path == "/index.html" {
        let page = info_page();
        let body = if head_only { "" } else { page.as_str() };
        respond(
            stream,
            "200 OK",
            "text/html; charset=utf-8",
            body.as_bytes(),
        )
        .await
    } else {
        respond(stream, "404 Not Found", "text/plain", b"not found\n").await
    }
}

/// The file under `dir` that `path` names, if it stays inside `dir`.
fn file_in(dir: &Path, path: &str) -> Option<PathBuf> {
    let relative = Path::new(path.trim_start_matches('/'));
    if path.contains('\\')
        || relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = dir.join(relative);
    if file.is_dir() {
        Some(file.join("index.html"))
    } else {
        Some(file)
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

async fn respond<S: Stream>(
    stream: &mut S,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    respond_with(stream, status, "", content_type, body).await
}

/// `respond`, with `headers` (each ending in CRLF) added.
async fn respond_with<S: Stream>(
    stream: &mut S,
    status: &str,
    headers: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    stream.shutdown().await
}

/// Reads and drops what the peer still sends, for up to a second or until
/// it closes.
async fn drain<S: Stream>(stream: &mut S) {
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let mut chunk = [0u8; 4096];
        while matches!(stream.read(&mut chunk).await, Ok(n) if n > 0) {}
    })
    .await;
}

fn info_page() -> String {
    format!(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<title>ragentsd</title>\n\
<h1>ragentsd {}</h1>\n\
<p>This is a <a href=\"https://www.npmjs.com/package/ragents\">ragents</a> relay: \
WebSocket clients join a session by key, create agents, and send requests and events to each other's agents.</p>\n\
<p>Connect a WebSocket to this address (subprotocol <code>{SUBPROTOCOL}</code>), or with the JavaScript client:</p>\n\
<pre>ragents.createSession({{url: \"ws://\" + location.host, key: \"sample\"}}, function (err, session) {{ … }})</pre>\n\
<p>Or call an agent over plain HTTP with JSON-RPC 2.0, its method being the agent's name, a dot and the request's name:</p>\n\
<pre>POST /rpc/sample\n{{\"jsonrpc\": \"2.0\", \"method\": \"echoer.echo\", \"params\": {{\"a\": 1}}, \"id\": 1}}</pre>\n",
        env!("CARGO_PKG_VERSION")
    )
}
