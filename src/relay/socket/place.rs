//! A resumable connection's place: the packets it was sent, numbered and
//! kept until acknowledged (`protocol::resume`), its tokens, and the
//! handover of all that to the socket that resumes it.

use super::conn::Conn;
use crate::protocol::resume::{ack_packet, Place};
use crate::protocol::session::ConnId;
use crate::relay::outbox::Text;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Instant;

/// What a lost connection hands over to the socket that resumes its place.
pub(in crate::relay) struct Handover {
    pub(in crate::relay) place: Box<Place<Arc<str>>>,
    /// The packets its client lacks, to send again.
    pub(in crate::relay) again: Vec<Arc<str>>,
    /// Tokens that resume it no more (see `Place::resume`), to forget.
    pub forgotten: Vec<String>,
}

impl Handover {
    /// The packets the relay had received from the client.
    pub fn received(&self) -> u64 {
        self.place.replay.received_count()
    }
}

impl Conn {
    /// Makes it resumable with `token`: from now on the packets it is sent
    /// are numbered and kept until acknowledged.
    pub(in crate::relay) fn make_resumable(&self, token: String) {
        self.out.lock().unwrap().resume = Some(Box::new(Place::new(token)));
        self.resumable.store(true, Relaxed);
        self.acks.store(true, Relaxed);
    }

    /// Counts a packet received from a resumable client; Some(the ack to
    /// send it at once) every `ACK_ALONE` packets that no packet sent to it
    /// took along (see `protocol::resume`).
    pub(in crate::relay) fn received(&self) -> Option<String> {
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
    pub(in crate::relay) fn acked(&self, n: u64) {
        if let Some(place) = &mut self.out.lock().unwrap().resume {
            place.replay.acked(n);
        }
    }

    /// Past the replay's bound: the connection can no longer be resumed
    /// (a detached one is released at once: its task is woken for it).
    pub(in crate::relay) fn spent(&self) {
        if self.resumable.swap(false, Relaxed) {
            self.wake.notify_one();
        }
    }

    /// Its socket is lost: its place is kept (true) if it is resumable.
    /// Its socket is shut, and what is sent to it is kept, no longer written.
    pub(in crate::relay) fn detach(&self) -> bool {
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

    /// Its place goes to another socket whose client asked with `asked`
    /// and received `acked` packets, with `token` as the newest: the place (its record and
    /// tokens) and the packets to send again are handed over, and this one
    /// closes. None (and nothing changes) when that cannot be exact.
    pub(in crate::relay) fn hand_over(
        &self,
        asked: &str,
        acked: u64,
        token: String,
    ) -> Option<Handover> {
        let mut out = self.out.lock().unwrap();
        let (again, forgotten) = out.resume.as_mut()?.resume(asked, acked, token)?;
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
    pub(in crate::relay) fn take_over(&self, place: ConnId, old: Handover, answer: &str) {
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
    pub(in crate::relay) fn take_tokens(&self) -> Vec<String> {
        let place = self.out.lock().unwrap().resume.take();
        place.map_or_else(Vec::new, |p| p.into_tokens())
    }

    /// Whether `token` resumes its place.
    pub(in crate::relay) fn has_token(&self, token: &str) -> bool {
        let out = self.out.lock().unwrap();
        out.resume.as_ref().is_some_and(|p| p.has_token(token))
    }

    /// Its client sent a packet: older tokens of its place, returned for
    /// the relay to forget, resume nothing any more.
    pub(in crate::relay) fn confirm(&self) -> Vec<String> {
        let mut out = self.out.lock().unwrap();
        out.resume.as_mut().map_or_else(Vec::new, |p| p.confirm())
    }
}
