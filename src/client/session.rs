//! A client session: owns the browser WebSocket and its listeners, the
//! requests in flight (with their timers), the local agents and the remote
//! agents it has seen; dispatches incoming packets and tears everything down
//! when the socket closes.

use super::agent::{Agent, AgentInner, RAgentInner};
use super::emitter::{emitter_methods, Emitter};
use super::error::{Error, Reply};
use crate::protocol::correlate::Pending;
use crate::protocol::packet::{FrameWriter, SERVER};
use gloo_timers::callback::Timeout;
use js_sys::{Array, Function, Object, Reflect, JSON};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CloseEvent, Event, MessageEvent, WebSocket};

#[derive(Clone, Copy, PartialEq, Debug)]
enum State {
    Connecting,
    Open,
    Closed,
}

/// What a waiting request does with its response.
enum Op {
    CreateAgent,
    DestroyAgent,
    GetAgents,
    Send,
}

struct Waiting {
    reply: Reply,
    op: Op,
    /// Dropping it cancels the timer.
    _timer: Option<Timeout>,
}

type ReplyFn = Closure<dyn FnMut(JsValue, JsValue, JsValue, JsValue, JsValue)>;

/// The socket's listeners and the agents' shared `reply` function; dropped
/// (and detached) when the session closes.
struct Handlers {
    _open: Closure<dyn FnMut(Event)>,
    _message: Closure<dyn FnMut(MessageEvent)>,
    _close: Closure<dyn FnMut(CloseEvent)>,
    _error: Closure<dyn FnMut(Event)>,
    reply: ReplyFn,
    _connect_timer: Option<Timeout>,
}

pub(crate) struct SessionInner {
    ws: WebSocket,
    key: String,
    state: Cell<State>,
    timeout: Option<u32>,
    emitter: Emitter,
    /// The JS `Session` object (released on close).
    this: RefCell<JsValue>,
    connect: RefCell<Option<Reply>>,
    handlers: RefCell<Option<Handlers>>,
    pending: RefCell<Pending<Waiting>>,
    agents: RefCell<HashMap<String, Rc<AgentInner>>>,
    ragents: RefCell<HashMap<String, Rc<RAgentInner>>>,
}

/// A field of a JS object (undefined when absent or not an object).
pub(crate) fn field(obj: &JsValue, name: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `JSON.stringify(value)` as body text; `undefined` becomes `null`.
pub(crate) fn body_json(value: &JsValue) -> Result<String, Error> {
    if value.is_undefined() {
        return Ok("null".into());
    }
    match JSON::stringify(value) {
        Ok(s) => Ok(s.as_string().unwrap_or_else(|| "null".into())),
        Err(e) => Err(Error::InvalidArg(
            "body cannot be sent as JSON: ".to_owned()
                + &field(&e, "message").as_string().unwrap_or_default(),
        )),
    }
}

/// The message an exception or a `reply(err)` carries on the wire.
fn error_text(err: &JsValue) -> String {
    field(err, "message")
        .as_string()
        .or_else(|| err.as_string())
        .unwrap_or_else(|| String::from(js_sys::JsString::from(err.clone())))
}

fn check_config(config: &JsValue, cb: &JsValue) -> Result<(String, String, Option<u32>), Error> {
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
    // The key travels as JSON: a string as a string, a number as a number.
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
    Ok((url, key, timeout.map(|t| t as u32)))
}

/// `ragents.createSession(config, cb)`.
pub fn create(config: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
    let (url, key, timeout) = check_config(&config, &cb)?;
    let (reply, promise) = Reply::new(&cb)?;
    let ws = match WebSocket::new_with_str(&url, "ragents-protocol") {
        Ok(ws) => ws,
        Err(e) => {
            reply.err_later(Error::Connect(error_text(&e)));
            return Ok(promise);
        }
    };
    let inner = Rc::new(SessionInner {
        ws,
        key,
        state: Cell::new(State::Connecting),
        timeout,
        emitter: Emitter::default(),
        this: RefCell::new(JsValue::UNDEFINED),
        connect: RefCell::new(Some(reply)),
        handlers: RefCell::new(None),
        pending: RefCell::new(Pending::new(&salt())),
        agents: RefCell::new(HashMap::new()),
        ragents: RefCell::new(HashMap::new()),
    });
    *inner.this.borrow_mut() = Session {
        inner: inner.clone(),
    }
    .into();
    SessionInner::attach(&inner);
    Ok(promise)
}

/// A few random characters that make this session's request ids its own.
fn salt() -> String {
    let n = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    (0..6)
        .map(|i| digits[((n / 36u64.pow(i)) % 36) as usize] as char)
        .collect()
}

impl SessionInner {
    fn attach(this: &Rc<Self>) {
        let weak = Rc::downgrade(this);
        let on = |f: fn(&Rc<SessionInner>)| {
            let weak = weak.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                if let Some(s) = weak.upgrade() {
                    f(&s)
                }
            })
        };
        let open = on(|s| s.send_connect());
        let error = on(|s| {
            if s.state.get() == State::Open && s.emitter.count("error") > 0 {
                let e = Error::Connect("WebSocket error".into()).to_js();
                s.emitter.fire("error", &[&e]);
            }
        });
        let w = weak.clone();
        let message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(s) = w.upgrade() {
                s.receive(e.data());
            }
        });
        let w = weak.clone();
        let close = Closure::<dyn FnMut(CloseEvent)>::new(move |e: CloseEvent| {
            if let Some(s) = w.upgrade() {
                let reason = if e.reason().is_empty() {
                    "connection closed (code ".to_owned() + &e.code().to_string() + ")"
                } else {
                    e.reason()
                };
                s.teardown(Error::Connect(reason));
            }
        });
        let w = weak.clone();
        let reply: ReplyFn = Closure::new(
            move |agent: JsValue, id: JsValue, name: JsValue, err: JsValue, body: JsValue| {
                if let Some(s) = w.upgrade() {
                    s.respond(&agent, &id, &name, &err, &body);
                }
            },
        );
        let connect_timer = this.timeout.map(|ms| {
            let w = weak.clone();
            Timeout::new(ms, move || {
                if let Some(s) = w.upgrade() {
                    if s.state.get() == State::Connecting {
                        s.teardown(Error::Timeout(ms));
                    }
                }
            })
        });
        let ws = &this.ws;
        ws.set_onopen(Some(open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(close.as_ref().unchecked_ref()));
        ws.set_onerror(Some(error.as_ref().unchecked_ref()));
        *this.handlers.borrow_mut() = Some(Handlers {
            _open: open,
            _message: message,
            _close: close,
            _error: error,
            reply,
            _connect_timer: connect_timer,
        });
    }

    fn send_connect(&self) {
        let frame = FrameWriter::new("request")
            .str("name", "connect")
            .str("to", SERVER)
            .str("id", "0")
            .raw("body", &("{\"key\":".to_owned() + &self.key + "}"))
            .finish();
        let _ = self.ws.send_with_str(&frame);
    }

    /// Sends one frame; fails when the session is not open.
    pub(crate) fn send_frame(&self, frame: &str) -> Result<(), Error> {
        if self.state.get() != State::Open {
            return Err(Error::Closed);
        }
        self.ws.send_with_str(frame).map_err(|_| Error::Closed)
    }

    /// Sends a request and registers how its response is handled.
    fn request(
        self: &Rc<Self>,
        to: &str,
        name: &str,
        body: &str,
        op: Op,
        reply: Reply,
        timeout: Option<u32>,
    ) {
        if self.state.get() != State::Open {
            return reply.err_later(Error::Closed);
        }
        let id = self.pending.borrow_mut().insert(
            to,
            Waiting {
                reply,
                op,
                _timer: None,
            },
        );
        let frame = FrameWriter::new("request")
            .str("name", name)
            .str("to", to)
            .str("id", &id)
            .raw("body", body)
            .finish();
        if let Err(e) = self.send_frame(&frame) {
            if let Some(w) = self.pending.borrow_mut().remove(&id) {
                w.reply.err_later(e);
            }
            return;
        }
        if let Some(ms) = timeout.or(self.timeout) {
            let weak = Rc::downgrade(self);
            let timer_id = id.clone();
            let timer = Timeout::new(ms, move || {
                let Some(s) = weak.upgrade() else { return };
                let waiting = s.pending.borrow_mut().remove(&timer_id);
                if let Some(w) = waiting {
                    w.reply.err(&Error::Timeout(ms), &JsValue::UNDEFINED);
                }
            });
            if let Some(w) = self.pending.borrow_mut().get_mut(&id) {
                w._timer = Some(timer);
            }
        }
    }

    pub(crate) fn send_to(
        self: &Rc<Self>,
        to: &str,
        name: &str,
        body: &str,
        reply: Reply,
        timeout: Option<u32>,
    ) {
        self.request(to, name, body, Op::Send, reply, timeout);
    }

    fn receive(self: &Rc<Self>, data: JsValue) {
        let Some(text) = data.as_string() else { return };
        let Ok(msg) = JSON::parse(&text) else { return };
        let kind = field(&msg, "type").as_string().unwrap_or_default();
        let from = field(&msg, "from").as_string().unwrap_or_default();
        match self.state.get() {
            State::Connecting => {
                if kind != "response"
                    || field(&msg, "name").as_string().as_deref() != Some("connect")
                {
                    return;
                }
                if field(&msg, "id").as_string().as_deref() == Some("0") {
                    self.state.set(State::Open);
                    if let Some(h) = self.handlers.borrow_mut().as_mut() {
                        h._connect_timer = None;
                    }
                    let connect = self.connect.borrow_mut().take();
                    if let Some(reply) = connect {
                        reply.ok(&self.this.borrow().clone());
                    }
                } else if let Some(error) = field(&msg, "error").as_string() {
                    self.teardown(Error::Connect(error));
                }
            }
            State::Closed => {}
            State::Open => match kind.as_str() {
                "request" => self.on_request(&msg),
                "response" => self.on_response(&msg, &from),
                "event" if from == SERVER => self.on_server_event(&msg),
                "event" => {
                    let ragent = self.ragents.borrow().get(&from).cloned();
                    if let (Some(r), Some(name)) = (ragent, field(&msg, "name").as_string()) {
                        r.emitter.fire(&name, &[&field(&msg, "body")]);
                    }
                }
                _ => {}
            },
        }
    }

    fn on_request(self: &Rc<Self>, msg: &JsValue) {
        let to = field(msg, "to");
        let name = field(msg, "name");
        let id = field(msg, "id");
        let Some(agent) = to
            .as_string()
            .and_then(|t| self.agents.borrow().get(&t).cloned())
        else {
            return;
        };
        let Some(handler) = name.as_string().and_then(|n| agent.handler(&n)) else {
            let text = "agent does not handle messages named '".to_owned()
                + &name.as_string().unwrap_or_default()
                + "'";
            return self.respond(&to, &id, &name, &text.into(), &JsValue::UNDEFINED);
        };
        let reply: Function = {
            let handlers = self.handlers.borrow();
            let Some(h) = handlers.as_ref() else { return };
            let f: &Function = h.reply.as_ref().unchecked_ref();
            JsValue::from(f.bind3(&JsValue::NULL, &to, &id, &name)).unchecked_into()
        };
        if let Err(e) = handler.call2(&JsValue::NULL, &field(msg, "body"), &reply) {
            // A throwing handler answers with its error; the session goes on.
            let _ = reply.call2(&JsValue::NULL, &error_text(&e).into(), &JsValue::UNDEFINED);
        }
    }

    /// `reply(err, body)` of a local agent's handler.
    fn respond(
        &self,
        agent: &JsValue,
        id: &JsValue,
        name: &JsValue,
        err: &JsValue,
        body: &JsValue,
    ) {
        let agent = agent.as_string().unwrap_or_default();
        if !self.agents.borrow().contains_key(&agent) {
            return; // destroyed meanwhile
        }
        let (body, error) = match body_json(body) {
            Ok(b) => (b, err.is_truthy().then(|| error_text(err))),
            Err(e) => ("null".into(), Some(e.message())),
        };
        let id = JSON::stringify(id)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "null".into());
        let frame = FrameWriter::new("response")
            .str("name", &name.as_string().unwrap_or_default())
            .str("from", &agent)
            .raw("id", &id)
            .raw("body", &body)
            .opt_str("error", error.as_deref())
            .finish();
        let _ = self.send_frame(&frame);
    }

    fn on_response(self: &Rc<Self>, msg: &JsValue, from: &str) {
        let Some(id) = field(msg, "id").as_string() else {
            return;
        };
        let Some(waiting) = self.pending.borrow_mut().take(&id, from) else {
            return;
        };
        let body = field(msg, "body");
        let error = field(msg, "error");
        if error.is_truthy() {
            let text = error.as_string().unwrap_or_else(|| error_text(&error));
            return waiting.reply.err(&Error::from_wire(text), &body);
        }
        match waiting.op {
            Op::Send => waiting.reply.ok(&body),
            Op::CreateAgent => {
                let Some(id) = field(&body, "id").as_string() else {
                    return waiting.reply.err(
                        &Error::Remote("createAgent: no id in response".into()),
                        &body,
                    );
                };
                let agent = AgentInner::new(Rc::downgrade(self), id.clone(), &body);
                let js: JsValue = Agent::wrap(agent.clone());
                self.agents.borrow_mut().insert(id, agent);
                waiting.reply.ok(&js);
            }
            Op::DestroyAgent => {
                let id = field(&body, "id").as_string().unwrap_or_default();
                let agent = self.agents.borrow_mut().remove(&id);
                let js = agent.map_or(JsValue::UNDEFINED, |a| a.destroyed());
                waiting.reply.ok(&js);
            }
            Op::GetAgents => {
                let list: Array = Array::from(&body)
                    .iter()
                    .filter_map(|info| self.ragent(&info))
                    .collect();
                waiting.reply.ok(&list);
            }
        }
    }

    /// The remote agent for `info`, made once per agent id.
    fn ragent(self: &Rc<Self>, info: &JsValue) -> Option<JsValue> {
        let id = field(info, "id").as_string()?;
        let existing = self.ragents.borrow().get(&id).cloned();
        let r = existing.unwrap_or_else(|| {
            let r = RAgentInner::new(Rc::downgrade(self), id.clone(), info);
            self.ragents.borrow_mut().insert(id, r.clone());
            r
        });
        Some(r.this())
    }

    fn on_server_event(self: &Rc<Self>, msg: &JsValue) {
        let body = field(msg, "body");
        match field(msg, "name").as_string().as_deref() {
            Some("agentCreated") => {
                if let Some(r) = self.ragent(&body) {
                    self.emitter.fire("ragentCreated", &[&r]);
                }
            }
            Some("agentDestroyed") => {
                let Some(id) = field(&body, "id").as_string() else {
                    return;
                };
                let failed = self.pending.borrow_mut().take_for(&id);
                for w in failed {
                    w.reply.err(&Error::AgentDestroyed, &JsValue::UNDEFINED);
                }
                let local = self.agents.borrow_mut().remove(&id);
                if let Some(a) = local {
                    a.destroyed();
                }
                let ragent = self.ragents.borrow_mut().remove(&id);
                if let Some(r) = ragent {
                    let js = r.this();
                    self.emitter.fire("ragentDestroyed", &[&js]);
                    r.release();
                }
            }
            _ => {}
        }
    }

    /// The socket closed (or never opened): everything waiting fails, every
    /// listener, timer and closure is released, and `close` is emitted.
    fn teardown(&self, why: Error) {
        let was = self.state.replace(State::Closed);
        if was == State::Closed {
            return;
        }
        for h in [
            WebSocket::set_onopen,
            WebSocket::set_onmessage,
            WebSocket::set_onclose,
            WebSocket::set_onerror,
        ] {
            h(&self.ws, None);
        }
        if self.ws.ready_state() <= WebSocket::OPEN {
            let _ = self.ws.close();
        }
        let handlers = self.handlers.borrow_mut().take();
        let connect = self.connect.borrow_mut().take();
        let waiting = self.pending.borrow_mut().take_all();
        let agents: Vec<_> = self.agents.borrow_mut().drain().map(|(_, a)| a).collect();
        let ragents: Vec<_> = self.ragents.borrow_mut().drain().map(|(_, r)| r).collect();
        let this = self.this.replace(JsValue::UNDEFINED);
        // No borrow is held from here on: user code may run.
        for a in agents {
            a.destroyed();
        }
        if let Some(reply) = connect {
            reply.err(&why, &JsValue::UNDEFINED);
        }
        for w in waiting {
            w.reply.err(&Error::Closed, &JsValue::UNDEFINED);
        }
        if was == State::Open {
            self.emitter.fire("close", &[]);
        }
        self.emitter.remove_all(None);
        for r in ragents {
            r.release();
        }
        drop(this);
        drop(handlers);
    }

    pub(crate) fn destroy_agent(
        self: &Rc<Self>,
        info: &JsValue,
        cb: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let (reply, promise) = Reply::new(cb)?;
        let Some(id) = field(info, "id").as_string() else {
            return Err(Error::InvalidArg("agentInfo.id is not a string".into()).into());
        };
        let body = "{\"id\":".to_owned()
            + &JSON::stringify(&id.into())
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
            + "}";
        self.request(SERVER, "destroyAgent", &body, Op::DestroyAgent, reply, None);
        Ok(promise)
    }

    pub(crate) fn is_open(&self) -> bool {
        self.state.get() == State::Open
    }
}

impl Drop for SessionInner {
    fn drop(&mut self) {
        if self.ws.ready_state() <= WebSocket::OPEN {
            let _ = self.ws.close();
        }
    }
}

/// A session: the connection to every client that joined with the same key.
#[wasm_bindgen(skip_typescript)]
pub struct Session {
    inner: Rc<SessionInner>,
}

#[wasm_bindgen]
impl Session {
    /// Closes the session: pending requests fail, local agents are destroyed.
    pub fn close(&self) {
        if self.inner.state.get() == State::Closed {
            return;
        }
        let _ = self.inner.ws.close_with_code_and_reason(1000, "close");
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
            .request(SERVER, "createAgent", &body, Op::CreateAgent, reply, None);
        Ok(promise)
    }

    /// Destroys a local agent; `cb(err, agent)`, or a Promise of the agent.
    #[wasm_bindgen(js_name = destroyAgent)]
    pub fn destroy_agent(&self, info: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
        self.inner.destroy_agent(&info, &cb)
    }

    /// Every agent of the session; `cb(err, ragents)`, or a Promise of them.
    #[wasm_bindgen(js_name = getRemoteAgents)]
    pub fn get_remote_agents(&self, cb: JsValue) -> Result<JsValue, JsValue> {
        let (reply, promise) = Reply::new(&cb)?;
        // 1.0.0 relays know only `getAgents`; ours knows both.
        self.inner
            .request(SERVER, "getAgents", "null", Op::GetAgents, reply, None);
        Ok(promise)
    }

    /// Whether the session is connected.
    #[wasm_bindgen(getter, js_name = isOpen)]
    pub fn is_open(&self) -> bool {
        self.inner.is_open()
    }

    fn emitter(&self) -> &Emitter {
        &self.inner.emitter
    }

    fn this(&self) -> JsValue {
        self.inner.this.borrow().clone()
    }
}

emitter_methods!(Session);

/// A read-only copy of an agent's `{id, name, title}`.
pub(crate) fn frozen_info(info: &JsValue) -> JsValue {
    let copy = Object::new();
    for key in ["id", "name", "title"] {
        let v = field(info, key);
        if !v.is_undefined() {
            let _ = Reflect::set(&copy, &key.into(), &v);
        }
    }
    Object::freeze(&copy).into()
}
