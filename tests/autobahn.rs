//! The Autobahn WebSocket test suite's cases that apply to a server, written
//! against the real relay with raw frames (the suite itself does not install
//! here). Autobahn's server cases expect an echo server; the relay is not
//! one, so "the message arrived whole" is shown by its answer to a `ping`
//! request whose body fills the frame to the case's length.
//!
//! Covered, by Autobahn section: 1 (framing: text and binary payloads of
//! 0 to 65,536 bytes), 2 (pings and pongs), 3 (reserved bits), 4 (reserved
//! opcodes), 5 (fragmentation), 6 (UTF-8, valid and invalid, whole and
//! split across fragments), 7 (close handling: what follows a close,
//! payloads, codes, reasons), 9 (limits: messages up to `--max-frame`, one
//! byte more), 12 and 13 (compression: not offered, so declined).
//! `tests/frames.rs` has the cases it already held (7.9 invalid codes, 7.5
//! invalid reasons, masks, pings between fragments); section 10 (automatic
//! fragmentation of what the server sends) does not apply: the relay sends
//! each message as one frame.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::raw::{encode, Raw};
use common::Relay;
use serde_json::json;
use std::io::{Read, Write};
use std::time::Duration;

const TEXT: u8 = 1;
const BINARY: u8 = 2;
const CLOSE: u8 = 8;
const PING: u8 = 9;
const PONG: u8 = 10;

/// A `ping` request to the relay exactly `len` bytes long (at least 64).
fn ping_request(id: &str, len: usize) -> Vec<u8> {
    let head = format!(r#"{{"type":"request","name":"ping","to":"server","id":"{id}","body":""#);
    let pad = len - head.len() - 2;
    format!("{head}{}\"}}", "x".repeat(pad)).into_bytes()
}

/// The relay's answer to `ping_request(id, ..)` arrives next.
fn answered(c: &mut Raw, id: &str) {
    let answer = c.json();
    assert_eq!(
        (&answer["name"], &answer["id"]),
        (&json!("ping"), &json!(id)),
        "{answer}"
    );
}

/// After the relay's close frame, the socket ends.
fn ended(c: &mut Raw) {
    let mut rest = Vec::new();
    assert_eq!(c.0.read_to_end(&mut rest).unwrap_or(0), 0, "{rest:?}");
}

/// Sends `bytes` one byte per write.
fn trickle(c: &mut Raw, bytes: &[u8]) {
    for b in bytes {
        c.0.write_all(&[*b]).unwrap();
        c.0.flush().unwrap();
    }
}

#[test]
fn section_1_text_and_binary_payloads_of_every_length_class() {
    let relay = Relay::start(&[]);
    let mut c = Raw::connect(&relay);
    // 1.1.1: an empty text message is a message (not a packet).
    c.frame(true, TEXT, b"", true);
    assert_eq!(c.json()["error"], json!("packet is not a JSON object"));
    // 1.1.2 to 1.1.8: 125, 126, 127, 128, 65535, 65536 bytes.
    for len in [125, 126, 127, 128, 65_535, 65_536] {
        c.frame(true, TEXT, &ping_request(&len.to_string(), len), true);
        answered(&mut c, &len.to_string());
    }
    // 1.2.x: binary messages of the same lengths are refused, one answer each,
    // and the connection stays.
    for len in [0, 125, 126, 127, 128, 65_535, 65_536] {
        c.frame(true, BINARY, &vec![0xFE; len], true);
        let error = c.json()["error"].clone();
        assert_eq!(
            error,
            json!("binary frames are not part of the protocol"),
            "{len}"
        );
    }
    c.frame(true, TEXT, &ping_request("after", 100), true);
    answered(&mut c, "after");
}

#[test]
fn section_2_pings_and_pongs() {
    let relay = Relay::start(&[]);
    let mut c = Raw::connect(&relay);
    // 2.1 to 2.4: empty, text, binary and 125-byte payloads come back.
    let binary: Vec<u8> = (0..=255u8).take(125).collect();
    for payload in [
        &b""[..],
        b"Hello, world!",
        &[0x00, 0xFF, 0xFE, 0xFD, 0xFC],
        &binary,
    ] {
        c.frame(true, PING, payload, true);
        assert_eq!(c.read(), (PONG, payload.to_vec()));
    }
    // 2.6: a ping sent a byte at a time.
    trickle(&mut c, &encode(true, PING, b"slowly", true));
    assert_eq!(c.read(), (PONG, b"slowly".to_vec()));
    // 2.7, 2.8: unsolicited pongs are ignored.
    c.frame(true, PONG, b"", true);
    c.frame(true, PONG, b"unsolicited", true);
    c.quiet_for(Duration::from_millis(200));
    // 2.9: a pong, then a ping: only the ping is answered.
    c.frame(true, PONG, b"first", true);
    c.frame(true, PING, b"second", true);
    assert_eq!(c.read(), (PONG, b"second".to_vec()));
    // 2.10, 2.11: ten pings, at once and byte-wise, ten pongs in order.
    let pings: Vec<u8> = (0..10)
        .flat_map(|i| encode(true, PING, format!("p{i}").as_bytes(), true))
        .collect();
    c.0.write_all(&pings).unwrap();
    trickle(&mut c, &pings);
    for i in (0..10).chain(0..10) {
        assert_eq!(c.read(), (PONG, format!("p{i}").into_bytes()));
    }
    // 2.5: a ping of 126 bytes fails the connection.
    c.frame(true, PING, &[b'x'; 126], true);
    assert_eq!(c.closed_with(1002), "bad control frame");
    ended(&mut c);
}

#[test]
fn section_3_and_4_reserved_bits_and_opcodes_fail_the_connection() {
    let relay = Relay::start(&[]);
    // 3.1 to 3.7: RSV1, RSV2, RSV3 and their mixes, on text and on pings.
    for (rsv, opcode) in [
        (0x40, TEXT),
        (0x20, TEXT),
        (0x10, TEXT),
        (0x60, BINARY),
        (0x50, PING),
        (0x70, TEXT),
    ] {
        let mut c = Raw::connect(&relay);
        let mut frame = encode(true, opcode, b"{}", true);
        frame[0] |= rsv;
        c.0.write_all(&frame).unwrap();
        assert_eq!(c.closed_with(1002), "reserved bits set", "{rsv:#x}");
    }
    // A valid message first, in the same write: it is handled, then the
    // connection fails.
    let mut c = Raw::connect(&relay);
    let mut bad = encode(true, TEXT, b"{}", true);
    bad[0] |= 0x20;
    c.0.write_all(&[encode(true, TEXT, &ping_request("ok", 80), true), bad].concat())
        .unwrap();
    answered(&mut c, "ok");
    assert_eq!(c.closed_with(1002), "reserved bits set");
    // 4.1.x: reserved data opcodes 3 to 7; 4.2.x: reserved control opcodes 11 to 15.
    for opcode in [3, 4, 5, 6, 7, 11, 12, 13, 14, 15] {
        let mut c = Raw::connect(&relay);
        c.frame(true, opcode, b"", true);
        assert_eq!(c.closed_with(1002), "unknown opcode", "{opcode}");
        ended(&mut c);
    }
}

#[test]
fn section_5_fragmentation() {
    let relay = Relay::start(&[]);
    // 5.1, 5.2: a fragmented ping or pong fails.
    for opcode in [PING, PONG] {
        let mut c = Raw::connect(&relay);
        c.frame(false, opcode, b"frag", true);
        assert_eq!(c.closed_with(1002), "bad control frame", "{opcode}");
    }
    // 5.3 to 5.8: a message in one fragment plus an empty final one, and in
    // many fragments sent at once and byte-wise.
    let mut c = Raw::connect(&relay);
    let whole = ping_request("frags", 200);
    c.frame(false, TEXT, &whole, true);
    c.frame(true, 0, b"", true);
    answered(&mut c, "frags");
    let frames: Vec<u8> = whole
        .chunks(7)
        .enumerate()
        .flat_map(|(i, part)| {
            encode(
                7 * (i + 1) >= whole.len(),
                if i == 0 { TEXT } else { 0 },
                part,
                true,
            )
        })
        .collect();
    c.0.write_all(&frames).unwrap();
    answered(&mut c, "frags");
    trickle(&mut c, &frames);
    answered(&mut c, "frags");
    // 5.15: a continuation after the message ended.
    let mut c = Raw::connect(&relay);
    c.frame(false, TEXT, &whole[..50], true);
    c.frame(true, 0, &whole[50..], true);
    c.frame(true, 0, b"more", true);
    answered(&mut c, "frags");
    assert_eq!(c.closed_with(1002), "unexpected continuation");
    // 5.16 to 5.18: a new message before the last one ended.
    let mut c = Raw::connect(&relay);
    c.frame(false, TEXT, &whole[..50], true);
    c.frame(true, TEXT, &whole, true);
    assert_eq!(c.closed_with(1002), "unexpected continuation");
}

#[test]
fn section_6_utf8() {
    let relay = Relay::start(&[]);
    let mut c = Raw::connect(&relay);
    // 6.1, 6.2, 6.5 to 6.7: valid text (none, Greek, edge code points)
    // whole, then split into fragments at every byte.
    for text in [
        "",
        "κόσμε",
        "\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        "😀 ok",
    ] {
        let packet = json!({"type":"request","name":"ping","to":"server","id":text}).to_string();
        let bytes = packet.as_bytes();
        c.frame(true, TEXT, bytes, true);
        assert_eq!(c.json()["id"], json!(text));
        for at in 1..bytes.len() {
            c.frame(false, TEXT, &bytes[..at], true);
            c.frame(true, 0, &bytes[at..], true);
            assert_eq!(c.json()["id"], json!(text), "split at {at}");
        }
    }
    // 6.3, 6.8 to 6.21: invalid sequences (a surrogate, overlong forms, a
    // code point past U+10FFFF, a lone continuation byte, a truncated one,
    // 0xFE and 0xFF) fail with 1007, whole or split across fragments.
    let invalid: [&[u8]; 8] = [
        b"\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80\x65\x64\x69\x74\x65\x64",
        b"\xc0\xaf",
        b"\xe0\x80\xaf",
        b"\xf4\x90\x80\x80",
        b"\x80",
        b"\xe1\xbd",
        b"\xfe",
        b"\xff",
    ];
    for bad in invalid {
        let mut c = Raw::connect(&relay);
        c.frame(true, TEXT, bad, true);
        assert_eq!(c.closed_with(1007), "text is not UTF-8", "{bad:x?}");
        let mut c = Raw::connect(&relay);
        let (a, b) = bad.split_at(bad.len() / 2);
        c.frame(false, TEXT, a, true);
        c.frame(true, 0, b, true);
        assert_eq!(c.closed_with(1007), "text is not UTF-8", "split {bad:x?}");
    }
    // 6.4.x: failed fast, at the fragment that cannot be UTF-8 whatever
    // follows, without waiting for the message's end (which never comes).
    for bad in [
        &b"\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xf4\x90"[..],
        b"ok\xc0",
    ] {
        let mut c = Raw::connect(&relay);
        c.frame(false, TEXT, b"{\"type\":\"", true);
        c.frame(false, 0, bad, true);
        assert_eq!(c.closed_with(1007), "text is not UTF-8", "{bad:x?}");
    }
}

#[test]
fn section_7_close_handling() {
    let relay = Relay::start(&[]);
    // 7.1.1: a message, then a close: the answer, then the close.
    let mut c = Raw::connect(&relay);
    c.frame(true, TEXT, &ping_request("before", 80), true);
    c.frame(true, CLOSE, &1000u16.to_be_bytes(), true);
    answered(&mut c, "before");
    c.closed_with(1000);
    ended(&mut c);
    // 7.1.2 to 7.1.4: a second close, a ping, a message after the close get
    // nothing more.
    for after in [
        encode(true, CLOSE, &1000u16.to_be_bytes(), true),
        encode(true, PING, b"late", true),
        encode(true, TEXT, &ping_request("late", 80), true),
    ] {
        let mut c = Raw::connect(&relay);
        c.0.write_all(&[encode(true, CLOSE, &1000u16.to_be_bytes(), true), after].concat())
            .unwrap();
        c.closed_with(1000);
        ended(&mut c);
    }
    // 7.1.5: a close in the middle of a fragmented message.
    let mut c = Raw::connect(&relay);
    c.frame(false, TEXT, b"{\"type\":", true);
    c.frame(true, CLOSE, &1000u16.to_be_bytes(), true);
    c.closed_with(1000);
    // 7.3.3 to 7.3.6: a code alone, a code and a reason of 123 bytes (125 in
    // all), and of 124 (a control frame over 125 bytes fails).
    for (payload, code) in [
        (1000u16.to_be_bytes().to_vec(), 1000),
        ([&1000u16.to_be_bytes()[..], &[b'r'; 123]].concat(), 1000),
        ([&1000u16.to_be_bytes()[..], &[b'r'; 124]].concat(), 1002),
    ] {
        let mut c = Raw::connect(&relay);
        c.frame(true, CLOSE, &payload, true);
        c.closed_with(code);
    }
    // 7.7.x: every code a peer may send is answered with a normal close.
    for code in [
        1000u16, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999,
    ] {
        let mut c = Raw::connect(&relay);
        c.frame(true, CLOSE, &code.to_be_bytes(), true);
        c.closed_with(1000);
        ended(&mut c);
    }
    // 7.9.x beyond tests/frames.rs: unassigned codes fail.
    for code in [1016u16, 1100, 2999] {
        let mut c = Raw::connect(&relay);
        c.frame(true, CLOSE, &code.to_be_bytes(), true);
        assert_eq!(c.closed_with(1002), "an invalid close code", "{code}");
    }
}

#[test]
fn section_9_messages_up_to_the_limit_and_one_byte_more() {
    let relay = Relay::start(&["--max-frame", "262144"]);
    let mut c = Raw::connect(&relay);
    // 9.1.1 to 9.1.3, 9.4.x: 64 KiB and 256 KiB messages, whole and in
    // fragments of 1 KiB.
    for len in [65_536, 262_144] {
        c.frame(true, TEXT, &ping_request("big", len), true);
        answered(&mut c, "big");
        let whole = ping_request("chunks", len);
        for (i, part) in whole.chunks(1024).enumerate() {
            let last = 1024 * (i + 1) >= whole.len();
            c.frame(last, if i == 0 { TEXT } else { 0 }, part, true);
        }
        answered(&mut c, "chunks");
    }
    // One byte over: 1009, whole or in fragments.
    c.frame(true, TEXT, &ping_request("over", 262_145), true);
    assert_eq!(c.closed_with(1009), "frame larger than 262144 bytes");
    let mut c = Raw::connect(&relay);
    let whole = ping_request("over", 262_145);
    c.frame(false, TEXT, &whole[..200_000], true);
    c.frame(true, 0, &whole[200_000..], true);
    assert_eq!(c.closed_with(1009), "frame larger than 262144 bytes");
}

/// 12.x, 13.x: permessage-deflate is offered by most clients; the relay
/// does not take it, so the 101 names no extension and frames stay plain.
#[test]
fn sections_12_and_13_compression_is_declined() {
    let relay = Relay::start(&[]);
    let mut s = std::net::TcpStream::connect(("127.0.0.1", relay.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n").unwrap();
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && s.read(&mut b).unwrap_or(0) == 1 {
        head.push(b[0]);
    }
    let head = String::from_utf8(head).unwrap().to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 101"), "{head}");
    assert!(!head.contains("sec-websocket-extensions"), "{head}");
}
