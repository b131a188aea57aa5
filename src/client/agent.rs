//! The JS faces of agents: `Agent` (this client's: answers requests, emits
//! events) and `RAgent` (another's, or ours seen from the session: sent
//! requests, heard as an event emitter). The objects are made by the driver.

use super::driver::{Agent, RAgent};
use super::error::{Error, Reply};
use super::js::body_json;
use super::session::destroy_agent;
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

    /// Broadcasts an event to the session; false if the session is closed.
    pub fn emit(&self, name: JsValue, body: JsValue) -> Result<bool, JsValue> {
        let Some(session) = self.session.upgrade().filter(|s| s.is_open()) else {
            return Ok(false);
        };
        let name = self.checked(&session, &name)?;
        let body = body_json(&body)?;
        Ok(session.with_core(|core| core.emit(&self.id(), &name, body.into()))?)
    }

    /// Handles requests named `name` with `cb(body, reply(err, body))`;
    /// `receive(cb)` handles every name without a handler of its own, with
    /// `cb(body, reply, name)`.
    pub fn receive(&self, name: JsValue, cb: JsValue) -> Result<(), JsValue> {
        let Some(session) = self.session.upgrade() else {
            return Err(Error::Destroyed.into());
        };
        if let Some(any) = name.dyn_ref::<Function>() {
            let id = self.id();
            if !session.is_local(&id) {
                return Err(Error::Destroyed.into());
            }
            return Ok(session.with_core(|core| core.set_any_handler(&id, any.clone()))?);
        }
        let name = self.checked(&session, &name)?;
        let Some(cb) = cb.dyn_ref::<Function>() else {
            return Err(Error::InvalidArg("cb is not a function".into()).into());
        };
        Ok(session.with_core(|core| core.set_handler(&self.id(), name, cb.clone()))?)
    }

    /// The name, if the agent is alive and the name a string.
    fn checked(&self, session: &super::driver::Driver, name: &JsValue) -> Result<String, JsValue> {
        if !session.is_local(&self.id()) {
            return Err(Error::Destroyed.into());
        }
        name.as_string()
            .ok_or_else(|| Error::InvalidArg("name is not a string".into()).into())
    }
}

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
    #[wasm_bindgen(js_name = _send)]
    pub fn send(&self, name: String, body: JsValue, timeout: Option<u32>, done: Function) {
        let reply = Reply(done);
        let r = &self.inner;
        match r.session.upgrade() {
            Some(_) if r.is_gone() => reply.err_later(Error::AgentDestroyed),
            Some(s) => s.call(reply, |core, reply| {
                core.send(&r.id, &name, body, timeout, reply)
            }),
            None => reply.err_later(Error::Closed),
        }
    }
}
