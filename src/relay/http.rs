//! The HTTP side of a relay connection: reads the request head, answers the
//! WebSocket upgrade (with the `ragents-protocol` subprotocol when offered),
//! and serves `/healthz`, `/metrics`, the info page and static files for
//! everything else.

use std::path::{Component, Path, PathBuf};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub const SUBPROTOCOL: &str = "ragents-protocol";
const MAX_HEAD: usize = 16 * 1024;

/// What the request head asked for.
pub enum Request {
    /// A WebSocket upgrade, already answered with 101; `rest` holds bytes
    /// read past the head.
    Upgraded { rest: Vec<u8> },
    /// A plain HTTP request, already answered.
    Served,
}

/// The content type of `GET /metrics`: Prometheus' text format.
pub const METRICS_CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Reads one request head and answers it.
pub async fn accept(
    stream: &mut TcpStream,
    www: Option<&Path>,
    relay: &super::Relay,
) -> std::io::Result<Request> {
    let mut buf = Vec::with_capacity(1024);
    let head_len = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() >= MAX_HEAD {
            respond(
                stream,
                "431 Request Header Fields Too Large",
                "text/plain",
                b"",
            )
            .await?;
            return Ok(Request::Served);
        }
        if stream.read_buf(&mut buf).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    };
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    if !matches!(
        req.parse(&buf[..head_len]),
        Ok(httparse::Status::Complete(_))
    ) {
        respond(stream, "400 Bad Request", "text/plain", b"bad request\n").await?;
        return Ok(Request::Served);
    }
    let header = |name: &str| {
        req.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .and_then(|h| std::str::from_utf8(h.value).ok())
    };
    let method = req.method.unwrap_or("");
    let path = req.path.unwrap_or("/");
    let upgrade = header("upgrade").is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
    if upgrade && method == "GET" {
        let Some(key) = header("sec-websocket-key") else {
            respond(
                stream,
                "400 Bad Request",
                "text/plain",
                b"no Sec-WebSocket-Key\n",
            )
            .await?;
            return Ok(Request::Served);
        };
        if header("sec-websocket-version") != Some("13") {
            let msg = "HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            stream.write_all(msg.as_bytes()).await?;
            return Ok(Request::Served);
        }
        let offered = header("sec-websocket-protocol")
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
        return Ok(Request::Upgraded {
            rest: buf[head_len..].to_vec(),
        });
    }
    if method != "GET" && method != "HEAD" {
        respond(
            stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
        )
        .await?;
        return Ok(Request::Served);
    }
    let head_only = method == "HEAD";
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // Before static files: a file named `metrics` cannot hide them.
    let status = match path {
        "/healthz" => Some(("text/plain; charset=utf-8", "ok\n".to_owned())),
        "/metrics" => Some((METRICS_CONTENT_TYPE, relay.metrics_text())),
        _ => None,
    };
    if let Some((content_type, text)) = status {
        let body = if head_only { "" } else { text.as_str() };
        respond(stream, "200 OK", content_type, body.as_bytes()).await?;
        return Ok(Request::Served);
    }
    if let Some(file) = www.and_then(|dir| file_in(dir, path)) {
        if let Ok(bytes) = tokio::fs::read(&file).await {
            let body = if head_only { &[][..] } else { &bytes[..] };
            respond(stream, "200 OK", content_type(&file), body).await?;
            return Ok(Request::Served);
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
        .await?;
    } else {
        respond(stream, "404 Not Found", "text/plain", b"not found\n").await?;
    }
    Ok(Request::Served)
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

async fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    stream.shutdown().await
}

fn info_page() -> String {
    format!(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<title>ragentsd</title>\n\
<h1>ragentsd {}</h1>\n\
<p>This is a <a href=\"https://www.npmjs.com/package/ragents\">ragents</a> relay: \
WebSocket clients join a session by key, create agents, and send requests and events to each other's agents.</p>\n\
<p>Connect a WebSocket to this address (subprotocol <code>{SUBPROTOCOL}</code>), or with the JavaScript client:</p>\n\
<pre>ragents.createSession({{url: \"ws://\" + location.host, key: \"sample\"}}, function (err, session) {{ … }})</pre>\n",
        env!("CARGO_PKG_VERSION")
    )
}
