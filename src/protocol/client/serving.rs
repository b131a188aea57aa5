//! The requests this client's agents are answering, while a relay that
//! agreed to `cancel` may give them up: each with the `ctx` its handler
//! was given, and the caller's deadline. A request leaves when it is
//! answered, when the relay cancels it, when its deadline passes, or when
//! the session can no longer answer it; the last three abort its `ctx`
//! (`Event::Cancel`), exactly once. The `Client`'s part: the list itself
//! is `answering`'s.

use super::answering::Answering;
use super::*;

impl<H: Host> Client<H> {
    /// A `ctx` for request `id` to local agent `agent`, kept while the
    /// relay may give the request up (it agreed to `cancel`) or it is a
    /// stream (`stream`: the caller's credit).
    pub(super) fn serve(
        &mut self,
        (agent, id, request): (&str, &str, &H::Body),
        timeout: Option<u32>,
        stream: Option<u32>,
    ) -> H::Context {
        let ctx = self.host.context(request, stream.is_some());
        if self.cancels || stream.is_some() {
            let deadline = timeout.map(|ms| (self.host.now() + ms as u64, ms));
            self.wake = earliest(self.wake, deadline.map(|d| d.0));
            self.serving.add(Answering {
                agent: agent.into(),
                id: id.into(),
                deadline,
                credit: stream,
                ctx: ctx.clone(),
            });
        }
        ctx
    }

    /// Request `id` to `agent` is answered: nothing more to tell its
    /// handler. False when it was not being served (given up, answered, or
    /// kept by no rule: a relay without cancels, and no stream).
    pub(super) fn served(&mut self, agent: &str, id: &str) -> bool {
        self.serving.remove(agent, id).is_some()
    }

    /// A handler of request `id` (raw JSON) to `agent` writes a chunk of
    /// its answer: sent if the caller grants one more.
    pub fn write(&mut self, agent: &str, id: &str, body: H::Body) -> Write {
        if !self.sending() {
            return Write::Over;
        }
        let Some(s) = self.serving.get_mut(agent, id) else {
            return Write::Over;
        };
        match &mut s.credit {
            None => Write::Over,
            Some(0) => Write::Wait,
            Some(n) => {
                *n -= 1;
                let head = crate::protocol::packet::FrameWriter::new("chunk")
                    .str("from", agent)
                    .raw("id", id)
                    .open("body");
                let tail = alloc::borrow::Cow::Borrowed("}");
                self.transmit(Frame {
                    head,
                    body: Some(body),
                    tail,
                });
                Write::Sent
            }
        }
    }

    /// The caller of stream `id` to `agent` grants `n` more chunks.
    pub(super) fn on_credit(&mut self, agent: &str, id: &str, n: u32) {
        let Some(s) = self.serving.get_mut(agent, id) else {
            return;
        };
        if let Some(credit) = &mut s.credit {
            *credit = credit.saturating_add(n);
            let ctx = s.ctx.clone();
            self.events.push(Event::Credit { ctx });
        }
    }

    /// The relay gave up request `id` to `agent`, for `error`.
    pub(super) fn on_cancel(&mut self, agent: &str, id: &str, error: Option<String>) {
        let Some(s) = self.serving.remove(agent, id) else {
            return; // answered already, or never ours
        };
        let why = match error.as_deref() {
            Some(crate::protocol::packet::TIMED_OUT) => {
                Error::Timeout(s.deadline.map_or(0, |d| d.1))
            }
            _ => Error::Cancelled(error.unwrap_or_else(|| "cancelled".into())),
        };
        self.events.push(Event::Cancel { ctx: s.ctx, why });
    }

    /// Requests whose caller's deadline is at or before `now` are given
    /// up; returns the next deadline of those left.
    pub(super) fn serving_due(&mut self, now: u64) -> Option<u64> {
        let events = &mut self.events;
        self.serving.due(now, |s| {
            let why = Error::Timeout(s.deadline.map_or(0, |d| d.1));
            events.push(Event::Cancel { ctx: s.ctx, why });
        })
    }

    /// Local agent `agent` is destroyed: the requests it was answering
    /// can be answered no more.
    pub(super) fn end_serving_of(&mut self, agent: &str) {
        let events = &mut self.events;
        self.serving.remove_of(agent, |s| {
            let why = Error::AgentDestroyed;
            events.push(Event::Cancel { ctx: s.ctx, why });
        });
    }

    /// The session can answer none of them (closed, or its place at the
    /// relay is gone): every one is given up, for `why`.
    pub(super) fn end_serving(&mut self, why: Error) {
        for s in self.serving.take_all() {
            let why = why.clone();
            self.events.push(Event::Cancel { ctx: s.ctx, why });
        }
    }
}
