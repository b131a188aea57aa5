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
    /// Without a `body`, it asks instead whether anyone hears event `name`
    /// (`isHeard`: one export for both, as each costs its own shim).
    #[wasm_bindgen(js_name = _emit)]
    pub fn emit(&self, name: String, body: JsValue) -> u8 {
        let Some(session) = self.session.upgrade() else {
            return 0;
        };
        let id = self.id();
        // (The core refuses an agent it no longer has: `Err`.)
        match session.with_core(|core| match body.is_undefined() {
            true if !core.is_local(&id) => Err(crate::protocol::client::Error::Destroyed),
            true => Ok(core.is_heard(&id, &name)),
            false => core.emit(&id, &name, body),
        }) {
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
    /// face); with a `sink`, asking for a streamed answer whose chunks go
    /// to it (`stream`). Returns the call's number, for `_cancel` (0:
    /// refused).
    #[wasm_bindgen(js_name = _send)]
    pub fn send(
        &self,
        name: String,
        body: JsValue,
        timeout: Option<u32>,
        done: Function,
        sink: Option<Function>,
    ) -> f64 {
        let reply = Reply(done);
        let r = &self.inner;
        match r.session.upgrade() {
            Some(_) if r.is_gone() => reply.err_later(Error::AgentDestroyed),
            Some(s) => {
                let number = s.call(reply, |core, reply| match sink {
                    Some(sink) => core.stream(&r.id, &name, body, timeout, reply, sink),
                    None => core.send(&r.id, &name, body, timeout, reply),
                });
                return number as f64;
            }
            None => reply.err_later(Error::Closed),
        }
        0.0
    }

    /// The page listens to event `name` of this agent (its first listener
    /// came), or no longer does (its last went).
    #[wasm_bindgen(js_name = _listen)]
    pub fn listen(&self, name: String, on: bool) {
        if let Some(s) = self
            .inner
            .session
            .upgrade()
            .filter(|_| !self.inner.is_gone())
        {
            s.with_core(|core| core.listen(&self.inner.id, &name, on));
        }
    }

    /// Gives up call `number` (an `AbortSignal` fired, a stream left):
    /// 1 when the page now settles it, else 0. With `grant`, instead: the
    /// caller of stream `number` read that many more chunks; returns how
    /// many more to read before telling again (0: the stream is over).
    /// (One export for both: each costs its own shim.)
    #[wasm_bindgen(js_name = _cancel)]
    pub fn cancel(&self, number: f64, grant: Option<u32>) -> u32 {
        let Some(s) = self.inner.session.upgrade() else {
            return 0;
        };
        match grant {
            Some(n) => s.with_core(|core| core.grant(number as u64, n)),
            None => s.cancel(number) as u32,
        }
    }
}
