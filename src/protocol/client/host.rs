//! What the core and its driver share: the `Host` a driver implements
//! (its own types, a clock, the objects that stand for agents), the `Body`
//! the core reads of its bodies, and the frames and transport work the core
//! asks of it (`Frame`, `Io`).

use alloc::borrow::Cow;
#[cfg(any(not(target_arch = "wasm32"), feature = "rust-client"))]
use alloc::borrow::ToOwned;
use alloc::{string::String, vec::Vec};

/// What a driver keeps in the core: its own types for bodies, for where a
/// call's result goes, for handlers, and for the objects that stand for
/// agents (made once each, through `local` and `remote`).
pub trait Host {
    /// A body as the driver holds it (a JS value in the browser).
    type Body: Body;
    /// Where one call's result goes (a callback or a Promise's ends).
    type Reply;
    /// A local agent's handler of one request name.
    type Handler: Clone;
    /// The object for one of this client's agents.
    type Local: Clone;
    /// The object for an agent of the session, made once per agent id.
    type Remote: Clone;
    /// What a handler is given about one request (its `ctx`), which the
    /// core hands back in `Event::Cancel` when the request is given up.
    type Context: Clone;
    /// Where the chunks of one streamed call go.
    type Sink: Clone;
    fn local(&mut self, id: &str, info: &Self::Body) -> Self::Local;
    fn remote(&mut self, id: &str, info: &Self::Body) -> Self::Remote;
    /// A new `ctx` for `request` (its body as the core was given it) to a
    /// local agent; `stream`: its caller asked for a streamed answer.
    fn context(&mut self, request: &Self::Body, stream: bool) -> Self::Context;
    /// The time in ms on a clock that never steps back. Read only when a
    /// deadline is set (a clock can cost more than the rest of a call).
    fn now(&self) -> u64;
    /// A number in [0, 1), for the jitter of reconnection delays.
    fn random(&mut self) -> f64;
    /// A local agent made again after a reconnect got a new `id` and `info`.
    fn rebind(&mut self, local: &Self::Local, id: &str, info: &Self::Body);
    /// A body received, made fit to send (the browser sends JSON text, and
    /// receives parsed values).
    fn sendable(&self, body: &Self::Body) -> Self::Body {
        body.clone()
    }
}

/// What the core reads in a body: agent infos and lists of them.
pub trait Body: Sized + Clone {
    /// The `id` field, when the body is an object whose `id` is a string.
    fn agent_id(&self) -> Option<String>;
    /// The `name` field, when the body is an object whose `name` is a string.
    fn agent_name(&self) -> Option<String>;
    /// The elements, when the body is an array.
    fn items(&self) -> Vec<Self>;
    /// The field `key`, when the body is an object and it is a string.
    fn text(&self, key: &str) -> Option<String>;
    /// The field `key`, when the body is an object and it is a whole
    /// number from 0 to 2^53.
    fn count(&self, key: &str) -> Option<u64>;
    /// The field `key`, when the body is an object and it is a boolean.
    fn boolean(&self, key: &str) -> Option<bool>;
    /// Whether the field `key` is `true` (the body being an object).
    fn flag(&self, key: &str) -> bool {
        self.boolean(key) == Some(true)
    }
}

/// One frame to send: `head`, then the body's JSON (when there is one),
/// then `tail`. The driver writes the body, so bodies never pass through
/// the core as text.
#[derive(Debug, Clone)]
pub struct Frame<B> {
    pub head: String,
    pub body: Option<B>,
    pub tail: Cow<'static, str>,
}

/// What the driver must do with its transport.
#[derive(Debug)]
pub enum Io<B> {
    Send(Frame<B>),
    /// Close the transport (the session may go on: `Event::Closed` ends it).
    Close,
    /// Close the transport, given up for dead, as one the session resumes
    /// (`CLOSE_RESUME`: the relay keeps its place as for a lost socket).
    Abandon,
    /// Open a new transport: reconnecting.
    Open,
    /// Send `{"type":"ack","n":N}` (`resume::ack_packet`): not urgent, it
    /// may wait to leave with the next packets (resuming).
    Ack(u64),
}

/// Native drivers, the Rust client in the browser, and the tests hold
/// bodies as `serde_json` values.
#[cfg(any(not(target_arch = "wasm32"), feature = "rust-client"))]
impl Body for serde_json::Value {
    fn agent_id(&self) -> Option<String> {
        self.get("id")?.as_str().map(str::to_owned)
    }

    fn agent_name(&self) -> Option<String> {
        self.get("name")?.as_str().map(str::to_owned)
    }

    fn items(&self) -> Vec<Self> {
        self.as_array().cloned().unwrap_or_default()
    }

    fn text(&self, key: &str) -> Option<String> {
        self.get(key)?.as_str().map(str::to_owned)
    }

    fn count(&self, key: &str) -> Option<u64> {
        self.get(key)?.as_u64()
    }

    fn boolean(&self, key: &str) -> Option<bool> {
        self.get(key)?.as_bool()
    }
}
