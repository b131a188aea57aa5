//! The browser client: the `ragents` JavaScript API (sessions, agents,
//! remote agents) over the browser's WebSocket, as in ragents 1.0.0, with
//! Promises, timeouts and errors that carry a `code`. The session's rules
//! are the core's (`protocol::client`); `driver` runs them in the browser,
//! over a `transport`; `session` and `agent` are the JS faces.
//!
//! Modules, each importing only those below it:
//! `agent` → `session` → `driver` → `transport`, `js`, `error`.

mod agent;
mod driver;
mod error;
mod js;
mod session;
mod transport;
mod types;

pub use driver::{Agent, RAgent};
pub use session::Session;
use wasm_bindgen::prelude::*;

/// Talc instead of std's dlmalloc: a few KB smaller, and faster.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// In debug builds, panics are shown in the console. Release builds leave
/// the hook out: without it no panic message is ever formatted, and
/// `std::fmt` stays out of the shipped wasm.
#[cfg(debug_assertions)]
#[wasm_bindgen(start, skip_typescript)]
fn start() {
    console_error_panic_hook::set_once();
}

/// `ragents.createSession({url, key, requestTimeout?}, cb(err, session))`;
/// without `cb`, returns a Promise of the session.
#[wasm_bindgen(js_name = createSession, skip_typescript)]
pub fn create_session(config: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
    session::create(config, cb)
}
