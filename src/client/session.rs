//! The JS face of a session: `ragents.createSession` (its arguments checked
//! at once) and the `Session` object's methods. The work is the driver's.

use super::driver::{Driver, Options};
use super::error::{Error, Reply};
use super::js::{body_json, field, options_timeout};
use super::transport::WebSocketTransport;
use crate::protocol::client::{self, Backoff};
use js_sys::JSON;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The `debug` option's default: whether the runtime's usual switch
    /// (`localStorage.debug` or `DEBUG` naming `ragents:packets`) is on.
    /// Defined by scripts/error.js, beside the glue.
    #[wasm_bindgen(js_name = ragentsDebug)]
    fn debug_default() -> bool;

    /// `createSession` of a config with declared `agents`: the worker
    /// agents file's (scripts/workers.js), through scripts/error.js.
    #[wasm_bindgen(catch, js_name = ragentsDeclare)]
    fn declare(config: &JsValue, cb: &JsValue) -> Result<JsValue, JsValue>;
}

/// A session: the connection to every client that joined with the same key.
/// `free()` on an open session closes it.
#[wasm_bindgen(skip_typescript)]
pub struct Session {
    inner: Rc<Driver>,
}

fn check_config(config: &JsValue, cb: &JsValue) -> Result<Options, Error> {
    let fail = |what: &str| {
        Err(Error::InvalidArg(
            "ragents.createSession(): ".to_owned() + what,
        ))
    };
    if config.is_null() || config.is_undefined() {
        return fail("config is null");
    }
    let url = field(config, "url");
    let key = field(config, "key");
    if url.is_null() || url.is_undefined() {
        return fail("config.url is null");
    }
    if key.is_null() || key.is_undefined() {
        return fail("config.key is null");
    }
    if !cb.is_undefined() && !cb.is_null() && !cb.is_function() {
        return fail("callback is not a function");
    }
    let (Some(url), Some(key)) = (
        url.as_string(),
        JSON::stringify(&key).ok().and_then(|k| k.as_string()),
    ) else {
        return fail("config.url is not a string");
    };
    let timeout = field(config, "requestTimeout").as_f64();
    if timeout.is_some_and(|t| !(t > 0.0 && t < 2_147_483_647.0)) {
        return fail("config.requestTimeout must be a positive number of milliseconds");
    }
    let debug = field(config, "debug");
    let debug = match debug.as_bool() {
        Some(on) => on,
        None if debug.is_undefined() || debug.is_null() => debug_default(),
        None => return fail("config.debug is not a boolean"),
    };
    let reconnect = reconnect_option(&field(config, "reconnect")).map_err(|m| {
        Error::InvalidArg("ragents.createSession(): config.reconnect".to_owned() + m)
    })?;
    let heartbeat = field(config, "heartbeat");
    let heartbeat = match heartbeat.as_f64() {
        _ if heartbeat.is_undefined() || heartbeat.is_null() => Some(DEFAULT_HEARTBEAT_MS),
        Some(0.0) => None,
        Some(ms) if ms > 0.0 && ms < 2_147_483_647.0 => Some(ms as u32),
        _ if heartbeat.as_bool() == Some(false) => None,
        _ => return fail("config.heartbeat must be a number of milliseconds, or false"),
    };
    let core = client::Options {
        timeout: timeout.map(|t| t as u32),
        reconnect,
        heartbeat,
    };
    Ok(Options {
        url,
        // The key as JSON: a string as a string, a number as a number.
        key,
        core,
        debug,
    })
}

/// The `heartbeat` option's default, ms.
const DEFAULT_HEARTBEAT_MS: u32 = 15_000;

/// `reconnect`: true or left out (the defaults), false (one socket, as
/// 1.0.0), or `{minDelay, maxDelay, factor, jitter, retries}`.
fn reconnect_option(v: &JsValue) -> Result<Option<Backoff>, &'static str> {
    if v.is_undefined() || v.is_null() || v.as_bool() == Some(true) {
        return Ok(Some(Backoff::default()));
    }
    if v.as_bool() == Some(false) {
        return Ok(None);
    }
    if !v.is_object() {
        return Err(" must be true, false or an object");
    }
    let mut b = Backoff::default();
    let number = |name: &str| field(v, name).as_f64();
    let ms = |t: f64| (0.0..2_147_483_647.0).contains(&t);
    if let Some(t) = number("minDelay") {
        b.min_delay = if ms(t) {
            t as u32
        } else {
            return Err(".minDelay must be ms");
        };
    }
    if let Some(t) = number("maxDelay") {
        b.max_delay = if ms(t) {
            t as u32
        } else {
            return Err(".maxDelay must be ms");
        };
    }
    if let Some(f) = number("factor") {
        b.factor = if f >= 1.0 {
            f
        } else {
            return Err(".factor must be 1 or more");
        };
    }
    if let Some(j) = number("jitter") {
        b.jitter = if (0.0..=1.0).contains(&j) {
            j
        } else {
            return Err(".jitter must be from 0 to 1");
        };
    }
    if let Some(n) = number("retries") {
        b.retries = if n >= 0.0 {
            Some(n as u32)
        } else {
            return Err(".retries must be 0 or more");
        };
    }
    Ok(Some(b))
}

/// `ragents.createSession(config, cb)`.
pub fn create(config: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
    let options = check_config(&config, &cb)?;
    let agents = field(&config, "agents");
    if !agents.is_undefined() && !agents.is_null() {
        return declare(&config, &cb);
    }
    let (reply, promise) = Reply::new(&cb)?;
    let open = WebSocketTransport::open;
    Driver::connect(open, options, reply, |inner| Session { inner }.into());
    Ok(promise)
}

#[wasm_bindgen]
impl Session {
    /// Closes the session: pending requests fail, local agents are destroyed.
    pub fn close(&self) {
        self.inner.close();
    }

    /// Creates a local agent; `cb(err, agent)`, or a Promise of the agent.
    #[wasm_bindgen(js_name = createAgent)]
    pub fn create_agent(&self, info: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
        if !info.is_object() {
            return Err(Error::InvalidArg("agentInfo is not an object".into()).into());
        }
        let (reply, promise) = Reply::new(&cb)?;
        let body = body_json(&info)?;
        self.inner
            .call(reply, |core, reply| core.create_agent(body.into(), reply));
        Ok(promise)
    }

    /// Destroys a local agent; `cb(err, agent)`, or a Promise of the agent.
    #[wasm_bindgen(js_name = destroyAgent)]
    pub fn destroy_agent(&self, info: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
        destroy_agent(&self.inner, &info, &cb)
    }

    /// Every agent of the session; `cb(err, ragents)`, or a Promise of them.
    #[wasm_bindgen(js_name = getRemoteAgents)]
    pub fn get_remote_agents(&self, cb: JsValue) -> Result<JsValue, JsValue> {
        let (reply, promise) = Reply::new(&cb)?;
        self.inner.call(reply, |core, reply| core.get_agents(reply));
        Ok(promise)
    }

    /// `session.request({id, method, params}, [options,] cb?)`: calls the
    /// request `method` of the agent *named* `id` with the body `params`,
    /// waiting for such an agent if there is none yet (bounded by
    /// `options.timeout`, else `requestTimeout`, else 30 s).
    pub fn request(
        &self,
        call: JsValue,
        options: JsValue,
        cb: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (options, cb) = if options.is_function() {
            (JsValue::UNDEFINED, options)
        } else {
            (options, cb)
        };
        let bad =
            |what: &str| Err(Error::InvalidArg("session.request(): ".to_owned() + what).into());
        if !call.is_object() {
            return bad("the call is not an object {id, method, params}");
        }
        let (Some(agent), Some(method)) = (
            field(&call, "id").as_string(),
            field(&call, "method").as_string(),
        ) else {
            return bad("id (an agent's name) and method must be strings");
        };
        let timeout = options_timeout(&options)?;
        let params = body_json(&field(&call, "params"))?;
        let (reply, promise) = Reply::new(&cb)?;
        self.inner.call(reply, |core, reply| {
            core.request_named(&agent, &method, params.into(), timeout, reply)
        });
        Ok(promise)
    }

    /// Whether the session is connected.
    #[wasm_bindgen(getter, js_name = isOpen)]
    pub fn is_open(&self) -> bool {
        self.inner.is_open()
    }
}

/// `session.destroyAgent(info, cb)`, also `agent.destroy(cb)`.
pub(crate) fn destroy_agent(
    session: &Rc<Driver>,
    info: &JsValue,
    cb: &JsValue,
) -> Result<JsValue, JsValue> {
    let (reply, promise) = Reply::new(cb)?;
    let Some(id) = field(info, "id").as_string() else {
        return Err(Error::InvalidArg("agentInfo.id is not a string".into()).into());
    };
    session.call(reply, |core, reply| core.destroy_agent(&id, reply));
    Ok(promise)
}

/// `free()` (or the garbage collector) on an open session closes it.
impl Drop for Session {
    fn drop(&mut self) {
        self.inner.close();
    }
}
