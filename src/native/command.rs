//! What the handles send the session's task (`Command`) and what it tells
//! them (`Told`), and what a handler is given (`Ctx`, whose writes are
//! commands too).

use super::error::{to_value, Error};
use super::hearing::Tell;
use futures_util::future::BoxFuture;
use serde::Serialize;
use serde_json::Value;
use std::sync::atomic::AtomicU32;
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, oneshot, watch};

/// Where one answer goes.
pub(super) type Reply<T> = oneshot::Sender<Result<T, Error>>;

/// A local agent's handler of one request name.
pub(super) type Handler =
    Arc<dyn Fn(Value, Ctx) -> BoxFuture<'static, Result<Value, String>> + Send + Sync>;

/// A local agent's id, shared with its `Agent` handles: a session that
/// comes back on a new place makes its agents again, with new ids.
pub(super) type Local = Arc<Mutex<String>>;

/// What the handles ask of the task.
pub(super) enum Command {
    /// With the handlers it has from the start, set before any request for
    /// it can be read.
    CreateAgent {
        info: Value,
        handlers: Vec<(String, Handler)>,
        reply: Reply<Local>,
    },
    DestroyAgent {
        id: String,
        reply: Reply<()>,
    },
    GetAgents {
        reply: Reply<Vec<(String, Value)>>,
    },
    /// A call to agent `to`; with a `sink`, asking for a streamed answer
    /// whose chunks go there.
    Send {
        to: String,
        name: String,
        body: Value,
        timeout: Option<u32>,
        reply: Reply<Value>,
        /// Where its number goes, for a cancel.
        number: oneshot::Sender<u64>,
        sink: Option<mpsc::UnboundedSender<Value>>,
    },
    Named {
        agent: String,
        method: String,
        params: Value,
        reply: Reply<Value>,
        number: oneshot::Sender<u64>,
    },
    /// The caller of stream `number` read `n` more chunks; `step` is set to
    /// how many more to read before granting again.
    Grant {
        number: u64,
        n: u32,
        step: Arc<AtomicU32>,
    },
    /// A handler writes a chunk of its answer to request `id` of `agent`
    /// (`key`: its ctx's); `reply` says whether it went (it waits for the
    /// caller's credit).
    Write {
        agent: String,
        id: String,
        key: u64,
        body: Value,
        reply: oneshot::Sender<bool>,
    },
    /// A call given up: where its number was sent (its command came
    /// before this one, so the number is there).
    Cancel {
        number: oneshot::Receiver<u64>,
    },
    Handle {
        agent: String,
        name: String,
        handler: Handler,
    },
    Emit {
        agent: String,
        name: String,
        body: Value,
    },
    /// A handler's answer to request `id` (raw JSON) of `agent`.
    Respond {
        agent: String,
        id: String,
        key: u64,
        name: String,
        result: Result<Value, String>,
    },
    Listen {
        agent: String,
        name: String,
        tx: mpsc::UnboundedSender<Value>,
    },
    /// A stream of events was dropped.
    Unlisten {
        agent: String,
        name: String,
    },
    /// Whether anyone in the session hears event `name` of `agent`.
    IsHeard {
        agent: String,
        name: String,
        reply: oneshot::Sender<bool>,
    },
    /// Who hears the events of `agent`, told to `tell` as it changes.
    Interest {
        agent: Local,
        tell: Tell,
    },
    /// What happens to the session, told to `tx` from now on.
    Watch {
        tx: mpsc::UnboundedSender<Told>,
    },
    Close,
}

/// What happens to a session, as the task tells its watchers.
#[derive(Clone, Debug)]
pub(super) enum Told {
    Created(String, Value),
    Destroyed(String, Value),
    Disconnected(Error),
    Reconnecting { attempt: u32, delay: u32 },
    Reconnected { resumed: bool },
    Closed,
}

/// What a handler is told of one request.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The request's name.
    pub name: String,
    /// Whether its caller gave it up (cancelled, timed out, gone): then
    /// nobody waits for the answer. (Only a relay that takes cancels says
    /// so; through another it stays false.)
    pub cancelled: watch::Receiver<bool>,
    pub(super) writer: Option<Writer>,
}

/// Where a handler's chunks go (its caller asked for a stream).
#[derive(Clone, Debug)]
pub(super) struct Writer {
    pub(super) commands: mpsc::UnboundedSender<Command>,
    pub(super) agent: String,
    pub(super) id: String,
    pub(super) key: u64,
}

impl Ctx {
    /// Whether the caller asked for a streamed answer (`RemoteAgent::stream`
    /// through a relay that streams).
    pub fn stream(&self) -> bool {
        self.writer.is_some()
    }

    /// Streams one chunk of the answer: true once it went within the
    /// caller's credit (it waits for credit), false when the call is over
    /// or its caller reads no chunks (then gather what you would have
    /// streamed into the answer).
    pub async fn write(&self, chunk: &impl Serialize) -> bool {
        let (Some(w), Ok(body)) = (&self.writer, to_value(chunk)) else {
            return false;
        };
        let (reply, went) = oneshot::channel();
        let write = Command::Write {
            agent: w.agent.clone(),
            id: w.id.clone(),
            key: w.key,
            body,
            reply,
        };
        w.commands.send(write).is_ok() && went.await.unwrap_or(false)
    }
}
