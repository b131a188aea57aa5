//! When to ping a connection and when to give it up, sans I/O. The relay's
//! pinger looks at every connection once per tick (a tenth of the period):
//! it tells its `Liveness` whether bytes arrived since the last look
//! (`heard`) and asks what to do (`poll`). Nothing here reads a clock: `now`
//! is passed in, so the tests run on a virtual one.
//!
//! The rule: after `period` with nothing received, ping; once a ping has
//! gone unanswered (nothing at all received) for another `period`, the
//! connection is dead. Anything received counts as an answer (a pong, a
//! packet, a byte of a frame still arriving). Only an unanswered ping kills:
//! a tick that comes late (a stalled relay) pings first, it does not give
//! up at once on a connection it never asked.
//!
//! A look records a read at the look's time, never earlier: the silence
//! before a ping is at least `period` (and at most a tick or two more).

use std::time::{Duration, Instant};

/// What the connection must do now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Nothing yet.
    Wait,
    /// Send a ping frame.
    Ping,
    /// Nothing arrived since the ping: the peer is gone.
    Dead,
}

/// One connection's liveness: since when it has been silent, or since when
/// its ping has waited for an answer.
#[derive(Clone, Debug)]
pub struct Liveness {
    period: Duration,
    /// When it was last heard from, or, once pinged, when the ping went.
    since: Instant,
    pinged: bool,
}

impl Liveness {
    /// A connection last heard from at `now`. `period` must not be zero
    /// (zero turns pings off, which the caller does by having no
    /// `Liveness`).
    pub fn new(period: Duration, now: Instant) -> Liveness {
        debug_assert!(!period.is_zero());
        Liveness {
            // A period so long that it would overflow an `Instant` is never.
            period: period.min(Duration::from_secs(100 * 365 * 86_400)),
            since: now,
            pinged: false,
        }
    }

    /// Something arrived, seen at `now`.
    pub fn heard(&mut self, now: Instant) {
        self.since = now;
        self.pinged = false;
    }

    /// When `poll` has something to do next, unless the connection is heard
    /// from before.
    pub fn deadline(&self) -> Instant {
        self.since + self.period
    }

    /// What to do at `now`.
    pub fn poll(&mut self, now: Instant) -> Action {
        if now < self.deadline() {
            Action::Wait
        } else if !self.pinged {
            self.pinged = true;
            self.since = now;
            Action::Ping
        } else {
            Action::Dead
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Action, Liveness};
    use std::time::{Duration, Instant};

    /// A virtual clock: `at(ms)` is that long after the start.
    fn clock() -> impl Fn(u64) -> Instant {
        let start = Instant::now();
        move |ms| start + Duration::from_millis(ms)
    }

    const PERIOD: Duration = Duration::from_millis(1000);

    #[test]
    fn a_silent_connection_is_pinged_after_a_period_and_dead_after_two() {
        let at = clock();
        let mut l = Liveness::new(PERIOD, at(0));
        assert_eq!(l.deadline(), at(1000));
        assert_eq!(l.poll(at(999)), Action::Wait);
        assert_eq!(l.poll(at(1000)), Action::Ping);
        assert_eq!(l.deadline(), at(2000));
        assert_eq!(l.poll(at(1000)), Action::Wait, "one ping per silence");
        assert_eq!(l.poll(at(1999)), Action::Wait);
        assert_eq!(l.poll(at(2000)), Action::Dead);
    }

    #[test]
    fn an_answer_to_the_ping_keeps_it_alive() {
        let at = clock();
        let mut l = Liveness::new(PERIOD, at(0));
        assert_eq!(l.poll(at(1000)), Action::Ping);
        l.heard(at(1003)); // the pong
        assert_eq!(l.deadline(), at(2003));
        assert_eq!(l.poll(at(2000)), Action::Wait);
        assert_eq!(l.poll(at(2003)), Action::Ping, "then pings again");
        l.heard(at(2004));
        for t in [3004, 4005, 5006] {
            assert_eq!(l.poll(at(t)), Action::Ping);
            l.heard(at(t + 1));
        }
        assert_eq!(l.poll(at(6006)), Action::Wait);
    }

    /// Looks once per tick (a tenth of the period) at a connection that
    /// sends every 300 ms: it is never pinged, and the first silence is.
    #[test]
    fn a_busy_connection_is_never_pinged() {
        let at = clock();
        let mut l = Liveness::new(PERIOD, at(0));
        for tick in (100..10_000).step_by(100) {
            let heard = tick % 300 == 0;
            if heard {
                l.heard(at(tick));
            }
            assert_eq!(l.poll(at(tick)), Action::Wait, "at {tick} ms");
        }
        // Last heard at 9900 ms.
        assert_eq!(l.poll(at(10_800)), Action::Wait);
        assert_eq!(l.poll(at(10_900)), Action::Ping);
    }

    /// A relay that stalled past both deadlines pings before it judges.
    #[test]
    fn a_late_look_pings_before_it_gives_up() {
        let at = clock();
        let mut l = Liveness::new(PERIOD, at(0));
        assert_eq!(l.poll(at(5000)), Action::Ping);
        assert_eq!(l.deadline(), at(6000));
        assert_eq!(l.poll(at(5999)), Action::Wait);
        assert_eq!(l.poll(at(6000)), Action::Dead);
    }

    /// Bytes that arrive after the ping, even long after, count as the
    /// answer as long as they came before the verdict.
    #[test]
    fn anything_heard_after_the_ping_is_an_answer() {
        let at = clock();
        let mut l = Liveness::new(PERIOD, at(0));
        assert_eq!(l.poll(at(1000)), Action::Ping);
        l.heard(at(1999));
        assert_eq!(l.poll(at(2000)), Action::Wait);
        assert_eq!(l.poll(at(2999)), Action::Ping);
    }
}
