//! ragents: an agent messaging protocol over WebSocket. The crate holds the
//! pure protocol core, the `ragentsd` relay (native) and the browser client
//! (wasm32).

pub mod protocol;

#[cfg(not(target_arch = "wasm32"))]
pub mod relay;

#[cfg(target_arch = "wasm32")]
pub mod client;
