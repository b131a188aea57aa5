//! A client session: owns the browser WebSocket and its listeners, the
//! requests in flight (with their timers), the local agents and the remote
//! agents it has seen; dispatches incoming packets and tears everything down
//! when the socket closes.

use super::agent::{Agent, AgentInner, RAgentInner};
use super::emitter::{emitter_methods, Emitter};
use super::error::{Error, Reply};
use crate::protocol::correlate::Pending;
use crate::protocol::packet::{FrameWriter, SERVER};
use crate::protocol::small_map::SmallMap;
use gloo_timers::callback::Timeout;
use js_sys::{Array, Function, JsString, Object, Reflect, JSON};
use std::cell::{Cell, RefCell};
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
    timer: Option<Timeout>,
}

type ReplyFn = Closure<dyn FnMut(JsValue, JsValue, JsValue, JsValue, JsValue)>;

#[wasm_bindgen]
extern "C" {
    /// The browser's WebSocket, for a `send` that takes a JS string: a body
    /// made by `JSON.stringify` is sent without a trip through wasm memory.
    /// (Not `catch`: only called on an open socket, where `send` does not
    /// throw; the glue's try/catch wrapper costs on every frame.)
    type Socket;
    #[wasm_bindgen(method, js_name = send)]
    fn send_str(this: &Socket, data: &str);

    /// `Reflect.get` without the glue's try/catch: only called on objects.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> JsValue;

    /// `JSON.parse` of a JS string, without copying it into wasm memory.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// The JS strings the hot paths look fields up with and compare against,
/// made once per session instead of once per packet.
pub(crate) struct Keys {
    kind: JsValue,
    name: JsValue,
    to: JsValue,
    from: JsValue,
    id: JsValue,
    body: JsValue,
    error: JsValue,
    request: JsValue,
    response: JsValue,
    event: JsValue,
    server: JsValue,
    connect: JsValue,
    zero: JsValue,
}

impl Keys {
    fn new() -> Keys {
        let s = JsValue::from_str;
        Keys {
            kind: s("type"),
            name: s("name"),
            to: s("to"),
            from: s("from"),
            id: s("id"),
            body: s("body"),
            error: s("error"),
            request: s("request"),
            response: s("response"),
            event: s("event"),
            server: s(SERVER),
            connect: s("connect"),
            zero: s("0"),
        }
    }
}

/// A field by a key made once; undefined when `obj` is not an object.
fn get(obj: &JsValue, key: &JsValue) -> JsValue {
    if obj.is_object() || obj.is_function() {
        reflect_get(obj, key)
    } else {
        JsValue::UNDEFINED
    }
}

/// A field of a value known to be an object (a parsed packet).
fn get_in(packet: &JsValue, key: &JsValue) -> JsValue {
    reflect_get(packet, key)
}

/// The socket's listeners and the agents' shared `reply` function; dropped
/// (and detached) when the session closes.
struct Handlers {
    _open: Closure<dyn FnMut(Event)>,
    _message: Closure<dyn FnMut(MessageEvent)>,
    _close: Closure<dyn FnMut(CloseEvent)>,
    _error: Closure<dyn FnMut(Event)>,
    reply: ReplyFn,
    connect_timer: Option<Timeout>,
}

pub(crate) struct SessionInner {
    ws: WebSocket,
    keys: Keys,
    key: String,
    state: Cell<State>,
    timeout: Option<u32>,
    emitter: Emitter,
    /// The JS `Session` object (released on close).
    this: RefCell<JsValue>,
    connect: RefCell<Option<Reply>>,
    handlers: RefCell<Option<Handlers>>,
    pending: RefCell<Pending<Waiting>>,
    agents: RefCell<SmallMap<Rc<AgentInner>>>,
    ragents: RefCell<SmallMap<Rc<RAgentInner>>>,
}

/// A field of a JS object (undefined when absent or not an object; never
/// `Reflect.get` on a primitive, which throws).
pub(crate) fn field(obj: &JsValue, name: &str) -> JsValue {
    get(obj, &JsValue::from_str(name))
}

/// `JSON.stringify(value)`, left in JS; what has no JSON becomes `null`.
pub(crate) fn body_json(value: &JsValue) -> Result<JsString, Error> {
    match JSON::stringify(value) {
        Ok(s) if s.is_string() => Ok(s),
        Ok(_) => Ok(JsString::from("null")),
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
        keys: Keys::new(),
        key,
        state: Cell::new(State::Connecting),
        timeout,
        emitter: Emitter::default(),
        this: RefCell::new(JsValue::UNDEFINED),
        connect: RefCell::new(Some(reply)),
        handlers: RefCell::new(None),
        pending: RefCell::new(Pending::new(&salt())),
        agents: RefCell::new(SmallMap::default()),
        ragents: RefCell::new(SmallMap::default()),
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
            connect_timer,
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

    /// Sends `prefix`, the JSON `body` and `suffix` as one frame; fails when
    /// the session is not open.
    pub(crate) fn send_frame(
        &self,
        prefix: String,
        body: &JsString,
        suffix: &str,
    ) -> Result<(), Error> {
        if self.state.get() != State::Open {
            return Err(Error::Closed);
        }
        // One flat string: a concatenated rope costs `send` more than a copy.
        let mut frame = prefix;
        frame.push_str(&String::from(body));
        frame.push_str(suffix);
        let socket: &Socket = self.ws.unchecked_ref();
        socket.send_str(&frame);
        Ok(())
    }

    /// Sends a request and registers how its response is handled.
    fn request(
        self: &Rc<Self>,
        to: &str,
        name: &str,
        body: &JsString,
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
                timer: None,
            },
        );
        let prefix = FrameWriter::new("request")
            .str("name", name)
            .str("to", to)
            .str("id", &id)
            .open("body");
        if let Err(e) = self.send_frame(prefix, body, "}") {
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
                w.timer = Some(timer);
            }
        }
    }

    pub(crate) fn send_to(
        self: &Rc<Self>,
        to: &str,
        name: &str,
        body: &JsString,
        reply: Reply,
        timeout: Option<u32>,
    ) {
        self.request(to, name, body, Op::Send, reply, timeout);
    }

    fn receive(self: &Rc<Self>, data: JsValue) {
        // Parsed by the browser, straight from the JS string: bodies reach
        // their listeners without passing through wasm memory.
        if !data.is_string() {
            return;
        }
        let Ok(msg) = json_parse(&data) else { return };
        if !msg.is_object() {
            return;
        }
        let k = &self.keys;
        let kind = get_in(&msg, &k.kind);
        match self.state.get() {
            State::Connecting => {
                if kind != k.response || get_in(&msg, &k.name) != k.connect {
                    return;
                }
                if get_in(&msg, &k.id) == k.zero {
                    self.state.set(State::Open);
                    if let Some(h) = self.handlers.borrow_mut().as_mut() {
                        h.connect_timer = None;
                    }
                    let connect = self.connect.borrow_mut().take();
                    // No borrow may be held while user code runs.
                    let this = self.this.borrow().clone();
                    if let Some(reply) = connect {
                        reply.ok(&this);
                    }
                } else if let Some(error) = get_in(&msg, &k.error).as_string() {
                    self.teardown(Error::Connect(error));
                }
            }
            State::Closed => {}
            State::Open if kind == k.request => self.on_request(&msg),
            State::Open if kind == k.response => {
                let from = get_in(&msg, &k.from).as_string().unwrap_or_default();
                self.on_response(&msg, &from)
            }
            State::Open if kind == k.event => {
                let from = get_in(&msg, &k.from);
                if from == k.server {
                    return self.on_server_event(&msg);
                }
                let ragent = from
                    .as_string()
                    .and_then(|f| self.ragents.borrow().get(&f).cloned());
                if let (Some(r), Some(name)) = (ragent, get_in(&msg, &k.name).as_string()) {
                    r.emitter.fire(&name, &[&get_in(&msg, &k.body)]);
                }
            }
            State::Open => {}
        }
    }

    fn on_request(self: &Rc<Self>, msg: &JsValue) {
        let k = &self.keys;
        let (to, name, id) = (get_in(msg, &k.to), get_in(msg, &k.name), get_in(msg, &k.id));
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
        if let Err(e) = handler.call2(&JsValue::NULL, &get_in(msg, &k.body), &reply) {
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
            Err(e) => (JsString::from("null"), Some(e.message())),
        };
        let id = JSON::stringify(id)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "null".into());
        let prefix = FrameWriter::new("response")
            .str("name", &name.as_string().unwrap_or_default())
            .str("from", &agent)
            .raw("id", &id)
            .open("body");
        let mut suffix = String::new();
        if let Some(error) = error {
            suffix.push_str(",\"error\":");
            crate::protocol::packet::push_json_str(&mut suffix, &error);
        }
        suffix.push('}');
        let _ = self.send_frame(prefix, &body, &suffix);
    }

    fn on_response(self: &Rc<Self>, msg: &JsValue, from: &str) {
        let k = &self.keys;
        let Some(id) = get_in(msg, &k.id).as_string() else {
            return;
        };
        let Some(waiting) = self.pending.borrow_mut().take(&id, from) else {
            return;
        };
        let body = get_in(msg, &k.body);
        let error = get_in(msg, &k.error);
        if error.is_truthy() {
            let text = error.as_string().unwrap_or_else(|| error_text(&error));
            return waiting.reply.err(&Error::from_wire(text), &body);
        }
        match waiting.op {
            Op::Send => waiting.reply.ok(&body),
            Op::CreateAgent => {
                let Some(id) = get(&body, &k.id).as_string() else {
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
                let id = get(&body, &k.id).as_string().unwrap_or_default();
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
        let id = get(info, &self.keys.id).as_string()?;
        let existing = self.ragents.borrow().get(&id).cloned();
        let r = existing.unwrap_or_else(|| {
            let r = RAgentInner::new(Rc::downgrade(self), id.clone(), info);
            self.ragents.borrow_mut().insert(id, r.clone());
            r
        });
        Some(r.this())
    }

    fn on_server_event(self: &Rc<Self>, msg: &JsValue) {
        let k = &self.keys;
        let body = get_in(msg, &k.body);
        match get_in(msg, &k.name).as_string().as_deref() {
            Some("agentCreated") => {
                if let Some(r) = self.ragent(&body) {
                    self.emitter.fire("ragentCreated", &[&r]);
                }
            }
            Some("agentDestroyed") => {
                let Some(id) = get(&body, &k.id).as_string() else {
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
        let agents: Vec<_> = self.agents.borrow_mut().take_all();
        let ragents: Vec<_> = self.ragents.borrow_mut().take_all();
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
        self.request(
            SERVER,
            "destroyAgent",
            &body.into(),
            Op::DestroyAgent,
            reply,
            None,
        );
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
        self.inner.request(
            SERVER,
            "getAgents",
            &"null".into(),
            Op::GetAgents,
            reply,
            None,
        );
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
