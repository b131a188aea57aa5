//! A periodic tick for the pinger that costs the runtime nothing between
//! ticks. On Linux it is a timerfd, read through the runtime's epoll like a
//! socket. A tokio timer would do the same job, but while one is pending
//! every wake-up of the runtime reads the clock and gives `epoll_wait` a
//! timeout: measured, 2% more of the relay's CPU per request and response
//! under load, for a timer that fires every few seconds. (A thread that
//! sleeps cost about as much, presumably because glibc's malloc takes locks
//! in a multi-threaded process that it skips otherwise: see
//! `bench/NOTES.md`.) Elsewhere it is a tokio interval.

#[cfg(target_os = "linux")]
pub use self::linux::Ticker;

#[cfg(not(target_os = "linux"))]
pub use self::portable::Ticker;

#[cfg(target_os = "linux")]
mod linux {
    use std::io;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::time::Duration;
    use tokio::io::unix::AsyncFd;
    use tokio::io::Interest;

    /// A timerfd that expires every period.
    pub struct Ticker(AsyncFd<OwnedFd>);

    impl Ticker {
        /// Ticks every `every` (not zero: a zero timerfd is disarmed).
        pub fn new(every: Duration) -> io::Result<Ticker> {
            debug_assert!(!every.is_zero());
            // SAFETY: a system call with constant arguments.
            let fd = unsafe {
                libc::timerfd_create(
                    libc::CLOCK_MONOTONIC,
                    libc::TFD_NONBLOCK | libc::TFD_CLOEXEC,
                )
            };
            if fd < 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: a new descriptor, owned by nothing else.
            let fd = unsafe { OwnedFd::from_raw_fd(fd) };
            let period = libc::timespec {
                tv_sec: every.as_secs() as _,
                tv_nsec: every.subsec_nanos() as _,
            };
            let spec = libc::itimerspec {
                it_interval: period,
                it_value: period,
            };
            // SAFETY: `spec` outlives the call; no old value is asked for.
            let set =
                unsafe { libc::timerfd_settime(fd.as_raw_fd(), 0, &spec, std::ptr::null_mut()) };
            if set < 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: `fd` is open and owned by the `AsyncFd` from now on.
            let fd = unsafe { AsyncFd::register_with_interest(fd, Interest::READABLE)? };
            Ok(Ticker(fd))
        }

        /// Waits for the next expiry. Expiries missed meanwhile (a stalled
        /// relay) make one tick, not a burst.
        pub async fn tick(&mut self) -> io::Result<()> {
            loop {
                let mut ready = self.0.readable().await?;
                let read = ready.try_io(|fd| {
                    let mut expiries = 0u64;
                    // SAFETY: reads 8 bytes into a u64, as timerfd(2) says.
                    let n = unsafe { libc::read(fd.as_raw_fd(), (&raw mut expiries).cast(), 8) };
                    if n < 0 {
                        Err(io::Error::last_os_error())
                    } else {
                        Ok(())
                    }
                });
                match read {
                    Ok(result) => return result,
                    Err(_would_block) => continue,
                }
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod portable {
    use std::io;
    use std::time::Duration;
    use tokio::time::{interval, Interval, MissedTickBehavior};

    pub struct Ticker(Interval);

    impl Ticker {
        pub fn new(every: Duration) -> io::Result<Ticker> {
            let mut ticks = interval(every);
            ticks.reset(); // the first tick after a period, as a timerfd's
            ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
            Ok(Ticker(ticks))
        }

        pub async fn tick(&mut self) -> io::Result<()> {
            self.0.tick().await;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ticker;
    use std::time::{Duration, Instant};

    #[tokio::test]
    async fn ticks_every_period() {
        let mut ticker = Ticker::new(Duration::from_millis(20)).unwrap();
        let start = Instant::now();
        for n in 1..=3 {
            ticker.tick().await.unwrap();
            let elapsed = start.elapsed();
            assert!(elapsed >= Duration::from_millis(20 * n), "{elapsed:?}");
        }
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    /// Ticks missed while nobody waited (a stall) make one tick, not a burst.
    #[tokio::test]
    async fn missed_ticks_make_one() {
        let mut ticker = Ticker::new(Duration::from_millis(10)).unwrap();
        std::thread::sleep(Duration::from_millis(100)); // ten missed
        let start = Instant::now();
        let mut ticks = 0;
        while start.elapsed() < Duration::from_millis(25) {
            ticker.tick().await.unwrap();
            ticks += 1;
        }
        assert!((2..=5).contains(&ticks), "{ticks} ticks in 25 ms");
    }
}
