//! ragents for Rust programs (feature `rust-client`): sessions, agents and
//! remote agents over tokio, run by the same sans-IO core as the browser
//! client (`protocol::client`). A task per session owns the core and its
//! socket (`task`); the handles here send it commands and await answers.
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
//! let md5: String = session.request("crypto", "md5", &"text").await?;
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

mod task;

use crate::protocol::client::{self as core, Backoff};
use futures_util::Stream;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use task::{Command, Handler};
use tokio::sync::{mpsc, oneshot, watch};

/// Where and how to connect.
#[derive(Clone, Debug)]
pub struct Config {
    url: String,
    key: Value,
    options: core::Options,
}

impl Config {
    /// A session of `key` at the relay at `url` (`ws://host:port`).
    pub fn new(url: impl Into<String>, key: impl Into<Value>) -> Config {
        Config {
            url: url.into(),
            key: key.into(),
            options: core::Options::default(),
        }
    }

    /// Bounds connecting and, by default, every request.
    pub fn timeout(mut self, timeout: Duration) -> Config {
        self.options.timeout = Some(ms(timeout));
        self
    }

    /// Comes back after a lost socket, with this backoff (resuming its
    /// place where the relay keeps it), instead of ending with it.
    pub fn reconnect(mut self, backoff: Backoff) -> Config {
        self.options.reconnect = Some(backoff);
        self
    }

    /// Asks the relay for a sign of life after this much silence; twice
    /// that with nothing, and the socket counts as dead.
    pub fn heartbeat(mut self, period: Duration) -> Config {
        self.options.heartbeat = Some(ms(period));
        self
    }
}

fn ms(d: Duration) -> u32 {
    d.as_millis().clamp(1, u32::MAX as u128) as u32
}

/// Why a call failed: the codes of the JavaScript client (`ERR_TIMEOUT`,
/// `ERR_REMOTE`, ...), and a message.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// The stable code to match on, as the JavaScript client's.
    pub code: &'static str,
    /// What happened, for people.
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Error {}

impl From<core::Error> for Error {
    fn from(e: core::Error) -> Error {
        Error {
            code: e.code(),
            message: e.message(),
        }
    }
}

impl Error {
    fn closed() -> Error {
        core::Error::Closed.into()
    }

    fn invalid(message: String) -> Error {
        core::Error::InvalidArg(message).into()
    }
}

fn to_value(body: &impl Serialize) -> Result<Value, Error> {
    serde_json::to_value(body)
        .map_err(|e| Error::invalid(format!("body cannot be sent as JSON: {e}")))
}

fn from_value<T: DeserializeOwned>(body: Value) -> Result<T, Error> {
    serde_json::from_value(body)
        .map_err(|e| Error::invalid(format!("the answer is not of the type asked for: {e}")))
}

/// A session: what creates agents, finds the session's agents and makes
/// named calls. Cheap to clone; the session ends with `close`, or when the
/// last clone of it and of its agents is dropped.
#[derive(Clone)]
pub struct Session {
    commands: mpsc::UnboundedSender<Command>,
    open: watch::Receiver<bool>,
}

impl Session {
    /// Connects, and joins the session.
    pub async fn connect(config: Config) -> Result<Session, Error> {
        let (commands, open, connected) = task::start(config);
        let session = Session { commands, open };
        connected.await.map_err(|_| Error::closed())??;
        Ok(session)
    }

    /// Whether the session is connected.
    pub fn is_open(&self) -> bool {
        *self.open.borrow()
    }

    fn send(&self, command: Command) -> Result<(), Error> {
        self.commands.send(command).map_err(|_| Error::closed())
    }

    async fn ask<T>(&self, command: impl FnOnce(task::Reply<T>) -> Command) -> Result<T, Error> {
        let (reply, answer) = oneshot::channel();
        self.send(command(reply))?;
        answer.await.map_err(|_| Error::closed())?
    }

    /// Creates an agent of this session, described by `info` (`{"name",
    /// "title"}`).
    pub async fn create_agent(&self, info: Value) -> Result<Agent, Error> {
        let id = self
            .ask(|reply| Command::CreateAgent { info, reply })
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
    /// the session's timeout, else 30 s).
    pub async fn request<T: DeserializeOwned>(
        &self,
        agent: &str,
        method: &str,
        params: &impl Serialize,
    ) -> Result<T, Error> {
        let (agent, method, params) = (agent.to_owned(), method.to_owned(), to_value(params)?);
        let body = self
            .ask(|reply| Command::Named {
                agent,
                method,
                params,
                reply,
            })
            .await?;
        from_value(body)
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
    id: String,
    session: Session,
}

/// What a handler is told of one request.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The request's name.
    pub name: String,
    /// Whether its caller gave it up (cancelled, timed out, gone): then
    /// nobody waits for the answer.
    pub cancelled: watch::Receiver<bool>,
}

impl Agent {
    /// Its id in the session.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Answers the requests named `name` with `handler`: its `Ok` body is
    /// the response, its `Err` text the error the caller gets
    /// (`ERR_REMOTE`).
    pub fn handle<F, Fut>(&self, name: &str, handler: F)
    where
        F: Fn(Value, Ctx) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Value, String>> + Send + 'static,
    {
        let handler: Handler = Arc::new(move |body, ctx| Box::pin(handler(body, ctx)));
        let (agent, name) = (self.id.clone(), name.to_owned());
        let _ = self.session.send(Command::Handle {
            agent,
            name,
            handler,
        });
    }

    /// Emits event `name` with `body` to the session (sent only if someone
    /// listens, where the relay says who does).
    pub fn emit(&self, name: &str, body: &impl Serialize) -> Result<(), Error> {
        let (agent, name, body) = (self.id.clone(), name.to_owned(), to_value(body)?);
        self.session.send(Command::Emit { agent, name, body })
    }

    /// Destroys the agent.
    pub async fn destroy(self) -> Result<(), Error> {
        let id = self.id.clone();
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
        let (reply, answer) = oneshot::channel();
        let (number, numbered) = oneshot::channel();
        self.session.send(Command::Send {
            to,
            name,
            body,
            timeout: timeout.map(ms),
            reply,
            number,
        })?;
        let call = Call {
            session: &self.session,
            number: numbered.await.ok(),
        };
        let body = answer.await.map_err(|_| Error::closed())??;
        call.done();
        from_value(body)
    }

    /// Its events named `name`, as they come (the relay is told that this
    /// client listens, for as long as the stream lives).
    pub fn events(&self, name: &str) -> Events {
        let (tx, rx) = mpsc::unbounded_channel();
        let (agent, name) = (self.id.clone(), name.to_owned());
        let _ = self.session.send(Command::Listen { agent, name, tx });
        Events { rx }
    }
}

/// A call out: dropped before its answer, it is given up.
struct Call<'a> {
    session: &'a Session,
    number: Option<u64>,
}

impl Call<'_> {
    fn done(mut self) {
        self.number = None;
    }
}

impl Drop for Call<'_> {
    fn drop(&mut self) {
        if let Some(number) = self.number {
            let _ = self.session.send(Command::Cancel { number });
        }
    }
}

/// A remote agent's events of one name: a `Stream` of their bodies, which
/// ends with the session.
pub struct Events {
    rx: mpsc::UnboundedReceiver<Value>,
}

impl Stream for Events {
    type Item = Value;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        self.rx.poll_recv(cx)
    }
}
