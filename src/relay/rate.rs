//! The packet rate of one connection (`--max-packet-rate`), sans I/O: a
//! token bucket of one second's packets, refilled only when it runs dry
//! (so that a packet under the rate costs a decrement, not a clock read),
//! and a count of the packets refused since the bucket was last full: a
//! connection that keeps sending over its rate, refused as many times as
//! its rate before its bucket fills up again, is to be closed.

use std::time::{Duration, Instant};

/// What to do with one packet.
#[derive(Debug, PartialEq)]
pub enum Take {
    /// Under the rate.
    Ok,
    /// Over it: refuse this one.
    Over,
    /// Over it, and for long: close the connection.
    Close,
}

pub struct Rate {
    /// 0: no limit.
    per_second: u32,
    tokens: u32,
    /// Packets refused since the bucket was last full.
    refused: u32,
    /// When the bucket was last full, or last refilled.
    filled: Instant,
}

const NANOS: u128 = 1_000_000_000;

impl Rate {
    /// A full bucket of `per_second` packets at `now` (0: no limit).
    pub fn new(per_second: u32, now: Instant) -> Rate {
        Rate {
            per_second,
            tokens: per_second,
            refused: 0,
            filled: now,
        }
    }

    /// One packet; `clock` is read only when the bucket is empty.
    pub fn take(&mut self, clock: impl FnOnce() -> Instant) -> Take {
        if self.per_second == 0 {
            return Take::Ok;
        }
        if self.tokens == 0 {
            let now = clock();
            let elapsed = now.saturating_duration_since(self.filled).as_nanos();
            let per_second = u128::from(self.per_second);
            let earned = elapsed * per_second / NANOS;
            if earned >= per_second {
                (self.tokens, self.filled, self.refused) = (self.per_second, now, 0);
            } else if earned >= 1 {
                // Whole packets only: the fraction stays earned.
                self.tokens = earned as u32;
                self.filled += Duration::from_nanos((earned * NANOS / per_second) as u64);
            } else {
                self.refused = self.refused.saturating_add(1);
                return match self.refused > self.per_second {
                    true => Take::Close,
                    false => Take::Over,
                };
            }
        }
        self.tokens -= 1;
        Take::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::{Rate, Take};
    use std::time::{Duration, Instant};

    /// Sends `n` packets at `at`, returning how many of each outcome.
    fn burst(rate: &mut Rate, at: Instant, n: u32) -> (u32, u32, u32) {
        let mut counts = (0, 0, 0);
        for _ in 0..n {
            match rate.take(|| at) {
                Take::Ok => counts.0 += 1,
                Take::Over => counts.1 += 1,
                Take::Close => counts.2 += 1,
            }
        }
        counts
    }

    #[test]
    fn a_burst_of_one_second_then_the_rate() {
        let t0 = Instant::now();
        let mut rate = Rate::new(100, t0);
        assert_eq!(burst(&mut rate, t0, 100), (100, 0, 0));
        assert_eq!(burst(&mut rate, t0, 1), (0, 1, 0));
        // 50 ms earns 5 packets; 25 ms more earns 2 and a half.
        assert_eq!(
            burst(&mut rate, t0 + Duration::from_millis(50), 6),
            (5, 1, 0)
        );
        let t = t0 + Duration::from_millis(75);
        assert_eq!(burst(&mut rate, t, 3), (2, 1, 0));
        // The half packet was kept: 5 ms more makes it a whole one.
        let t = t0 + Duration::from_millis(80);
        assert_eq!(burst(&mut rate, t, 1), (1, 0, 0));
        // A long pause refills the bucket, never past one second's worth.
        let later = t0 + Duration::from_secs(60);
        assert_eq!(burst(&mut rate, later, 101), (100, 1, 0));
    }

    #[test]
    fn a_steady_sender_at_the_rate_is_never_refused() {
        let t0 = Instant::now();
        let mut rate = Rate::new(1000, t0);
        for ms in 0..5_000u64 {
            let at = t0 + Duration::from_millis(ms);
            assert_eq!(burst(&mut rate, at, 1), (1, 0, 0), "at {ms} ms");
        }
    }

    #[test]
    fn a_flood_is_closed_at_once_and_a_steady_excess_later() {
        let t0 = Instant::now();
        let mut rate = Rate::new(100, t0);
        burst(&mut rate, t0, 100);
        assert_eq!(burst(&mut rate, t0, 100), (0, 100, 0));
        assert_eq!(burst(&mut rate, t0, 1), (0, 0, 1));
        // A sender at one and a half times the rate is refused a third of
        // the time once its burst is spent, and closed once refused as
        // many times as its rate.
        let mut rate = Rate::new(100, t0);
        let (mut refused, mut at) = (0, t0);
        loop {
            let (_, over, close) = burst(&mut rate, at, 3);
            refused += over;
            if close > 0 {
                break;
            }
            at += Duration::from_millis(20);
            assert!(at < t0 + Duration::from_secs(10), "never closed");
        }
        assert_eq!(refused, 100);
        // Its first second's burst, then two seconds of excess.
        let closed = at - t0;
        assert!(closed > Duration::from_secs(3), "closed at {closed:?}");
        // A bucket that fills up again forgives what was refused.
        let mut rate = Rate::new(100, t0);
        burst(&mut rate, t0, 100);
        assert_eq!(burst(&mut rate, t0, 100).1, 100);
        let later = t0 + Duration::from_secs(1);
        assert_eq!(burst(&mut rate, later, 200), (100, 100, 0));
    }

    #[test]
    fn no_limit_at_0() {
        let t0 = Instant::now();
        assert_eq!(burst(&mut Rate::new(0, t0), t0, 100_000), (100_000, 0, 0));
    }
}
