//! Local agents (`Agent`: answers requests, emits events) and remote agents
//! (`RAgent`: sent requests, heard as an event emitter), with the JS objects
//! that stand for them, each made once.

use super::emitter::{emitter_methods, Emitter};
use super::error::{Error, Reply};
use super::session::{body_json, field, frozen_info, SessionInner};
use crate::protocol::packet::FrameWriter;
use crate::protocol::small_map::SmallMap;
use js_sys::Function;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;

pub(crate) struct AgentInner {
    session: Weak<SessionInner>,
    id: String,
    info: JsValue,
    handlers: RefCell<SmallMap<Function>>,
    destroyed: Cell<bool>,
    /// The JS `Agent` object (released when destroyed).
    this: RefCell<JsValue>,
}

impl AgentInner {
    pub fn new(session: Weak<SessionInner>, id: String, info: &JsValue) -> Rc<Self> {
        Rc::new(AgentInner {
            session,
            id,
            info: frozen_info(info),
            handlers: RefCell::new(SmallMap::default()),
            destroyed: Cell::new(false),
            this: RefCell::new(JsValue::UNDEFINED),
        })
    }

    pub fn handler(&self, name: &str) -> Option<Function> {
        self.handlers.borrow().get(name).cloned()
    }

    /// Marks it destroyed, drops its handlers, returns its JS object.
    pub fn destroyed(&self) -> JsValue {
        self.destroyed.set(true);
        self.handlers.borrow_mut().clear();
        self.this.replace(JsValue::UNDEFINED)
    }

    fn check(&self, name: &JsValue) -> Result<String, JsValue> {
        if self.destroyed.get() {
            return Err(Error::Destroyed.into());
        }
        name.as_string()
            .ok_or_else(|| Error::InvalidArg("name is not a string".into()).into())
    }
}

/// An agent created by this client: it answers requests and emits events.
#[wasm_bindgen(skip_typescript)]
pub struct Agent {
    inner: Rc<AgentInner>,
}

impl Agent {
    /// The JS object for a new agent (kept by the agent until destroyed).
    pub(crate) fn wrap(inner: Rc<AgentInner>) -> JsValue {
        let js: JsValue = Agent {
            inner: inner.clone(),
        }
        .into();
        *inner.this.borrow_mut() = js.clone();
        js
    }
}

#[wasm_bindgen]
impl Agent {
    /// `{id, name, title}`, read-only.
    #[wasm_bindgen(getter)]
    pub fn info(&self) -> JsValue {
        self.inner.info.clone()
    }

    /// Destroys the agent; `cb(err, agent)`, or a Promise of it.
    pub fn destroy(&self, cb: JsValue) -> Result<JsValue, JsValue> {
        let Some(session) = self.inner.session.upgrade() else {
            return Err(Error::Closed.into());
        };
        session.destroy_agent(&self.inner.info, &cb)
    }

    /// Broadcasts an event to the session; false if the session is closed.
    pub fn emit(&self, name: JsValue, body: JsValue) -> Result<bool, JsValue> {
        let name = self.inner.check(&name)?;
        let body = body_json(&body)?;
        let prefix = FrameWriter::new("event")
            .str("from", &self.inner.id)
            .str("name", &name)
            .open("body");
        let sent = self
            .inner
            .session
            .upgrade()
            .map(|s| s.send_frame(prefix, &body, "}"));
        Ok(matches!(sent, Some(Ok(()))))
    }

    /// Handles requests named `name` with `cb(body, reply(err, body))`.
    pub fn receive(&self, name: JsValue, cb: JsValue) -> Result<(), JsValue> {
        let name = self.inner.check(&name)?;
        let Some(cb) = cb.dyn_ref::<Function>() else {
            return Err(Error::InvalidArg("cb is not a function".into()).into());
        };
        self.inner.handlers.borrow_mut().insert(name, cb.clone());
        Ok(())
    }
}

pub(crate) struct RAgentInner {
    session: Weak<SessionInner>,
    id: String,
    info: JsValue,
    pub(crate) emitter: Emitter,
    /// The JS `RAgent` object (released when the agent or session goes).
    this: RefCell<JsValue>,
}

impl RAgentInner {
    pub fn new(session: Weak<SessionInner>, id: String, info: &JsValue) -> Rc<Self> {
        let inner = Rc::new(RAgentInner {
            session,
            id,
            info: frozen_info(info),
            emitter: Emitter::default(),
            this: RefCell::new(JsValue::UNDEFINED),
        });
        *inner.this.borrow_mut() = RAgent {
            inner: inner.clone(),
        }
        .into();
        inner
    }

    pub fn this(&self) -> JsValue {
        self.this.borrow().clone()
    }

    /// The agent is gone: its listeners and its JS object are let go.
    pub fn release(&self) {
        self.emitter.remove_all(None);
        self.this.replace(JsValue::UNDEFINED);
    }
}

/// Another client's agent (or one of ours, seen from the session).
#[wasm_bindgen(skip_typescript)]
pub struct RAgent {
    inner: Rc<RAgentInner>,
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
        // (Most sends have no options: no key string is made for them.)
        let timeout = if options.is_object() {
            field(&options, "timeout").as_f64()
        } else {
            None
        };
        if timeout.is_some_and(|t| !(t > 0.0 && t < 2_147_483_647.0)) {
            return Err(Error::InvalidArg(
                "options.timeout must be a positive number of milliseconds".into(),
            )
            .into());
        }
        let body = body_json(&body)?;
        let (reply, promise) = Reply::new(&cb)?;
        match self.inner.session.upgrade() {
            Some(s) if self.inner.this.borrow().is_undefined() => {
                drop(s);
                reply.err_later(Error::AgentDestroyed)
            }
            Some(s) => s.send_to(
                &self.inner.id,
                &name,
                &body,
                reply,
                timeout.map(|t| t as u32),
            ),
            None => reply.err_later(Error::Closed),
        }
        Ok(promise)
    }

    fn emitter(&self) -> &Emitter {
        &self.inner.emitter
    }

    fn this(&self) -> JsValue {
        self.inner.this.borrow().clone()
    }
}

emitter_methods!(RAgent);
