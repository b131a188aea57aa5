//! Where and how a session connects (`Config`).

use crate::protocol::client::{self as core, Backoff};
use serde_json::Value;
use std::time::Duration;

/// Where and how to connect.
#[derive(Clone, Debug)]
pub struct Config {
    pub(super) url: String,
    pub(super) key: Value,
    pub(super) options: core::Options,
}

impl Config {
    /// A session of `key` at the relay at `url`: `ws://host:port`, or
    /// `wss://host:port` through TLS (rustls), the relay's certificate
    /// checked against the system's roots, or those in the PEM file that
    /// `SSL_CERT_FILE` names.
    pub fn new(url: impl Into<String>, key: impl Into<Value>) -> Config {
        Config {
            url: url.into(),
            key: key.into(),
            options: core::Options::default(),
        }
    }

    /// Bounds connecting and, by default, every request.
    pub fn timeout(mut self, timeout: Duration) -> Config {
        self.options.timeout = Some(ms(timeout));
        self
    }

    /// Comes back after a lost socket, with this backoff (resuming its
    /// place where the relay keeps it), instead of ending with it.
    pub fn reconnect(mut self, backoff: Backoff) -> Config {
        self.options.reconnect = Some(backoff);
        self
    }

    /// Asks the relay for a sign of life after this much silence; twice
    /// that with nothing, and the socket counts as dead.
    pub fn heartbeat(mut self, period: Duration) -> Config {
        self.options.heartbeat = Some(ms(period));
        self
    }
}

pub(super) fn ms(d: Duration) -> u32 {
    d.as_millis().clamp(1, u32::MAX as u128) as u32
}
