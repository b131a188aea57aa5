//! A raw WebSocket client for framing tests: the handshake by hand, then
//! frames as bytes, each read back with its opcode.

use super::Relay;
use serde_json::{json, Value};
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The bytes of one client frame, masked unless `masked` is false.
pub fn encode(fin: bool, opcode: u8, payload: &[u8], masked: bool) -> Vec<u8> {
    let mut out = vec![if fin { 0x80 } else { 0 } | opcode];
    let m = if masked { 0x80 } else { 0 };
    match payload.len() {
        n if n < 126 => out.push(m | n as u8),
        n if n < 65536 => {
            out.push(m | 126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(m | 127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    let mask = [7u8, 1, 9, 200];
    if masked {
        out.extend_from_slice(&mask);
    }
    out.extend(
        payload
            .iter()
            .enumerate()
            .map(|(i, b)| if masked { b ^ mask[i % 4] } else { *b }),
    );
    out
}

pub fn connect_frame() -> Vec<u8> {
    text_frame(json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k"}}))
}

pub fn text_frame(v: Value) -> Vec<u8> {
    encode(true, 1, v.to_string().as_bytes(), true)
}

/// A raw client: handshake by hand, then frames as bytes.
pub struct Raw(pub TcpStream);

impl Raw {
    pub fn open(relay: &Relay) -> Raw {
        Raw::open_with(relay, &[])
    }

    /// Sends the HTTP upgrade and `then` in one write, and reads the 101.
    pub fn open_with(relay: &Relay, then: &[u8]) -> Raw {
        let s = TcpStream::connect(("127.0.0.1", relay.port)).unwrap();
        Raw::handshake(s, then)
    }

    /// The HTTP upgrade and `then` on a socket connected to a relay.
    pub fn handshake(mut s: TcpStream, then: &[u8]) -> Raw {
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut bytes =
            b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
                .to_vec();
        bytes.extend_from_slice(then);
        s.write_all(&bytes).unwrap();
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            let mut b = [0u8; 1];
            s.read_exact(&mut b).unwrap();
            head.push(b[0]);
        }
        let head = String::from_utf8(head).unwrap();
        assert!(head.starts_with("HTTP/1.1 101"), "{head}");
        assert!(
            head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="),
            "{head}"
        );
        Raw(s)
    }

    /// Sends one frame, masked unless `masked` is false.
    pub fn frame(&mut self, fin: bool, opcode: u8, payload: &[u8], masked: bool) {
        self.0
            .write_all(&encode(fin, opcode, payload, masked))
            .unwrap();
    }

    pub fn text(&mut self, v: Value) {
        self.0.write_all(&text_frame(v)).unwrap();
    }

    /// The next frame from the relay: (opcode, payload).
    pub fn read(&mut self) -> (u8, Vec<u8>) {
        let mut h = [0u8; 2];
        self.0.read_exact(&mut h).unwrap();
        assert_eq!(h[1] & 0x80, 0, "server frames are not masked");
        let len = match h[1] & 0x7F {
            126 => {
                let mut b = [0u8; 2];
                self.0.read_exact(&mut b).unwrap();
                u16::from_be_bytes(b) as usize
            }
            127 => {
                let mut b = [0u8; 8];
                self.0.read_exact(&mut b).unwrap();
                u64::from_be_bytes(b) as usize
            }
            n => n as usize,
        };
        let mut payload = vec![0u8; len];
        self.0.read_exact(&mut payload).unwrap();
        (h[0] & 0x0F, payload)
    }

    pub fn json(&mut self) -> Value {
        let (op, payload) = self.read();
        assert_eq!(op, 1, "a text frame");
        serde_json::from_slice(&payload).unwrap()
    }

    /// Asserts that nothing arrives for `wait`.
    pub fn quiet_for(&mut self, wait: Duration) {
        self.0.set_read_timeout(Some(wait)).unwrap();
        let mut byte = [0u8; 1];
        let read = self.0.read(&mut byte).map_err(|e| e.kind());
        assert!(
            matches!(read, Err(ErrorKind::WouldBlock | ErrorKind::TimedOut)),
            "expected silence, got {read:?}"
        );
        self.0
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
    }

    /// Expects a close frame with this code.
    pub fn closed_with(&mut self, code: u16) -> String {
        let (op, payload) = self.read();
        assert_eq!(op, 8, "a close frame");
        assert_eq!(u16::from_be_bytes([payload[0], payload[1]]), code);
        String::from_utf8(payload[2..].to_vec()).unwrap()
    }

    pub fn connect(relay: &Relay) -> Raw {
        let mut c = Raw::open(relay);
        c.0.write_all(&connect_frame()).unwrap();
        assert_eq!(c.json()["name"], "connect");
        c
    }

    /// `connect`ed to the session `key`.
    pub fn connect_to(relay: &Relay, key: &str) -> Raw {
        let mut c = Raw::open(relay);
        let body = json!({"key": key});
        c.0.write_all(&text_frame(
            json!({"type":"request","name":"connect","to":"server","id":"0","body":body}),
        ))
        .unwrap();
        assert_eq!(c.json()["name"], "connect");
        c
    }
}
