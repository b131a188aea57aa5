//! Plain HTTP to a relay, by hand: requests and their answers, `/metrics`
//! samples, and an agent run by a raw WebSocket client for calls to reach.

use super::{Client, Relay};
use futures_util::StreamExt;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;

pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        assert!(
            self.head.contains("Content-Type: application/json"),
            "{}",
            self.head
        );
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Sends `request` as it is and reads the answer to its end.
pub async fn http(port: u16, request: &[u8]) -> Reply {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    // A refused body may be cut short by the answer: what counts is
    // the answer.
    let _ = s.write_all(request).await;
    let mut bytes = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut bytes))
        .await
        .expect("an answer in time")
        .expect("read the answer");
    let text = String::from_utf8(bytes).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP answer");
    let status = head[9..12].parse().unwrap();
    Reply {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// POSTs `body` to `path` (`/rpc/KEY?...`).
pub async fn post(port: u16, path: &str, body: &str) -> Reply {
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    http(port, request.as_bytes()).await
}

pub async fn call(port: u16, path: &str, request: Value) -> Value {
    let reply = post(port, path, &request.to_string()).await;
    assert_eq!(reply.status, 200, "{}{}", reply.head, reply.body);
    reply.json()
}

/// The value of one sample of `GET /metrics`.
pub async fn metric(port: u16, sample: &str) -> u64 {
    let reply = http(port, b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").await;
    let line = (reply.body.lines())
        .find(|l| l.starts_with(sample) && l[sample.len()..].starts_with(' '))
        .unwrap_or_else(|| panic!("no {sample} in {}", reply.body));
    line[sample.len() + 1..].parse().unwrap()
}

/// Polls `metric` until it equals `value`.
pub async fn metric_becomes(port: u16, sample: &str, value: u64) {
    for _ in 0..100 {
        if metric(port, sample).await == value {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(metric(port, sample).await, value, "{sample}");
}

/// An agent named `name` in session `key`, run by a raw WebSocket client
/// in a task: `echo` answers its body, `fail` an error with a body,
/// `never` is never answered, any other name is refused as clients do.
/// Each request it gets goes to the channel. Aborting the task takes
/// its client away.
pub async fn agent(
    relay: &Relay,
    key: &str,
    name: &str,
) -> (String, mpsc::UnboundedReceiver<Value>, JoinHandle<()>) {
    let mut c = relay.client(key).await;
    let id = c.create_agent(name).await;
    let (seen, requests) = mpsc::unbounded_channel();
    let agent = id.clone();
    let task = tokio::spawn(async move { serve(c, agent, seen).await });
    (id, requests, task)
}

async fn serve(mut c: Client, agent: String, seen: mpsc::UnboundedSender<Value>) {
    while let Some(Ok(Message::Text(text))) = c.ws.next().await {
        let packet: Value = serde_json::from_str(&text).unwrap();
        if packet["type"] != "request" {
            continue;
        }
        let _ = seen.send(packet.clone());
        let name = packet["name"].as_str().unwrap().to_owned();
        let head = json!({"type":"response","name":name,"from":agent,"id":packet["id"]});
        let mut answer = head.as_object().unwrap().clone();
        match name.as_str() {
            "echo" | "note" => drop(answer.insert("body".into(), packet["body"].clone())),
            "fail" => {
                answer.insert("error".into(), json!("boom"));
                answer.insert("body".into(), json!({"why": packet["body"]}));
            }
            "never" => continue,
            other => {
                let error = format!("agent does not handle messages named '{other}'");
                answer.insert("error".into(), json!(error));
            }
        }
        c.send(Value::Object(answer)).await;
    }
}
