//! The pure protocol core shared by the relay and the browser client:
//! packets, their validation, and the rules of a session. No I/O, no clock.

//! The browser client (wasm32) builds only what it uses: `client`,
//! `packet`'s writing half, `resume` and `small_map`.

pub mod client;
#[cfg(not(target_arch = "wasm32"))]
pub mod cluster;
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonrpc;
#[cfg(not(target_arch = "wasm32"))]
pub mod numbers;
pub mod packet;
pub mod resume;
#[cfg(not(target_arch = "wasm32"))]
pub mod session;
pub mod small_map;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod cluster_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod session_tests;

/// Native only: proptest is not built for wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod client_tests;
