//! The JS faces of agents: `Agent` (this client's: answers requests, emits
//! events) and `RAgent` (another's, or ours seen from the session: sent
//! requests, heard as an event emitter). The objects are made by the driver.

use super::driver::{Agent, RAgent};
use super::error::{Error, Reply};
use super::session::destroy_agent;
use alloc::string::String;
use js_sys::Function;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Agent {
    /// `{id, name, title}`, read-only.
    #[wasm_bindgen(getter)]
    pub fn info(&self) -> JsValue {
        self.state.info.borrow().clone()
    }

    /// Its id now (a reconnect that made it again gave it a new one).
    fn id(&self) -> String {
        self.state.id.borrow().clone()
    }

    /// Destroys the agent (`destroy` of the JS face).
    #[wasm_bindgen(js_name = _destroy)]
    pub fn destroy(&self, done: Function) {
        match self.session.upgrade() {
            Some(session) => destroy_agent(&session, &self.id(), Reply(done)),
            None => Reply(done).err_later(Error::Closed),
        }
    }

    /// Broadcasts the event `name` with the JSON text `body` to the
    /// session (`emit` of the JS face): `SENT` (also while the socket is
    /// down and the relay keeps the session's place: the core keeps the
    /// event for the resume), or 0 if it cannot go, or `GONE` if the agent
    /// is gone (the face throws `ERR_DESTROYED`: a number rather than a
    /// `Result`, whose shim costs more wasm). The core decides: a check of
    /// its own here once dropped the events of a session being resumed.
    #[wasm_bindgen(js_name = _emit)]
    pub fn emit(&self, name: String, body: JsValue) -> u8 {
        let Some(session) = self.session.upgrade() else {
            return 0;
        };
        // (The core refuses an agent it no longer has: `Err`.)
        match session.with_core(|core| core.emit(&self.id(), &name, body)) {
            Ok(true) => SENT,
            Ok(false) => 0,
            Err(_) => GONE,
        }
    }

    /// Handles requests named `name` with `cb`, or every name without a
    /// handler of its own if `name` is undefined (`receive` of the JS
    /// face); false if the agent is gone (the face throws `ERR_DESTROYED`).
    #[wasm_bindgen(js_name = _receive)]
    pub fn receive(&self, name: Option<String>, cb: Function) -> bool {
        let Some(session) = self.session.upgrade() else {
            return false;
        };
        let id = self.id();
        session
            .with_core(|core| match name {
                Some(name) => core.set_handler(&id, name, cb),
                None => core.set_any_handler(&id, cb),
            })
            .is_ok()
    }
}

/// What `Agent::emit` says: the event went (or waits for a resume); the
/// agent was destroyed.
const SENT: u8 = 1;
const GONE: u8 = 2;

#[wasm_bindgen]
impl RAgent {
    /// `{id, name, title}`, read-only.
    #[wasm_bindgen(getter)]
    pub fn info(&self) -> JsValue {
        self.inner.info.clone()
    }

    /// Sends the request `name` with the JSON text `body`, bounded by
    /// `timeout` (ms) or the session's `requestTimeout` (`send` of the JS
    /// face).
    /// Returns the call's number, for `_cancel` (0: refused).
    #[wasm_bindgen(js_name = _send)]
    pub fn send(&self, name: String, body: JsValue, timeout: Option<u32>, done: Function) -> f64 {
        let reply = Reply(done);
        let r = &self.inner;
        match r.session.upgrade() {
            Some(_) if r.is_gone() => reply.err_later(Error::AgentDestroyed),
            Some(s) => {
                let number = s.call(reply, |core, reply| {
                    core.send(&r.id, &name, body, timeout, reply)
                });
                return number as f64;
            }
            None => reply.err_later(Error::Closed),
        }
        0.0
    }

    /// Sends the request `name` asking for a streamed answer: its chunks
    /// go to `sink`, its final answer to `done` (`stream` of the JS face).
    /// Returns the call's number, for `_grant` and `_cancel` (0: refused).
    #[wasm_bindgen(js_name = _stream)]
    pub fn stream(
        &self,
        name: String,
        body: JsValue,
        timeout: Option<u32>,
        done: Function,
        sink: Function,
    ) -> f64 {
        let reply = Reply(done);
        let r = &self.inner;
        match r.session.upgrade() {
            Some(_) if r.is_gone() => reply.err_later(Error::AgentDestroyed),
            Some(s) => {
                let number = s.call(reply, |core, reply| {
                    core.stream(&r.id, &name, body, timeout, reply, sink)
                });
                return number as f64;
            }
            None => reply.err_later(Error::Closed),
        }
        0.0
    }

    /// The caller of stream `number` read `n` more chunks.
    #[wasm_bindgen(js_name = _grant)]
    pub fn grant(&self, number: f64, n: u32) {
        if let Some(s) = self.inner.session.upgrade() {
            s.with_core(|core| core.grant(number as u64, n));
        }
    }

    /// Gives up call `number` (an `AbortSignal` fired): true when the
    /// page now settles it.
    #[wasm_bindgen(js_name = _cancel)]
    pub fn cancel(&self, number: f64) -> bool {
        let s = self.inner.session.upgrade();
        s.is_some_and(|s| s.cancel(number))
    }
}
