//! What the rest of the relay sees of a connection: `Conn`, its flags (set
//! by other tasks and read by its own), and what the pinger looks at
//! (`look`, with the rules in `relay::liveness`); and the state of its
//! outbox (`Outgoing`), which `sending` fills and writes, and of its
//! resumable place, `place`'s.

use crate::protocol::resume::Place;
use crate::protocol::session::{Agreed, ConnId};
use crate::relay::frame;
use crate::relay::liveness::{Action, Liveness};
use crate::relay::metrics::{Metrics, Refusal};
use crate::relay::outbox::Outbox;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio::sync::Notify;
use tracing::{debug, info, warn};

/// What is queued for a connection, and what it may still be sent.
#[derive(Default)]
pub(in crate::relay) struct Outgoing {
    /// The frames to write (a client that takes batches: packets gathered
    /// until the next write makes them one frame).
    pub(in crate::relay) frames: Outbox,
    /// Why nothing more may be queued, once that is so.
    pub(in crate::relay) closed: Option<&'static str>,
    /// A resumable connection's packets, numbered: those the client has
    /// not acknowledged, and the count of those it sent (`resume`); the
    /// texts are those its outbox shares.
    /// (Boxed: a connection that is not resumable pays for a pointer.)
    pub(in crate::relay) resume: Option<Box<Place<Arc<str>>>>,
    /// Its share of the relay's backlog (`Metrics::backlog`): the bytes its
    /// outbox holds, when it has more than `SMALL_BACKLOG` unsent.
    pub(in crate::relay) counted: usize,
    /// Its socket's last write left something unwritten.
    pub(in crate::relay) blocked: bool,
}

/// A connection as the rest of the relay sees it.
pub struct Conn {
    pub id: ConnId,
    /// The member of the session it is: its own id, or that of the lost
    /// connection whose place it resumed.
    pub(in crate::relay) place: AtomicU64,
    /// It may be resumed (its outbox keeps a replay).
    pub(in crate::relay) resumable: AtomicBool,
    /// It agreed to resume: it sends acks (also once its replay is spent).
    pub(in crate::relay) acks: AtomicBool,
    /// Its place went to another socket: nothing more it reads is applied.
    pub(in crate::relay) replaced: AtomicBool,
    /// Its socket is lost and its place kept for a resume (`--resume-grace`).
    pub(in crate::relay) detached: AtomicBool,
    /// An ack of the relay's was queued for it by the read being handled,
    /// into an outbox that was empty: the read's end writes it.
    pub(in crate::relay) unflushed: AtomicBool,
    pub peer: SocketAddr,
    pub(in crate::relay) stream: TcpStream,
    pub(in crate::relay) out: Mutex<Outgoing>,
    /// Wakes the connection's task: something is queued, or it must close.
    pub(in crate::relay) wake: Notify,
    /// Refusals so far (only some are logged: see `Conn::refusal`).
    pub(in crate::relay) refused: AtomicU32,
    /// It asked, in `connect`, for several packets per frame.
    pub(in crate::relay) batch: AtomicBool,
    /// It asked, in `connect`, for cancels and timeouts (`Agreed::cancel`).
    pub(in crate::relay) cancel: AtomicBool,
    /// It asked, in `connect`, for streamed answers (`Agreed::streams`).
    pub(in crate::relay) streams: AtomicBool,
    /// It asked, in `connect`, for only the events it listens to
    /// (`Agreed::interest`).
    pub(in crate::relay) interest: AtomicBool,
    /// Something was read since the pinger last looked (`--ping`).
    pub(in crate::relay) heard: AtomicBool,
    /// The pinger's record of it, made when it first looks.
    pub(in crate::relay) liveness: Mutex<Option<Liveness>>,
    /// It answered no ping: its task closes it.
    pub(in crate::relay) dead: AtomicBool,
    /// Part of a frame (or of a fragmented message) is waiting for the
    /// rest, since then (`--frame-timeout`).
    pub(in crate::relay) partial: AtomicBool,
    pub(in crate::relay) partial_since: Mutex<Option<Instant>>,
    /// Its frame took too long: its task closes it.
    pub(in crate::relay) stalled: AtomicBool,
    /// Detached since then; its grace is over (the pinger says).
    pub(in crate::relay) detached_since: Mutex<Option<Instant>>,
    pub(in crate::relay) expired: AtomicBool,
    pub(in crate::relay) metrics: Arc<Metrics>,
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
            cancel: AtomicBool::new(false),
            streams: AtomicBool::new(false),
            interest: AtomicBool::new(false),
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
    pub(in crate::relay) fn note_partial(&self, partial: bool) {
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

    /// What it asked for in `connect`, which the relay agrees to.
    pub fn agreed(&self) -> Agreed {
        Agreed {
            batch: self.batch.load(Relaxed),
            cancel: self.cancel.load(Relaxed),
            streams: self.streams.load(Relaxed),
            interest: self.interest.load(Relaxed),
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
}

impl Drop for Conn {
    /// Its share of the relay's backlog goes with it.
    fn drop(&mut self) {
        let out = self.out.get_mut().unwrap_or_else(|e| e.into_inner());
        self.metrics.add_backlog(-(out.counted as i64));
    }
}

impl Conn {
    /// Counts a refusal and logs it with `why`, which is the relay's text,
    /// never the client's. Logged the 1st, 2nd, 4th, 8th... time per
    /// connection (at warn for what a well-behaved client never does), the
    /// others at debug, so that a client cannot flood the log; refusals of a
    /// `connect` (one per connection) are counted so for the whole relay, so
    /// that many connections cannot either.
    pub(in crate::relay) fn refusal(&self, reason: Refusal, why: &'static str) {
        self.metrics.refused(reason);
        let count = match reason {
            Refusal::Connect | Refusal::Token | Refusal::SessionFull => {
                self.metrics.refusals(reason)
            }
            _ => u64::from(self.refused.fetch_add(1, Relaxed) + 1),
        };
        let warning = reason == Refusal::Forbidden;
        let (conn, peer, reason) = (self.id, self.peer, reason.label());
        if !count.is_power_of_two() {
            debug!(conn, %peer, reason, count, "refused: {why}");
        } else if warning {
            warn!(conn, %peer, reason, count, "refused: {why}");
        } else {
            info!(conn, %peer, reason, count, "refused: {why}");
        }
    }
}
