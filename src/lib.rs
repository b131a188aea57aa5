//! ragents: an agent messaging protocol over WebSocket. The crate holds the
//! pure protocol core, the `ragentsd` relay (native) and the browser client
//! (wasm32).
//!
//! The shipped wasm is built with the feature `lean`: `no_std` (the client
//! needs only `core` and `alloc`), with a panic handler that formats
//! nothing, so that `std`'s panic machinery and `core::fmt` stay out of it.

#![cfg_attr(feature = "lean", no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;

pub mod protocol;

#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(docsrs, doc(cfg(not(target_arch = "wasm32"))))]
pub mod relay;

// The script's client (its JavaScript global, its exports, its allocator):
// not in a Rust program's wasm, which has the Rust client instead.
#[cfg(all(target_arch = "wasm32", not(feature = "rust-client")))]
pub mod client;

#[cfg(feature = "rust-client")]
#[cfg_attr(docsrs, doc(cfg(feature = "rust-client")))]
pub mod native;
#[cfg(feature = "rust-client")]
#[cfg_attr(docsrs, doc(cfg(feature = "rust-client")))]
pub use native::{
    Agent, Chunks, Config, Ctx, Error, Events, Handlers, Interest, RemoteAgent, Session,
    SessionEvent, Watch,
};
#[cfg(feature = "rust-client")]
#[cfg_attr(docsrs, doc(cfg(feature = "rust-client")))]
pub use protocol::client::Backoff;
