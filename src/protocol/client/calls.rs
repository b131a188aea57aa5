//! Calls: requests to agents and to the relay, with their ids, deadlines
//! and replies; named calls that wait for their agent; each settled
//! exactly once.

use super::*;
use crate::protocol::packet::{push_decimal, push_json_str, FrameWriter, SERVER};
use alloc::borrow::Cow;
use alloc::{borrow::ToOwned, string::String};

impl<H: Host> Client<H> {
    /// `reply`, if the session is open; refused with `Closed` otherwise.
    pub(super) fn open(&self, reply: H::Reply) -> Result<H::Reply, Refused<H::Reply>> {
        match self.phase {
            Phase::Open | Phase::Down => Ok(reply),
            _ => Err(Refused {
                reply,
                error: Error::Closed,
            }),
        }
    }

    /// Creates a local agent described by `info` (`{name, title}`).
    pub fn create_agent(
        &mut self,
        info: H::Body,
        reply: H::Reply,
    ) -> Result<(), Refused<H::Reply>> {
        let reply = Some(self.open(reply)?);
        let deadline = self.deadline(None);
        let body = Content::Body(info);
        self.request(
            SERVER,
            "createAgent",
            body,
            Op::CreateAgent,
            reply,
            deadline,
        );
        Ok(())
    }

    /// Destroys the local agent `id`.
    pub fn destroy_agent(&mut self, id: &str, reply: H::Reply) -> Result<(), Refused<H::Reply>> {
        let reply = self.open(reply)?;
        if self.phase == Phase::Down || self.rebuilding > 0 {
            // Its id is about to change: the relay no longer has it (or it
            // is being made again, and `rebuilt` destroys the new one).
            if let Some(local) = self.locals.remove(id) {
                self.end_serving_of(id);
                self.named.retain(|(named, _)| named != id);
                self.settle(reply, Ok(Answer::Destroyed(Some(local.handle))));
                if self.resume.is_some() && self.phase == Phase::Down {
                    // The relay keeps it for a resume: it is destroyed
                    // there once back (and answers for it meanwhile).
                    self.request_destroy(id, None, None);
                }
                return Ok(());
            }
        }
        let deadline = self.deadline(None);
        self.request_destroy(id, Some(reply), deadline);
        Ok(())
    }

    /// Asks the relay to destroy agent `id` (`reply`: `None` for the
    /// core's own asking).
    pub(super) fn request_destroy(
        &mut self,
        id: &str,
        reply: Option<H::Reply>,
        deadline: Option<(u64, u32)>,
    ) {
        let mut body = String::from("{\"id\":");
        push_json_str(&mut body, id);
        body.push('}');
        let (body, op) = (Content::Json(&body), Op::DestroyAgent);
        self.request(SERVER, "destroyAgent", body, op, reply, deadline);
    }

    /// Every agent of the session. (`getAgents`: 1.0.0 relays know no other name.)
    pub fn get_agents(&mut self, reply: H::Reply) -> Result<(), Refused<H::Reply>> {
        let reply = Some(self.open(reply)?);
        let deadline = self.deadline(None);
        self.request(
            SERVER,
            "getAgents",
            Content::Json("null"),
            Op::GetAgents,
            reply,
            deadline,
        );
        Ok(())
    }

    /// Sends request `name` to remote agent `to`; `timeout` (ms) overrides
    /// the session's. Returns the call's number, for `cancel`.
    pub fn send(
        &mut self,
        to: &str,
        name: &str,
        body: H::Body,
        timeout: Option<u32>,
        reply: H::Reply,
    ) -> Result<u64, Refused<H::Reply>> {
        self.call_agent(to, name, body, timeout, reply, None)
    }

    /// Sends request `name` to remote agent `to` asking for a streamed
    /// answer: its chunks go to `sink` (`Event::Chunk`), in order, and its
    /// final answer to `reply`. It grants `STREAM_WINDOW` chunks; `grant`
    /// gives more as they are read. Through a relay that did not agree to
    /// `streams`, or to an agent that takes none, it is an ordinary call:
    /// no chunks, the answer alone.
    pub fn stream(
        &mut self,
        to: &str,
        name: &str,
        body: H::Body,
        timeout: Option<u32>,
        reply: H::Reply,
        sink: H::Sink,
    ) -> Result<u64, Refused<H::Reply>> {
        self.call_agent(to, name, body, timeout, reply, Some(sink))
    }

    /// `send`, or with a `sink`, `stream`.
    fn call_agent(
        &mut self,
        to: &str,
        name: &str,
        body: H::Body,
        timeout: Option<u32>,
        reply: H::Reply,
        sink: Option<H::Sink>,
    ) -> Result<u64, Refused<H::Reply>> {
        let reply = self.open(reply)?;
        if self.phase == Phase::Open && !self.remotes.contains_key(to) {
            return Err(Refused {
                reply,
                error: Error::AgentDestroyed,
            });
        }
        let deadline = self.deadline(timeout);
        let number = self.number();
        let op = if sink.is_some() { Op::Stream } else { Op::Send };
        let (body, reply) = (Content::Body(body), Some(reply));
        self.request_as(number, to, name, body, op, reply, deadline);
        if let Some(call) = self.calls.get_mut(number) {
            call.sink = sink;
        }
        Ok(number)
    }

    /// The caller of streamed call `number` read `n` more chunks: the agent
    /// may send more, as many as keep the call's window ahead of its reader
    /// (`window`). Returns how many more reads to wait for before calling
    /// again (0: the call is over).
    pub fn grant(&mut self, number: u64, n: u32) -> u32 {
        let Some(call) = self
            .calls
            .get_mut(number)
            .filter(|c| c.sent && c.sink.is_some())
        else {
            return 0;
        };
        let (n, step) = call.window.read(n);
        let to = call.to.clone();
        if n > 0 && self.streams && self.sending() {
            let mut id = self.prefix.clone();
            push_decimal(&mut id, number);
            let mut count = String::new();
            push_decimal(&mut count, n as u64);
            let w = FrameWriter::new("credit").str("to", &to).str("id", &id);
            self.transmit(Frame {
                head: w.raw("n", &count).finish(),
                body: None,
                tail: Cow::Borrowed(""),
            });
        }
        step
    }

    /// A chunk of our streamed call `id` from agent `from`, of about `size`
    /// bytes, for its sink.
    pub(super) fn on_chunk(&mut self, from: &str, id: &str, body: H::Body, size: u32) {
        let Some(number) = id.strip_prefix(self.prefix.as_str()).and_then(decimal) else {
            return;
        };
        let Some(call) = self.calls.get_mut(number).filter(|c| c.to == from) else {
            return; // over already, or never ours
        };
        call.window.arrived(size);
        if let Some(sink) = call.sink.clone() {
            self.events.push(Event::Chunk { sink, body });
        }
    }

    /// The caller gives up call `number` (an `AbortSignal` fired): it is
    /// forgotten, and its agent told when the request went out to a relay
    /// that agreed to `cancel`. Returns where its result would have gone,
    /// for the caller to settle, or None when the call is over already
    /// (settled, or settling).
    pub fn cancel(&mut self, number: u64) -> Option<H::Reply> {
        if let Some(at) = self.waiting.iter().position(|w| w.number == number) {
            return Some(self.waiting.remove(at).reply);
        }
        self.calls.get_mut(number)?.reply.as_ref()?; // the core's own calls go on
        let call = self.calls.remove(number)?;
        if !call.sent {
            self.calls.unhold(number);
        } else {
            self.send_cancel(&call.to, number, false);
        }
        call.reply
    }

    /// Tells the relay that our sent call `number` to `to` is given up
    /// (`timed_out`: its timer ran out), if it takes cancels (else the call
    /// is only forgotten here).
    pub(super) fn send_cancel(&mut self, to: &str, number: u64, timed_out: bool) {
        if (self.cancels || self.streams) && self.sending() {
            let mut id = self.prefix.clone();
            push_decimal(&mut id, number);
            let mut head = FrameWriter::new("cancel").str("to", to).str("id", &id);
            if timed_out {
                head = head.str("error", crate::protocol::packet::TIMED_OUT);
            }
            self.transmit(Frame {
                head: head.finish(),
                body: None,
                tail: Cow::Borrowed(""),
            });
        }
    }

    /// The number of a new call.
    pub(super) fn number(&mut self) -> u64 {
        self.calls.number()
    }

    /// Sends request `method` with `params` to the session's agent named
    /// `agent` (the oldest, when several share the name), waiting for one
    /// to appear if there is none yet. The whole call, waiting included, is
    /// bounded by `timeout`, else the session's, else
    /// `NAMED_CALL_TIMEOUT_MS`.
    pub fn request_named(
        &mut self,
        agent: &str,
        method: &str,
        params: H::Body,
        timeout: Option<u32>,
        reply: H::Reply,
    ) -> Result<u64, Refused<H::Reply>> {
        let reply = self.open(reply)?;
        let number = self.number();
        let ms = timeout.or(self.timeout).unwrap_or(NAMED_CALL_TIMEOUT_MS);
        let deadline = (self.host.now() + ms as u64, ms);
        self.wake = earliest(self.wake, Some(deadline.0));
        self.waiting.push(Waiting {
            number,
            agent: agent.to_owned(),
            method: method.to_owned(),
            params,
            reply,
            deadline,
        });
        let up = self.phase == Phase::Open && self.rebuilding == 0;
        if up && self.directory == Directory::Partial && self.find_named(agent).is_none() {
            // Agents created before this client joined are known only to
            // the relay: ask it, once (the answer goes to `learn_list`).
            self.directory = Directory::Asked;
            let (body, op) = (Content::Json("null"), Op::Directory);
            self.request(SERVER, "getAgents", body, op, None, None);
        }
        self.send_waiting();
        Ok(number)
    }

    /// The oldest live agent named `name`.
    pub(super) fn find_named(&self, name: &str) -> Option<String> {
        let (id, _) = self.named.iter().find(|(_, n)| n == name)?;
        Some(id.clone())
    }

    /// Sends the waiting named calls whose agent is now known.
    pub(super) fn send_waiting(&mut self) {
        if self.phase != Phase::Open || self.rebuilding > 0 {
            return;
        }
        for w in core::mem::take(&mut self.waiting) {
            match self.find_named(&w.agent) {
                Some(id) => {
                    let (body, reply) = (Content::Body(w.params), Some(w.reply));
                    let (n, deadline) = (w.number, Some(w.deadline));
                    self.request_as(n, &id, &w.method, body, Op::Send, reply, deadline);
                }
                None => self.waiting.push(w),
            }
        }
    }

    /// The deadline of a call with `timeout` (ms), else the session's.
    pub(super) fn deadline(&self, timeout: Option<u32>) -> Option<(u64, u32)> {
        timeout
            .or(self.timeout)
            .map(|ms| (self.host.now() + ms as u64, ms))
    }

    /// Sends a request (the session is open) and keeps its call; `reply`
    /// is `None` for the core's own requests.
    pub(super) fn request(
        &mut self,
        to: &str,
        name: &str,
        body: Content<H::Body>,
        op: Op,
        reply: Option<H::Reply>,
        deadline: Option<(u64, u32)>,
    ) {
        let number = self.number();
        self.request_as(number, to, name, body, op, reply, deadline);
    }

    /// `request`, as call `number`. A relay that agreed to `cancel` is
    /// told the caller's deadline (what is left of it), and enforces it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn request_as(
        &mut self,
        number: u64,
        to: &str,
        name: &str,
        body: Content<H::Body>,
        op: Op,
        reply: Option<H::Reply>,
        deadline: Option<(u64, u32)>,
    ) {
        let mut id = self.prefix.clone();
        push_decimal(&mut id, number);
        let mut head = FrameWriter::new("request")
            .str("name", name)
            .str("to", to)
            .str("id", &id);
        if let Some((at, _)) =
            deadline.filter(|_| self.cancels && matches!(op, Op::Send | Op::Stream))
        {
            let mut left = String::new();
            push_decimal(&mut left, at.saturating_sub(self.host.now()).max(1));
            head = head.raw("timeout", &left);
        }
        if self.streams && op == Op::Stream {
            let mut window = String::new();
            push_decimal(&mut window, STREAM_WINDOW as u64);
            head = head.raw("stream", &window);
        }
        let mut head = head.open("body");
        let body = match body {
            Content::Body(b) => Some(b),
            Content::Json(json) => {
                head.push_str(json);
                None
            }
        };
        let frame = Frame {
            head,
            body,
            tail: Cow::Borrowed("}"),
        };
        // The user's calls wait while the session is down or coming back;
        // the core's own go at once (it makes them only when connected).
        let sent = self.phase == Phase::Open && (self.rebuilding == 0 || reply.is_none());
        if sent {
            self.transmit(frame);
        } else {
            self.calls.hold(number, frame);
        }
        self.wake = earliest(self.wake, deadline.map(|d| d.0));
        // In number order: a named call's number is older than its sending.
        self.calls.insert(Call {
            number,
            to: to.to_owned(),
            name: name.to_owned(),
            op,
            reply,
            sent,
            deadline,
            sink: None,
            window: Window::default(),
        });
    }

    pub(super) fn on_response(
        &mut self,
        from: &str,
        id: &str,
        body: H::Body,
        error: Option<String>,
    ) {
        let Some(number) = id.strip_prefix(self.prefix.as_str()).and_then(decimal) else {
            return;
        };
        if self.calls.get_mut(number).is_none_or(|c| c.to != from) {
            return; // timed out, never ours, or answered by another
        }
        let Some(call) = self.calls.remove(number) else {
            return;
        };
        if matches!(call.op, Op::Recreate | Op::Resync) {
            return self.rebuilt(call, error.is_none().then_some(body));
        }
        if let Some(text) = error {
            if call.op == Op::Directory {
                // Asked no more: `agentCreated` still counts.
                self.directory = Directory::Known;
            }
            return self.fail_call(call, Error::from_wire(text), Some(body));
        }
        let answer = match call.op {
            Op::Send | Op::Stream => Answer::Body(body),
            Op::CreateAgent => {
                let Some(id) = body.agent_id() else {
                    let error = Error::Remote("createAgent: no id in response".into());
                    return self.fail_call(call, error, Some(body));
                };
                let handle = self.host.local(&id, &body);
                let local = LocalAgent {
                    handle: handle.clone(),
                    info: self.host.sendable(&body),
                    handlers: SmallMap::default(),
                    any: None,
                    ears: Default::default(),
                };
                self.locals.insert(id, local);
                Answer::Agent(handle)
            }
            Op::DestroyAgent => {
                let id = body.agent_id();
                if let Some(id) = &id {
                    self.end_serving_of(id);
                }
                let local = id.and_then(|id| self.locals.remove(&id));
                Answer::Destroyed(local.map(|l| l.handle))
            }
            Op::GetAgents | Op::Directory => Answer::Agents(self.learn_list(&body)),
            Op::Recreate | Op::Resync | Op::Listen => return,
        };
        if let Some(reply) = call.reply {
            self.settle(reply, Ok(answer));
        }
    }

    pub(super) fn settle(&mut self, reply: H::Reply, result: Result<Answer<H>, Failure<H::Body>>) {
        self.events.push(Event::Settle { reply, result });
    }

    pub(super) fn fail(&mut self, reply: H::Reply, error: Error, body: Option<H::Body>) {
        let call = None;
        self.settle(reply, Err(Failure { error, body, call }));
    }

    /// A named call that never found its agent: it names it by its name.
    pub(super) fn fail_waiting(&mut self, w: Waiting<H>, error: Error) {
        let call = Some((w.method, w.agent));
        self.settle(
            w.reply,
            Err(Failure {
                error,
                body: None,
                call,
            }),
        );
    }

    pub(super) fn fail_call(&mut self, c: Call<H>, error: Error, body: Option<H::Body>) {
        let call = Some((c.name, c.to));
        if let Some(reply) = c.reply {
            self.settle(reply, Err(Failure { error, body, call }));
        }
    }
}
