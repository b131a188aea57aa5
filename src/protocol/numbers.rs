//! Maps keyed by the relay's own numbers (connections, agents, requests),
//! hashed with one multiplication.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// Hashes the relay's own numbers (connections, agents, requests) with one
/// multiplication. They are the relay's, never a client's choice, so
/// SipHash's defence against chosen keys buys nothing there; and an event
/// to many members looks each up (issue 28: interest must not tax the
/// firehose).
#[derive(Clone, Copy, Default)]
pub struct NumberHasher(u64);

impl std::hash::Hasher for NumberHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by the relay's own numbers.
pub type Numbered<V> = HashMap<u64, V, BuildHasherDefault<NumberHasher>>;

/// A set of the relay's own numbers.
pub type NumberSet = HashSet<u64, BuildHasherDefault<NumberHasher>>;
