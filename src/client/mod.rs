//! The browser client: the `ragents` JavaScript API (sessions, agents,
//! remote agents) over the browser's WebSocket, as in ragents 1.0.0, with
//! Promises, timeouts and errors that carry a `code`. The session's rules
//! are the core's (`protocol::client`); `driver` runs them in the browser,
//! over a `transport`; `session` and `agent` are the JS faces.
//!
//! Modules, each importing only those below it:
//! `agent` → `session` → `driver` → `transport`, `js`, `error`, `cell`;
//! `heap` is the allocator.

mod agent;
mod cell;
mod driver;
mod error;
mod heap;
mod js;
mod session;
mod transport;
mod types;

pub use driver::{Agent, RAgent};
pub use session::Session;
use wasm_bindgen::prelude::*;

/// The shipped wasm's panic handler (feature `lean`, `no_std`): it
/// formats nothing, so no `core::fmt` is linked for panic messages. A panic
/// is a bug; it stops the wasm, and the glue turns the trap into an
/// exception.
#[cfg(feature = "lean")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Size classes instead of std's dlmalloc (`heap`).
#[global_allocator]
static ALLOCATOR: heap::Heap = heap::Heap::new();

/// Connects a session: `ragents.createSession(config, cb)` of the JS face
/// (src/client/js/face.js) checks `config` and calls this with what it made of
/// it and of `cb` (see `session::connect`) once the wasm is loaded.
#[wasm_bindgen(skip_typescript)]
pub fn connect(config: JsValue) {
    session::connect(config)
}
