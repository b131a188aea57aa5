//! The pure protocol core shared by the relay and the browser client:
//! packets, their validation, and the rules of a session. No I/O, no clock.

pub mod client;
pub mod correlate;
pub mod packet;
pub mod session;
pub mod small_map;

#[cfg(test)]
mod session_tests;

#[cfg(test)]
mod client_tests;
