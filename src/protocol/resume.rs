//! Resuming a connection whose socket was lost, sans I/O, for both ends:
//! the packets each side sends after `connect` are numbered 1, 2, 3...;
//! each side keeps those the other has not acknowledged, acknowledges what
//! it received (`{"type":"ack","n":N}`), and on a resume says how many it
//! received, so that the other sends again exactly the packets after
//! those: nothing lost, nothing twice.
//!
//! An ack rides with the next packet sent once `ACK_EVERY` are unacked
//! (`ack_due`), so that it costs no frame of its own; it goes alone when
//! `ACK_ALONE` are (`received`), and whatever is left is acked when the
//! side's clock next looks (`pending_ack`).

use super::packet::push_decimal;
use alloc::{string::String, vec, vec::Vec};

/// Packets received after which an ack goes with the next packet sent.
pub const ACK_EVERY: u64 = 32;

/// Packets received after which an ack goes at once, alone: each side
/// keeps at most about this many unacknowledged packets (plus those in
/// flight).
pub const ACK_ALONE: u64 = 4 * ACK_EVERY;

/// The most bytes of unacknowledged packets kept. Past it nothing is kept,
/// and the connection can no longer be resumed.
pub const MAX_REPLAY_BYTES: usize = 1 << 20;

/// One side's record of a resumable connection.
pub struct Replay<T> {
    /// Sent and not acknowledged, oldest first, with their sizes.
    kept: Vec<(T, usize)>,
    /// The number of `kept[0]` (of the next packet sent, when none is kept).
    first: u64,
    bytes: usize,
    /// Packets received, and that count when it was last acknowledged.
    received: u64,
    acked: u64,
    /// Passed the bound once: the connection is no longer resumable.
    spent: bool,
}

impl<T> Default for Replay<T> {
    fn default() -> Self {
        Replay {
            kept: Vec::new(),
            first: 1,
            bytes: 0,
            received: 0,
            acked: 0,
            spent: false,
        }
    }
}

impl<T> Replay<T> {
    /// A packet sent, of `size` bytes: kept until acknowledged. False once
    /// the bound is passed: nothing is kept after that (the caller gives up
    /// resuming this connection).
    pub fn sent(&mut self, packet: T, size: usize) -> bool {
        if self.spent || self.bytes + size > MAX_REPLAY_BYTES {
            self.spent = true;
            self.kept = Vec::new();
            return false;
        }
        self.bytes += size;
        self.kept.push((packet, size));
        true
    }

    /// How many packets are kept, not yet acknowledged.
    pub fn unacked(&self) -> usize {
        self.kept.len()
    }

    /// How many packets were sent.
    pub fn sent_count(&self) -> u64 {
        self.first - 1 + self.kept.len() as u64
    }

    /// The peer has received `n` packets: those are no longer kept. An ack
    /// of packets never sent is ignored.
    pub fn acked(&mut self, n: u64) {
        if n < self.first || n > self.sent_count() {
            return;
        }
        let drop = ((n + 1 - self.first) as usize).min(self.kept.len());
        self.bytes -= self.kept.drain(..drop).map(|(_, s)| s).sum::<usize>();
        self.first = n + 1;
    }

    /// Resuming, the peer has received `n` packets: the ones after, to send
    /// again in order. None when that cannot be (packets it lacks were
    /// acknowledged and dropped, or it claims more than were sent).
    pub fn resend_after(&mut self, n: u64) -> Option<impl Iterator<Item = &T>> {
        if self.spent || n + 1 < self.first || n > self.sent_count() {
            return None;
        }
        self.acked(n);
        Some(self.kept.iter().map(|(p, _)| p))
    }

    /// A packet received: Some(count) when an ack of that count must go
    /// now, alone (`ACK_ALONE` unacked).
    pub fn received(&mut self) -> Option<u64> {
        self.received += 1;
        self.ack_over(ACK_ALONE)
    }

    /// About to send a packet: Some(count) when an ack should go with it
    /// (`ACK_EVERY` unacked).
    pub fn ack_due(&mut self) -> Option<u64> {
        self.ack_over(ACK_EVERY)
    }

    /// Some(count) when anything received is unacked (for a side's timer).
    pub fn pending_ack(&mut self) -> Option<u64> {
        self.ack_over(1)
    }

    fn ack_over(&mut self, unacked: u64) -> Option<u64> {
        (self.received - self.acked >= unacked).then(|| {
            self.acked = self.received;
            self.received
        })
    }

    /// How many packets were received.
    pub fn received_count(&self) -> u64 {
        self.received
    }
}

/// A resumable place, as the relay keeps one for a connection: its record
/// of packets, and the tokens that resume it, the newest last. A resume's
/// answer may be lost with its socket, so the tokens before it stay good
/// until the client sends a packet on the socket that got the newest.
pub struct Place<T> {
    pub replay: Replay<T>,
    tokens: Vec<String>,
    unconfirmed: bool,
}

impl<T: Clone> Place<T> {
    pub fn new(token: String) -> Self {
        Place {
            replay: Replay::default(),
            tokens: vec![token],
            unconfirmed: false,
        }
    }

    /// Whether `token` resumes it.
    pub fn has_token(&self, token: &str) -> bool {
        self.tokens.iter().any(|t| t == token)
    }

    /// A new socket takes it over, its client having asked with `asked`
    /// and received `acked` packets: the packets it lacks, to send again in
    /// order, and the tokens that resume it no more; `token` is now the
    /// newest. A client asks with the newest token it was given, so the
    /// ones before `asked` are spent; `asked` is kept (the answer carrying
    /// `token` may be lost with its socket) with at most the two newest
    /// since, so that resumes never confirmed cannot pile tokens up. None,
    /// and nothing changes, when `asked` is not the place's or the resume
    /// cannot be exact (or the replay passed its bound).
    pub fn resume(
        &mut self,
        asked: &str,
        acked: u64,
        token: String,
    ) -> Option<(Vec<T>, Vec<String>)> {
        let at = self.tokens.iter().position(|t| t == asked)?;
        let again = self.replay.resend_after(acked)?.cloned().collect();
        let mut forgotten: Vec<String> = self.tokens.drain(..at).collect();
        self.tokens.push(token);
        if self.tokens.len() > 3 {
            forgotten.extend(self.tokens.drain(1..self.tokens.len() - 2));
        }
        self.unconfirmed = true;
        Some((again, forgotten))
    }

    /// The client sent a packet on its socket: it has the newest token.
    /// The older ones resume nothing any more: returned, to forget.
    pub fn confirm(&mut self) -> Vec<String> {
        if !core::mem::take(&mut self.unconfirmed) {
            return Vec::new();
        }
        let newest = self.tokens.pop();
        core::mem::replace(&mut self.tokens, newest.into_iter().collect())
    }

    /// It is let go: every token that resumed it, to forget.
    pub fn into_tokens(self) -> Vec<String> {
        self.tokens
    }
}

/// The ack of `n` packets received.
pub fn ack_packet(n: u64) -> String {
    let mut text = String::from(r#"{"type":"ack","n":"#);
    push_decimal(&mut text, n);
    text.push('}');
    text
}

/// The count of an ack packet, if `text` is one (as `ack_packet` writes it).
pub fn parse_ack(text: &str) -> Option<u64> {
    let digits = text
        .strip_prefix(r#"{"type":"ack","n":"#)?
        .strip_suffix('}')?;
    let canonical = !digits.is_empty() && (digits == "0" || !digits.starts_with('0'));
    if canonical && digits.len() <= 19 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(replay: &mut Replay<u32>, range: core::ops::RangeInclusive<u32>) {
        for p in range {
            assert!(replay.sent(p, 10));
        }
    }

    #[test]
    fn acks_drop_what_the_peer_has_and_resumes_send_the_rest_in_order() {
        let mut r = Replay::default();
        sent(&mut r, 1..=5);
        assert_eq!(r.sent_count(), 5);
        r.acked(2);
        assert_eq!(r.bytes, 30);
        let again: Vec<u32> = r.resend_after(3).unwrap().copied().collect();
        assert_eq!(again, [4, 5], "the peer had 3: 4 and 5 go again");
        // The new socket dies too: the same two are still kept.
        let again: Vec<u32> = r.resend_after(3).unwrap().copied().collect();
        assert_eq!(again, [4, 5]);
        sent(&mut r, 6..=6);
        assert_eq!(r.sent_count(), 6);
        assert_eq!(r.resend_after(6).unwrap().count(), 0);
    }

    #[test]
    fn a_resume_that_cannot_be_exact_is_refused() {
        let mut r = Replay::default();
        sent(&mut r, 1..=4);
        r.acked(3);
        assert!(r.resend_after(1).is_none(), "2 and 3 were dropped");
        assert!(r.resend_after(5).is_none(), "5 was never sent");
        assert!(r.resend_after(3).is_some());
        r.acked(9); // never sent: ignored
        assert_eq!(r.resend_after(3).unwrap().count(), 1);
    }

    #[test]
    fn past_the_bound_nothing_is_kept_and_no_resume_is_possible() {
        let mut r = Replay::default();
        assert!(r.sent(1u32, MAX_REPLAY_BYTES - 10));
        assert!(r.sent(2, 10));
        assert!(!r.sent(3, 1));
        assert!(r.spent && r.kept.is_empty());
        assert!(!r.sent(4, 1), "spent for good");
        assert!(r.resend_after(0).is_none());
    }

    #[test]
    fn acks_ride_with_packets_sent_go_alone_past_a_bound_and_flush_on_a_look() {
        let mut r = Replay::<()>::default();
        // Received, nothing sent: alone every ACK_ALONE.
        let alone: Vec<u64> = (0..2 * ACK_ALONE).filter_map(|_| r.received()).collect();
        assert_eq!(alone, [ACK_ALONE, 2 * ACK_ALONE]);
        // A packet sent after ACK_EVERY more takes the ack along; not before.
        (0..ACK_EVERY - 1).for_each(|_| assert_eq!(r.received(), None));
        assert_eq!(r.ack_due(), None);
        r.received();
        assert_eq!(r.ack_due(), Some(2 * ACK_ALONE + ACK_EVERY));
        assert_eq!(r.ack_due(), None, "once");
        // What is left is acked when the clock looks.
        r.received();
        assert_eq!(r.pending_ack(), Some(2 * ACK_ALONE + ACK_EVERY + 1));
        assert_eq!(r.pending_ack(), None);
    }

    /// The relay's bookkeeping of a place through two resumes, the answer
    /// of the first lost with its socket.
    #[test]
    fn a_place_resumes_exactly_and_its_tokens_are_spent_once_confirmed() {
        let mut place = Place::new("t0".to_owned());
        for p in 1..=5u32 {
            place.replay.sent(p, 10);
        }
        place.replay.acked(2);
        assert!(
            place.resume("t0", 1, "x".into()).is_none(),
            "2 was dropped: not exact"
        );
        assert!(!place.has_token("x"), "nothing changed");
        // Resumed by a client that had 3: 4 and 5 again; t1 is the newest.
        let none = Vec::<String>::new();
        assert_eq!(
            place.resume("t0", 3, "t1".into()),
            Some((vec![4, 5], none.clone()))
        );
        assert!(place.has_token("t0") && place.has_token("t1"));
        // Its answer was lost: t0 again, by a client that still had 3.
        assert_eq!(
            place.resume("t0", 3, "t2".into()),
            Some((vec![4, 5], none.clone()))
        );
        assert_eq!(place.confirm(), ["t0", "t1"], "the client has t2");
        assert!(!place.has_token("t0") && !place.has_token("t1") && place.has_token("t2"));
        assert_eq!(place.confirm(), Vec::<String>::new(), "once");
        assert_eq!(place.into_tokens(), ["t2"]);
    }

    /// Resumes never confirmed (a client that never sends a packet) keep
    /// the confirmed token and the two newest: no more.
    #[test]
    fn unconfirmed_resumes_do_not_pile_tokens_up() {
        let mut place = Place::new("t0".to_owned());
        place.replay.sent(1u8, 1);
        let mut forgotten = Vec::new();
        for n in 1..=5 {
            let (_, gone) = place.resume("t0", 0, format!("t{n}")).unwrap();
            forgotten.extend(gone);
        }
        assert_eq!(forgotten, ["t1", "t2", "t3"]);
        assert_eq!(place.into_tokens(), ["t0", "t4", "t5"]);
    }

    /// A client that got a token on a socket cut before any packet of its
    /// reached the relay asks with that token, maybe many times over (each
    /// answer lost in turn): it is never forgotten, and the ones before it
    /// are spent.
    #[test]
    fn the_token_a_client_asks_with_resumes_however_often_it_is_cut() {
        let mut place = Place::new("t0".to_owned());
        place.replay.sent(1u8, 1);
        assert_eq!(place.resume("t0", 0, "t1".into()).unwrap().1, none());
        // Its answer arrived (t1), its socket went before it said a word.
        let (_, gone) = place.resume("t1", 0, "t2".into()).unwrap();
        assert_eq!(gone, ["t0"], "a client that asks with t1 has no t0");
        let mut forgotten = Vec::new();
        for n in 3..=6 {
            let (_, gone) = place.resume("t1", 0, format!("t{n}")).unwrap();
            forgotten.extend(gone);
        }
        assert_eq!(forgotten, ["t2", "t3", "t4"]);
        assert!(place.has_token("t1"));
        assert!(place.resume("t0", 0, "t7".into()).is_none(), "spent");
        assert_eq!(place.into_tokens(), ["t1", "t5", "t6"]);
    }

    fn none() -> Vec<String> {
        Vec::new()
    }

    #[test]
    fn a_spent_place_resumes_nothing() {
        let mut place = Place::new("t".to_owned());
        assert!(!place.replay.sent(0u8, MAX_REPLAY_BYTES + 1));
        assert!(place.resume("t", 0, "u".into()).is_none());
        assert_eq!(place.into_tokens(), ["t"], "still forgotten when it goes");
    }

    #[test]
    fn ack_packets_round_trip_and_nothing_else_parses_as_one() {
        assert_eq!(ack_packet(42), r#"{"type":"ack","n":42}"#);
        assert_eq!(parse_ack(&ack_packet(42)), Some(42));
        assert_eq!(parse_ack(&ack_packet(0)), Some(0));
        for bad in [
            r#"{"type":"ack","n":042}"#,
            r#"{"type":"ack","n":}"#,
            r#"{"type":"ack","n":-1}"#,
            r#"{"type":"ack","n":99999999999999999999}"#,
            r#"{"type":"ack","n":1,"x":2}"#,
            r#"{"type":"event","n":1}"#,
        ] {
            assert_eq!(parse_ack(bad), None, "{bad}");
        }
    }
}
