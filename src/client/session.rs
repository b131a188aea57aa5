//! A session's calls: the connecting of one (`ragents.createSession` of
//! the JS face, src/client/js/face.js, which checks its config) and the `Session`
//! object's methods under the JS face's (which check their arguments and
//! make their `done`). The work is the driver's.

use super::driver::{Driver, Options};
use super::error::Reply;
use super::js::field;
use crate::protocol::client::{self, Backoff};
use alloc::rc::Rc;
use alloc::string::String;
use js_sys::Function;
use wasm_bindgen::prelude::*;

/// A session: the connection to every client that joined with the same key.
/// `free()` on an open session closes it.
#[wasm_bindgen(skip_typescript)]
pub struct Session {
    inner: Rc<Driver>,
}

/// The `heartbeat` option's default, ms.
const DEFAULT_HEARTBEAT_MS: u32 = 15_000;

/// The reconnection rules of a checked `reconnect`: false (one socket, as
/// 1.0.0), true or left out (the defaults), or an object whose numbers
/// replace them.
fn backoff(v: &JsValue) -> Option<Backoff> {
    if v.as_bool() == Some(false) {
        return None;
    }
    let mut b = Backoff::default();
    let number = |name: &str| field(v, name).as_f64();
    if let Some(t) = number("minDelay") {
        b.min_delay = t as u32;
    }
    if let Some(t) = number("maxDelay") {
        b.max_delay = t as u32;
    }
    if let Some(f) = number("factor") {
        b.factor = f;
    }
    if let Some(j) = number("jitter") {
        b.jitter = j;
    }
    if let Some(n) = number("retries") {
        b.retries = Some(n as u32);
    }
    Some(b)
}

/// Connects the session of a config the JS face checked (`sessionConfig`
/// in src/client/js/face.js): `{url, key, requestTimeout, debug, heartbeat,
/// reconnect, done}`, the key as JSON text, `done` where the result goes.
pub fn connect(c: JsValue) {
    let heartbeat = match field(&c, "heartbeat").as_f64() {
        None => Some(DEFAULT_HEARTBEAT_MS),
        Some(ms) => (ms > 0.0).then_some(ms as u32),
    };
    let options = Options {
        url: field(&c, "url").as_string().unwrap_or_default(),
        // The key as JSON: a string as a string, a number as a number.
        key: field(&c, "key").as_string().unwrap_or_default(),
        core: client::Options {
            timeout: field(&c, "requestTimeout").as_f64().map(|t| t as u32),
            reconnect: backoff(&field(&c, "reconnect")),
            heartbeat,
        },
        debug: field(&c, "debug").is_truthy(),
    };
    let done: Function = field(&c, "done").unchecked_into();
    Driver::connect(options, Reply(done), |inner| Session { inner }.into());
}

#[wasm_bindgen]
impl Session {
    /// Closes the session: pending requests fail, local agents are destroyed.
    pub fn close(&self) {
        self.inner.close();
    }

    /// Creates a local agent from its info's JSON text (`createAgent` of
    /// the JS face).
    #[wasm_bindgen(js_name = _createAgent)]
    pub fn create_agent(&self, info: JsValue, done: Function) {
        self.inner
            .call(Reply(done), |core, reply| core.create_agent(info, reply));
    }

    /// Destroys the local agent `id` (`destroyAgent` of the JS face).
    #[wasm_bindgen(js_name = _destroyAgent)]
    pub fn destroy_agent(&self, id: String, done: Function) {
        destroy_agent(&self.inner, &id, Reply(done));
    }

    /// Every agent of the session (`getRemoteAgents` of the JS face).
    #[wasm_bindgen(js_name = _getRemoteAgents)]
    pub fn get_remote_agents(&self, done: Function) {
        self.inner
            .call(Reply(done), |core, reply| core.get_agents(reply));
    }

    /// Calls the request `method` of the agent *named* `agent` with the
    /// JSON text `params`, waiting for such an agent if there is none yet
    /// (bounded by `timeout`, else `requestTimeout`, else 30 s): `request`
    /// of the JS face.
    #[wasm_bindgen(js_name = _request)]
    pub fn request(
        &self,
        agent: String,
        method: String,
        params: JsValue,
        timeout: Option<u32>,
        done: Function,
    ) -> f64 {
        let number = self.inner.call(Reply(done), |core, reply| {
            core.request_named(&agent, &method, params, timeout, reply)
        });
        number as f64
    }

    /// Gives up call `number` (an `AbortSignal` fired): true when the
    /// page now settles it.
    #[wasm_bindgen(js_name = _cancel)]
    pub fn cancel(&self, number: f64) -> bool {
        self.inner.cancel(number)
    }

    /// Whether the session is connected.
    #[wasm_bindgen(getter, js_name = isOpen)]
    pub fn is_open(&self) -> bool {
        self.inner.is_open()
    }
}

/// `session.destroyAgent(info, cb)`, also `agent.destroy(cb)`.
pub(crate) fn destroy_agent(session: &Rc<Driver>, id: &str, reply: Reply) {
    session.call(reply, |core, reply| core.destroy_agent(id, reply));
}

/// `free()` (or the garbage collector) on an open session closes it.
impl Drop for Session {
    fn drop(&mut self) {
        self.inner.close();
    }
}
