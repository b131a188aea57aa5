//! Node-style event emitters for `Session` and `RAgent`: the listener list
//! and, through `emitter_methods!`, the JS methods pages use (`on`, `once`,
//! `off`, `removeListener`, `removeAllListeners`, `listeners`, `listenerCount`,
//! `emit`, `addListener`).

use super::error::Error;
use js_sys::{Array, Function};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

struct Listener {
    name: String,
    f: Function,
    once: bool,
}

#[derive(Default)]
pub struct Emitter {
    list: RefCell<Vec<Listener>>,
}

impl Emitter {
    pub fn add(&self, name: String, f: &JsValue, once: bool) -> Result<(), JsValue> {
        let Some(f) = f.dyn_ref::<Function>() else {
            return Err(Error::InvalidArg("listener is not a function".into()).into());
        };
        self.list.borrow_mut().push(Listener {
            name,
            f: f.clone(),
            once,
        });
        Ok(())
    }

    /// Removes the most recently added instance of `f` for `name` (as Node).
    pub fn remove(&self, name: &str, f: &JsValue) {
        let mut list = self.list.borrow_mut();
        if let Some(i) = list
            .iter()
            .rposition(|l| l.name == name && JsValue::from(&l.f) == *f)
        {
            list.remove(i);
        }
    }

    pub fn remove_all(&self, name: Option<&str>) {
        match name {
            Some(name) => self.list.borrow_mut().retain(|l| l.name != name),
            None => self.list.borrow_mut().clear(),
        }
    }

    pub fn listeners(&self, name: &str) -> Array {
        self.list
            .borrow()
            .iter()
            .filter(|l| l.name == name)
            .map(|l| JsValue::from(&l.f))
            .collect()
    }

    pub fn count(&self, name: &str) -> u32 {
        self.list.borrow().iter().filter(|l| l.name == name).count() as u32
    }

    /// Calls the listeners of `name` in order with `args`; `once` listeners
    /// are removed first. Stops at, and returns, the first exception.
    pub fn emit(&self, name: &str, args: &Array) -> Result<bool, JsValue> {
        let snapshot: Vec<Function> = {
            let mut list = self.list.borrow_mut();
            let fs = list
                .iter()
                .filter(|l| l.name == name)
                .map(|l| l.f.clone())
                .collect();
            list.retain(|l| !(l.once && l.name == name));
            fs
        };
        for f in &snapshot {
            f.apply(&JsValue::NULL, args)?;
        }
        Ok(!snapshot.is_empty())
    }

    /// Emits from inside the library: an exception in a listener is reported,
    /// not thrown into the library's own code.
    pub fn fire(&self, name: &str, args: &[&JsValue]) {
        let args: Array = args.iter().map(|a| (*a).clone()).collect();
        if let Err(e) = self.emit(name, &args) {
            super::error::report(e);
        }
    }
}

/// The emitter methods, for a type with `fn emitter(&self) -> &Emitter` and
/// `fn this(&self) -> JsValue` (its own JS object, for chaining).
macro_rules! emitter_methods {
    ($ty:ident) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        impl $ty {
            /// Adds a listener; returns this object.
            pub fn on(
                &self,
                name: String,
                listener: wasm_bindgen::JsValue,
            ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
                self.emitter().add(name, &listener, false)?;
                Ok(self.this())
            }

            #[wasm_bindgen(js_name = addListener)]
            pub fn add_listener(
                &self,
                name: String,
                listener: wasm_bindgen::JsValue,
            ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
                self.on(name, listener)
            }

            /// Adds a listener called at most once; returns this object.
            pub fn once(
                &self,
                name: String,
                listener: wasm_bindgen::JsValue,
            ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
                self.emitter().add(name, &listener, true)?;
                Ok(self.this())
            }

            /// Removes a listener; returns this object.
            pub fn off(
                &self,
                name: String,
                listener: wasm_bindgen::JsValue,
            ) -> wasm_bindgen::JsValue {
                self.emitter().remove(&name, &listener);
                self.this()
            }

            #[wasm_bindgen(js_name = removeListener)]
            pub fn remove_listener(
                &self,
                name: String,
                listener: wasm_bindgen::JsValue,
            ) -> wasm_bindgen::JsValue {
                self.off(name, listener)
            }

            /// Removes every listener of `name`, or of every event.
            #[wasm_bindgen(js_name = removeAllListeners)]
            pub fn remove_all_listeners(&self, name: Option<String>) -> wasm_bindgen::JsValue {
                self.emitter().remove_all(name.as_deref());
                self.this()
            }

            pub fn listeners(&self, name: String) -> js_sys::Array {
                self.emitter().listeners(&name)
            }

            #[wasm_bindgen(js_name = listenerCount)]
            pub fn listener_count(&self, name: String) -> u32 {
                self.emitter().count(&name)
            }

            /// Calls the listeners of `name` with the (up to four) arguments
            /// that follow; true if there were any. Throws what a listener throws.
            pub fn emit(
                &self,
                name: String,
                a: wasm_bindgen::JsValue,
                b: wasm_bindgen::JsValue,
                c: wasm_bindgen::JsValue,
                d: wasm_bindgen::JsValue,
            ) -> Result<bool, wasm_bindgen::JsValue> {
                let mut args = vec![a, b, c, d];
                while args.last().is_some_and(|v| v.is_undefined()) {
                    args.pop();
                }
                let args: js_sys::Array = args.into_iter().collect();
                self.emitter().emit(&name, &args)
            }
        }
    };
}
pub(crate) use emitter_methods;
