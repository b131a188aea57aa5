//! The client's errors: one enum, turned into real JS `Error` objects with a
//! stable `code` property; and `Reply`, the one way results reach a caller,
//! whether it passed a callback or awaits a Promise.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A wrong argument from JS (thrown at once).
    InvalidArg(String),
    /// The relay refused the session, or the socket failed before it opened.
    Connect(String),
    /// The session closed before an answer came.
    Closed,
    /// No answer within the timeout (ms).
    Timeout(u32),
    /// The agent asked was destroyed before it answered.
    AgentDestroyed,
    /// The agent asked does not exist (relay's answer).
    AgentNotFound,
    /// The agent answered with an error: its message, as sent.
    Remote(String),
    /// A local agent used after it was destroyed.
    Destroyed,
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidArg(_) => "ERR_INVALID_ARG",
            Error::Connect(_) => "ERR_CONNECT",
            Error::Closed => "ERR_CLOSED",
            Error::Timeout(_) => "ERR_TIMEOUT",
            Error::AgentDestroyed => "ERR_AGENT_DESTROYED",
            Error::AgentNotFound => "ERR_AGENT_NOT_FOUND",
            Error::Remote(_) => "ERR_REMOTE",
            Error::Destroyed => "ERR_DESTROYED",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Error::InvalidArg(m) | Error::Connect(m) | Error::Remote(m) => m.clone(),
            Error::Closed => "session closed".into(),
            Error::Timeout(ms) => {
                let mut m = String::from("request timed out after ");
                crate::protocol::packet::push_decimal(&mut m, *ms as u64);
                m + " ms"
            }
            Error::AgentDestroyed => "agent destroyed".into(),
            Error::AgentNotFound => "agent not found".into(),
            Error::Destroyed => "destroyed".into(),
        }
    }

    /// An error text from the wire, classified.
    pub fn from_wire(text: String) -> Error {
        match text.as_str() {
            "agent destroyed" => Error::AgentDestroyed,
            "agent not found" => Error::AgentNotFound,
            _ => Error::Remote(text),
        }
    }

    pub fn to_js(&self) -> JsValue {
        let e = js_sys::Error::new(&self.message());
        let _ = Reflect::set(&e, &"code".into(), &self.code().into());
        e.into()
    }
}

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        e.to_js()
    }
}

/// Reports an exception thrown by user code without letting it unwind
/// through the library: it surfaces as an unhandled rejection.
pub fn report(e: JsValue) {
    let _ = Promise::reject(&e);
}

/// Where a result goes: a Node-style callback, or a Promise's two ends.
pub enum Reply {
    Callback(Function),
    Promise(Function, Function),
}

impl Reply {
    /// From an optional callback argument: a function, or nothing (then the
    /// caller gets the Promise returned here). Anything else is an error.
    pub fn new(cb: &JsValue) -> Result<(Reply, JsValue), Error> {
        if let Some(f) = cb.dyn_ref::<Function>() {
            return Ok((Reply::Callback(f.clone()), JsValue::UNDEFINED));
        }
        if !cb.is_undefined() && !cb.is_null() {
            return Err(Error::InvalidArg("callback is not a function".into()));
        }
        let mut ends = None;
        let promise = Promise::new(&mut |resolve, reject| ends = Some((resolve, reject)));
        let (resolve, reject) = ends.expect("Promise executor runs at once");
        Ok((Reply::Promise(resolve, reject), promise.into()))
    }

    pub fn ok(self, value: &JsValue) {
        let called = match self {
            Reply::Callback(f) => f.call2(&JsValue::NULL, &JsValue::NULL, value),
            Reply::Promise(resolve, _) => resolve.call1(&JsValue::NULL, value),
        };
        if let Err(e) = called {
            report(e);
        }
    }

    /// Fails with `error`; `body` (a response's body, if any) goes along as
    /// the callback's second argument, or as the error's `body` property.
    pub fn err(self, error: &Error, body: &JsValue) {
        let e = error.to_js();
        let called = match self {
            Reply::Callback(f) => f.call2(&JsValue::NULL, &e, body),
            Reply::Promise(_, reject) => {
                if !body.is_undefined() {
                    let _ = Reflect::set(&e, &"body".into(), body);
                }
                reject.call1(&JsValue::NULL, &e)
            }
        };
        if let Err(e) = called {
            report(e);
        }
    }

    /// Fails in a later microtask, so a callback never runs before the call
    /// that asked for it has returned.
    pub fn err_later(self, error: Error) {
        wasm_bindgen_futures::spawn_local(async move { self.err(&error, &JsValue::UNDEFINED) });
    }
}
