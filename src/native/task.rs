//! The task that runs one session of the Rust client: it owns the core
//! (`protocol::client::Client`) and the WebSocket, and turns the handles'
//! commands into the core's calls, the socket's frames and the clock into
//! its input, and its output into frames, answers, handler runs and events.
//! It ends when the session closes, or when no handle is left.

use super::command::{Command, Ctx, Handler, Local, Reply, Told, Writer};
use super::config::Config;
use super::error::Error;
use super::hearing::Hearing;
use super::io::{self, Clock, Incoming, Socket};
use crate::protocol::client::values::read_frame;
use crate::protocol::client::{self as core, Answer, Client, Event, Failure, Host, Io, Refused};
use crate::protocol::resume::ack_packet;
use futures_util::FutureExt;
use serde_json::Value;
use std::collections::{HashMap, VecDeque};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};

/// How the core's answers are delivered: each kind of call awaits its own.
pub(super) enum Settle {
    Connected(Reply<()>),
    Agent(Reply<Local>, Vec<(String, Handler)>),
    Destroyed(Reply<()>),
    Agents(Reply<Vec<(String, Value)>>),
    Body(Reply<Value>),
}

/// What the core keeps of a request a handler serves: the switch that
/// says it was given up, and a number its writes are parked under.
#[derive(Clone)]
pub(super) struct Served {
    cancel: Arc<watch::Sender<bool>>,
    key: u64,
    stream: bool,
}

/// The core's view of this driver: bodies are values, local agents their
/// ids, remote ones their ids and infos, a handler's ctx a `Served`, a
/// stream's sink a channel of its chunks.
pub(super) struct NativeHost {
    clock: Clock,
    seed: u64,
    served: u64,
}

impl Host for NativeHost {
    type Body = Value;
    type Reply = Settle;
    type Handler = Handler;
    type Local = Local;
    type Remote = (String, Value);
    type Context = Served;
    type Sink = mpsc::UnboundedSender<Value>;

    fn local(&mut self, id: &str, _info: &Value) -> Local {
        Arc::new(Mutex::new(id.to_owned()))
    }

    fn remote(&mut self, id: &str, info: &Value) -> (String, Value) {
        (id.to_owned(), info.clone())
    }

    fn context(&mut self, _request: &Value, stream: bool) -> Served {
        self.served += 1;
        Served {
            cancel: Arc::new(watch::channel(false).0),
            key: self.served,
            stream,
        }
    }

    fn now(&self) -> u64 {
        self.clock.now()
    }

    fn random(&mut self) -> f64 {
        // xorshift: jitter needs no more.
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        (self.seed >> 11) as f64 / (1u64 << 53) as f64
    }

    fn rebind(&mut self, local: &Local, id: &str, _info: &Value) {
        *local.lock().unwrap() = id.to_owned();
    }
}

/// How long opening a socket may take when the session sets no timeout.
const CONNECT_BOUND: Duration = Duration::from_secs(10);

/// Starts the session's task: its commands, whether it is open, and the
/// answer to connecting.
pub(super) fn start(
    config: Config,
) -> (
    mpsc::UnboundedSender<Command>,
    watch::Receiver<bool>,
    oneshot::Receiver<Result<(), Error>>,
) {
    let (commands, rx) = mpsc::unbounded_channel();
    let (open_tx, open) = watch::channel(false);
    let (connected_tx, connected) = oneshot::channel();
    let seed = io::seed();
    let host = NativeHost {
        clock: Clock::start(),
        seed,
        served: 0,
    };
    let salt = format!("{:06x}", seed % 0xFF_FFFF);
    let connect_bound = config
        .options
        .timeout
        .map_or(CONNECT_BOUND, |ms| Duration::from_millis(ms as u64));
    let connected_reply = Settle::Connected(connected_tx);
    let core = Client::new(
        host,
        config.key.to_string(),
        &salt,
        config.options,
        connected_reply,
    );
    let task = Task {
        core,
        url: config.url,
        connect_bound,
        socket: None,
        commands: commands.downgrade(),
        open: open_tx,
        listeners: HashMap::new(),
        parked: HashMap::new(),
        watchers: Vec::new(),
        hearing: Hearing::default(),
    };
    io::spawn(task.run(rx));
    (commands, open, connected)
}

struct Task {
    core: Client<NativeHost>,
    url: String,
    /// How long opening a socket may take.
    connect_bound: Duration,
    socket: Option<Socket>,
    /// Its own commands, for the handlers it runs to answer with (weak:
    /// the session ends when the last handle goes).
    commands: mpsc::WeakUnboundedSender<Command>,
    open: watch::Sender<bool>,
    /// The streams of each remote agent's events, by (agent, name).
    listeners: HashMap<(String, String), Vec<mpsc::UnboundedSender<Value>>>,
    /// Handlers' writes waiting for their caller's credit, by their ctx's key.
    parked: HashMap<u64, VecDeque<Parked>>,
    /// Who is told what happens to the session.
    watchers: Vec<mpsc::UnboundedSender<Told>>,
    /// The agents with `interest` streams, and what those were told.
    hearing: Hearing,
}

/// A write waiting for credit: (agent, request id, chunk, its answer).
type Parked = (String, String, Value, oneshot::Sender<bool>);

impl Task {
    async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Command>) {
        // The first socket is the driver's to open, as each next one is
        // when the core says so.
        self.io(Io::Open).await;
        loop {
            self.drain().await;
            if self.core.is_closed() {
                break;
            }
            let wake = self.core.poll_timeout();
            let clock = &self.core.host().clock;
            let sleep = async {
                match wake {
                    Some(at) => clock.sleep_until(at).await,
                    None => std::future::pending().await,
                }
            };
            let frame = async {
                match &mut self.socket {
                    Some(s) => s.next().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                frame = frame => self.frame(frame),
                command = commands.recv() => match command {
                    Some(command) => self.command(command),
                    // Every handle is gone: nobody can use the session.
                    None => self.core.close(),
                },
                _ = sleep => {
                    let now = self.core.host().now();
                    self.core.handle_timeout(now);
                }
            }
        }
        if let Some(s) = self.socket.take() {
            s.close().await;
        }
        let _ = self.open.send(false);
    }

    fn frame(&mut self, frame: Incoming) {
        match frame {
            Incoming::Text(text) => {
                self.core.heard();
                for packet in read_frame(&text) {
                    self.core.receive(packet);
                }
            }
            Incoming::Other => self.core.heard(),
            Incoming::Closed(why) => {
                self.socket = None;
                self.core.transport_closed(why);
            }
        }
    }

    /// A stream of event `name` of remote agent `agent` begins: the core
    /// is told when it is the first.
    fn listen(&mut self, agent: String, name: String, tx: mpsc::UnboundedSender<Value>) {
        let list = (self.listeners)
            .entry((agent.clone(), name.clone()))
            .or_default();
        list.retain(|tx| !tx.is_closed());
        list.push(tx);
        if list.len() == 1 {
            self.core.listen(&agent, &name, true);
        }
    }

    /// A stream of event `name` of `agent` was dropped: the core is told
    /// when none is left.
    fn unlisten(&mut self, agent: String, name: String) {
        let key = (agent, name);
        if let Some(list) = self.listeners.get_mut(&key) {
            list.retain(|tx| !tx.is_closed());
            if list.is_empty() {
                self.listeners.remove(&key);
                self.core.listen(&key.0, &key.1, false);
            }
        }
    }

    fn command(&mut self, command: Command) {
        let core = &mut self.core;
        // A call the core refuses at once is answered at once.
        let refused = |r: Refused<Settle>| settle(core_noop(), r.reply, Err(failure(r.error)));
        match command {
            Command::CreateAgent {
                info,
                handlers,
                reply,
            } => core
                .create_agent(info, Settle::Agent(reply, handlers))
                .unwrap_or_else(refused),
            Command::DestroyAgent { id, reply } => {
                self.hearing.forget(&id);
                core.destroy_agent(&id, Settle::Destroyed(reply))
                    .unwrap_or_else(refused)
            }
            Command::GetAgents { reply } => core
                .get_agents(Settle::Agents(reply))
                .unwrap_or_else(refused),
            Command::Send {
                to,
                name,
                body,
                timeout,
                reply,
                number,
                sink,
            } => {
                let reply = Settle::Body(reply);
                let sent = match sink {
                    Some(sink) => core.stream(&to, &name, body, timeout, reply, sink),
                    None => core.send(&to, &name, body, timeout, reply),
                };
                match sent {
                    Ok(n) => drop(number.send(n)),
                    Err(r) => refused(r),
                }
            }
            Command::Named {
                agent,
                method,
                params,
                reply,
                number,
            } => match core.request_named(&agent, &method, params, None, Settle::Body(reply)) {
                Ok(n) => drop(number.send(n)),
                Err(r) => refused(r),
            },
            Command::Grant { number, n, step } => {
                let next = core.grant(number, n);
                // (0: the call is over; a step as at first then, as the face.)
                let next = if next == 0 {
                    core::STREAM_WINDOW / 2
                } else {
                    next
                };
                step.store(next, Relaxed);
            }
            Command::Write {
                agent,
                id,
                key,
                body,
                reply,
            } => {
                let queue = self.parked.entry(key).or_default();
                queue.push_back((agent, id, body, reply));
                self.unpark(key);
            }
            Command::Cancel { mut number } => {
                if let Ok(number) = number.try_recv() {
                    drop(core.cancel(number));
                }
            }
            Command::Handle {
                agent,
                name,
                handler,
            } => drop(core.set_handler(&agent, name, handler)),
            Command::Emit { agent, name, body } => {
                self.hearing
                    .know(&agent, &name, || core.is_heard(&agent, &name));
                drop(core.emit(&agent, &name, body))
            }
            Command::Respond {
                agent,
                id,
                key,
                name,
                result,
            } => {
                let (body, error) = match result {
                    Ok(body) => (Some(body), None),
                    Err(e) => (None, Some(e)),
                };
                core.respond(&agent, &id, &name, body, error.as_deref());
                // Its writes still waiting go nowhere now.
                self.end_writes(key);
            }
            Command::Listen { agent, name, tx } => self.listen(agent, name, tx),
            Command::Unlisten { agent, name } => self.unlisten(agent, name),
            Command::IsHeard { agent, name, reply } => {
                let heard = core.is_heard(&agent, &name);
                self.hearing.know(&agent, &name, || heard);
                let _ = reply.send(heard);
            }
            Command::Interest { agent, tell } => self.hearing.add(agent, tell),
            Command::Watch { tx } => {
                self.watchers.retain(|w| !w.is_closed());
                self.watchers.push(tx);
            }
            Command::Close => core.close(),
        }
    }

    /// Sends what writes of request `key` credit allows, in order; the
    /// rest wait for more (`Event::Credit`), or are told they are over.
    fn unpark(&mut self, key: u64) {
        let Some(queue) = self.parked.get_mut(&key) else {
            return;
        };
        while let Some((agent, id, body, reply)) = queue.pop_front() {
            if reply.is_closed() {
                continue; // its handler gave up waiting: not sent after all
            }
            match self.core.write(&agent, &id, body.clone()) {
                core::Write::Sent => drop(reply.send(true)),
                core::Write::Over => drop(reply.send(false)),
                core::Write::Wait => {
                    queue.push_front((agent, id, body, reply));
                    return;
                }
            }
        }
        self.parked.remove(&key);
    }

    fn tell(&mut self, told: Told) {
        self.watchers.retain(|tx| tx.send(told.clone()).is_ok());
    }

    /// The request `key` is over: its waiting writes did not go.
    fn end_writes(&mut self, key: u64) {
        for (.., reply) in self.parked.remove(&key).unwrap_or_default() {
            let _ = reply.send(false);
        }
    }

    /// Does what the core asks, until it asks nothing more.
    async fn drain(&mut self) {
        loop {
            let mut moved = false;
            while let Some(io) = self.core.poll_io() {
                moved = true;
                self.io(io).await;
            }
            while let Some(event) = self.core.poll_event() {
                moved = true;
                self.event(event);
            }
            let open = self.core.is_open();
            self.open
                .send_if_modified(|o| std::mem::replace(o, open) != open);
            if !moved {
                return;
            }
        }
    }

    async fn io(&mut self, io: Io<Value>) {
        match io {
            Io::Send(frame) => {
                let mut text = frame.head;
                if let Some(body) = frame.body {
                    text.push_str(&body.to_string());
                }
                text.push_str(&frame.tail);
                self.write(text).await;
            }
            Io::Ack(n) => self.write(ack_packet(n)).await,
            Io::Close => {
                if let Some(s) = self.socket.take() {
                    s.close().await;
                }
            }
            Io::Abandon => self.socket = None,
            Io::Open => {
                self.socket = None;
                // (Bounded: the core's clock does not run meanwhile.)
                let attempt = io::within(self.connect_bound, Socket::open(&self.url)).await;
                match attempt.unwrap_or_else(|| Err("no answer to the WebSocket handshake".into()))
                {
                    Ok(s) => {
                        self.socket = Some(s);
                        self.core.transport_open();
                    }
                    Err(e) => self.core.transport_closed(e),
                }
            }
        }
    }

    /// Writes a frame; a socket that fails to take it is lost.
    async fn write(&mut self, text: String) {
        let Some(s) = &mut self.socket else { return };
        if let Err(lost) = s.send(text).await {
            self.socket = None;
            self.core.transport_closed(lost);
        }
    }

    fn event(&mut self, event: Event<NativeHost>) {
        match event {
            Event::Settle { reply, result } => settle(&mut self.core, reply, result),
            Event::Request {
                handler,
                ctx,
                agent,
                id,
                name,
                body,
                ..
            } => {
                let Some(commands) = self.commands.upgrade() else {
                    return; // the session is ending
                };
                let key = ctx.key;
                let writer = ctx.stream.then(|| Writer {
                    commands: commands.clone(),
                    agent: agent.clone(),
                    id: id.clone(),
                    key,
                });
                let handler_ctx = Ctx {
                    name: name.clone(),
                    cancelled: ctx.cancel.subscribe(),
                    writer,
                };
                io::spawn(async move {
                    // (Kept alive with the run: where the relay takes no
                    // cancels, the core keeps no ctx.)
                    let _served = ctx;
                    let run = AssertUnwindSafe(handler(body, handler_ctx)).catch_unwind();
                    let result = run
                        .await
                        .unwrap_or_else(|_| Err("the handler panicked".into()));
                    let _ = commands.send(Command::Respond {
                        agent,
                        id,
                        key,
                        name,
                        result,
                    });
                });
            }
            Event::Cancel { ctx, .. } => {
                let _ = ctx.cancel.send(true);
                self.end_writes(ctx.key);
            }
            Event::Chunk { sink, body } => drop(sink.send(body)),
            Event::Credit { ctx } => self.unpark(ctx.key),
            Event::RemoteEvent { remote, name, body } => {
                let key = (remote.0, name);
                if let Some(list) = self.listeners.get_mut(&key) {
                    list.retain(|tx| tx.send(body.clone()).is_ok());
                    if list.is_empty() {
                        self.listeners.remove(&key);
                        self.core.listen(&key.0, &key.1, false);
                    }
                }
            }
            Event::RemoteCreated((id, info)) => self.tell(Told::Created(id, info)),
            Event::RemoteDestroyed((id, info)) => {
                // Its streams of events end with it.
                self.listeners.retain(|(agent, _), _| *agent != id);
                self.tell(Told::Destroyed(id, info));
            }
            Event::Disconnected(e) => self.tell(Told::Disconnected(e.into())),
            Event::Reconnecting { attempt, delay } => {
                self.tell(Told::Reconnecting { attempt, delay })
            }
            Event::Reconnected { resumed } => self.tell(Told::Reconnected { resumed }),
            Event::Interest { local, name, heard } => {
                let core = &self.core;
                let is_heard = |agent: &str, name: &str| core.is_heard(agent, name);
                self.hearing
                    .changed(&local, name.as_deref(), heard, is_heard);
            }
            Event::Closed { .. } => {
                self.listeners.clear();
                self.hearing.clear();
                self.tell(Told::Closed);
                self.watchers.clear();
            }
            _ => {}
        }
    }
}

/// No core to set handlers in: for an answer refused before it reached one.
fn core_noop() -> Option<&'static mut Client<NativeHost>> {
    None
}

/// A `Failure` for a call the core refused at once.
fn failure(error: core::Error) -> Failure<Value> {
    Failure {
        error,
        body: None,
        call: None,
    }
}

/// Delivers an answer. A new agent's first handlers are set in `core`
/// before its creator hears of it.
fn settle<'a>(
    core: impl Into<Option<&'a mut Client<NativeHost>>>,
    reply: Settle,
    result: Result<Answer<NativeHost>, Failure<Value>>,
) {
    // (A receiver gone is a caller that gave up: nothing to tell.)
    let result = result.map_err(|f| Error::from(f.error));
    match reply {
        Settle::Connected(r) => drop(r.send(result.map(drop))),
        Settle::Destroyed(r) => drop(r.send(result.map(drop))),
        Settle::Agent(r, handlers) => {
            let agent = result.and_then(|a| match a {
                Answer::Agent(local) => Ok(local),
                _ => Err(unexpected()),
            });
            if let (Ok(local), Some(core)) = (&agent, core.into()) {
                let id = local.lock().unwrap().clone();
                for (name, handler) in handlers {
                    let _ = core.set_handler(&id, name, handler);
                }
            }
            drop(r.send(agent))
        }
        Settle::Agents(r) => drop(r.send(result.and_then(|a| match a {
            Answer::Agents(list) => Ok(list),
            _ => Err(unexpected()),
        }))),
        Settle::Body(r) => drop(r.send(result.and_then(|a| match a {
            Answer::Body(body) => Ok(body),
            _ => Err(unexpected()),
        }))),
    }
}

fn unexpected() -> Error {
    core::Error::Remote("an answer of another kind".into()).into()
}
