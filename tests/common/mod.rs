//! Test helpers: a real `ragentsd` process on a free port, and a raw
//! WebSocket client that speaks JSON packets to it.
#![allow(dead_code)]

pub mod raw;
pub mod rpc;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub const WAIT: Duration = Duration::from_secs(5);

/// A running relay, killed when dropped.
pub struct Relay {
    pub child: Child,
    pub port: u16,
}

impl Relay {
    pub fn start(args: &[&str]) -> Relay {
        Self::spawn(args, Stdio::null())
    }

    /// With its log (stderr) going to `log`.
    pub fn spawn(args: &[&str], log: Stdio) -> Relay {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ragentsd"));
        command.args(["-p", "0"]).args(args);
        Self::run(command, log)
    }

    /// Runs `command` (ragentsd, with whatever arguments and environment
    /// it needs to listen on a free port), its log going to `log`.
    pub fn run(mut command: Command, log: Stdio) -> Relay {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("start ragentsd");
        let mut line = String::new();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut line).unwrap();
        // Keep draining so the relay never writes into a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        let port = line
            .split_whitespace()
            .find_map(|w| w.strip_prefix("ws://"))
            .and_then(|a| a.rsplit(':').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        Relay { child, port }
    }

    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    /// The first line of the answer to a WebSocket handshake by hand, with
    /// this `Sec-WebSocket-Key` and `extra` header lines (each ending `\r\n`).
    pub fn handshake_status(&self, key: &str, extra: &str) -> String {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(WAIT)).unwrap();
        let request = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
        );
        s.write_all(request.as_bytes()).unwrap();
        let mut head = Vec::new();
        let mut b = [0u8; 1];
        while !head.ends_with(b"\r\n") && s.read(&mut b).unwrap_or(0) == 1 {
            head.push(b[0]);
        }
        String::from_utf8(head).unwrap().trim_end().to_owned()
    }

    pub async fn client(&self, key: &str) -> Client {
        let mut c = Client::open(&self.url(), Some("ragents-protocol")).await;
        c.send(
            json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":key}}),
        )
        .await;
        let answer = c.recv().await;
        assert_eq!(
            answer,
            json!({"type":"response","name":"connect","from":"server","id":"0","body":null})
        );
        c
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Client {
    pub ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    pub protocol: Option<String>,
}

impl Client {
    pub async fn open(url: &str, subprotocol: Option<&str>) -> Client {
        let mut req = url.into_client_request().unwrap();
        if let Some(p) = subprotocol {
            req.headers_mut()
                .insert("Sec-WebSocket-Protocol", p.parse().unwrap());
        }
        let (ws, resp) = tokio_tungstenite::connect_async(req)
            .await
            .expect("connect");
        let protocol = resp
            .headers()
            .get("Sec-WebSocket-Protocol")
            .map(|v| v.to_str().unwrap().to_owned());
        Client { ws, protocol }
    }

    pub async fn send(&mut self, packet: Value) {
        self.send_text(&packet.to_string()).await;
    }

    pub async fn send_text(&mut self, text: &str) {
        self.ws.send(Message::text(text)).await.expect("send");
    }

    /// The next text frame, as JSON; panics after `WAIT`.
    pub async fn recv(&mut self) -> Value {
        match self.next().await {
            Some(Message::Text(t)) => serde_json::from_str(&t).expect("JSON frame"),
            other => panic!("expected a text frame, got {other:?}"),
        }
    }

    /// The next frame of any kind, or None when the socket ended.
    pub async fn next(&mut self) -> Option<Message> {
        match tokio::time::timeout(WAIT, self.ws.next()).await {
            Ok(Some(Ok(m))) => Some(m),
            Ok(_) => None,
            Err(_) => panic!("nothing received in {WAIT:?}"),
        }
    }

    /// Asserts that nothing arrives for a short while.
    pub async fn quiet(&mut self) {
        if let Ok(m) = tokio::time::timeout(Duration::from_millis(150), self.ws.next()).await {
            panic!("expected silence, got {m:?}");
        }
    }

    /// Sends a request to the server agent and returns its response.
    pub async fn server(&mut self, name: &str, id: &str, body: Value) -> Value {
        self.send(json!({"type":"request","name":name,"to":"server","id":id,"body":body}))
            .await;
        self.recv_type("response").await
    }

    /// The next packet of this type, skipping others (events, typically).
    pub async fn recv_type(&mut self, kind: &str) -> Value {
        loop {
            let p = self.recv().await;
            if p["type"] == kind {
                return p;
            }
        }
    }

    /// Creates an agent and returns its id (consumes the agentCreated event).
    pub async fn create_agent(&mut self, name: &str) -> String {
        let r = self
            .server(
                "createAgent",
                "c",
                json!({"name": name, "title": "a test agent"}),
            )
            .await;
        r["body"]["id"].as_str().expect("agent id").to_owned()
    }
}

/// The value of `name` (a metric's name and labels) on the `/metrics` page
/// of the relay on `port`.
pub fn metric_at(port: u16, name: &str) -> u64 {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    (text.lines())
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or_else(|| panic!("no {name} in {text}"))
}
