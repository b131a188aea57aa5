//! The client's link to the relay: connecting, the connection's phases,
//! the heartbeat, reconnecting with backoff, resuming a place the relay
//! kept (or rebuilding the agents on a new one), what each packet from the
//! relay is, and the end.

use super::*;
use crate::protocol::packet::{push_decimal, push_json_str, SERVER};
use crate::protocol::resume::Replay;
use alloc::borrow::Cow;
use alloc::{borrow::ToOwned, string::String, vec::Vec};

impl<H: Host> Client<H> {
    /// The transport is open: the connect request goes out.
    pub fn transport_open(&mut self) {
        if self.phase != Phase::Connecting && self.phase != Phase::Down {
            return;
        }
        // Id "0": the 1.0.0 relay answers no other. `batch`: the driver may
        // carry several packets per frame if the relay agrees (the 1.0.0
        // relay reads only the key, and never agrees).
        // `resume`: a session that reconnects asks the relay to keep its
        // place when the socket is lost, or takes it back (the 1.0.0 relay
        // reads only the key, and never offers it).
        let mut head = String::from(
            r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"#,
        );
        head += &self.key;
        // `cancel`: calls can be given up at their agents, and deadlines
        // travel with requests (the 1.0.0 relay never agrees).
        // `streams`: calls may be answered in chunks, under our credit.
        // `interest`: the relay sends only the events we listen to.
        head += r#","batch":true,"cancel":true,"streams":true,"interest":true"#;
        match &self.resume {
            Some(r) => {
                head += r#","resume":"#;
                push_json_str(&mut head, &r.token);
                head += r#","acked":"#;
                push_decimal(&mut head, r.replay.received_count());
            }
            None if self.reconnect.is_some() => head += r#","resume":true"#,
            None => {}
        }
        self.io.push(Io::Send(Frame {
            head: head + "}",
            body: None,
            tail: Cow::Borrowed("}"),
        }));
    }

    /// Whether the session's packets can go: it is open, or down with a
    /// place the relay keeps (`transmit` keeps them for the resume).
    pub(super) fn sending(&self) -> bool {
        self.phase == Phase::Open || (self.phase == Phase::Down && self.resume.is_some())
    }

    /// Sends a packet of the session: numbered and kept until acknowledged
    /// when the place is resumable. While down, it is only kept: a resume
    /// sends it, and without one it is lost with the place it was for.
    pub(super) fn transmit(&mut self, frame: Frame<H::Body>) {
        if let Some(r) = &mut self.resume {
            // An ack that is due rides along (in the same batch).
            if let Some(n) = r.replay.ack_due().filter(|_| self.phase == Phase::Open) {
                self.io.push(Io::Ack(n));
            }
            let size = frame.head.len() + frame.tail.len();
            if !r.replay.sent(frame.clone(), size) {
                self.resume = None; // past the bound: no resuming this place
            }
        }
        if self.phase == Phase::Open {
            self.io.push(Io::Send(frame));
        }
    }

    /// The transport reported an error (a close follows).
    pub fn transport_error(&mut self) {
        if self.phase == Phase::Open {
            self.events.push(Event::TransportError);
        }
    }

    /// The transport closed, for `reason`: the session reconnects if it
    /// was open (or coming back) and may, and ends otherwise.
    pub fn transport_closed(&mut self, reason: String) {
        match self.phase {
            Phase::Open | Phase::Down if self.reconnect.is_some() => {
                self.lost(Error::Connect(reason))
            }
            _ => self.teardown(Error::Connect(reason)),
        }
    }

    /// Something arrived on the transport (the heartbeat's sign of life).
    pub fn heard(&mut self) {
        if self.heartbeat.is_some() {
            self.last_heard = self.host.now();
            self.pinged = None;
        }
    }

    /// Down and waiting: try now (the browser says it is online again).
    pub fn retry_now(&mut self) {
        if self.phase == Phase::Down && self.retry_at.is_some() {
            self.retry_at = Some(0);
            self.wake = Some(0);
        }
    }

    /// The socket is lost: in-flight calls fail with `Disconnected`, and
    /// the next attempt is scheduled (or the session ends, retries spent).
    pub(super) fn lost(&mut self, why: Error) {
        if self.phase == Phase::Open {
            self.io.clear();
            // A place the relay keeps may still answer them.
            if self.resume.is_none() {
                self.fail_in_flight();
            }
            self.directory = Directory::Partial;
            self.events.push(Event::Disconnected(why.clone()));
        }
        self.phase = Phase::Down;
        if self.resume.is_none() {
            // (With a place to resume, a rebuild under way goes on: its
            // answers come through the resume.)
            self.rebuilding = 0;
            self.recreating.clear();
        }
        self.connect_deadline = None;
        self.pinged = None;
        let backoff = self.reconnect.clone().unwrap_or_default();
        if backoff.retries.is_some_and(|max| self.attempt >= max) {
            return self.teardown(why);
        }
        let delay = backoff.delay(self.attempt, self.host.random());
        self.attempt += 1;
        let at = self.host.now() + delay as u64;
        self.retry_at = Some(at);
        self.wake = earliest(self.wake, Some(at));
        let attempt = self.attempt;
        self.events.push(Event::Reconnecting { attempt, delay });
    }

    /// Calls whose request went out on a place that is gone fail: they may
    /// or may not have been handled; and the requests our agents were
    /// answering there can be answered no more.
    pub(super) fn fail_in_flight(&mut self) {
        let out = self.calls.take(Which::Sent);
        for c in out {
            self.fail_call(c, Error::Disconnected, None);
        }
        self.end_serving(Error::Disconnected);
    }

    /// The user closes the session.
    pub fn close(&mut self) {
        self.teardown(Error::Closed);
    }

    /// Deadlines up to `now` have passed.
    pub fn handle_timeout(&mut self, now: u64) {
        if self.phase == Phase::Closed {
            return;
        }
        if self.phase == Phase::Connecting && self.connect_deadline.is_some_and(|at| at <= now) {
            return self.teardown(Error::Timeout(self.timeout.unwrap_or_default()));
        }
        if self.phase == Phase::Down {
            if self.retry_at.is_some_and(|at| at <= now) {
                // Connecting again, within a bound: a black hole is no answer.
                self.retry_at = None;
                self.io.push(Io::Open);
                let ms = self
                    .heartbeat
                    .map(|h| 2 * h)
                    .or(self.timeout)
                    .unwrap_or(10_000);
                self.connect_deadline = Some(now + ms as u64);
            } else if self.connect_deadline.is_some_and(|at| at <= now) {
                self.lost(Error::Connect("no answer to connect".into()));
                self.io.push(Io::Abandon);
            }
        }
        if let (Phase::Open, Some(ms)) = (self.phase, self.heartbeat) {
            let ms = ms as u64;
            match self.pinged {
                // Asked, and nothing since for a whole period: dead.
                Some(at) if now >= at + ms => {
                    let mut silence = "no sign of life from the relay for ".to_owned();
                    push_decimal(&mut silence, 2 * ms);
                    // (After: `lost` clears what was waiting to be sent.)
                    self.lost(Error::Connect(silence + " ms"));
                    self.io.push(Io::Abandon);
                }
                Some(_) => {}
                None if now >= self.last_heard + ms => {
                    // A request the relay answers (ours) or refuses (1.0.0's
                    // "unknown message"): either way, a sign of life.
                    self.pinged = Some(now);
                    let head =
                        String::from(r#"{"type":"request","name":"ping","to":"server","id":"#);
                    self.transmit(Frame {
                        head: head + "\"" + &self.prefix + "ping\"",
                        body: None,
                        tail: Cow::Borrowed(r#","body":null}"#),
                    });
                }
                None => {}
            }
        }
        // The clock looks: what was received and is still unacked is acked
        // (the heartbeat's timer brings this about every period at least).
        if self.phase == Phase::Open {
            if let Some(n) = self.resume.as_mut().and_then(|r| r.replay.pending_ack()) {
                self.io.push(Io::Ack(n));
            }
        }
        let expired = self.calls.take(Which::Due(now));
        for c in expired {
            // Its agent stops too (the relay's own look may come later).
            if c.sent {
                self.send_cancel(&c.to, c.number, true);
            }
            let ms = c.deadline.map_or(0, |(_, ms)| ms);
            self.fail_call(c, Error::Timeout(ms), None);
        }
        let (expired, waiting) = core::mem::take(&mut self.waiting)
            .into_iter()
            .partition(|w| w.deadline.0 <= now);
        self.waiting = waiting;
        for w in expired {
            let ms = w.deadline.1;
            self.fail_waiting(w, Error::Timeout(ms));
        }
        let calls = self.calls.earliest_deadline();
        let waits = self.waiting.iter().map(|w| w.deadline.0).min();
        let beat = match (self.phase, self.heartbeat) {
            (Phase::Open, Some(ms)) => Some(self.pinged.unwrap_or(self.last_heard) + ms as u64),
            _ => None,
        };
        let next = earliest(earliest(calls, waits), self.connect_deadline);
        let next = earliest(next, self.serving_due(now));
        self.wake = earliest(earliest(next, beat), self.retry_at);
    }

    /// A packet from the relay.
    pub fn receive(&mut self, packet: Incoming<H::Body>) {
        let connecting = matches!(self.phase, Phase::Connecting | Phase::Down);
        match &packet {
            Incoming::Ack(n) => {
                if let Some(r) = &mut self.resume {
                    r.replay.acked(*n);
                }
                return;
            }
            Incoming::Response { name, .. } if connecting && name.as_deref() == Some("connect") => {
            }
            // Numbered by the relay: acknowledged with what goes out next,
            // or at once after many.
            _ => {
                let ack = self.resume.as_mut().and_then(|r| r.replay.received());
                if let Some(n) = ack {
                    self.io.push(Io::Ack(n));
                }
            }
        }
        match (self.phase, packet) {
            (
                Phase::Connecting | Phase::Down,
                Incoming::Response {
                    name,
                    id,
                    error,
                    body,
                    ..
                },
            ) if name.as_deref() == Some("connect") => {
                // A refusal has no id (1.0.0) or ours; either way its error decides.
                if let Some(error) = error {
                    self.teardown(Error::Connect(error));
                } else if id.as_deref() == Some("0") {
                    self.connected(&body);
                }
            }
            (
                Phase::Open,
                Incoming::Request {
                    to,
                    name,
                    id,
                    body,
                    timeout,
                    stream,
                },
            ) => self.on_request(to, name, id, body, (timeout, stream)),
            (
                Phase::Open,
                Incoming::Chunk {
                    from,
                    id: Some(id),
                    body,
                    size,
                },
            ) => self.on_chunk(&from, &id, body, size),
            (Phase::Open, Incoming::Credit { to, id, n }) => self.on_credit(&to, &id, n),
            (Phase::Open, Incoming::Cancel { to, id, error }) => self.on_cancel(&to, &id, error),
            (
                Phase::Open,
                Incoming::Response {
                    from,
                    id: Some(id),
                    body,
                    error,
                    ..
                },
            ) => self.on_response(&from, &id, body, error),
            (Phase::Open, Incoming::Event { from, name, body }) if from == SERVER => {
                self.on_server_event(&name, body)
            }
            (Phase::Open, Incoming::Event { from, name, body }) => {
                if let Some(remote) = self.remotes.get(&from) {
                    let remote = remote.clone();
                    self.events.push(Event::RemoteEvent { remote, name, body });
                }
            }
            _ => {}
        }
    }

    /// The relay accepted our `connect` (`body`, its answer's): the
    /// session is open, with what the relay agreed to, on the place it had
    /// (resumed) or on a new one.
    fn connected(&mut self, body: &H::Body) {
        let again = self.phase == Phase::Down;
        self.phase = Phase::Open;
        self.connect_deadline = None;
        self.cancels = body.flag("cancel");
        self.streams = body.flag("streams");
        self.interest = body.flag("interest");
        if let Some(ms) = self.heartbeat {
            self.last_heard = self.host.now();
            self.wake = earliest(self.wake, Some(self.last_heard + ms as u64));
        }
        if let Some(reply) = self.connecting.take() {
            self.settle(reply, Ok(Answer::Connected));
        }
        if again && self.resumed(body) {
            return;
        }
        // A new place (the old one, if any, is gone, with any rebuild that
        // was under way on it).
        self.resume = body.text("resume").map(|token| Resumption {
            token,
            replay: Replay::default(),
        });
        if again {
            self.rebuilding = 0;
            self.recreating.clear();
            self.fail_in_flight();
            self.rebuild();
        }
        self.restate_interest();
    }

    /// Connected again, to the place we had if the relay says so (`body` of
    /// its answer to `connect`): then what it lacks of ours is sent again,
    /// then the calls held meanwhile, and the session goes on as it was.
    pub(super) fn resumed(&mut self, body: &H::Body) -> bool {
        let (Some(r), Some(acked)) = (&mut self.resume, body.count("acked")) else {
            return false;
        };
        let Some(again) = r.replay.resend_after(acked) else {
            // Not exact (the relay claims what we never sent): start over.
            return false;
        };
        let again: Vec<Frame<H::Body>> = again.cloned().collect();
        if let Some(token) = body.text("resume") {
            r.token = token;
        }
        // First an ack: it tells the relay the new token arrived (until a
        // packet does, the old one still resumes the place).
        self.io.push(Io::Ack(r.replay.received_count()));
        for frame in again {
            self.io.push(Io::Send(frame));
        }
        self.sync_interest();
        // A rebuild under way (the place was new) ends it: `rebuilt` is
        // back then, and the agents did change ids.
        if self.rebuilding == 0 {
            self.back(true);
        }
        true
    }

    /// The session is back: the calls held meanwhile go out, in order.
    pub(super) fn back(&mut self, resumed: bool) {
        for (number, frame) in self.calls.release() {
            if self.calls.contains(number) {
                self.transmit(frame);
            }
        }
        self.attempt = 0;
        self.events.push(Event::Reconnected { resumed });
        self.send_waiting();
    }

    /// Connected again: the local agents are made again (new ids) and the
    /// remotes brought in sync; the calls held meanwhile go once both are done.
    pub(super) fn rebuild(&mut self) {
        let locals: Vec<(String, H::Body)> = self
            .locals
            .iter()
            .map(|(id, l)| (id.clone(), l.info.clone()))
            .collect();
        for (old, info) in locals {
            self.recreating.push((self.calls.next_number(), old));
            self.request(
                SERVER,
                "createAgent",
                Content::Body(info),
                Op::Recreate,
                None,
                None,
            );
        }
        let (body, op) = (Content::Json("null"), Op::Resync);
        self.request(SERVER, "getAgents", body, op, None, None);
        self.rebuilding = self.recreating.len() + 1;
    }

    /// One answer of `rebuild`'s (`body`, unless it failed).
    pub(super) fn rebuilt(&mut self, call: Call<H>, body: Option<H::Body>) {
        if call.op == Op::Resync {
            if let Some(list) = body {
                self.resync(&list);
            }
        } else if let Some(i) = self.recreating.iter().position(|(n, _)| *n == call.number) {
            let (_, old) = self.recreating.swap_remove(i);
            let local = self.locals.remove(&old);
            // Refused (the relay's limits): that agent is gone.
            match (local, body.and_then(|b| Some((b.agent_id()?, b)))) {
                (Some(mut local), Some((id, info))) => {
                    self.host.rebind(&local.handle, &id, &info);
                    local.info = self.host.sendable(&info);
                    self.locals.insert(id, local);
                }
                // Destroyed by the page while it was being made again.
                (None, Some((id, _))) => self.request_destroy(&id, None, None),
                _ => {}
            }
        }
        self.rebuilding = self.rebuilding.saturating_sub(1);
        if self.rebuilding == 0 {
            self.back(false);
        }
    }

    /// The session's agents after a reconnect: those gone meanwhile are
    /// announced destroyed, those new created; handles of the others stay.
    pub(super) fn resync(&mut self, list: &H::Body) {
        let items = list.items();
        // Gone: not listed, or listed under another name (ids start over
        // when a relay restarts, or a session empties and is freed).
        let name_of = |named: &[(String, String)], id: &str| {
            named.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone())
        };
        let same: Vec<String> = items
            .iter()
            .filter_map(|i| {
                let id = i.agent_id()?;
                (name_of(&self.named, &id) == i.agent_name()).then_some(id)
            })
            .collect();
        let gone: Vec<String> = self
            .remotes
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| !same.contains(id))
            .collect();
        for id in &gone {
            if let Some(r) = self.remotes.remove(id) {
                self.forget_interest(id);
                self.events.push(Event::RemoteDestroyed(r));
            }
        }
        // Calls held for them would never be answered.
        let orphans = self.calls.take(Which::HeldFor(&gone));
        for c in orphans {
            self.fail_call(c, Error::AgentDestroyed, None);
        }
        for info in &items {
            let known = info
                .agent_id()
                .is_some_and(|id| self.remotes.contains_key(&id));
            if !known {
                if let Some(r) = self.remote(info) {
                    self.events.push(Event::RemoteCreated(r));
                }
            }
        }
        // The relay's list is in creation order.
        self.named = items
            .iter()
            .filter_map(|i| Some((i.agent_id()?, i.agent_name()?)))
            .collect();
        self.directory = Directory::Known;
    }

    /// The session is over: local agents are gone, every call is settled
    /// (the connect call with `why`, the others with `Closed`), and an open
    /// session says `Closed`.
    pub(super) fn teardown(&mut self, why: Error) {
        let was = core::mem::replace(&mut self.phase, Phase::Closed);
        if was == Phase::Closed {
            return;
        }
        self.io.clear();
        self.io.push(Io::Close);
        self.resume = None;
        self.locals.clear();
        self.end_serving(Error::Closed);
        self.wake = None;
        self.connect_deadline = None;
        if let Some(reply) = self.connecting.take() {
            self.fail(reply, why, None);
        }
        for c in self.calls.take_all() {
            self.fail_call(c, Error::Closed, None);
        }
        for w in core::mem::take(&mut self.waiting) {
            self.fail_waiting(w, Error::Closed);
        }
        let remotes = self.remotes.take_all();
        if was == Phase::Open || was == Phase::Down {
            self.events.push(Event::Closed { remotes });
        }
    }
}
