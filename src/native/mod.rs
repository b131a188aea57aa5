//! ragents for Rust programs (feature `rust-client`): sessions, agents and
//! remote agents, natively over tokio and in the browser over the page's
//! WebSocket (`io`: `tokio_io` or `web_io`), run by the same sans-IO core
//! as the script's client (`protocol::client`). A task per session owns
//! the core and its socket (`task`); the handles here send it commands and
//! await answers.
//!
//! ```no_run
//! # async fn run() -> Result<(), ragents::Error> {
//! use ragents::{Config, Session};
//! use serde_json::{json, Value};
//!
//! let session = Session::connect(Config::new("ws://localhost:9000", "sample")).await?;
//! let agent = session.create_agent(json!({"name": "echoer"})).await?;
//! agent.handle("echo", |body: Value, _ctx| async move { Ok(body) });
//! agent.emit("echoed", &json!({"a": 1}))?;
//!
//! let echoer = session.remote_agents().await?.into_iter()
//!     .find(|r| r.name() == Some("echoer")).unwrap();
//! let answer: Value = echoer.send("echo", &json!({"a": 1})).await?;
//! let mut echoed = echoer.events("echoed"); // a Stream of bodies
//! let md5: String = session.request("crypto", "md5", &"text").await?; // named calls
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

mod command;
mod config;
mod error;
mod hearing;
#[cfg(not(target_arch = "wasm32"))]
#[path = "tokio_io.rs"]
mod io;
#[cfg(target_arch = "wasm32")]
#[path = "web_io.rs"]
mod io;
mod task;

use crate::protocol::client as core;
pub use command::Ctx;
use command::{Command, Handler, Local, Reply, Told};
use config::ms;
pub use config::Config;
pub use error::Error;
use error::{from_value, to_value};
use futures_util::Stream;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};

/// A session: what creates agents, finds the session's agents and makes
/// named calls. Cheap to clone; the session ends with `close`, or when the
/// last clone of it and of its agents, remote agents and event streams is
/// dropped (a handler that holds one keeps it).
#[derive(Clone)]
pub struct Session {
    commands: mpsc::UnboundedSender<Command>,
    open: watch::Receiver<bool>,
}

impl Session {
    /// Connects, and joins the session (within the config's timeout, else
    /// 30 s).
    pub async fn connect(config: Config) -> Result<Session, Error> {
        let bound = Duration::from_millis(config.options.timeout.unwrap_or(30_000) as u64);
        let (commands, open, connected) = task::start(config);
        let session = Session { commands, open };
        let waited = io::within(bound + Duration::from_secs(1), connected).await;
        let Some(connected) = waited else {
            session.close();
            return Err(core::Error::Connect("no answer from the relay".into()).into());
        };
        connected.map_err(|_| Error::closed())??;
        Ok(session)
    }

    /// Once the session is over (closed, or lost for good).
    pub async fn closed(&self) {
        let _ = self.open.clone().wait_for(|open| !open).await;
    }

    /// Whether the session is connected.
    pub fn is_open(&self) -> bool {
        *self.open.borrow()
    }

    fn send(&self, command: Command) -> Result<(), Error> {
        self.commands.send(command).map_err(|_| Error::closed())
    }

    async fn ask<T>(&self, command: impl FnOnce(Reply<T>) -> Command) -> Result<T, Error> {
        let (reply, answer) = oneshot::channel();
        self.send(command(reply))?;
        answer.await.map_err(|_| Error::closed())?
    }

    /// Creates an agent of this session, described by `info` (`{"name",
    /// "title"}`). Handlers given later (`Agent::handle`) may miss a
    /// request that comes at once, such as a named call that waited for
    /// it: `create_agent_with` gives them from the start.
    pub async fn create_agent(&self, info: Value) -> Result<Agent, Error> {
        self.create_agent_with(info, Handlers::new()).await
    }

    /// Creates an agent with its handlers, there before any request for it.
    pub async fn create_agent_with(&self, info: Value, handlers: Handlers) -> Result<Agent, Error> {
        let handlers = handlers.0;
        let id = self
            .ask(|reply| Command::CreateAgent {
                info,
                handlers,
                reply,
            })
            .await?;
        Ok(Agent {
            id,
            session: self.clone(),
        })
    }

    /// Every agent of the session, its own included.
    pub async fn remote_agents(&self) -> Result<Vec<RemoteAgent>, Error> {
        let list = self.ask(|reply| Command::GetAgents { reply }).await?;
        Ok(list
            .into_iter()
            .map(|(id, info)| RemoteAgent {
                id,
                info,
                session: self.clone(),
            })
            .collect())
    }

    /// Calls `method` of the session's agent named `agent` with `params`,
    /// waiting for such an agent to appear if there is none yet (bounded by
    /// the session's timeout, else 30 s). Dropping the future gives the
    /// call up.
    pub async fn request<T: DeserializeOwned>(
        &self,
        agent: &str,
        method: &str,
        params: &impl Serialize,
    ) -> Result<T, Error> {
        let (agent, method, params) = (agent.to_owned(), method.to_owned(), to_value(params)?);
        let body = self
            .call(|reply, number| Command::Named {
                agent,
                method,
                params,
                reply,
                number,
            })
            .await?;
        from_value(body)
    }

    /// Sends the call `command` makes, and awaits its answer; dropped
    /// before it, the call is given up.
    async fn call(
        &self,
        command: impl FnOnce(Reply<Value>, oneshot::Sender<u64>) -> Command,
    ) -> Result<Value, Error> {
        let (reply, answer) = oneshot::channel();
        let (number, numbered) = oneshot::channel();
        self.send(command(reply, number))?;
        let call = Call::new(self, numbered);
        let body = answer.await.map_err(|_| Error::closed())??;
        call.done();
        Ok(body)
    }

    /// What happens to the session from now on, as it happens: agents that
    /// come and go, the socket lost and found again, the end.
    pub fn watch(&self) -> Watch {
        let (tx, rx) = mpsc::unbounded_channel();
        let _ = self.send(Command::Watch { tx });
        Watch {
            rx,
            commands: self.commands.downgrade(),
            open: self.open.clone(),
        }
    }

    /// Closes the session: its calls fail with `ERR_CLOSED`, its agents go.
    pub fn close(&self) {
        let _ = self.send(Command::Close);
    }
}

/// One of this session's agents: it answers named requests and emits
/// events.
#[derive(Clone)]
pub struct Agent {
    id: Local,
    session: Session,
}

/// Handlers an agent has from its creation (`Session::create_agent_with`).
#[derive(Default)]
pub struct Handlers(Vec<(String, Handler)>);

impl Handlers {
    /// None yet.
    pub fn new() -> Handlers {
        Handlers::default()
    }

    /// With `handler` for the requests named `name` (as `Agent::handle`).
    pub fn on<F, Fut>(mut self, name: &str, handler: F) -> Handlers
    where
        F: Fn(Value, Ctx) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Value, String>> + Send + 'static,
    {
        self.0.push((name.to_owned(), boxed(handler)));
        self
    }
}

fn boxed<F, Fut>(handler: F) -> Handler
where
    F: Fn(Value, Ctx) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Value, String>> + Send + 'static,
{
    Arc::new(move |body, ctx| Box::pin(handler(body, ctx)))
}

impl Agent {
    /// Its id in the session (a session that comes back on a new place
    /// makes its agents again, with new ids).
    pub fn id(&self) -> String {
        self.id.lock().unwrap().clone()
    }

    /// Answers the requests named `name` with `handler`: its `Ok` body is
    /// the response, its `Err` text the error the caller gets
    /// (`ERR_REMOTE`), and so is a panic in it.
    pub fn handle<F, Fut>(&self, name: &str, handler: F)
    where
        F: Fn(Value, Ctx) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Value, String>> + Send + 'static,
    {
        let (agent, name, handler) = (self.id(), name.to_owned(), boxed(handler));
        let _ = self.session.send(Command::Handle {
            agent,
            name,
            handler,
        });
    }

    /// Emits event `name` with `body` to the session (sent only if someone
    /// listens, where the relay says who does).
    pub fn emit(&self, name: &str, body: &impl Serialize) -> Result<(), Error> {
        let (agent, name, body) = (self.id(), name.to_owned(), to_value(body)?);
        self.session.send(Command::Emit { agent, name, body })
    }

    /// Whether anyone in the session listens to its event `name`: an
    /// `emit` of it that nobody hears sends nothing. (Always true through a
    /// relay that does not say who listens, as the 1.0.0 relay.)
    pub async fn is_heard(&self, name: &str) -> Result<bool, Error> {
        let (agent, name) = (self.id(), name.to_owned());
        let (reply, heard) = oneshot::channel();
        self.session.send(Command::IsHeard { agent, name, reply })?;
        heard.await.map_err(|_| Error::closed())
    }

    /// Who hears its events, as it changes: `(name, heard)` each time one
    /// of its event names becomes heard by someone in the session, or by
    /// nobody any more (as `agent.onInterest` in a page). The names told
    /// are those it emitted, asked `is_heard` about, or was told of, up to
    /// 256. Through a relay that does not say who listens (the 1.0.0
    /// relay), every name is heard and nothing changes. The stream ends
    /// when the agent is destroyed or the session closes.
    pub fn interest(&self) -> Interest {
        let (tell, rx) = mpsc::unbounded_channel();
        let agent = self.id.clone();
        let _ = self.session.send(Command::Interest { agent, tell });
        Interest { rx }
    }

    /// Destroys the agent.
    pub async fn destroy(self) -> Result<(), Error> {
        let id = self.id();
        self.session
            .ask(|reply| Command::DestroyAgent { id, reply })
            .await
    }
}

/// An agent of the session, as another client sees it.
#[derive(Clone)]
pub struct RemoteAgent {
    id: String,
    info: Value,
    session: Session,
}

impl std::fmt::Debug for RemoteAgent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteAgent")
            .field("id", &self.id)
            .field("info", &self.info)
            .finish()
    }
}

impl RemoteAgent {
    /// Its id in the session.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its name, if it has one.
    pub fn name(&self) -> Option<&str> {
        self.info.get("name")?.as_str()
    }

    /// What its creator said of it (`{"id", "name", "title"}`).
    pub fn info(&self) -> &Value {
        &self.info
    }

    /// Sends it request `name` with `body`, and awaits its answer. Dropping
    /// the future gives the call up (the agent is told, where the relay
    /// takes cancels).
    pub async fn send<T: DeserializeOwned>(
        &self,
        name: &str,
        body: &impl Serialize,
    ) -> Result<T, Error> {
        self.send_within(name, body, None).await
    }

    /// `send`, bounded by `timeout` (`ERR_TIMEOUT`), the deadline going to
    /// the agent too.
    pub async fn send_within<T: DeserializeOwned>(
        &self,
        name: &str,
        body: &impl Serialize,
        timeout: Option<Duration>,
    ) -> Result<T, Error> {
        let (to, name, body) = (self.id.clone(), name.to_owned(), to_value(body)?);
        let body = self
            .session
            .call(|reply, number| Command::Send {
                to,
                name,
                body,
                timeout: timeout.map(ms),
                reply,
                number,
                sink: None,
            })
            .await?;
        from_value(body)
    }

    /// Sends it request `name` with `body`, asking for a streamed answer:
    /// its chunks, in order, as they are read (credit is granted as they
    /// are: an agent runs only as far ahead as the window allows), then its
    /// final answer (`Chunks::result`). An agent that does not stream, or a
    /// relay that does not, gives the answer alone. Dropped before its
    /// answer, the call is given up.
    pub fn stream(&self, name: &str, body: &impl Serialize) -> Result<Chunks, Error> {
        self.stream_within(name, body, None)
    }

    /// `stream`, the whole call (chunks and answer) bounded by `timeout`
    /// instead of the session's (`ERR_TIMEOUT`), the deadline going to the
    /// agent too.
    pub fn stream_within(
        &self,
        name: &str,
        body: &impl Serialize,
        timeout: Option<Duration>,
    ) -> Result<Chunks, Error> {
        let (to, name, body) = (self.id.clone(), name.to_owned(), to_value(body)?);
        let (reply, answer) = oneshot::channel();
        let (number, numbered) = oneshot::channel();
        let (sink, chunks) = mpsc::unbounded_channel();
        self.session.send(Command::Send {
            to,
            name,
            body,
            timeout: timeout.map(ms),
            reply,
            number,
            sink: Some(sink),
        })?;
        Ok(Chunks {
            chunks,
            answer: Some(answer),
            session: self.session.clone(),
            numbered: Some(numbered),
            number: None,
            answered: false,
            read: 0,
            step: Arc::new(AtomicU32::new(core::STREAM_WINDOW / 2)),
        })
    }

    /// Its events named `name`, as they come (the relay is told that this
    /// client listens, for as long as the stream lives).
    pub fn events(&self, name: &str) -> Events {
        let (tx, rx) = mpsc::unbounded_channel();
        let (agent, name) = (self.id.clone(), name.to_owned());
        let listen = Command::Listen {
            agent: agent.clone(),
            name: name.clone(),
            tx,
        };
        let _ = self.session.send(listen);
        Events {
            rx,
            session: self.session.clone(),
            agent,
            name,
        }
    }
}

/// A streamed answer: a `Stream` of its chunks, then `result`.
pub struct Chunks {
    chunks: mpsc::UnboundedReceiver<Value>,
    answer: Option<oneshot::Receiver<Result<Value, Error>>>,
    session: Session,
    /// Where the task sends the call's number, until it is known.
    numbered: Option<oneshot::Receiver<u64>>,
    number: Option<u64>,
    answered: bool,
    /// Chunks read since the last grant, and how many to read before the
    /// next (as the core says).
    read: u32,
    step: Arc<AtomicU32>,
}

impl Chunks {
    /// The final answer. Chunks not read yet are read and thrown away
    /// meanwhile (granting credit as they go, so that the agent can finish).
    pub async fn result<T: DeserializeOwned>(mut self) -> Result<T, Error> {
        let Some(mut answer) = self.answer.take() else {
            return Err(Error::closed());
        };
        let mut chunks_over = false;
        let body = loop {
            tokio::select! {
                body = &mut answer => break body.map_err(|_| Error::closed()),
                chunk = futures_util::StreamExt::next(&mut self), if !chunks_over => {
                    chunks_over = chunk.is_none();
                }
            }
        };
        self.answered = true; // (dropped before this, the call is given up)
        from_value(body??)
    }

    fn number(&mut self) -> Option<u64> {
        if self.number.is_none() {
            self.number = self.numbered.as_mut()?.try_recv().ok();
        }
        self.number
    }
}

impl Stream for Chunks {
    type Item = Value;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        let chunk = std::task::ready!(self.chunks.poll_recv(cx));
        if chunk.is_some() {
            self.read += 1;
            if self.read >= self.step.load(Relaxed) {
                if let Some(number) = self.number() {
                    let (n, step) = (std::mem::take(&mut self.read), self.step.clone());
                    let _ = self.session.send(Command::Grant { number, n, step });
                }
            }
        }
        Poll::Ready(chunk)
    }
}

impl Drop for Chunks {
    fn drop(&mut self) {
        // Given up unless its answer came.
        let answered =
            self.answered || (self.answer.as_mut()).is_some_and(|answer| answer.try_recv().is_ok());
        if answered {
            return;
        }
        let number = match (self.number, self.numbered.take()) {
            (Some(n), _) => {
                let (tx, rx) = oneshot::channel();
                let _ = tx.send(n);
                rx
            }
            (None, Some(numbered)) => numbered,
            (None, None) => return,
        };
        let _ = self.session.send(Command::Cancel { number });
    }
}

/// A call out: dropped before its answer, it is given up.
struct Call<'a> {
    session: &'a Session,
    /// Where the task sends its number (none once answered).
    number: Option<oneshot::Receiver<u64>>,
}

impl<'a> Call<'a> {
    fn new(session: &'a Session, number: oneshot::Receiver<u64>) -> Call<'a> {
        Call {
            session,
            number: Some(number),
        }
    }

    fn done(mut self) {
        self.number = None;
    }
}

impl Drop for Call<'_> {
    fn drop(&mut self) {
        if let Some(number) = self.number.take() {
            let _ = self.session.send(Command::Cancel { number });
        }
    }
}

/// A remote agent's events of one name: a `Stream` of their bodies, which
/// ends with the session or with the agent. Dropped, the relay is told that
/// this client listens no more (unless another such stream lives).
pub struct Events {
    rx: mpsc::UnboundedReceiver<Value>,
    session: Session,
    agent: String,
    name: String,
}

impl Stream for Events {
    type Item = Value;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        self.rx.poll_recv(cx)
    }
}

impl Drop for Events {
    fn drop(&mut self) {
        self.rx.close();
        let (agent, name) = (self.agent.clone(), self.name.clone());
        let _ = self.session.send(Command::Unlisten { agent, name });
    }
}

/// Who hears an agent's events (`Agent::interest`): a `Stream` of
/// `(name, heard)`.
pub struct Interest {
    rx: mpsc::UnboundedReceiver<(String, bool)>,
}

impl Stream for Interest {
    type Item = (String, bool);

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_recv(cx)
    }
}

/// Something that happened to a session (`Session::watch`).
#[derive(Debug)]
pub enum SessionEvent {
    /// An agent joined the session.
    AgentCreated(RemoteAgent),
    /// An agent left it.
    AgentDestroyed(RemoteAgent),
    /// The socket was lost, and the session is coming back (`Config::reconnect`).
    Disconnected(Error),
    /// Its next attempt, after `delay` ms.
    Reconnecting {
        /// 1 for the first.
        attempt: u32,
        /// ms.
        delay: u32,
    },
    /// Back: `resumed` when the relay kept its place (nothing was lost).
    Reconnected {
        /// The relay kept its place.
        resumed: bool,
    },
    /// The session is over; nothing follows.
    Closed,
}

/// A session's events: a `Stream` that ends with the session (it does not
/// keep the session alive).
pub struct Watch {
    rx: mpsc::UnboundedReceiver<Told>,
    commands: mpsc::WeakUnboundedSender<Command>,
    open: watch::Receiver<bool>,
}

impl Stream for Watch {
    type Item = SessionEvent;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<SessionEvent>> {
        let told = std::task::ready!(self.rx.poll_recv(cx));
        // (No handle left: the session is ending, and so is this.)
        let Some(commands) = self.commands.upgrade() else {
            return Poll::Ready(None);
        };
        let session = Session {
            commands,
            open: self.open.clone(),
        };
        let agent = |id, info| RemoteAgent {
            id,
            info,
            session: session.clone(),
        };
        Poll::Ready(told.map(|told| match told {
            Told::Created(id, info) => SessionEvent::AgentCreated(agent(id, info)),
            Told::Destroyed(id, info) => SessionEvent::AgentDestroyed(agent(id, info)),
            Told::Disconnected(e) => SessionEvent::Disconnected(e),
            Told::Reconnecting { attempt, delay } => SessionEvent::Reconnecting { attempt, delay },
            Told::Reconnected { resumed } => SessionEvent::Reconnected { resumed },
            Told::Closed => SessionEvent::Closed,
        }))
    }
}
