//! Small helpers for JS values: field lookups that never throw, the JSON
//! text of a body, the message of an exception, the JS face's helpers (a
//! read-only agent info among them), and the field-name strings the hot
//! paths use, made once per session.

use super::error::Error;
use alloc::{borrow::ToOwned, string::String};
use js_sys::{JsString, JSON};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Reflect.get` without the glue's try/catch: only called on objects.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    pub fn reflect_get(target: &JsValue, key: &JsValue) -> JsValue;

    /// `JSON.parse` of a JS string, without copying it into wasm memory.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    pub fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;

    /// `String(value)`, which throws for a symbol or an object whose
    /// `toString` throws.
    #[wasm_bindgen(catch, js_name = String)]
    fn to_string(value: &JsValue) -> Result<JsString, JsValue>;

    /// `console.debug`, for the `debug` option's packet log.
    #[wasm_bindgen(js_namespace = console, js_name = debug)]
    pub fn console_debug(what: &str, url: &str, way: &str, data: &JsValue);

    /// A monotonic clock in ms (the wall clock may step back or forward).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn performance_now() -> f64;

    /// Gives the class of a `Session`, `Agent` or `RAgent` object (`kind`)
    /// its JS face (src/client/js/face.js): the emitter methods, whose listeners
    /// live in JS, and the calls that check their arguments there.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    pub fn adopt(target: &JsValue, kind: &str);

    /// Emits `name` on `target` with `arg` (none if undefined); a
    /// listener's exception is reported, never thrown here.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    pub fn fire(target: &JsValue, name: &str, arg: &JsValue);

    /// Whether `target` has listeners of `name`.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    pub fn heard(target: &JsValue, name: &str) -> bool;

    /// Lets every listener of `target` go.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    pub fn release(target: &JsValue);

    /// A read-only copy of an agent's `{id, name, title}`.
    #[wasm_bindgen(js_namespace = ragentsFace, js_name = info)]
    pub fn frozen_info(info: &JsValue) -> JsValue;

}

/// The JS strings packets are read with, made once per session instead of
/// once per packet.
pub struct Keys {
    pub name: JsValue,
    pub to: JsValue,
    pub from: JsValue,
    pub id: JsValue,
    pub body: JsValue,
    pub error: JsValue,
}

impl Keys {
    pub fn new() -> Keys {
        let s = JsValue::from_str;
        Keys {
            name: s("name"),
            to: s("to"),
            from: s("from"),
            id: s("id"),
            body: s("body"),
            error: s("error"),
        }
    }
}

/// A field by a key made once; undefined when `obj` is not an object.
pub fn get(obj: &JsValue, key: &JsValue) -> JsValue {
    if obj.is_object() || obj.is_function() {
        reflect_get(obj, key)
    } else {
        JsValue::UNDEFINED
    }
}

/// A field of a JS object (undefined when absent or not an object; never
/// `Reflect.get` on a primitive, which throws).
pub fn field(obj: &JsValue, name: &str) -> JsValue {
    get(obj, &JsValue::from_str(name))
}

/// `JSON.stringify(value)`, left in JS; what has no JSON becomes `null`.
pub fn body_json(value: &JsValue) -> Result<JsString, Error> {
    match JSON::stringify(value) {
        Ok(s) if s.is_string() => Ok(s),
        Ok(_) => Ok(JsString::from("null")),
        Err(e) => Err(Error::InvalidArg(
            "body cannot be sent as JSON: ".to_owned()
                + &field(&e, "message").as_string().unwrap_or_default(),
        )),
    }
}

/// The message an exception or a `reply(err)` carries on the wire: its
/// `message`, or what `String()` makes of it. Never throws, whatever a page
/// throws (`throw 42`, `throw Symbol()`).
pub fn error_text(err: &JsValue) -> String {
    field(err, "message")
        .as_string()
        .or_else(|| err.as_string())
        .or_else(|| to_string(err).ok().map(String::from))
        .unwrap_or_else(|| "error".into())
}
