//! The JS faces of agents: `Agent` (this client's: answers requests, emits
//! events) and `RAgent` (another's, or ours seen from the session: sent
//! requests, heard as an event emitter). The objects are made by the driver.

use super::driver::{Agent, RAgent};
use super::error::{Error, Reply};
use super::js::{body_json, options_timeout};
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

    /// Destroys the agent; `cb(err, agent)`, or a Promise of it.
    pub fn destroy(&self, cb: JsValue) -> Result<JsValue, JsValue> {
        let Some(session) = self.session.upgrade() else {
            return Err(Error::Closed.into());
        };
        destroy_agent(&session, &self.info(), &cb)
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

    /// Sends a request: `send(name, body, [options,] cb(err, body))`, or
    /// without `cb` a Promise of the response body. `options.timeout` (ms)
    /// overrides the session's `requestTimeout`.
    pub fn send(
        &self,
        name: JsValue,
        body: JsValue,
        options: JsValue,
        cb: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (options, cb) = if options.is_function() {
            (JsValue::UNDEFINED, options)
        } else {
            (options, cb)
        };
        let Some(name) = name.as_string() else {
            return Err(Error::InvalidArg("name is not a string".into()).into());
        };
        let timeout = options_timeout(&options)?;
        let body = body_json(&body)?;
        let (reply, promise) = Reply::new(&cb)?;
        let r = &self.inner;
        match r.session.upgrade() {
            Some(_) if r.is_gone() => reply.err_later(Error::AgentDestroyed),
            Some(s) => s.call(reply, |core, reply| {
                core.send(&r.id, &name, body.into(), timeout, reply)
            }),
            None => reply.err_later(Error::Closed),
        }
        Ok(promise)
    }
}
