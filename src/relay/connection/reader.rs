//! A sans-I/O reader of the frames a client sends: whole messages out of
//! what the socket gave (fragments joined, UTF-8 checked as it comes, pings
//! returned for the connection to answer), within `--max-frame`.

use crate::relay::frame::{self, Frame, FrameError};
use std::io::{self};
use tokio::net::TcpStream;

/// Bytes read per system call.
pub(super) const READ_CHUNK: usize = 16 * 1024;

/// What a read produced.
#[derive(Debug, PartialEq)]
pub(crate) enum Message {
    Text(String),
    /// A binary message's length.
    Binary(usize),
    /// A ping's payload, for the connection to echo in a pong.
    Ping(Vec<u8>),
    /// A close, with its code if it gave one.
    Close(Option<u16>),
}

/// The bytes of a partly received frame, and of a fragmented message. It
/// only parses: whatever must be sent (a pong) is left to the connection.
pub(crate) struct Reader {
    pub(super) buf: Vec<u8>,
    /// Where the next frame starts in `buf`.
    pub(super) start: usize,
    pub(super) message: Vec<u8>,
    pub(super) message_opcode: Option<u8>,
    /// How much of a fragmented text message is known to be UTF-8.
    pub(super) checked: usize,
    pub(super) max: usize,
}

/// What a read took.
pub(super) enum Filled {
    /// The stream ended.
    End,
    /// Bytes; `burst`: a quarter of the room the read had or more, and the
    /// socket likely holds more of them.
    Bytes { burst: bool },
}

impl Reader {
    /// `buf` holds bytes already read (past the HTTP head).
    pub(crate) fn new(buf: Vec<u8>, max: usize) -> Reader {
        Reader {
            buf,
            start: 0,
            message: Vec::new(),
            message_opcode: None,
            checked: 0,
            max,
        }
    }

    /// Bytes read some other way than `fill` (the fuzz target's).
    pub(crate) fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The bytes it holds: of a partly received frame and message.
    pub(crate) fn held(&self) -> usize {
        self.buf.len() - self.start + self.message.len()
    }

    /// Whether part of a frame, or of a fragmented message, waits for more.
    pub(super) fn holds_partial(&self) -> bool {
        self.start < self.buf.len() || self.message_opcode.is_some()
    }

    /// Reads what the socket has now.
    pub(super) fn fill(&mut self, stream: &TcpStream) -> io::Result<Filled> {
        // Consumed frames are dropped once per read, not once per frame.
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.reserve(READ_CHUNK);
        let room = self.buf.capacity() - self.buf.len();
        let read = stream.try_read_buf(&mut self.buf);
        if self.buf.is_empty() {
            // Nothing partial is waiting: hold no buffer while idle.
            self.buf = Vec::new();
        }
        read.map(|n| match n {
            0 => Filled::End,
            n => Filled::Bytes {
                burst: n >= room / 4,
            },
        })
    }

    /// Fails a fragmented text message as soon as what arrived of it cannot
    /// be UTF-8, whatever follows (RFC 6455 §8.1), checking each byte once.
    pub(super) fn check_utf8(&mut self) -> Result<(), FrameError> {
        match std::str::from_utf8(&self.message[self.checked..]) {
            Ok(_) => self.checked = self.message.len(),
            // A character cut by the fragment's end: the next one may end it.
            Err(e) if e.error_len().is_none() => self.checked += e.valid_up_to(),
            Err(_) => return Err(invalid_utf8()),
        }
        Ok(())
    }

    /// The next complete message, or a ping (which may come between the
    /// fragments of a message).
    pub(crate) fn next(&mut self) -> Result<Option<Message>, FrameError> {
        loop {
            let Some(Frame {
                fin,
                opcode,
                payload,
                mask,
            }) = frame::parse(&self.buf[self.start..], self.max)?
            else {
                if self.start == self.buf.len() {
                    self.buf = Vec::new();
                    self.start = 0;
                }
                return Ok(None);
            };
            let payload = self.start + payload.start..self.start + payload.end;
            let end = payload.end;
            frame::unmask(&mut self.buf[payload.clone()], mask);
            let data = &self.buf[payload];
            let message = match (opcode, self.message_opcode) {
                (frame::PING, _) => Some(Message::Ping(data.to_vec())),
                (frame::PONG, _) => None,
                (frame::CLOSE, _) => Some(Message::Close(frame::close_code(data)?)),
                (frame::TEXT | frame::BINARY, None) if fin => Some(if opcode == frame::TEXT {
                    match std::str::from_utf8(data) {
                        Ok(text) => Message::Text(text.to_owned()),
                        Err(_) => return Err(invalid_utf8()),
                    }
                } else {
                    Message::Binary(data.len())
                }),
                (frame::TEXT | frame::BINARY, None) => {
                    self.message_opcode = Some(opcode);
                    self.message = data.to_vec();
                    self.checked = 0;
                    if opcode == frame::TEXT {
                        self.check_utf8()?;
                    }
                    None
                }
                (frame::CONTINUATION, Some(first)) => {
                    if self.message.len() + data.len() > self.max {
                        return Err(FrameError {
                            code: frame::CLOSE_TOO_BIG,
                            reason: "frame too large",
                        });
                    }
                    self.message.extend_from_slice(data);
                    if first == frame::TEXT {
                        self.check_utf8()?;
                    }
                    if fin {
                        self.message_opcode = None;
                        let whole = std::mem::take(&mut self.message);
                        Some(if first == frame::TEXT {
                            Message::Text(String::from_utf8(whole).map_err(|_| invalid_utf8())?)
                        } else {
                            Message::Binary(whole.len())
                        })
                    } else {
                        None
                    }
                }
                _ => {
                    return Err(FrameError {
                        code: frame::CLOSE_PROTOCOL,
                        reason: "unexpected continuation",
                    })
                }
            };
            self.start = end;
            if message.is_some() {
                return Ok(message);
            }
        }
    }
}

pub(super) fn invalid_utf8() -> FrameError {
    FrameError {
        code: frame::CLOSE_INVALID_UTF8,
        reason: "text is not UTF-8",
    }
}
