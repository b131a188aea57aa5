//! The browser driver of one session: it owns the client core, the
//! transport and one timer, feeds the core what happens (packets, user
//! calls, the transport's end, the clock) and carries out what the core
//! asks (frames to send, results and events for the page). No borrow is
//! held while page code runs. The JS objects the core hands out (`Agent`,
//! `RAgent`) and the `Port` that JS calls back into (socket events, the
//! timer, microtasks, `reply` functions) are declared here; the agents'
//! methods are in `agent.rs`.

use super::cell::TrapCell;
use super::error::{explain, make, Reply};
use super::js::{
    adopt, body_json, console_debug, error_text, fire, frozen_info, get, heard, json_parse,
    performance_now, reflect_get, release, Keys,
};
use super::transport::{Transport, WebSocketTransport};
use crate::protocol::client::{
    self, Answer, Body, Client, Event, Failure, Frame, Host, Incoming, Io, Refused,
};
use crate::protocol::packet::push_json_str;
use crate::protocol::resume::ack_packet;
use alloc::rc::{Rc, Weak};
use alloc::{borrow::ToOwned, string::String, vec, vec::Vec};
use core::cell::Cell;
use js_sys::{Array, Function, JsString, JSON};
use wasm_bindgen::prelude::*;

/// The session's transport: the browser's WebSocket, the one there is.
type Link = WebSocketTransport;

/// An agent of this client (its methods: `agent.rs`).
#[wasm_bindgen(skip_typescript)]
pub struct Agent {
    pub(crate) session: Weak<Driver>,
    pub(crate) state: Rc<AgentState>,
}

/// A local agent's id and info: new ones after a reconnect made it again.
pub(crate) struct AgentState {
    pub id: TrapCell<String>,
    pub info: TrapCell<JsValue>,
}

/// The core's handle of a local agent: its JS object and its state.
#[derive(Clone)]
pub(crate) struct LocalHandle {
    this: JsValue,
    state: Rc<AgentState>,
}

/// An agent of the session, seen from here (its methods: `agent.rs`).
#[wasm_bindgen(skip_typescript)]
pub struct RAgent {
    pub(crate) inner: Rc<RemoteAgent>,
}

pub(crate) struct RemoteAgent {
    pub session: Weak<Driver>,
    pub id: String,
    pub info: JsValue,
    /// Its JS `RAgent` object, released when the agent or the session goes.
    this: TrapCell<JsValue>,
}

impl RemoteAgent {
    pub fn this(&self) -> JsValue {
        self.this.borrow().clone()
    }

    pub fn is_gone(&self) -> bool {
        self.this.borrow().is_undefined()
    }

    /// The agent is gone: its listeners and its JS object are let go.
    fn release(&self) {
        release(&self.this.replace(JsValue::UNDEFINED));
    }
}

/// What JS calls back into: the socket's events, the timer, microtasks
/// and the `reply` function of each request (bound to it). It is not a
/// `Closure`, and it holds the session weakly: a page may keep and call a
/// `reply` after the session is gone, a socket or a timer may fire after
/// it, and then nothing happens.
#[wasm_bindgen(skip_typescript)]
pub struct Port {
    session: Weak<Driver>,
}

impl Port {
    /// Runs `f` on the session, if it is still there.
    fn with(&self, f: impl FnOnce(&Rc<Driver>)) {
        if let Some(s) = self.session.upgrade() {
            f(&s);
        }
    }
}

#[wasm_bindgen]
impl Port {
    /// `reply(err, body)` for the packet of one request.
    pub fn reply(&self, request: JsValue, err: JsValue, body: JsValue) {
        self.with(|s| s.respond(&request, &err, &body));
    }

    /// `reply.write(chunk)` for the packet of one request, `text` the
    /// chunk's JSON: 0 sent, 1 wait for credit, 2 the call is over or is
    /// no stream.
    pub fn write(&self, request: JsValue, text: JsValue) -> u8 {
        let mut w = WRITE_OVER;
        self.with(|s| w = s.write(&request, text));
        w
    }

    /// What happened (`code & 7`, one of the `ON_` codes below, which
    /// src/client/js/face.js writes as numbers), with its `data`: the packet
    /// received (a JS string, of `code >> 3` UTF-16 units), the reason the
    /// socket closed. One export for all: each costs its own shim in the
    /// wasm. (The length rides in the code: an argument of its own, left
    /// out but for a packet, cost the glue 100 bytes.)
    pub fn on(&self, code: u32, data: JsValue) {
        let (what, length) = ((code & 7) as u8, code >> 3);
        self.with(|s| match what {
            ON_OPENED => s.opened(),
            ON_RECEIVED => s.received(data, length),
            ON_FAILED => s.failed(),
            // The socket is gone, for `data`; nothing follows.
            ON_CLOSED => s.closed(data.as_string().unwrap_or_default()),
            ON_TIMER => s.on_timer(),
            ON_DRAIN => {
                s.drain();
                s.keep.take();
            }
            ON_SEND_GATHERED => s.send_gathered(),
            // The browser says it is online again: a session that is down
            // retries at once.
            ON_ONLINE => {
                s.core.borrow_mut().retry_now();
                s.arm_timer();
            }
            _ => {}
        });
    }
}

/// What `Port::write` says of a chunk that did not go and never will.
const WRITE_OVER: u8 = 2;

/// What `Port::on` hears: the socket's events, the timer, the microtasks
/// `Driver::soon` asked for, and the browser's `online` event.
const ON_OPENED: u8 = 0;
const ON_RECEIVED: u8 = 1;
const ON_FAILED: u8 = 2;
const ON_CLOSED: u8 = 3;
const ON_TIMER: u8 = 4;
const ON_DRAIN: u8 = 5;
const ON_SEND_GATHERED: u8 = 6;
const ON_ONLINE: u8 = 7;

#[wasm_bindgen]
extern "C" {
    /// `port.on(ON_TIMER)` in `ms`; what `clearTimeout` takes.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn timer(port: &JsValue, ms: u32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
    /// `port.on(what)` in a later microtask, or with `task`, a later task.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn soon(port: &JsValue, what: u8, task: bool);
    /// `port.on(ON_ONLINE)` on the browser's `online` event; what `offline`
    /// takes to stop.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn online(port: &JsValue) -> JsValue;
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn offline(listener: &JsValue);
    /// A handler's `ctx` for one request (`{stream, signal}`), with the
    /// `reply` (and its `write`) bound to the request's packet.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn context(port: &JsValue, request: &JsValue, stream: bool) -> JsValue;
    /// Calls `handler` for a request: `(body, reply, ctx)`, or with the
    /// request's `name` before `ctx` for a catch-all; a handler that throws
    /// answers with its error.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn handle(handler: &Function, body: &JsValue, ctx: &JsValue, name: &JsValue);
    /// The caller of a stream granted more: writes that waited may go.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn credit(ctx: &JsValue);
    /// Aborts a `ctx`'s signal: a `TimeoutError` when `timeout`, else an
    /// `AbortError` saying `why`.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn abort(ctx: &JsValue, timeout: bool, why: &str);
    /// Tells `agent`'s `onInterest` callbacks that event `name` is now
    /// heard, or no longer (`undefined`: many names may have changed).
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn interest(agent: &JsValue, name: &JsValue, heard: bool);
    /// A packet's type as a number (`REQUEST`...; 0: another, or not an
    /// object), with `WITH_ERROR` when it has a truthy `error`.
    #[wasm_bindgen(js_namespace = ragentsFace, js_name = kind)]
    fn packet_kind(packet: &JsValue) -> u8;
}

/// What `packet_kind` says (face.js `kind` numbers them so).
const REQUEST: u8 = 1;
const RESPONSE: u8 = 2;
const EVENT: u8 = 3;
const CHUNK: u8 = 4;
const CREDIT: u8 = 5;
const CANCEL: u8 = 6;
const ACK: u8 = 7;
const WITH_ERROR: u8 = 8;

/// The core's view of the browser. Bodies going out are their JSON text (a
/// JS string made by `JSON.stringify` when the call was made, so that a bad
/// body throws at once); bodies coming in are parsed values. A request's
/// body is handed to the core as its whole packet: its `reply` is bound to
/// the packet (no strings made for it), and the handler gets its `body`.
pub(crate) struct JsHost {
    session: Weak<Driver>,
    /// The session's `Port`, for the `ctx` of each request.
    port: JsValue,
}

impl Body for JsValue {
    fn agent_id(&self) -> Option<String> {
        super::js::field(self, "id").as_string()
    }

    fn agent_name(&self) -> Option<String> {
        super::js::field(self, "name").as_string()
    }

    fn items(&self) -> Vec<JsValue> {
        if Array::is_array(self) {
            Array::from(self).iter().collect()
        } else {
            Vec::new()
        }
    }

    fn text(&self, key: &str) -> Option<String> {
        super::js::field(self, key).as_string()
    }

    fn count(&self, key: &str) -> Option<u64> {
        count(&super::js::field(self, key))
    }

    fn boolean(&self, key: &str) -> Option<bool> {
        super::js::field(self, key).as_bool()
    }
}

/// A whole number from 0 to 2^53, as a count.
fn count(value: &JsValue) -> Option<u64> {
    let n = value.as_f64()?;
    ((0.0..=9_007_199_254_740_992.0).contains(&n) && n == (n as u64) as f64).then_some(n as u64)
}

impl Host for JsHost {
    type Body = JsValue;
    type Reply = Reply;
    type Handler = Function;
    type Local = LocalHandle;
    type Remote = Rc<RemoteAgent>;
    type Context = JsValue;
    type Sink = Function;

    fn context(&mut self, request: &JsValue, stream: bool) -> JsValue {
        context(&self.port, request, stream)
    }

    fn local(&mut self, id: &str, info: &JsValue) -> LocalHandle {
        let state = Rc::new(AgentState {
            id: TrapCell::new(id.to_owned()),
            info: TrapCell::new(frozen_info(info)),
        });
        let this = Agent {
            session: self.session.clone(),
            state: state.clone(),
        }
        .into();
        adopt(&this, "Agent");
        LocalHandle { this, state }
    }

    fn rebind(&mut self, local: &LocalHandle, id: &str, info: &JsValue) {
        *local.state.id.borrow_mut() = id.to_owned();
        *local.state.info.borrow_mut() = frozen_info(info);
    }

    fn random(&mut self) -> f64 {
        js_sys::Math::random()
    }

    fn sendable(&self, body: &JsValue) -> JsValue {
        JSON::stringify(body).map_or(JsValue::NULL, JsValue::from)
    }

    fn remote(&mut self, id: &str, info: &JsValue) -> Rc<RemoteAgent> {
        let r = Rc::new(RemoteAgent {
            session: self.session.clone(),
            id: id.to_owned(),
            info: frozen_info(info),
            this: TrapCell::new(JsValue::UNDEFINED),
        });
        let this = RAgent { inner: r.clone() }.into();
        adopt(&this, "RAgent");
        *r.this.borrow_mut() = this;
        r
    }

    fn now(&self) -> u64 {
        now()
    }
}

/// One session, in the browser.
pub(crate) struct Driver {
    core: TrapCell<Client<JsHost>>,
    transport: TrapCell<Option<Link>>,
    /// The one timer, armed for the core's next deadline.
    timer: TrapCell<Option<(u64, JsValue)>>,
    keys: Keys,
    /// The JS `Session` object (released when the session ends).
    this: TrapCell<JsValue>,
    /// The `Port`: what the face calls back (`on`, `reply`, `write`).
    port: JsValue,
    /// The relay agreed to several packets per frame.
    batching: Cell<bool>,
    /// Frames gathered as `[a,b,...` (and how many), sent as one frame in
    /// a microtask: what a task sends costs one WebSocket message.
    gathered: TrapCell<(String, usize)>,
    /// A handler is writing a chunk (`Port::write`): what it gathers first
    /// is sent in a later task, not a microtask, so that a loop of `await
    /// reply.write(chunk)` (a microtask each) sends what its credit allows
    /// in one message rather than one message per chunk.
    writing: Cell<bool>,
    /// The relay's URL, for error messages and the packet log.
    url: String,
    /// The listener of the browser's `online` event (see `Port::on`).
    online: TrapCell<JsValue>,
    /// Itself, from a drain asked for until it ran: a session the page
    /// freed still tells its callers and its listeners how it ended.
    keep: TrapCell<Option<Rc<Driver>>>,
    /// Log every frame in and out to the console (the `debug` option).
    debug: bool,
}

/// A session's options: where, the key, the core's rules, the packet log.
pub struct Options {
    pub url: String,
    pub key: String,
    pub core: client::Options,
    pub debug: bool,
}

/// The most bytes of frames gathered into one.
const BATCH_BYTES: usize = 64 * 1024;

fn now() -> u64 {
    performance_now() as u64
}

impl Driver {
    /// A session connecting to the relay at `url` over a new `Link`;
    /// `connected` hears how it went. `wrap` makes the JS
    /// `Session` object.
    pub fn connect(
        options: Options,
        connected: Reply,
        wrap: impl FnOnce(Rc<Driver>) -> JsValue,
    ) -> Rc<Driver> {
        let Options {
            url,
            key,
            core,
            debug,
        } = options;
        let driver = Rc::new_cyclic(|weak: &Weak<Driver>| {
            let port: JsValue = Port {
                session: weak.clone(),
            }
            .into();
            let host = JsHost {
                session: weak.clone(),
                port: port.clone(),
            };
            Driver {
                core: TrapCell::new(Client::new(host, key, &salt(), core, connected)),
                online: TrapCell::new(JsValue::UNDEFINED),
                keep: TrapCell::new(None),
                transport: TrapCell::new(None),
                timer: TrapCell::new(None),
                keys: Keys::new(),
                this: TrapCell::new(JsValue::UNDEFINED),
                port,
                batching: Cell::new(false),
                gathered: TrapCell::new((String::new(), 0)),
                writing: Cell::new(false),
                url,
                debug,
            }
        });
        *driver.this.borrow_mut() = wrap(driver.clone());
        adopt(&driver.this(), "Session");
        *driver.online.borrow_mut() = online(&driver.port);
        if !driver.open_link() {
            // Told in a later microtask, as a failure of a call always is.
            driver.drain_later();
            return driver;
        }
        driver.arm_timer();
        driver
    }

    /// A new transport to the relay; false if none could be made (the core
    /// heard why, as a transport that closed).
    fn open_link(&self) -> bool {
        match Link::open(&self.url, &self.port) {
            Ok(t) => *self.transport.borrow_mut() = Some(t),
            Err(e) => self.core.borrow_mut().transport_closed(error_text(&e)),
        }
        self.transport.borrow().is_some()
    }

    pub fn this(&self) -> JsValue {
        self.this.borrow().clone()
    }

    pub fn is_open(&self) -> bool {
        self.core.borrow().is_open()
    }

    /// Runs a user call on the core. A call refused at once fails in a
    /// later microtask. (A user call makes frames, never events: nothing
    /// of the page runs from inside it.)
    /// Returns what the core returned for it (a call's number, for
    /// `cancel`), or the default when it was refused.
    pub fn call<T: Default>(
        self: &Rc<Self>,
        reply: Reply,
        f: impl FnOnce(&mut Client<JsHost>, Reply) -> Result<T, Refused<Reply>>,
    ) -> T {
        let refused = f(&mut self.core.borrow_mut(), reply);
        match refused {
            Ok(t) => {
                self.flush_io();
                self.arm_timer();
                // Settled at once: told later, never inside the call.
                if self.core.borrow().has_events() {
                    self.drain_later();
                }
                t
            }
            Err(r) => {
                r.reply.err_later(r.error);
                T::default()
            }
        }
    }

    /// The page gives up call `number` (its `AbortSignal` fired): true
    /// when it was still on, and the page now settles it.
    pub fn cancel(self: &Rc<Self>, number: f64) -> bool {
        self.with_core(|core| core.cancel(number as u64)).is_some()
    }

    /// Runs `f` on the core, then sends what it wrote.
    pub fn with_core<T>(self: &Rc<Self>, f: impl FnOnce(&mut Client<JsHost>) -> T) -> T {
        let t = f(&mut self.core.borrow_mut());
        self.flush_io();
        t
    }

    /// Closes the session: everything pending fails with `ERR_CLOSED` and
    /// `close` is emitted, in a later microtask.
    pub fn close(self: &Rc<Self>) {
        self.core.borrow_mut().close();
        self.flush_io();
        self.drain_later();
    }

    /// `reply.write(chunk)` of a local agent's handler (see `Port::write`).
    fn write(self: &Rc<Self>, request: &JsValue, text: JsValue) -> u8 {
        let k = &self.keys;
        let agent = get(request, &k.to).as_string().unwrap_or_default();
        let Some(id) = raw_id(&get(request, &k.id)) else {
            return WRITE_OVER;
        };
        self.writing.set(true);
        let written = self.with_core(|core| core.write(&agent, &id, text));
        self.writing.set(false);
        match written {
            client::Write::Sent => 0,
            client::Write::Wait => 1,
            client::Write::Over => WRITE_OVER,
        }
    }

    /// `reply(err, body)` of a local agent's handler.
    fn respond(self: &Rc<Self>, request: &JsValue, err: &JsValue, body: &JsValue) {
        let k = &self.keys;
        let text = |key: &JsValue| get(request, key).as_string().unwrap_or_default();
        let (agent, name) = (text(&k.to), text(&k.name));
        let Some(id) = raw_id(&get(request, &k.id)) else {
            return;
        };
        let (body, error) = match body_json(body) {
            Ok(b) => (b, err.is_truthy().then(|| error_text(err))),
            Err(e) => (JsString::from("null"), Some(e.message())),
        };
        let body = Some(body.into());
        self.with_core(|core| core.respond(&agent, &id, &name, body, error.as_deref()));
    }

    /// Sends what the core wrote, then tells the page what happened, one
    /// event at a time with no borrow held; re-arms the timer.
    fn drain(self: &Rc<Self>) {
        loop {
            self.flush_io();
            let event = self.core.borrow_mut().poll_event();
            match event {
                Some(event) => self.dispatch(event),
                None => break,
            }
        }
        self.arm_timer();
        if self.core.borrow().is_closed() {
            // The page's last references decide when the rest is freed.
            self.this.replace(JsValue::UNDEFINED);
            offline(&self.online.replace(JsValue::UNDEFINED));
            // (The transport went with the core's Io::Close: drop_transport.)
        }
    }

    fn drain_later(self: &Rc<Self>) {
        *self.keep.borrow_mut() = Some(self.clone());
        soon(&self.port, ON_DRAIN, false);
    }

    fn flush_io(self: &Rc<Self>) {
        loop {
            let io = self.core.borrow_mut().poll_io();
            match io {
                None => return,
                Some(Io::Send(frame)) if self.batching.get() => self.gather(frame_text(frame)),
                Some(Io::Send(frame)) => self.send(&frame_text(frame)),
                Some(Io::Ack(n)) if self.batching.get() => self.gather(ack_packet(n)),
                Some(Io::Ack(n)) => self.send(&ack_packet(n)),
                Some(Io::Close) => {
                    self.send_gathered();
                    self.drop_transport(1000);
                }
                Some(Io::Abandon) => self.drop_transport(client::CLOSE_RESUME),
                Some(Io::Open) => {
                    // Reconnecting: a new transport, batching asked again.
                    self.drop_transport(1000);
                    self.batching.set(false);
                    self.open_link();
                }
            }
        }
    }

    /// Closes the transport with `code` and lets it go, with what was
    /// gathered for it. Its listeners are the JS face's, detached at once,
    /// so it may go even from inside one of them.
    fn drop_transport(&self, code: u16) {
        self.gathered.borrow_mut().0.clear();
        self.gathered.borrow_mut().1 = 0;
        if let Some(mut t) = self.transport.borrow_mut().take() {
            t.close(code);
        }
    }

    fn send(&self, text: &str) {
        if self.debug {
            console_debug("ragents", &self.url, "->", &text.into());
        }
        if let Some(t) = self.transport.borrow().as_ref() {
            t.send(text);
        }
    }

    /// Adds a frame to those that leave together at the end of this task.
    /// A batch stays under `BATCH_BYTES` (a relay refuses frames over its
    /// limit, 1 MiB by default): what would pass it leaves first, and a
    /// frame larger than that leaves alone.
    fn gather(self: &Rc<Self>, text: String) {
        let full = {
            let (batch, count) = &*self.gathered.borrow();
            *count > 0 && batch.len() + text.len() + 2 > BATCH_BYTES
        };
        if full {
            self.send_gathered();
        }
        let mut gathered = self.gathered.borrow_mut();
        let (batch, count) = &mut *gathered;
        batch.push(if *count == 0 { '[' } else { ',' });
        batch.push_str(&text);
        *count += 1;
        if *count == 1 {
            soon(&self.port, ON_SEND_GATHERED, self.writing.get());
        }
    }

    /// Sends the gathered frames: an array, or a lone packet as itself.
    fn send_gathered(&self) {
        let (mut batch, count) = core::mem::take(&mut *self.gathered.borrow_mut());
        match count {
            0 => {}
            // (`get`: slicing could panic, which links char formatting.)
            1 => self.send(batch.get(1..).unwrap_or_default()),
            _ => {
                batch.push(']');
                self.send(&batch);
            }
        }
    }

    fn dispatch(self: &Rc<Self>, event: Event<JsHost>) {
        match event {
            Event::Settle { reply, result } => match result {
                Ok(Answer::Connected) => reply.ok(&self.this()),
                Ok(Answer::Body(body)) => reply.ok(&body),
                Ok(Answer::Agent(agent)) => reply.ok(&agent.this),
                Ok(Answer::Destroyed(agent)) => {
                    reply.ok(&agent.map_or(JsValue::UNDEFINED, |a| a.this))
                }
                Ok(Answer::Agents(list)) => {
                    reply.ok(&list.iter().map(|r| r.this()).collect::<Array>())
                }
                Err(Failure { error, body, call }) => {
                    let e = explain(&error, &self.url, call);
                    reply.fail(e, &body.unwrap_or(JsValue::UNDEFINED))
                }
            },
            Event::Request {
                handler,
                any,
                name,
                body: request,
                ctx,
                ..
            } => {
                let body = get(&request, &self.keys.body);
                // A catch-all handler is told the request's name.
                let name = if any { name.into() } else { JsValue::UNDEFINED };
                handle(&handler, &body, &ctx, &name);
            }
            Event::Chunk { sink, body } => {
                let _ = sink.call1(&JsValue::NULL, &body);
            }
            Event::Credit { ctx } => credit(&ctx),
            Event::Cancel { ctx, why } => {
                let timeout = matches!(why, crate::protocol::client::Error::Timeout(_));
                abort(&ctx, timeout, &why.message());
            }
            Event::Interest { local, name, heard } => {
                let name = name.map_or(JsValue::UNDEFINED, JsValue::from);
                interest(&local.this, &name, heard)
            }
            Event::RemoteCreated(r) => fire(&self.this(), "ragentCreated", &r.this()),
            Event::RemoteDestroyed(r) => {
                fire(&self.this(), "ragentDestroyed", &r.this());
                r.release();
            }
            Event::RemoteEvent { remote, name, body } => fire(&remote.this(), &name, &body),
            Event::TransportError => {
                if heard(&self.this(), "error") {
                    let e = make(
                        &("WebSocket error at ".to_owned() + &self.url),
                        "ERR_CONNECT",
                    );
                    fire(&self.this(), "error", &e);
                }
            }
            Event::Disconnected(e) => {
                fire(&self.this(), "disconnect", &explain(&e, &self.url, None))
            }
            Event::Reconnecting { attempt, delay } => {
                let info = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&info, &"attempt".into(), &attempt.into());
                let _ = js_sys::Reflect::set(&info, &"delay".into(), &delay.into());
                fire(&self.this(), "reconnecting", &info);
            }
            Event::Reconnected { resumed } => {
                let info = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&info, &"resumed".into(), &resumed.into());
                fire(&self.this(), "reconnect", &info);
            }
            Event::Closed { remotes } => {
                fire(&self.this(), "close", &JsValue::UNDEFINED);
                release(&self.this());
                for r in remotes {
                    r.release();
                }
            }
        }
    }

    /// Arms the timer for the core's next deadline (or disarms it).
    fn arm_timer(&self) {
        let at = self.core.borrow().poll_timeout();
        let mut timer = self.timer.borrow_mut();
        if timer.as_ref().map(|(t, _)| *t) == at {
            return;
        }
        if let Some((_, id)) = timer.take() {
            clear_timeout(&id);
        }
        *timer = at.map(|at| {
            let ms = at.saturating_sub(now()).min(i32::MAX as u64) as u32;
            (at, self::timer(&self.port, ms))
        });
    }

    fn on_timer(self: &Rc<Self>) {
        self.timer.borrow_mut().take();
        self.core.borrow_mut().handle_timeout(now());
        self.drain();
    }

    /// Reads a packet's envelope (of about `size` UTF-16 units); the body
    /// stays a JS value.
    fn read(&self, msg: JsValue, size: u32) -> Option<Incoming<JsValue>> {
        // Its type, and whether it has an error, in one call into JS (not an
        // object: 0); then its fields are read without a check each (issue
        // 29: every check is a call into JS).
        let kind = packet_kind(&msg);
        let k = &self.keys;
        let text = |key: &JsValue| reflect_get(&msg, key).as_string();
        let body = || reflect_get(&msg, &k.body);
        if kind & 7 == RESPONSE {
            let error = (kind & WITH_ERROR != 0).then(|| {
                let error = reflect_get(&msg, &k.error);
                error.as_string().unwrap_or_else(|| error_text(&error))
            });
            // The name matters only to the connect response, and the relay
            // says there whether it takes batches.
            let name = if self.is_open() { None } else { text(&k.name) };
            if name.as_deref() == Some("connect") {
                let batch = get(&body(), &JsValue::from_str("batch"));
                self.batching.set(batch.as_bool() == Some(true));
            }
            let from = text(&k.from).unwrap_or_default();
            let id = text(&k.id);
            Some(Incoming::Response {
                from,
                name,
                id,
                body: body(),
                error,
            })
        } else if kind & 7 == REQUEST {
            // (Fields only a relay that agreed to them sends: not looked
            // for otherwise, each look being a call into JS.)
            let (cancels, streams) = self.core.borrow().agreed();
            let count = |key, agreed: bool| {
                let n = agreed.then(|| reflect_get(&msg, &JsValue::from_str(key)).as_f64());
                n.flatten()
                    .filter(|t| *t >= 1.0)
                    .map(|t| t.min(u32::MAX as f64) as u32)
            };
            Some(Incoming::Request {
                to: text(&k.to)?,
                name: text(&k.name)?,
                id: raw_id(&reflect_get(&msg, &k.id))?,
                timeout: count("timeout", cancels),
                stream: count("stream", streams),
                body: msg,
            })
        } else if kind & 7 == CHUNK {
            // Only a relay that agreed to `streams` sends these.
            Some(Incoming::Chunk {
                from: text(&k.from)?,
                id: text(&k.id),
                body: body(),
                size,
            })
        } else if kind & 7 == CREDIT {
            let n = reflect_get(&msg, &JsValue::from_str("n")).as_f64()?;
            Some(Incoming::Credit {
                to: text(&k.to)?,
                id: raw_id(&reflect_get(&msg, &k.id))?,
                n: n.clamp(0.0, u32::MAX as f64) as u32,
            })
        } else if kind & 7 == EVENT {
            Some(Incoming::Event {
                from: text(&k.from)?,
                name: text(&k.name)?,
                body: body(),
            })
        } else if kind & 7 == CANCEL {
            // Only a relay that agreed to `cancel` sends these.
            Some(Incoming::Cancel {
                to: text(&k.to)?,
                id: raw_id(&reflect_get(&msg, &k.id))?,
                error: text(&k.error),
            })
        } else if kind & 7 == ACK {
            // Only a relay that offered to resume sends these.
            Some(Incoming::Ack(count(&reflect_get(
                &msg,
                &JsValue::from_str("n"),
            ))?))
        } else {
            None
        }
    }
}

/// What the socket reports (through `Port`).
impl Driver {
    fn opened(self: &Rc<Self>) {
        self.core.borrow_mut().transport_open();
        self.flush_io();
    }

    fn received(self: &Rc<Self>, data: JsValue, length: u32) {
        if self.debug {
            console_debug("ragents", &self.url, "<-", &data);
        }
        self.core.borrow_mut().heard();
        // Parsed by the browser, straight from the JS string: bodies reach
        // their listeners without passing through wasm memory.
        let Some(msg) = data.is_string().then(|| json_parse(&data).ok()).flatten() else {
            return;
        };
        // An array is a batch: only a relay that agreed to batches sends one.
        let packets = if Array::is_array(&msg) {
            Array::from(&msg).iter().collect()
        } else {
            vec![msg]
        };
        // What a chunk weighs, for its stream's window: its share of the frame.
        let size = length / packets.len().max(1) as u32;
        for packet in packets {
            if let Some(packet) = self.read(packet, size) {
                self.core.borrow_mut().receive(packet);
            }
        }
        self.drain();
    }

    fn failed(self: &Rc<Self>) {
        self.core.borrow_mut().transport_error();
        self.drain();
    }

    fn closed(self: &Rc<Self>, reason: String) {
        self.core.borrow_mut().transport_closed(reason);
        self.drain();
    }
}

/// A request's id as raw JSON, to echo in its response.
fn raw_id(id: &JsValue) -> Option<String> {
    match id.as_string() {
        Some(s) => {
            let mut raw = String::with_capacity(s.len() + 2);
            push_json_str(&mut raw, &s);
            Some(raw)
        }
        None => JSON::stringify(id).ok()?.as_string(),
    }
}

/// The text of a frame the core wrote: its body is JSON text already.
fn frame_text(frame: Frame<JsValue>) -> String {
    let mut text = frame.head;
    if let Some(body) = frame.body {
        text.push_str(&body.as_string().unwrap_or_default());
    }
    text.push_str(&frame.tail);
    text
}

/// A few random characters that make this session's request ids its own.
fn salt() -> String {
    let mut n = (js_sys::Math::random() * 2_176_782_336.0) as u32; // 36^6
    let mut salt = String::new();
    for _ in 0..6 {
        let digit = (n % 36) as u8;
        salt.push(char::from(
            digit + if digit < 10 { b'0' } else { b'a' - 10 },
        ));
        n /= 36;
    }
    salt
}
