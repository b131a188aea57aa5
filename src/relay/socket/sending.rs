//! A connection's outbox and its backpressure: frames queued by any task
//! (a packet shared by all it goes to, `relay::outbox`), written straight
//! into the socket when the kernel takes them and by the connection's task
//! otherwise; a reader that falls too far behind, alone or while the relay's
//! backlog passes `--max-backlog`, is closed as a slow reader.

use super::conn::{Conn, Outgoing};
use crate::protocol::resume::ack_packet;
use crate::relay::frame;
use crate::relay::metrics::Refusal;
use crate::relay::outbox::Text;
use std::io::{self, ErrorKind};
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;
use tracing::warn;

/// How long a closing socket is drained so the peer gets our close frame.
pub(in crate::relay) const LINGER: Duration = Duration::from_secs(1);

/// Why a client whose backlog passed its bound is closed.
pub(in crate::relay) const SLOW_READER: &str = "the client reads too slowly";

/// Bytes a reader may fall behind before it is disconnected.
pub(in crate::relay) const MAX_PENDING: usize = 16 << 20;

/// A backlog up to this is not counted in the relay's backlog, and a
/// reader with no more than this waiting, or whose socket took everything
/// at its last write, is keeping up: it is never cut off for the relay's
/// sake.
pub(in crate::relay) const SMALL_BACKLOG: usize = 64 << 10;

impl Conn {
    /// Answers a ping.
    pub(in crate::relay) fn pong(&self, payload: &[u8]) {
        let mut pong = Vec::with_capacity(payload.len() + 2);
        frame::write(&mut pong, frame::PONG, payload);
        self.send(&pong);
    }

    /// Closes gracefully: flushes what is queued, half-closes, and reads what
    /// the peer still sends (briefly) so that our last frames are not lost to a
    /// reset.
    pub(in crate::relay) async fn linger(&self) {
        let _ = tokio::time::timeout(LINGER, async {
            while self.state().0 {
                if self.stream.writable().await.is_err() || self.flush().is_err() {
                    return;
                }
            }
            let _ = socket2::SockRef::from(&self.stream).shutdown(std::net::Shutdown::Write);
            loop {
                if self.stream.readable().await.is_err() {
                    return;
                }
                let mut chunk = [0u8; 4096];
                match self.stream.try_read(&mut chunk) {
                    Ok(0) => return,
                    Err(e) if e.kind() != ErrorKind::WouldBlock => return,
                    _ => {}
                }
            }
        })
        .await;
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
    pub(in crate::relay) fn queue_unnumbered(&self, out: &mut Outgoing, text: &mut Text) -> bool {
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
    pub(in crate::relay) fn send_packet(&self, text: &str) {
        if self.queue_text(&mut Text::new(text)) {
            self.flush_or_wake();
        }
    }

    pub(in crate::relay) fn seal(&self, out: &mut Outgoing) {
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
    pub(in crate::relay) fn room(&self, out: &mut Outgoing, more: usize) -> Option<bool> {
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
    pub(in crate::relay) fn count_backlog(&self, out: &mut Outgoing, more: usize) {
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
    pub(in crate::relay) fn flush(&self) -> io::Result<bool> {
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
    pub(in crate::relay) fn state(&self) -> (bool, Option<&'static str>) {
        let out = self.out.lock().unwrap();
        (out.frames.unsent() > 0, out.closed)
    }

    pub(in crate::relay) fn close(&self, code: u16, reason: &str) {
        self.send(&frame::close(code, reason));
        self.out.lock().unwrap().closed = Some("closed");
    }
}
