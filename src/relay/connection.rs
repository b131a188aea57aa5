//! One relay connection after the upgrade. `Conn` is what other connections
//! see: `send` writes a frame straight into the socket when the kernel takes
//! it, and queues it (bounded) for this connection's task otherwise. The task
//! (`run`) reads frames, does the `connect` handshake, passes text through
//! the session's rules, flushes what is queued, and closes cleanly: also
//! when the relay's pinger gave up on it (`--ping`: `Conn::look`, with the
//! rules in `liveness`). An idle connection holds no buffer.
//!
//! Its log: one info line when `connect` is accepted, one when it ends, one
//! per refusal (rate-limited per connection). A session appears only as a
//! short hash of its key (the key is a secret), and a packet's text only at
//! trace level.

use super::auth::Denied;
use super::frame::{self, Frame, FrameError};
use super::liveness::{Action, Liveness};
use super::metrics::{Metrics, Refusal};
use super::outbox::{Outbox, Text};
use super::rate::{Rate, Take};
use super::{deliver, Config, Relay};
use crate::protocol::client::CLOSE_RESUME;
use crate::protocol::packet::{self, error_response, Packet, SERVER};
use crate::protocol::resume::{ack_packet, parse_ack, Place};
use crate::protocol::session::{
    connect_accepted, connect_refused, parse_connect, ConnId, Connect, Create, Resumable, Resume,
    Verdict, CONNECT_REFUSED_REASON,
};
use serde_json::value::RawValue;
use std::io::{self, ErrorKind};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio::sync::{watch, Notify};
use tracing::{debug, info, trace, warn, Level};

/// How long a new socket has to send its HTTP request, and then its
/// `connect` request.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a closing socket is drained so the peer gets our close frame.
const LINGER: Duration = Duration::from_secs(1);
/// Bytes a reader may fall behind before it is disconnected.
const MAX_PENDING: usize = 16 << 20;
/// A backlog up to this is not counted in the relay's backlog, and a
/// reader whose socket took all but this at its last write is keeping up:
/// it is never cut off for the relay's sake.
const SMALL_BACKLOG: usize = 64 << 10;
/// Bytes read per system call.
const READ_CHUNK: usize = 16 * 1024;

/// What is queued for a connection, and what it may still be sent.
#[derive(Default)]
struct Outgoing {
    /// The frames to write (a client that takes batches: packets gathered
    /// until the next write makes them one frame).
    frames: Outbox,
    /// Why nothing more may be queued, once that is so.
    closed: Option<&'static str>,
    /// A resumable connection's packets, numbered: those the client has
    /// not acknowledged, and the count of those it sent (`resume`); the
    /// texts are those its outbox shares.
    /// (Boxed: a connection that is not resumable pays for a pointer.)
    resume: Option<Box<Place<Arc<str>>>>,
    /// Its share of the relay's backlog (`Metrics::backlog`): the bytes its
    /// outbox holds, when it has more than `SMALL_BACKLOG` unsent.
    counted: usize,
    /// Its socket's last write left something unwritten.
    blocked: bool,
}

/// What a lost connection hands over to the socket that resumes its place.
pub(super) struct Handover {
    place: Box<Place<Arc<str>>>,
    /// The packets its client lacks, to send again.
    again: Vec<Arc<str>>,
    /// Tokens that resume it no more (see `Place::resume`), to forget.
    pub forgotten: Vec<String>,
}

impl Handover {
    /// The packets the relay had received from the client.
    pub fn received(&self) -> u64 {
        self.place.replay.received_count()
    }
}

/// A connection as the rest of the relay sees it.
pub struct Conn {
    pub id: ConnId,
    /// The member of the session it is: its own id, or that of the lost
    /// connection whose place it resumed.
    place: AtomicU64,
    /// It may be resumed (its outbox keeps a replay).
    resumable: AtomicBool,
    /// It agreed to resume: it sends acks (also once its replay is spent).
    acks: AtomicBool,
    /// Its place went to another socket: nothing more it reads is applied.
    replaced: AtomicBool,
    /// Its socket is lost and its place kept for a resume (`--resume-grace`).
    detached: AtomicBool,
    /// An ack of the relay's was queued for it by the read being handled,
    /// into an outbox that was empty: the read's end writes it.
    unflushed: AtomicBool,
    pub peer: SocketAddr,
    stream: TcpStream,
    out: Mutex<Outgoing>,
    /// Wakes the connection's task: something is queued, or it must close.
    wake: Notify,
    /// Refusals so far (only some are logged: see `refused`).
    refused: AtomicU32,
    /// It asked, in `connect`, for several packets per frame.
    batch: AtomicBool,
    /// Something was read since the pinger last looked (`--ping`).
    heard: AtomicBool,
    /// The pinger's record of it, made when it first looks.
    liveness: Mutex<Option<Liveness>>,
    /// It answered no ping: its task closes it.
    dead: AtomicBool,
    /// Part of a frame (or of a fragmented message) is waiting for the
    /// rest, since then (`--frame-timeout`).
    partial: AtomicBool,
    partial_since: Mutex<Option<Instant>>,
    /// Its frame took too long: its task closes it.
    stalled: AtomicBool,
    /// Detached since then; its grace is over (the pinger says).
    detached_since: Mutex<Option<Instant>>,
    expired: AtomicBool,
    metrics: Arc<Metrics>,
}

impl Conn {
    pub fn new(id: ConnId, peer: SocketAddr, stream: TcpStream, metrics: Arc<Metrics>) -> Conn {
        Conn {
            id,
            place: AtomicU64::new(id),
            resumable: AtomicBool::new(false),
            acks: AtomicBool::new(false),
            replaced: AtomicBool::new(false),
            detached: AtomicBool::new(false),
            unflushed: AtomicBool::new(false),
            peer,
            stream,
            out: Mutex::new(Outgoing::default()),
            wake: Notify::new(),
            refused: Default::default(),
            batch: AtomicBool::new(false),
            heard: AtomicBool::new(false),
            liveness: Mutex::new(None),
            dead: AtomicBool::new(false),
            partial: AtomicBool::new(false),
            partial_since: Mutex::new(None),
            stalled: AtomicBool::new(false),
            detached_since: Mutex::new(None),
            expired: AtomicBool::new(false),
            metrics,
        }
    }

    /// The pinger's look at `now`: whether to ping this connection or give
    /// up on it, after `period` of silence and then as long unanswered.
    pub fn look(&self, period: Duration, now: Instant) -> Action {
        let heard = self.heard.swap(false, Relaxed);
        let mut liveness = self.liveness.lock().unwrap();
        let liveness = liveness.get_or_insert_with(|| Liveness::new(period, now));
        if heard {
            liveness.heard(now);
        }
        liveness.poll(now)
    }

    /// How long part of a frame has waited for the rest, at `now`.
    pub fn partial_for(&self, now: Instant) -> Option<Duration> {
        if !self.partial.load(Relaxed) {
            return None;
        }
        let since = *self.partial_since.lock().unwrap();
        since.map(|t| now.saturating_duration_since(t))
    }

    /// Notes whether part of a frame waits, after a read (the clock is
    /// read only when that changes).
    fn note_partial(&self, partial: bool) {
        if self.partial.swap(partial, Relaxed) != partial {
            *self.partial_since.lock().unwrap() = partial.then(Instant::now);
        }
    }

    /// How long it has been detached, at `now`.
    pub fn detached_for(&self, now: Instant) -> Option<Duration> {
        let since = *self.detached_since.lock().unwrap();
        since.map(|t| now.saturating_duration_since(t))
    }

    /// Its place's grace is over: its task lets the place go.
    pub fn expire(&self) {
        if !self.expired.swap(true, Relaxed) {
            self.wake.notify_one();
        }
    }

    /// Gives up on it: a frame took longer than `--frame-timeout`.
    pub fn stall(&self) {
        if !self.stalled.swap(true, Relaxed) {
            self.wake.notify_one();
        }
    }

    /// Pings it.
    pub fn ping(&self) {
        self.metrics.pings.fetch_add(1, Relaxed);
        self.send(&frame::PING_FRAME);
    }

    /// Gives up on it (it answered no ping): its task closes it with 1001.
    pub fn give_up(&self) {
        if !self.dead.swap(true, Relaxed) {
            self.metrics.dead_connections.fetch_add(1, Relaxed);
            self.wake.notify_one();
        }
    }

    /// Whether it takes (and sends) several packets per frame.
    pub fn batches(&self) -> bool {
        self.batch.load(Relaxed)
    }

    /// Queues one whole frame, in order with every other frame sent to it.
    /// Returns true when the outbox was empty: the caller then owns the
    /// flush (`flush_or_wake`), so that a batch of frames costs one write.
    pub fn queue(&self, frame: &[u8]) -> bool {
        let mut out = self.out.lock().unwrap();
        let Some(was_empty) = self.room(&mut out, frame.len()) else {
            return false;
        };
        self.seal(&mut out); // what was gathered goes first
        out.frames.frame(frame);
        was_empty
    }

    /// Queues one packet: as a frame of its own, or, for a client that takes
    /// batches, with the others the next flush sends in one frame. A large
    /// text is shared by every connection it is queued on (`Text`).
    /// Returns true as `queue` does. A resumable connection numbers and
    /// keeps it until acknowledged, also while detached.
    pub fn queue_text(&self, text: &mut Text) -> bool {
        let mut out = self.out.lock().unwrap();
        let mut was_empty = false;
        if let Some(place) = &mut out.resume {
            // An ack that is due rides along (in the same batch).
            let ack = place.replay.ack_due();
            if !place.replay.sent(text.shared(), text.len()) {
                self.spent();
            }
            if let Some(n) = ack {
                let ack = ack_packet(n);
                was_empty = self.queue_unnumbered(&mut out, &mut Text::new(&ack));
            }
        }
        self.queue_unnumbered(&mut out, text) || was_empty
    }

    /// `queue_text` without numbering: the relay's acks, and packets sent
    /// again on a resume.
    fn queue_unnumbered(&self, out: &mut Outgoing, text: &mut Text) -> bool {
        // (A frame's head is 10 bytes at most; a batch adds a separator.)
        let Some(was_empty) = self.room(out, text.len() + 10) else {
            return false;
        };
        self.metrics.packets_out.fetch_add(1, Relaxed);
        if self.batches() {
            // Its bytes are counted when the batch is sealed into a frame.
            out.frames.gather(text);
        } else {
            self.seal(out);
            out.frames.text(text);
            (self.metrics.bytes_out).fetch_add(text.len() as u64, Relaxed);
        }
        was_empty
    }

    /// Queues and writes one packet of the relay's own (an answer, an error).
    fn send_packet(&self, text: &str) {
        if self.queue_text(&mut Text::new(text)) {
            self.flush_or_wake();
        }
    }

    /// The member of the session it is.
    pub fn place(&self) -> ConnId {
        self.place.load(Relaxed)
    }

    /// Whether its socket is lost and its place kept for a resume.
    pub fn is_detached(&self) -> bool {
        self.detached.load(Relaxed)
    }

    /// Makes it resumable with `token`: from now on the packets it is sent
    /// are numbered and kept until acknowledged.
    fn make_resumable(&self, token: String) {
        self.out.lock().unwrap().resume = Some(Box::new(Place::new(token)));
        self.resumable.store(true, Relaxed);
        self.acks.store(true, Relaxed);
    }

    /// Counts a packet received from a resumable client; Some(the ack to
    /// send it at once) every `ACK_ALONE` packets that no packet sent to it
    /// took along (see `protocol::resume`).
    fn received(&self) -> Option<String> {
        if !self.resumable.load(Relaxed) {
            return None;
        }
        let n = self
            .out
            .lock()
            .unwrap()
            .resume
            .as_mut()?
            .replay
            .received()?;
        Some(ack_packet(n))
    }

    /// Whether it may be resumed (it numbers and acks packets).
    pub fn is_resumable(&self) -> bool {
        self.resumable.load(Relaxed)
    }

    /// The pinger looks: what it received and has not acked yet is acked.
    pub fn ack_pending(&self) {
        if !self.is_resumable() || self.is_detached() {
            return;
        }
        let mut out = self.out.lock().unwrap();
        let Some(n) = out.resume.as_mut().and_then(|p| p.replay.pending_ack()) else {
            return;
        };
        if self.queue_unnumbered(&mut out, &mut Text::new(&ack_packet(n))) {
            drop(out);
            self.flush_or_wake();
        }
    }

    /// Its client has received `n` packets.
    fn acked(&self, n: u64) {
        if let Some(place) = &mut self.out.lock().unwrap().resume {
            place.replay.acked(n);
        }
    }

    /// Past the replay's bound: the connection can no longer be resumed
    /// (a detached one is released at once: its task is woken for it).
    fn spent(&self) {
        if self.resumable.swap(false, Relaxed) {
            self.wake.notify_one();
        }
    }

    /// Its socket is lost: its place is kept (true) if it is resumable.
    /// Its socket is shut, and what is sent to it is kept, no longer written.
    fn detach(&self) -> bool {
        let mut out = self.out.lock().unwrap();
        if !self.resumable.load(Relaxed) {
            return false;
        }
        out.closed.get_or_insert("detached");
        out.frames.clear();
        self.count_backlog(&mut out, 0);
        self.detached.store(true, Relaxed);
        *self.detached_since.lock().unwrap() = Some(Instant::now());
        let _ = socket2::SockRef::from(&self.stream).shutdown(std::net::Shutdown::Both);
        true
    }

    /// Its place goes to another socket whose client received `acked`
    /// packets, with `token` as the newest: the place (its record and
    /// tokens) and the packets to send again are handed over, and this one
    /// closes. None (and nothing changes) when that cannot be exact.
    pub(super) fn hand_over(&self, acked: u64, token: String) -> Option<Handover> {
        let mut out = self.out.lock().unwrap();
        let (again, forgotten) = out.resume.as_mut()?.resume(acked, token)?;
        let place = out.resume.take()?;
        out.closed = Some("resumed on another socket");
        self.resumable.store(false, Relaxed);
        self.replaced.store(true, Relaxed);
        self.wake.notify_one();
        Some(Handover {
            place,
            again,
            forgotten,
        })
    }

    /// Takes a lost connection's place: the packets its client lacks go
    /// after `answer` (the answer to `connect`), before anything else.
    pub(super) fn take_over(&self, place: ConnId, old: Handover, answer: &str) {
        self.place.store(place, Relaxed);
        let mut out = self.out.lock().unwrap();
        self.queue_unnumbered(&mut out, &mut Text::new(answer));
        for packet in &old.again {
            self.queue_unnumbered(&mut out, &mut Text::of_shared(packet));
        }
        out.resume = Some(old.place);
        self.resumable.store(true, Relaxed);
        self.acks.store(true, Relaxed);
    }

    /// Its tokens, when it leaves for good.
    pub(super) fn take_tokens(&self) -> Vec<String> {
        let place = self.out.lock().unwrap().resume.take();
        place.map_or_else(Vec::new, |p| p.into_tokens())
    }

    /// Whether `token` resumes its place.
    pub(super) fn has_token(&self, token: &str) -> bool {
        let out = self.out.lock().unwrap();
        out.resume.as_ref().is_some_and(|p| p.has_token(token))
    }

    /// Its client sent a packet: older tokens of its place, returned for
    /// the relay to forget, resume nothing any more.
    fn confirm(&self) -> Vec<String> {
        let mut out = self.out.lock().unwrap();
        out.resume.as_mut().map_or_else(Vec::new, |p| p.confirm())
    }

    fn seal(&self, out: &mut Outgoing) {
        let bytes = out.frames.seal();
        if bytes > 0 {
            self.metrics.bytes_out.fetch_add(bytes as u64, Relaxed);
        }
    }

    /// Whether `more` bytes may be queued: Some(nothing was queued before),
    /// or None when the connection is closed, or closes now because its
    /// client reads too slowly: its backlog would pass 16 MiB, or it is
    /// behind (more than `SMALL_BACKLOG` waiting, which its socket did not
    /// all take at its last write) while the relay's backlog passes
    /// `--max-backlog`.
    fn room(&self, out: &mut Outgoing, more: usize) -> Option<bool> {
        if out.closed.is_some() {
            return None;
        }
        let unsent = out.frames.unsent();
        let behind = || out.blocked && unsent > SMALL_BACKLOG;
        if unsent + more > MAX_PENDING || (behind() && self.metrics.over_backlog()) {
            // What was not begun is dropped; the frame being written is
            // finished, and a close frame says why (RFC 6455 §7.1.7).
            out.frames.cut();
            out.frames
                .frame(&frame::close(frame::CLOSE_POLICY, SLOW_READER));
            self.count_backlog(out, 0);
            out.closed = Some(SLOW_READER);
            self.metrics.refused(Refusal::SlowReader);
            let reason = Refusal::SlowReader.label();
            warn!(conn = self.id, peer = %self.peer, reason, "closed: the client reads too slowly");
            self.wake.notify_one();
            return None;
        }
        self.count_backlog(out, more);
        Some(unsent == 0)
    }

    /// Brings its share of the relay's backlog up to date, `more` bytes
    /// about to be queued included: what its outbox holds, once more than
    /// `SMALL_BACKLOG` is unsent. Costs nothing while it keeps up.
    fn count_backlog(&self, out: &mut Outgoing, more: usize) {
        let share = if out.frames.unsent() + more > SMALL_BACKLOG {
            out.frames.held() + more
        } else {
            0
        };
        if share != out.counted {
            self.metrics.add_backlog(share as i64 - out.counted as i64);
            out.counted = share;
        }
    }

    /// Writes what is queued; what the socket does not take now is left to
    /// the connection's task, woken for it.
    pub fn flush_or_wake(&self) {
        if !matches!(self.flush(), Ok(true)) {
            self.wake.notify_one();
        }
    }

    /// Queues and writes one frame at once.
    pub fn send(&self, frame: &[u8]) {
        if self.queue(frame) {
            self.flush_or_wake();
        }
    }

    /// Writes what is queued until done (true) or the socket would block.
    fn flush(&self) -> io::Result<bool> {
        let mut out = self.out.lock().unwrap();
        self.seal(&mut out);
        let written = (out.frames).write_with(|slices| self.stream.try_write_vectored(slices));
        match written {
            Ok(done) => {
                out.blocked = !done;
                self.count_backlog(&mut out, 0);
                Ok(done)
            }
            Err(e) => {
                out.closed = Some("connection lost");
                Err(e)
            }
        }
    }

    /// (something is queued, why the connection must close if it must)
    fn state(&self) -> (bool, Option<&'static str>) {
        let out = self.out.lock().unwrap();
        (out.frames.unsent() > 0, out.closed)
    }

    fn close(&self, code: u16, reason: &str) {
        self.send(&frame::close(code, reason));
        self.out.lock().unwrap().closed = Some("closed");
    }
}

impl Drop for Conn {
    /// Its share of the relay's backlog goes with it.
    fn drop(&mut self) {
        let out = self.out.get_mut().unwrap_or_else(|e| e.into_inner());
        self.metrics.add_backlog(-(out.counted as i64));
    }
}

/// What a read produced.
#[derive(Debug, PartialEq)]
pub(super) enum Message {
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
pub(super) struct Reader {
    buf: Vec<u8>,
    /// Where the next frame starts in `buf`.
    start: usize,
    message: Vec<u8>,
    message_opcode: Option<u8>,
    /// How much of a fragmented text message is known to be UTF-8.
    checked: usize,
    max: usize,
}

impl Reader {
    /// `buf` holds bytes already read (past the HTTP head).
    pub(super) fn new(buf: Vec<u8>, max: usize) -> Reader {
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
    pub(super) fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The bytes it holds: of a partly received frame and message.
    pub(super) fn held(&self) -> usize {
        self.buf.len() - self.start + self.message.len()
    }

    /// Whether part of a frame, or of a fragmented message, waits for more.
    fn holds_partial(&self) -> bool {
        self.start < self.buf.len() || self.message_opcode.is_some()
    }

    /// Reads what the socket has now; Ok(false) at the end of the stream.
    fn fill(&mut self, stream: &TcpStream) -> io::Result<bool> {
        // Consumed frames are dropped once per read, not once per frame.
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.reserve(READ_CHUNK);
        let read = stream.try_read_buf(&mut self.buf);
        if self.buf.is_empty() {
            // Nothing partial is waiting: hold no buffer while idle.
            self.buf = Vec::new();
        }
        read.map(|n| n > 0)
    }

    /// Fails a fragmented text message as soon as what arrived of it cannot
    /// be UTF-8, whatever follows (RFC 6455 §8.1), checking each byte once.
    fn check_utf8(&mut self) -> Result<(), FrameError> {
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
    pub(super) fn next(&mut self) -> Result<Option<Message>, FrameError> {
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

/// Answers a ping.
fn pong(conn: &Conn, payload: &[u8]) {
    let mut pong = Vec::with_capacity(payload.len() + 2);
    frame::write(&mut pong, frame::PONG, payload);
    conn.send(&pong);
}

fn invalid_utf8() -> FrameError {
    FrameError {
        code: frame::CLOSE_INVALID_UTF8,
        reason: "text is not UTF-8",
    }
}

/// Why the loop of a connection ended.
enum End {
    /// The peer is gone, the socket failed, or the relay gave up on it:
    /// nothing more to say.
    Gone(&'static str),
    /// The client closed, with its code if it gave one; we answer 1000.
    ClientClosed(Option<u16>),
    /// We close, with this code and reason.
    Close(u16, String),
}

/// How a session appears in the log: the first 8 hex digits of the SHA-1
/// of its key, enough to tell sessions apart, never the key.
pub(super) fn session_tag(key: &str) -> String {
    let digest = sha1_smol::Sha1::from(key).digest().bytes();
    let [a, b, c, d, ..] = digest;
    format!("{:08x}", u32::from_be_bytes([a, b, c, d]))
}

/// Why a connection that answered no ping is closed (the close frame's
/// reason and the log's).
const NO_ANSWER: &str = "no answer to pings";

/// Why a client whose backlog passed its bound is closed.
const SLOW_READER: &str = "the client reads too slowly";

/// Why a connection whose frame took longer than `--frame-timeout` is closed.
const STALLED: &str = "a frame took too long to arrive";

/// The answer to a `connect` for a session that has its most clients.
const SESSION_FULL: &str = "too many clients in this session";

/// Why a connection that sent no `connect` in time is closed.
const NO_CONNECT: &str = "no connect request within 10 s";

/// Runs a connection to its end. `rest` holds bytes read past the HTTP head.
pub async fn run(
    conn: Arc<Conn>,
    rest: Vec<u8>,
    relay: &Relay,
    config: &Config,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut reader = Reader::new(rest, config.max_frame);
    let Some(Joined {
        key,
        tag,
        grace,
        session,
    }) = join(&conn, &mut reader, relay, config, &mut shutdown).await
    else {
        return;
    };
    let since = Instant::now();
    let mut rate = Rate::new(config.max_packet_rate, since);
    let end = serve(
        &conn,
        &mut reader,
        relay,
        &session,
        &mut rate,
        &mut shutdown,
    )
    .await;
    // A lost socket (not a close from either side) keeps its place for a
    // while, if it may be resumed; a socket resumed elsewhere left its
    // place to that one.
    let lost = match &end {
        End::Gone(_) => true,
        End::Close(_, reason) => reason == NO_ANSWER,
        // Our client gave this socket up for dead and resumes on another.
        End::ClientClosed(code) => *code == Some(CLOSE_RESUME),
    };
    if grace.is_some() && lost && relay.is_member(&session, &conn) && conn.detach() {
        info!(conn = conn.id, peer = %conn.peer, session = %tag, "detached: kept for a resume");
        Box::pin(wait_for_resume(&conn, &mut shutdown)).await;
    }
    relay.leave_place(&key, &conn, &session);
    let (code, reason) = match &end {
        End::Gone(why) => (None, *why),
        End::ClientClosed(code) => (*code, "client closed"),
        End::Close(code, reason) => (Some(*code), reason.as_str()),
    };
    info!(
        conn = conn.id,
        peer = %conn.peer,
        session = %tag,
        duration_ms = since.elapsed().as_millis() as u64,
        code,
        reason,
        "disconnected"
    );
    match end {
        End::Close(code, reason) => conn.close(code, &reason),
        End::ClientClosed(_) => conn.close(frame::CLOSE_NORMAL, ""),
        End::Gone(_) => {}
    }
    linger(&conn).await;
}

/// A connection that joined its session (or resumed its place there).
struct Joined {
    key: String,
    /// The session's tag in the log.
    tag: String,
    /// How long its place is kept if its socket is lost, if it may be resumed.
    grace: Option<Duration>,
    session: super::SharedSession,
}

/// The connection's first message, which must be `connect`: the session it
/// joins, or None once it was refused (answered and closed). A function of
/// its own, so that what only the handshake needs is not kept in the
/// connection's task for its whole life.
async fn join(
    conn: &Arc<Conn>,
    reader: &mut Reader,
    relay: &Relay,
    config: &Config,
    shutdown: &mut watch::Receiver<bool>,
) -> Option<Joined> {
    // The first message; Err(Some) for a framing error, Err(None) when the
    // socket ended or the relay is shutting down.
    let first = tokio::time::timeout(HANDSHAKE_TIMEOUT, async {
        loop {
            match reader.next() {
                Ok(Some(Message::Ping(payload))) => {
                    pong(conn, &payload);
                    continue;
                }
                Ok(Some(m)) => return Ok(m),
                Ok(None) => {}
                Err(e) => return Err(Some(e)),
            }
            tokio::select! {
                _ = shutdown.changed() => return Err(None),
                ready = conn.stream.readable() => {
                    if ready.is_err() {
                        return Err(None);
                    }
                    match reader.fill(&conn.stream) {
                        Ok(true) => {}
                        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                        _ => return Err(None),
                    }
                }
            }
        }
    })
    .await;
    let metrics = &conn.metrics;
    let Connect {
        key,
        id,
        batch,
        resume,
        token,
    } = match first {
        Ok(Ok(Message::Text(text))) => {
            metrics.packets_in.fetch_add(1, Relaxed);
            metrics.bytes_in.fetch_add(text.len() as u64, Relaxed);
            // Not logged even at trace: it holds the session's key.
            match parse_connect(&text) {
                Some(found) => found,
                None => {
                    refuse(conn, CONNECT_REFUSED_REASON).await;
                    return None;
                }
            }
        }
        Ok(Ok(Message::Binary(len))) => {
            metrics.bytes_in.fetch_add(len as u64, Relaxed);
            refuse(conn, "a binary frame instead of connect").await;
            return None;
        }
        // RFC 6455 §5.5.1: a close is answered with a close, before
        // `connect` too; so is a framing error, and the connect timeout.
        Ok(Err(Some(FrameError { code, reason }))) => {
            let refusal = if code == frame::CLOSE_TOO_BIG {
                Refusal::FrameTooBig
            } else {
                Refusal::BadFrame
            };
            refused(conn, refusal, reason);
            conn.close(code, reason);
            linger(conn).await;
            return None;
        }
        other => {
            metrics.handshake_failures.fetch_add(1, Relaxed);
            debug!(conn = conn.id, peer = %conn.peer, "no connect request");
            match other {
                Ok(Ok(Message::Close(_))) => conn.close(frame::CLOSE_NORMAL, ""),
                Err(_) => conn.close(frame::CLOSE_POLICY, NO_CONNECT),
                _ => {}
            }
            linger(conn).await;
            return None;
        }
    };
    let (key, create) = match admit(config, key, token) {
        Ok(granted) => granted,
        Err(denied) => {
            turn_away(conn, Refusal::Token, &id, denied.why()).await;
            return None;
        }
    };
    conn.batch.store(batch, Relaxed);
    let tag = session_tag(&key);
    let grace = config.resume_grace.filter(|_| resume != Resume::No);
    let resumed = match (&resume, grace) {
        (Resume::Token(token, acked), Some(grace)) => {
            relay.resume(&key, token, *acked, conn, &id, grace)
        }
        _ => None,
    };
    let session = match resumed {
        Some(session) => {
            drop(create); // it keeps what it was granted
            metrics.resumes.fetch_add(1, Relaxed);
            info!(conn = conn.id, peer = %conn.peer, session = %tag, place = conn.place(), "resumed");
            session
        }
        None if relay.session_is_full(&key, config.max_session_clients) => {
            turn_away(conn, Refusal::SessionFull, &id, SESSION_FULL).await;
            return None;
        }
        None => {
            // Answered before joining: nothing of the session may come first.
            let token = grace.map(|_| relay.new_token(&key, conn.id));
            let offer = token.as_deref().zip(grace).map(|(token, grace)| Resumable {
                token,
                grace_ms: grace.as_millis() as u64,
                resumed: None,
            });
            conn.send_packet(&connect_accepted(&id, batch, offer));
            if let Some(token) = token {
                conn.make_resumable(token);
            }
            let member = super::Member::Socket(conn.clone());
            let session = relay.join(&key, conn.id, member, create);
            metrics.connections_total.fetch_add(1, Relaxed);
            info!(conn = conn.id, peer = %conn.peer, session = %tag, batch, resumable = grace.is_some(), "connected");
            session
        }
    };
    Some(Joined {
        key,
        tag,
        grace,
        session,
    })
}

/// A detached connection's wait: until the pinger finds its grace period
/// over (no timer of its own: a pending one costs the whole relay, see
/// bench/NOTES.md), its place was resumed on another socket or can no
/// longer be (its replay passed its bound), or the relay shuts down.
async fn wait_for_resume(conn: &Conn, shutdown: &mut watch::Receiver<bool>) {
    let over = async {
        loop {
            conn.wake.notified().await;
            if !conn.resumable.load(Relaxed) || conn.expired.load(Relaxed) {
                return;
            }
        }
    };
    tokio::select! {
        _ = over => {}
        _ = shutdown.changed() => {}
    }
}

/// The session a `connect` with this key (and token beside it) joins, and
/// what it may create there: with a secret, what a signed token grants.
fn admit(config: &Config, key: String, token: Option<String>) -> Result<(String, Create), Denied> {
    let Some(auth) = &config.auth else {
        return Ok((key, Create::Any));
    };
    let grant = match token {
        Some(token) => auth.check(&token, Some(&key))?,
        None => auth.check(&key, None)?,
    };
    Ok((grant.session, grant.create))
}

/// A valid `connect` (`id`) refused by policy: answered with `why` as a
/// connect error, as 1.0.0 answers one, and closed with 1008.
async fn turn_away(conn: &Conn, reason: Refusal, id: &str, why: &'static str) {
    refused(conn, reason, why);
    conn.send_packet(&error_response(Some("connect"), SERVER, Some(id), why));
    conn.close(frame::CLOSE_POLICY, why);
    linger(conn).await;
}

/// Refuses a connection whose first message is not a `connect` request.
async fn refuse(conn: &Conn, why: &'static str) {
    refused(conn, Refusal::Connect, why);
    conn.send_packet(&connect_refused());
    conn.close(frame::CLOSE_NORMAL, CONNECT_REFUSED_REASON);
    linger(conn).await;
}

/// Counts a refusal and logs it with `why`, which is the relay's text,
/// never the client's. Logged the 1st, 2nd, 4th, 8th... time per
/// connection (at warn for what a well-behaved client never does), the
/// others at debug, so that a client cannot flood the log; refusals of a
/// `connect` (one per connection) are counted so for the whole relay, so
/// that many connections cannot either.
fn refused(conn: &Conn, reason: Refusal, why: &'static str) {
    conn.metrics.refused(reason);
    let count = match reason {
        Refusal::Connect | Refusal::Token | Refusal::SessionFull => conn.metrics.refusals(reason),
        _ => u64::from(conn.refused.fetch_add(1, Relaxed) + 1),
    };
    let warning = reason == Refusal::Forbidden;
    let (conn, peer, reason) = (conn.id, conn.peer, reason.label());
    if !count.is_power_of_two() {
        debug!(conn, %peer, reason, count, "refused: {why}");
    } else if warning {
        warn!(conn, %peer, reason, count, "refused: {why}");
    } else {
        info!(conn, %peer, reason, count, "refused: {why}");
    }
}

async fn serve(
    conn: &Conn,
    reader: &mut Reader,
    relay: &Relay,
    session: &super::SharedSession,
    rate: &mut Rate,
    shutdown: &mut watch::Receiver<bool>,
) -> End {
    let mut out = Vec::new();
    let mut dirty = Vec::new();
    // Made for each read, not kept across the waits.
    macro_rules! handled {
        () => {
            &mut Handled {
                relay,
                session,
                out: &mut out,
                dirty: &mut dirty,
                rate,
            }
        };
    }
    // Frames that came in the same read as `connect` are already buffered:
    // the socket may never become readable again for them.
    if let Some(end) = handle_buffered(conn, reader, handled!()) {
        return end;
    }
    loop {
        let (pending, closed) = conn.state();
        match closed {
            // Its close frame is queued: a policy's end, not a lost
            // socket (its place is not kept for a resume).
            Some(SLOW_READER) => return End::Close(frame::CLOSE_POLICY, SLOW_READER.into()),
            Some(why) => return End::Gone(why),
            None => {}
        }
        tokio::select! {
            biased;
            _ = shutdown.changed() => return End::Close(frame::CLOSE_GOING_AWAY, "relay shutting down".into()),
            _ = conn.wake.notified() => {
                if conn.dead.load(Relaxed) {
                    return End::Close(frame::CLOSE_GOING_AWAY, NO_ANSWER.into());
                }
                if conn.stalled.load(Relaxed) {
                    refused(conn, Refusal::BadFrame, STALLED);
                    return End::Close(frame::CLOSE_POLICY, STALLED.into());
                }
            }
            ready = conn.stream.writable(), if pending => {
                if ready.is_err() || conn.flush().is_err() {
                    return End::Gone("connection lost");
                }
            }
            ready = conn.stream.readable() => {
                if ready.is_err() {
                    return End::Gone("connection lost");
                }
                match reader.fill(&conn.stream) {
                    Ok(true) => {}
                    Ok(false) => return End::Gone("connection ended"),
                    Err(e) if e.kind() == ErrorKind::WouldBlock => continue,
                    Err(_) => return End::Gone("connection lost"),
                }
                // All that pings cost a read: the pinger looks later.
                conn.heard.store(true, Relaxed);
                if let Some(end) = handle_buffered(conn, reader, handled!()) {
                    return end;
                }
                conn.note_partial(reader.holds_partial());
                // A socket that always has more to read never makes the
                // task wait (readiness takes no co-op budget): counting each
                // read against the budget makes a flood yield to the others.
                tokio::task::coop::consume_budget().await;
            }
        }
    }
}

/// What handling a connection's packets needs, besides the connection.
struct Handled<'a> {
    relay: &'a Relay,
    session: &'a super::SharedSession,
    /// Reused for each packet's outputs.
    out: &'a mut Vec<super::Out>,
    /// The connections written to, to flush once per read.
    dirty: &'a mut Vec<Arc<Conn>>,
    rate: &'a mut Rate,
}

/// Why a connection that goes on sending over its rate is closed.
const RATE_EXCEEDED: &str = "rate limit exceeded";

/// Handles every complete message the reader holds, then flushes each
/// connection this wrote to once. Some(end) when the connection must end.
fn handle_buffered(conn: &Conn, reader: &mut Reader, h: &mut Handled) -> Option<End> {
    let end = loop {
        match reader.next() {
            Ok(None) => break None,
            // Pings and binary frames, which the relay answers, count
            // against the rate as packets do: over it, they are not answered.
            Ok(Some(Message::Ping(payload))) => match h.rate.take(Instant::now) {
                Take::Ok => pong(conn, &payload),
                Take::Over => refused(conn, Refusal::RateLimit, RATE_EXCEEDED),
                Take::Close => break Some(over_rate_for_good(conn)),
            },
            Ok(Some(Message::Text(text))) => {
                conn.metrics.bytes_in.fetch_add(text.len() as u64, Relaxed);
                h.relay.forget_tokens(conn.confirm());
                if let Some(end) = receive(conn, &text, h) {
                    break Some(end);
                }
            }
            Ok(Some(Message::Binary(len))) => {
                conn.metrics.bytes_in.fetch_add(len as u64, Relaxed);
                match h.rate.take(Instant::now) {
                    Take::Ok => {}
                    Take::Over => {
                        refused(conn, Refusal::RateLimit, RATE_EXCEEDED);
                        continue;
                    }
                    Take::Close => break Some(over_rate_for_good(conn)),
                }
                refused(conn, Refusal::Binary, "a binary frame");
                let error = error_response(
                    None,
                    SERVER,
                    None,
                    "binary frames are not part of the protocol",
                );
                conn.send_packet(&error);
            }
            Ok(Some(Message::Close(code))) => break Some(End::ClientClosed(code)),
            Err(FrameError { code, reason }) => {
                let reason = if code == frame::CLOSE_TOO_BIG {
                    refused(conn, Refusal::FrameTooBig, reason);
                    format!("frame larger than {} bytes", reader.max)
                } else {
                    refused(conn, Refusal::BadFrame, reason);
                    reason.to_owned()
                };
                break Some(End::Close(code, reason));
            }
        }
    };
    // One write per destination for everything this read produced.
    for c in h.dirty.drain(..) {
        super::Conn::flush_or_wake(&c);
    }
    if conn.unflushed.swap(false, Relaxed) {
        conn.flush_or_wake();
    }
    end
}

/// One text frame: a packet, or, from a client that asked for batches, a
/// JSON array of packets, handled in order. Some(end) when the connection
/// must end.
fn receive(conn: &Conn, text: &str, h: &mut Handled) -> Option<End> {
    if conn.batches() && text.trim_start().starts_with('[') {
        if let Ok(packets) = serde_json::from_str::<Vec<&RawValue>>(text) {
            return (packets.into_iter()).find_map(|packet| receive_counted(conn, packet.get(), h));
        }
    }
    receive_counted(conn, text, h)
}

/// One packet, counted if the connection is resumable: its acks are read
/// here, and one of the relay's goes back at once when `ACK_ALONE` are
/// unacked (else with what is sent to it next, or at the pinger's look).
/// Then its rate is checked: over it, a request is answered with an error
/// and anything else dropped, but for a response that answers a waiting
/// request (`receive_packet`).
fn receive_counted(conn: &Conn, text: &str, h: &mut Handled) -> Option<End> {
    if conn.acks.load(Relaxed) {
        if let Some(n) = parse_ack(text) {
            conn.acked(n);
            return None;
        }
    }
    let taken = h.rate.take(Instant::now);
    let (session, out, dirty) = (h.session, &mut *h.out, &mut *h.dirty);
    match receive_packet(conn, session, text, out, dirty, taken) {
        Received::Close => return Some(over_rate_for_good(conn)),
        Received::Ack(ack) => {
            // Written with the rest of this read (a write of its own would
            // cut the client's batch in two).
            let mut outbox = conn.out.lock().unwrap();
            if conn.queue_unnumbered(&mut outbox, &mut Text::new(&ack)) {
                conn.unflushed.store(true, Relaxed);
            }
        }
        Received::Done => {}
    }
    None
}

/// The end of a connection that keeps sending over its rate.
fn over_rate_for_good(conn: &Conn) -> End {
    refused(conn, Refusal::RateLimit, RATE_EXCEEDED);
    End::Close(frame::CLOSE_POLICY, RATE_EXCEEDED.into())
}

/// What `receive_packet` asks of its caller.
enum Received {
    Done,
    /// An ack to send at once (`Conn::received`).
    Ack(String),
    /// Close: the connection keeps sending over its rate.
    Close,
}

/// A packet over its connection's rate, refused: a request is answered
/// with an error, anything else dropped.
fn refuse_over_rate(place: ConnId, text: &str, out: &mut Vec<super::Out>) -> Verdict {
    if let Ok(Packet::Request { name, to, id, .. }) = packet::parse(text) {
        let error = error_response(Some(&name), &to, Some(id.get()), RATE_EXCEEDED);
        out.push(super::Out::To(place, error));
    }
    Verdict::Refused(RATE_EXCEEDED)
}

/// Applies one packet, or refuses it when `taken` says it is over its
/// connection's rate (unless it answers a waiting request: those pass).
fn receive_packet(
    conn: &Conn,
    session: &super::SharedSession,
    text: &str,
    out: &mut Vec<super::Out>,
    dirty: &mut Vec<Arc<Conn>>,
    taken: Take,
) -> Received {
    conn.metrics.packets_in.fetch_add(1, Relaxed);
    let (verdict, created, ack) = {
        let mut s = session.lock();
        // Its place went to another socket (under this lock): what is left
        // of this read is not applied, nor counted; the client sends it
        // again on the new socket.
        if conn.replaced.load(Relaxed) {
            return Received::Done;
        }
        let over = taken != Take::Ok && !s.answers(conn.place(), text);
        if over && taken == Take::Close {
            return Received::Close;
        }
        let before = s.agents_created();
        let verdict = match over {
            false => s.receive(conn.place(), text, out),
            true => refuse_over_rate(conn.place(), text, out),
        };
        for o in out.drain(..) {
            deliver(session, &s, o, Some(text), dirty);
        }
        // Counted with it, under the lock: a handover sees both or neither.
        let ack = conn.received();
        (verdict, s.agents_created() != before, ack)
    };
    if created {
        // Calls over HTTP may be waiting for an agent of its name.
        session.agent_created.notify_waiters();
    }
    // One line per packet: its text only at trace, as it holds the body.
    if tracing::enabled!(Level::TRACE) {
        trace!(conn = conn.id, ?verdict, "packet: {text}");
    } else {
        debug!(conn = conn.id, bytes = text.len(), ?verdict, "packet");
    }
    match verdict {
        Verdict::Done => {}
        Verdict::Refused(RATE_EXCEEDED) => refused(conn, Refusal::RateLimit, RATE_EXCEEDED),
        Verdict::Refused(why) => refused(conn, Refusal::Packet, why),
        Verdict::Forbidden(why) => refused(conn, Refusal::Forbidden, why),
    }
    ack.map_or(Received::Done, Received::Ack)
}

/// Closes gracefully: flushes what is queued, half-closes, and reads what
/// the peer still sends (briefly) so that our last frames are not lost to a
/// reset.
async fn linger(conn: &Conn) {
    let _ = tokio::time::timeout(LINGER, async {
        while conn.state().0 {
            if conn.stream.writable().await.is_err() || conn.flush().is_err() {
                return;
            }
        }
        let _ = socket2::SockRef::from(&conn.stream).shutdown(std::net::Shutdown::Write);
        loop {
            if conn.stream.readable().await.is_err() {
                return;
            }
            let mut chunk = [0u8; 4096];
            match conn.stream.try_read(&mut chunk) {
                Ok(0) => return,
                Err(e) if e.kind() != ErrorKind::WouldBlock => return,
                _ => {}
            }
        }
    })
    .await;
}

/// Connections over real local sockets, for the relay's unit tests.
#[cfg(test)]
pub(super) mod test_sockets {
    use super::{Conn, Metrics};
    use std::sync::Arc;

    /// `n` connections (ids 0, 1, ...) and their peers: plain std sockets,
    /// non-blocking, so that a read of theirs asks the kernel, not tokio's
    /// readiness cache ("nothing written yet" is then a fact).
    pub async fn pairs(
        n: u64,
        metrics: &Arc<Metrics>,
    ) -> (Vec<Arc<Conn>>, Vec<std::net::TcpStream>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (mut conns, mut peers) = (Vec::new(), Vec::new());
        for id in 0..n {
            let peer = std::net::TcpStream::connect(addr).unwrap();
            peer.set_nonblocking(true).unwrap();
            peers.push(peer);
            let (stream, at) = listener.accept().await.unwrap();
            conns.push(Arc::new(Conn::new(id, at, stream, metrics.clone())));
        }
        (conns, peers)
    }
}

#[cfg(test)]
mod tests {
    use super::{Message, Reader};
    use std::io::{ErrorKind, Read};
    use std::sync::atomic::Ordering::Relaxed;
    use std::time::{Duration, Instant};

    /// Over its rate, a connection's answers to requests waiting for its
    /// agents still pass; a packet that only looks like one does not.
    #[tokio::test]
    async fn over_the_rate_only_real_answers_pass() {
        use super::super::{metrics::Refusal, Create, Member};
        let relay = super::Relay::default();
        let (conns, _peers) = super::test_sockets::pairs(2, &relay.metrics).await;
        let join = |c: &std::sync::Arc<super::Conn>| {
            relay.join("k", c.id, Member::Socket(c.clone()), Create::Any)
        };
        let session = join(&conns[0]);
        join(&conns[1]);
        let create = r#"{"type":"request","name":"createAgent","to":"server","id":"c"}"#;
        let call = r#"{"type":"request","name":"q","to":"1","id":"mine"}"#;
        session.lock().receive(0, create, &mut Vec::new());
        session.lock().receive(1, call, &mut Vec::new());
        assert_eq!(session.lock().pending_count(), 1);
        // One packet a second, spent: what follows now is over the rate.
        let mut rate = super::Rate::new(1, Instant::now());
        rate.take(Instant::now);
        let (mut out, mut dirty) = (Vec::new(), Vec::new());
        let mut h = super::Handled {
            relay: &relay,
            session: &session,
            out: &mut out,
            dirty: &mut dirty,
            rate: &mut rate,
        };
        let fake = r#"{"type":"response","name":"q","from":"1","id":"7"}"#;
        assert!(super::receive_counted(&conns[0], fake, &mut h).is_none());
        assert_eq!(relay.metrics.refusals(Refusal::RateLimit), 1, "refused");
        let answer = r#"{"type":"response","name":"q","from":"1","id":"1","body":2}"#;
        assert!(super::receive_counted(&conns[0], answer, &mut h).is_none());
        assert_eq!(session.lock().pending_count(), 0, "it answered");
        assert_eq!(relay.metrics.refusals(Refusal::RateLimit), 1);
        assert_eq!(h.dirty.len(), 1, "the answer is queued for the caller");
    }

    /// The pinger's looks, on a virtual clock: the silent connection is
    /// pinged after a period and given up a period later, while the one
    /// heard from meanwhile is pinged later and kept.
    #[tokio::test]
    async fn looks_ping_the_silent_and_give_up_on_the_unanswering() {
        let relay = super::Relay::default();
        let (conns, mut peers) = super::test_sockets::pairs(2, &relay.metrics).await;
        for conn in &conns {
            relay.join(
                "k",
                conn.id,
                super::super::Member::Socket(conn.clone()),
                super::Create::Any,
            );
        }
        let (period, t0) = (Duration::from_secs(30), Instant::now());
        let config = super::super::Config {
            ping: Some(period),
            ..Default::default()
        };
        let at = |s: u64| t0 + Duration::from_secs(s);
        let unread = |peer: &mut std::net::TcpStream| {
            let mut buf = [0u8; 64];
            match peer.read(&mut buf) {
                Ok(n) => buf[..n].to_vec(),
                Err(e) if e.kind() == ErrorKind::WouldBlock => Vec::new(),
                Err(e) => panic!("{e}"),
            }
        };
        relay.look(&config, at(0));
        conns[1].heard.store(true, Relaxed); // a read at 20 s
        relay.look(&config, at(20));
        relay.look(&config, at(29));
        assert_eq!(relay.metrics.pings.load(Relaxed), 0);
        relay.look(&config, at(30));
        assert_eq!(relay.metrics.pings.load(Relaxed), 1);
        std::thread::sleep(Duration::from_millis(50)); // loopback delivery
        assert_eq!(unread(&mut peers[0]), super::frame::PING_FRAME);
        assert_eq!(unread(&mut peers[1]), b"", "heard 10 s ago");
        relay.look(&config, at(50));
        assert_eq!(relay.metrics.pings.load(Relaxed), 2);
        relay.look(&config, at(59));
        assert!(!conns[0].dead.load(Relaxed), "a period after its ping only");
        relay.look(&config, at(60));
        assert!(conns[0].dead.load(Relaxed) && !conns[1].dead.load(Relaxed));
        relay.look(&config, at(61));
        assert_eq!(relay.metrics.dead_connections.load(Relaxed), 1, "once");
        assert_eq!(relay.metrics.pings.load(Relaxed), 2);
    }

    /// A reader that always leaves a backlog: the outbox holds what it
    /// has not read (about twice that at most), not all it was ever sent.
    #[tokio::test]
    async fn a_slow_readers_outbox_holds_its_backlog_not_its_history() {
        let (conns, mut peers) = super::test_sockets::pairs(1, &Default::default()).await;
        let (conn, mut peer) = (&conns[0], peers.remove(0));
        // Small kernel buffers: the backlog stays in the outbox.
        let _ = socket2::SockRef::from(&conn.stream).set_send_buffer_size(64 << 10);
        let _ = socket2::SockRef::from(&peer).set_recv_buffer_size(64 << 10);
        let frame = super::frame::text(&"x".repeat(64 << 10));
        let mut buf = vec![0u8; 48 << 10];
        let mut queued = 0;
        for _ in 0..300 {
            conn.queue(&frame);
            queued += frame.len();
            let _ = conn.flush();
            // It reads 48 KiB of each 64: a backlog that only grows.
            let mut read = 0;
            while read < buf.len() {
                match peer.read(&mut buf[read..]) {
                    Ok(n) => read += n,
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {
                        // (The reactor must run for the socket to be
                        // seen writable again.)
                        let _ =
                            tokio::time::timeout(Duration::from_millis(5), conn.stream.writable())
                                .await;
                        let _ = conn.flush();
                    }
                    Err(e) => panic!("{e}"),
                }
            }
            let out = conn.out.lock().unwrap();
            let (backlog, held) = (out.frames.unsent(), out.frames.held());
            assert!(
                held <= backlog + frame.len(),
                "{held} bytes held for a backlog of {backlog}"
            );
        }
        assert!(
            queued > 16 << 20,
            "more was sent than the cap of unsent bytes"
        );
    }

    /// A masked client frame (mask 0: the payload reads as is).
    fn client_frame(fin: bool, opcode: u8, payload: &[u8]) -> Vec<u8> {
        assert!(payload.len() < 126);
        let mut f = vec![
            (fin as u8) << 7 | opcode,
            0x80 | payload.len() as u8,
            0,
            0,
            0,
            0,
        ];
        f.extend_from_slice(payload);
        f
    }

    /// The reader parses without a socket: a ping between two fragments is
    /// handed back, and the message still comes out whole after it.
    #[test]
    fn a_ping_between_fragments_is_returned_not_answered() {
        let mut bytes = client_frame(false, super::frame::TEXT, b"\"hel");
        bytes.extend(client_frame(true, super::frame::PING, b"p"));
        bytes.extend(client_frame(true, super::frame::CONTINUATION, b"lo\""));
        let mut reader = Reader::new(bytes, 1000);
        assert_eq!(reader.next(), Ok(Some(Message::Ping(b"p".to_vec()))));
        assert_eq!(reader.next(), Ok(Some(Message::Text("\"hello\"".into()))));
        assert_eq!(reader.next(), Ok(None));
    }
}
