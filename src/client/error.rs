//! The client's errors as real JS `Error` objects with a stable `code`
//! property (the error enum itself is the core's), and `Reply`, the one way
//! results reach a caller, whether it passed a callback or awaits a Promise.

pub use crate::protocol::client::Error;
use alloc::string::String;
use js_sys::Function;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The class of every error, defined by src/client/js/error.js in the scope
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

#[wasm_bindgen]
extern "C" {
    /// Calls `done(err)` in a later microtask.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn later(done: &Function, err: &JsValue);
}

/// Where a result goes: the `done(err, value)` function of one call, made
/// by the JS face (src/client/js/face.js), which calls the page's callback or
/// settles the Promise the call returned.
pub struct Reply(pub Function);

impl Reply {
    pub fn ok(self, value: &JsValue) {
        let _ = self.0.call2(&JsValue::NULL, &JsValue::NULL, value);
    }

    /// Fails with the JS error `e`; `body` (a response's body, if any) goes
    /// along as the callback's second argument, or as the error's `body`
    /// property.
    pub fn fail(self, e: JsValue, body: &JsValue) {
        let _ = self.0.call2(&JsValue::NULL, &e, body);
    }

    /// Fails in a later microtask, so a callback never runs before the call
    /// that asked for it has returned.
    pub fn err_later(self, error: Error) {
        later(&self.0, &to_js(&error));
    }
}
