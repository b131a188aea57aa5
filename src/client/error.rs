//! The client's errors as real JS `Error` objects with a stable `code`
//! property (the error enum itself is the core's), and `Reply`, the one way
//! results reach a caller, whether it passed a callback or awaits a Promise.

pub use crate::protocol::client::Error;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The class of every error, defined by scripts/error.js in the scope
    /// the glue runs in (the package's JavaScript puts both in one function).
    type RagentsError;

    #[wasm_bindgen(constructor)]
    fn new(message: &str, code: &str) -> RagentsError;

    /// One that says what failed and where: connecting to `url` (no
    /// `name`), or the call `name` to `to`, before `message`.
    #[wasm_bindgen(constructor)]
    fn at(
        message: &str,
        code: &str,
        url: &str,
        name: Option<&str>,
        to: Option<&str>,
    ) -> RagentsError;
}

/// The JS error for `e`, with its `code`.
pub fn to_js(e: &Error) -> JsValue {
    make(&e.message(), e.code())
}

/// A `RagentsError` with `message` and `code`.
pub fn make(message: &str, code: &str) -> JsValue {
    RagentsError::new(message, code).into()
}

/// The error of a failure at the relay `url`: of the call `(name, to)`, or
/// of connecting. An agent's own error (ERR_REMOTE) keeps its message as
/// the agent wrote it.
pub fn explain(error: &Error, url: &str, call: Option<(String, String)>) -> JsValue {
    if let Error::Remote(m) = error {
        return make(m, error.code());
    }
    let (name, to) = call.unzip();
    let (message, code) = (error.message(), error.code());
    RagentsError::at(&message, code, url, name.as_deref(), to.as_deref()).into()
}

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        to_js(&e)
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
        self.fail(to_js(error), body)
    }

    /// Fails with the JS error `e` (see `err`).
    pub fn fail(self, e: JsValue, body: &JsValue) {
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
