//! WebSocket framing for the relay's side (RFC 6455), sans I/O: reading
//! client frames (masked) out of a byte buffer, writing server frames
//! (unmasked), and the handshake's accept key.

pub const CONTINUATION: u8 = 0x0;
pub const TEXT: u8 = 0x1;
pub const BINARY: u8 = 0x2;
pub const CLOSE: u8 = 0x8;
pub const PING: u8 = 0x9;
pub const PONG: u8 = 0xA;

/// Close codes the relay sends.
pub const CLOSE_NORMAL: u16 = 1000;
pub const CLOSE_GOING_AWAY: u16 = 1001;
pub const CLOSE_PROTOCOL: u16 = 1002;
pub const CLOSE_INVALID_UTF8: u16 = 1007;
pub const CLOSE_POLICY: u16 = 1008;
pub const CLOSE_TOO_BIG: u16 = 1009;

/// The ping the relay sends to a connection it has not heard from (a small
/// payload, echoed in the pong, that says who asks).
pub const PING_FRAME: [u8; 10] = *b"\x89\x08ragentsd";

/// One client frame found at the start of a buffer.
#[derive(Debug, PartialEq)]
pub struct Frame {
    pub fin: bool,
    pub opcode: u8,
    /// Where the payload starts and ends in the buffer.
    pub payload: std::ops::Range<usize>,
    pub mask: [u8; 4],
}

/// Why the bytes are not an acceptable client frame; the close code to send.
#[derive(Debug, PartialEq)]
pub struct FrameError {
    pub code: u16,
    pub reason: &'static str,
}

const fn fail(code: u16, reason: &'static str) -> Result<Option<Frame>, FrameError> {
    Err(FrameError { code, reason })
}

/// Reads the frame at the start of `buf`: `Ok(None)` until all of it is there.
/// Frames whose payload exceeds `max` are refused as soon as the header shows it.
pub fn parse(buf: &[u8], max: usize) -> Result<Option<Frame>, FrameError> {
    let [b0, b1, ..] = *buf else { return Ok(None) };
    let (fin, opcode) = (b0 & 0x80 != 0, b0 & 0x0F);
    if b0 & 0x70 != 0 {
        return fail(CLOSE_PROTOCOL, "reserved bits set");
    }
    if !matches!(opcode, CONTINUATION | TEXT | BINARY | CLOSE | PING | PONG) {
        return fail(CLOSE_PROTOCOL, "unknown opcode");
    }
    if b1 & 0x80 == 0 {
        return fail(CLOSE_PROTOCOL, "client frames must be masked");
    }
    let (len, mut at) = match b1 & 0x7F {
        126 if buf.len() >= 4 => (u16::from_be_bytes([buf[2], buf[3]]) as u64, 4),
        127 if buf.len() >= 10 => (u64::from_be_bytes(buf[2..10].try_into().unwrap()), 10),
        126 | 127 => return Ok(None),
        n => (n as u64, 2),
    };
    if opcode >= CLOSE && (!fin || len > 125) {
        return fail(CLOSE_PROTOCOL, "bad control frame");
    }
    if len > max as u64 {
        return fail(CLOSE_TOO_BIG, "frame too large");
    }
    let Some(mask) = buf.get(at..at + 4) else {
        return Ok(None);
    };
    let mask = [mask[0], mask[1], mask[2], mask[3]];
    at += 4;
    let end = at + len as usize;
    if buf.len() < end {
        return Ok(None);
    }
    Ok(Some(Frame {
        fin,
        opcode,
        payload: at..end,
        mask,
    }))
}

/// Unmasks a payload in place, eight bytes at a time.
pub fn unmask(payload: &mut [u8], mask: [u8; 4]) {
    let wide = u64::from_ne_bytes([mask, mask].concat().try_into().unwrap_or_default());
    let mut words = payload.chunks_exact_mut(8);
    for word in &mut words {
        let w = u64::from_ne_bytes((&*word).try_into().unwrap_or_default()) ^ wide;
        word.copy_from_slice(&w.to_ne_bytes());
    }
    // What is left starts at a multiple of 8, so of 4: the mask starts over.
    for (b, m) in words.into_remainder().iter_mut().zip(mask.iter().cycle()) {
        *b ^= m;
    }
}

/// Appends a server frame (final, unmasked) with this payload.
pub fn write(out: &mut Vec<u8>, opcode: u8, payload: &[u8]) {
    head(out, opcode, payload.len());
    out.extend_from_slice(payload);
}

/// Appends the head of a server frame (final, unmasked) whose payload is
/// `len` bytes.
pub fn head(out: &mut Vec<u8>, opcode: u8, len: usize) {
    out.push(0x80 | opcode);
    match len {
        n if n < 126 => out.push(n as u8),
        n if n <= 0xFFFF => {
            out.push(126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
}

/// A whole server text frame.
pub fn text(payload: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 10);
    write(&mut out, TEXT, payload.as_bytes());
    out
}

/// A whole close frame.
pub fn close(code: u16, reason: &str) -> Vec<u8> {
    let mut payload = code.to_be_bytes().to_vec();
    payload.extend_from_slice(&reason.as_bytes()[..reason.len().min(123)]);
    let mut out = Vec::with_capacity(payload.len() + 2);
    write(&mut out, CLOSE, &payload);
    out
}

/// `Sec-WebSocket-Accept` for a `Sec-WebSocket-Key`.
/// Whether a `Sec-WebSocket-Key` is what RFC 6455 §4.2.1 asks: 16 bytes
/// in base64 (24 characters, the last two `==`).
pub fn valid_key(key: &str) -> bool {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let key = key.trim().as_bytes();
    // 16 bytes: 21 full characters, one holding 2 bits (its low 4 zero), "==".
    key.len() == 24
        && key.ends_with(b"==")
        && key[..22].iter().all(|b| ABC.contains(b))
        && ABC
            .iter()
            .position(|b| *b == key[21])
            .is_some_and(|v| v & 0x0F == 0)
}

/// The code of a close frame's payload, checked as RFC 6455 §5.5.1 and
/// §7.4 ask: none, or a code a peer may send, and a UTF-8 reason.
pub fn close_code(payload: &[u8]) -> Result<Option<u16>, FrameError> {
    let bad = |reason| FrameError {
        code: CLOSE_PROTOCOL,
        reason,
    };
    let Some((code, reason)) = payload.split_first_chunk::<2>() else {
        return match payload.len() {
            0 => Ok(None),
            _ => Err(bad("a close payload of one byte")),
        };
    };
    let code = u16::from_be_bytes(*code);
    // 1004-1006 and 1015 are never sent; 1016-2999 are not assigned.
    let allowed = matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999);
    if !allowed {
        return Err(bad("an invalid close code"));
    }
    if std::str::from_utf8(reason).is_err() {
        return Err(FrameError {
            code: CLOSE_INVALID_UTF8,
            reason: "close reason is not UTF-8",
        });
    }
    Ok(Some(code))
}

pub fn accept_key(key: &str) -> String {
    let mut sha = sha1_smol::Sha1::new();
    sha.update(key.trim().as_bytes());
    sha.update(b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    base64(&sha.digest().bytes())
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A client frame as a browser would send it.
    fn client(opcode: u8, fin: bool, payload: &[u8]) -> Vec<u8> {
        let mask = [1, 2, 3, 4];
        let mut out = Vec::new();
        write(&mut out, opcode, payload);
        if !fin {
            out[0] &= 0x7F;
        }
        out[1] |= 0x80;
        let at = out.len() - payload.len();
        out.splice(at..at, mask);
        unmask(&mut out[at + 4..], mask);
        out
    }

    #[test]
    fn unmasks_each_byte_with_its_key_byte_at_every_length() {
        let mask = [0x12, 0x34, 0x56, 0x78];
        for len in 0..40 {
            let payload: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let mut got = payload.clone();
            unmask(&mut got, mask);
            let want: Vec<u8> = (payload.iter().enumerate())
                .map(|(i, b)| b ^ mask[i % 4])
                .collect();
            assert_eq!(got, want, "{len}");
        }
    }

    #[test]
    fn reads_masked_frames_of_every_length_class() {
        for len in [0usize, 5, 125, 126, 65535, 65536, 200_000] {
            let payload: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let bytes = client(TEXT, true, &payload);
            let f = parse(&bytes, 1 << 20).unwrap().unwrap();
            assert_eq!((f.fin, f.opcode, f.payload.end), (true, TEXT, bytes.len()));
            let mut got = bytes[f.payload.clone()].to_vec();
            unmask(&mut got, f.mask);
            assert_eq!(got, payload, "{len}");
            // Every proper prefix is incomplete, not an error.
            for cut in [0, 1, 2, f.payload.start - 1, bytes.len() - 1] {
                if cut < bytes.len() {
                    assert_eq!(parse(&bytes[..cut], 1 << 20), Ok(None), "{len} cut {cut}");
                }
            }
        }
    }

    #[test]
    fn refuses_what_a_client_may_not_send() {
        let unmasked = text("hi");
        assert_eq!(
            parse(&unmasked, 100).unwrap_err().reason,
            "client frames must be masked"
        );
        let big = client(TEXT, true, &[0; 300]);
        assert_eq!(parse(&big[..4], 100).unwrap_err().code, CLOSE_TOO_BIG);
        let mut rsv = client(TEXT, true, b"x");
        rsv[0] |= 0x40;
        assert_eq!(parse(&rsv, 100).unwrap_err().code, CLOSE_PROTOCOL);
        let ping = client(PING, false, b"x");
        assert_eq!(parse(&ping, 100).unwrap_err().reason, "bad control frame");
        let mut op = client(TEXT, true, b"x");
        op[0] = 0x83;
        assert_eq!(parse(&op, 100).unwrap_err().reason, "unknown opcode");
    }

    #[test]
    fn writes_server_frames() {
        assert_eq!(text("hi"), vec![0x81, 2, b'h', b'i']);
        assert_eq!(&text(&"x".repeat(300))[..4], &[0x81, 126, 1, 44]);
        assert_eq!(close(1000, "bye"), vec![0x88, 5, 3, 232, b'b', b'y', b'e']);
        let mut ping = Vec::new();
        write(&mut ping, PING, b"ragentsd");
        assert_eq!(ping, PING_FRAME);
    }

    #[test]
    fn accept_key_matches_the_rfc_example() {
        assert_eq!(
            accept_key("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
    }

    #[test]
    fn keys_must_be_16_bytes_in_base64() {
        assert!(valid_key("dGhlIHNhbXBsZSBub25jZQ=="));
        assert!(valid_key(" AAAAAAAAAAAAAAAAAAAAAA== "));
        for bad in [
            "",
            "hello",
            "dGhlIHNhbXBsZSBub25jZQ",       // no padding
            "dGhlIHNhbXBsZSBub25jZQ=",      // 23 characters
            "dGhlIHNhbXBsZSBub25jZR==",     // low bits set: not 16 bytes
            "dGhlIHNhbXBsZSBub25j!Q==",     // not base64
            "dGhlIHNhbXBsZSBub25jZXk=",     // 17 bytes
            "dGhlIHNhbXBsZSBub25jZQ==AAAA", // 19 bytes
        ] {
            assert!(!valid_key(bad), "{bad:?}");
        }
    }

    #[test]
    fn close_codes_are_checked_as_rfc_6455_says() {
        assert_eq!(close_code(b""), Ok(None));
        for ok in [
            1000u16, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 4999,
        ] {
            assert_eq!(close_code(&ok.to_be_bytes()), Ok(Some(ok)), "{ok}");
        }
        for bad in [0u16, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535] {
            let e = close_code(&bad.to_be_bytes()).unwrap_err();
            assert_eq!(e.code, CLOSE_PROTOCOL, "{bad}");
        }
        assert_eq!(close_code(b"x").unwrap_err().code, CLOSE_PROTOCOL);
        let mut bad_reason = 1000u16.to_be_bytes().to_vec();
        bad_reason.extend_from_slice(&[0xff, 0xfe]);
        assert_eq!(
            close_code(&bad_reason).unwrap_err().code,
            CLOSE_INVALID_UTF8
        );
    }
}
