//! The relay's pinger: one task that looks at every connection ten times
//! per period (`--ping`, `--resume-grace`, `--frame-timeout`, the request
//! timeout): pings the silent, gives up the unanswering, expires requests
//! and detached places, and acks what resumable clients sent.

use super::config::Config;
use super::liveness::Action;
use super::sessions::Relay;
use super::shared::{deliver, Member, SharedSession};
use super::ticker;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

impl Relay {
    /// The pinger's look at every connection of every session at `now`:
    /// those silent for `period` are pinged, those whose ping went
    /// unanswered for as long are given up. The locks are held only to
    /// look; the pings are written after.
    pub(super) fn look(&self, config: &Config, now: Instant) {
        let (ping, frame_timeout) = (config.ping, config.frame_timeout);
        let sessions: Vec<SharedSession> =
            self.sessions.lock().unwrap().values().cloned().collect();
        let (mut silent, mut dead, mut acking) = (Vec::new(), Vec::new(), Vec::new());
        let (mut stalled, mut expired) = (Vec::new(), Vec::new());
        // A request times out after this many looks.
        let every = look_interval(config).as_nanos();
        let after =
            (config.request_timeout).map_or(u32::MAX, |t| t.as_nanos().div_ceil(every) as u32);
        let look_ms = (every / 1_000_000) as u32;
        let (mut out, mut answered) = (Vec::new(), Vec::new());
        for session in sessions {
            let mut s = session.lock();
            let n = s.expire(after, look_ms, &mut out);
            if n > 0 {
                let count = &self.metrics.requests_expired;
                count.fetch_add(n as u64, Ordering::Relaxed);
                out.drain(..)
                    .for_each(|o| deliver(&session, &s, o, None, &mut answered));
            }
            for member in s.handles() {
                let Member::Socket(conn) = member else {
                    continue; // a call over HTTP has no socket to ping
                };
                if conn.is_detached() {
                    let grace = config.resume_grace.unwrap_or_default();
                    if conn.detached_for(now).is_some_and(|t| t >= grace) {
                        expired.push(conn.clone());
                    }
                    continue;
                }
                if conn.is_resumable() {
                    acking.push(conn.clone());
                }
                if conn.partial_for(now).is_some_and(|t| t > frame_timeout) {
                    stalled.push(conn.clone());
                }
                let Some(period) = ping else { continue };
                match conn.look(period, now) {
                    Action::Wait => {}
                    Action::Ping => silent.push(conn.clone()),
                    Action::Dead => dead.push(conn.clone()),
                }
            }
        }
        answered.iter().for_each(|c| c.flush_or_wake());
        silent.iter().for_each(|c| c.ping());
        dead.iter().for_each(|c| c.give_up());
        stalled.iter().for_each(|c| c.stall());
        expired.iter().for_each(|c| c.expire());
        acking.iter().for_each(|c| c.ack_pending());
    }
}

/// How many times per ping period the pinger looks at the connections.
pub(super) const LOOKS_PER_PERIOD: u32 = 10;

/// How often the pinger looks: ten times per the shortest of the periods
/// it watches.
pub(super) fn look_interval(config: &Config) -> Duration {
    let periods = [config.ping, config.resume_grace, config.request_timeout];
    let period = (periods.into_iter().flatten()).fold(config.frame_timeout, Duration::min);
    (period / LOOKS_PER_PERIOD).max(Duration::from_millis(1))
}

/// Pings the connections that went silent and gives up on those that
/// answer nothing (`Config::ping`): one task for the whole relay, woken ten
/// times per period by a `Ticker`, so that reading a packet costs a
/// connection only a flag's store, and the runtime keeps no timer for it.
pub(super) async fn pinger(
    relay: Arc<Relay>,
    config: Arc<Config>,
    mut shutdown: watch::Receiver<bool>,
) {
    let every = look_interval(&config);
    let mut ticker = match ticker::Ticker::new(every) {
        Ok(ticker) => ticker,
        Err(e) => return tracing::error!("no pings: cannot make a timer: {e}"),
    };
    loop {
        tokio::select! {
            tick = ticker.tick() => match tick {
                Ok(()) => relay.look(&config, Instant::now()),
                Err(e) => return tracing::error!("no more pings: the timer failed: {e}"),
            },
            _ = shutdown.changed() => return,
        }
    }
}
