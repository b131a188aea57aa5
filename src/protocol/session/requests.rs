//! What a session does with each packet: requests routed to their agent
//! (under the relay's own ids, counted against the pending caps, with their
//! caller's deadline), answers routed back to who asked, events to those
//! that hear them, and requests that wait too long. (The `server` agent's
//! answers are `server`'s; cancels, chunks and credit `streams`'; who hears
//! an event `hearing`'s.)

use super::*;

impl<T> Session<T> {
    /// A request from `conn` to the agent named `agent` (see `agent_named`),
    /// as if `conn` had sent it in a frame: `id` is raw JSON, restored in
    /// the response; `body` is raw JSON too; `stream`, the credit of a
    /// streamed answer asked for. None when no agent has that name
    /// (nothing is sent).
    #[allow(clippy::too_many_arguments)]
    pub fn request_named(
        &mut self,
        conn: ConnId,
        agent: &str,
        name: &str,
        id: &str,
        body: &str,
        stream: Option<u32>,
        out: &mut Vec<Out>,
    ) -> Option<Verdict> {
        let number = self.agent_named(agent)?;
        let to = self.wire_id(number);
        Some(self.forward(conn, number, &to, (name, id, body), (None, stream), out))
    }

    /// Checks the session's bookkeeping, for the fuzz targets and property
    /// tests: every agent's owner and every waiting request's requester is
    /// a member, every waiting request's agent exists, each member's count
    /// of waiting requests is right, and no connection holds more agents
    /// or waiting requests than its limits.
    pub fn check(&self) -> Result<(), String> {
        let mut waiting: HashMap<ConnId, usize> = HashMap::new();
        let mut streaming: HashMap<ConnId, usize> = HashMap::new();
        for (n, p) in &self.pending {
            if !self.agents.contains_key(&p.agent) {
                return Err(format!("request {n} waits on agent {}, gone", p.agent));
            }
            let Asker::Conn(requester) = p.asker else {
                continue;
            };
            if !self.conns.contains_key(&requester) {
                return Err(format!("request {n} waits for {requester}, gone"));
            }
            *waiting.entry(requester).or_default() += 1;
            *streaming.entry(requester).or_default() += p.credit.is_some() as usize;
        }
        let mut owned: HashMap<ConnId, usize> = HashMap::new();
        for (n, a) in &self.agents {
            if a.retired && !self.pending.values().any(|p| p.agent == *n) {
                return Err(format!(
                    "agent {n} is retired with no request waiting on it"
                ));
            }
            let Owner::Conn(owner) = a.owner else {
                let known = a.remote_id.as_ref().and_then(|id| self.remote.get(id));
                if known != Some(n) {
                    return Err(format!("agent {n} of another relay is not known by its id"));
                }
                continue;
            };
            if !self.conns.contains_key(&owner) {
                return Err(format!("agent {n} is owned by {owner}, gone"));
            }
            *owned.entry(owner).or_default() += 1;
        }
        if self.remote.len()
            != self
                .agents
                .values()
                .filter(|a| a.remote_id.is_some())
                .count()
        {
            return Err("the ids of other relays' agents are not all of live agents".into());
        }
        for (c, m) in &self.conns {
            let counted = waiting.get(c).copied().unwrap_or(0);
            if m.waiting != counted || counted > self.limits.pending {
                return Err(format!("{c} waits for {counted}, counted {}", m.waiting));
            }
            for (id, n) in &m.asked {
                let p = self.pending.get(n);
                if !p.is_some_and(|p| p.asker == Asker::Conn(*c) && *p.id == **id) {
                    return Err(format!("{c} asked {id} as {n}, not waiting"));
                }
            }
            let streams = streaming.get(c).copied().unwrap_or(0);
            if m.streaming != streams || streams > self.limits.streams {
                return Err(format!(
                    "{c} has {streams} streams, counted {}",
                    m.streaming
                ));
            }
            if owned.get(c).copied().unwrap_or(0) > self.limits.agents {
                return Err(format!("{c} holds more agents than its limit"));
            }
            // (One that agreed may hear every event: past its cap.)
            let (listens, all) = (self.interest.listens(*c), self.interest.hears_all(*c));
            if listens == all || (!m.agreed.interest && listens) {
                return Err(format!("{c} is not in the interest it agreed to"));
            }
        }
        if self.interest.members() != self.conns.len() {
            return Err("interest knows other members than the session's".into());
        }
        self.interest.check(self.limits.interest)
    }

    /// One look of the relay's clock, which looks every `look_ms`:
    /// requests that have waited through more than `after` looks, or past
    /// their caller's own `timeout`, are answered `request timed out`
    /// (their response, if it comes, is dropped), and their agents told.
    /// Returns how many.
    pub fn expire(&mut self, after: u32, look_ms: u32, out: &mut Vec<Out>) -> usize {
        self.looks = self.looks.wrapping_add(1);
        let (looks, before) = (self.looks, self.pending.len());
        let expired: Vec<(u64, u64)> = (self.pending.iter())
            .filter(|(_, p)| {
                let waited = looks.wrapping_sub(p.look);
                // Looks whole after the request was sent: never early.
                let own = p.timeout > 0 && (waited as u64 - 1) * look_ms as u64 >= p.timeout as u64;
                waited > after || own
            })
            .map(|(n, p)| (*n, p.agent))
            .collect();
        // Those sent to other relays are called off there (before `fail`
        // may forget a retired agent).
        self.call_off(&expired, TIMED_OUT, out);
        for (n, agent) in expired {
            self.cancel_at_agent(n, agent, TIMED_OUT, out);
            self.fail(n, TIMED_OUT, out);
        }
        before - self.pending.len()
    }

    /// Tells the relays of the agents of `requests` (request, agent) that
    /// these requests of this relay's are given up: they forget them, and
    /// tell their agents `why`.
    pub(super) fn call_off(&self, requests: &[(u64, u64)], why: &str, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let mut cancels: BTreeMap<RelayId, Vec<u64>> = BTreeMap::new();
        for (n, agent) in requests {
            if let Some(Owner::Relay(r)) = self.agents.get(agent).map(|a| a.owner) {
                cancels.entry(r).or_default().push(*n);
            }
        }
        for (relay, ns) in cancels {
            let msg = cluster::cancel(c.node.me, &c.node.hash, &ns, why);
            out.push(Out::Nats(cluster::relay_subject(relay), msg));
        }
    }

    /// Answers waiting request `n` with `error`, and forgets it.
    pub(super) fn fail(&mut self, n: u64, error: &str, out: &mut Vec<Out>) {
        let Some(p) = self.pending.remove(&n) else {
            return;
        };
        let agent = self.wire_id(p.agent);
        self.drop_if_retired(p.agent);
        match p.asker {
            Asker::Conn(requester) => {
                done_waiting(&mut self.conns, &self.pending, requester, &p);
                let error = error_response(Some(&p.name), &agent, Some(&p.id), error);
                out.push(Out::To(requester, error));
            }
            Asker::Relay(relay, n) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::response(
                    c.node.me,
                    &c.node.hash,
                    n,
                    &agent,
                    &p.name,
                    None,
                    Some(error),
                );
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
        }
    }

    /// Whether `text` from `conn` is a response that answers a request
    /// waiting for one of its agents (what a relay lets through even over
    /// the connection's rate: their number is bounded by the requests it
    /// was sent).
    pub fn answers(&self, conn: ConnId, text: &str) -> bool {
        let (from, id, chunk) = match packet::parse(text) {
            Ok(Packet::Response { from, id, .. }) => (from, id, false),
            Ok(Packet::Chunk { from, id, .. }) => (from, id, true),
            _ => return false,
        };
        let agent = self.owned(conn, &from);
        let n = agent.and_then(|a| self.waiting_on(a, id));
        // A chunk passes within its stream's credit, which bounds them.
        let within = |n| !chunk || self.pending.get(&n).and_then(|p| p.credit).unwrap_or(0) > 0;
        n.is_some_and(within)
    }

    /// The request waiting on `agent` that the relay sent under `id`.
    pub(super) fn waiting_on(&self, agent: u64, id: &RawValue) -> Option<u64> {
        relay_request_number(id).filter(|n| self.pending.get(n).is_some_and(|p| p.agent == agent))
    }

    /// One frame from `conn`, already known to be text.
    pub fn receive(&mut self, conn: ConnId, text: &str, out: &mut Vec<Out>) -> Verdict {
        self.receive_read(conn, text, packet::parse(text), out)
    }

    /// One packet from `conn`, its `text` already read (`packet::parse`).
    pub fn receive_read<'a>(
        &mut self,
        conn: ConnId,
        text: &'a str,
        read: packet::Parsed<'a>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        match read {
            Err(bad) => {
                // The id, when readable, lets the sender match the error.
                let id = bad.id.map(RawValue::get);
                let reason = bad.reason;
                out.push(Out::To(
                    conn,
                    error_response(bad.name.as_deref(), SERVER, id, reason),
                ));
                Verdict::Refused(reason)
            }
            Ok(Packet::Request {
                name, to, id, body, ..
            }) if to == SERVER => self.server_request(conn, &name, id, body, out),
            Ok(Packet::Request {
                name,
                to,
                id,
                body,
                timeout,
                stream,
            }) => {
                let Some(number) = self.number_of(&to) else {
                    out.push(Out::To(
                        conn,
                        error_response(Some(&name), &to, Some(id.get()), "agent not found"),
                    ));
                    return Verdict::Refused("agent not found");
                };
                let body = body.map_or("null", RawValue::get);
                let call = (name.as_ref(), id.get(), body);
                self.forward(conn, number, &to, call, (timeout, stream), out)
            }
            Ok(Packet::Cancel { to, id, error }) => {
                let why = match error.as_deref() {
                    Some(TIMED_OUT) => TIMED_OUT,
                    _ => CANCELLED,
                };
                self.cancel(conn, &to, id.get(), why, out);
                Verdict::Done
            }
            Ok(Packet::Chunk { from, id, body }) => self.chunk(conn, &from, id, body, out),
            Ok(Packet::Credit { to, id, n }) => {
                self.credit(conn, &to, id.get(), n, out);
                Verdict::Done
            }
            Ok(Packet::Response {
                name,
                from,
                id,
                body,
                error,
            }) => {
                let Some(agent) = self.owned(conn, &from) else {
                    out.push(Out::To(
                        conn,
                        error_response(
                            name.as_deref(),
                            SERVER,
                            Some(id.get()),
                            "response refused: from is not an agent of this connection",
                        ),
                    ));
                    return Verdict::Forbidden("response from an agent of another connection");
                };
                let waiting = self.waiting_on(agent, id);
                let Some(pending) = waiting.and_then(|n| self.pending.remove(&n)) else {
                    // Late (the requester left) or never asked: nobody to tell.
                    return Verdict::Refused("response to no pending request");
                };
                self.answer(pending, name.as_deref(), &from, body, error.as_deref(), out);
                Verdict::Done
            }
            Ok(Packet::Event { from, name, .. }) => {
                let Some(number) = self.owned(conn, &from) else {
                    return Verdict::Forbidden("event from an agent of another connection");
                };
                self.hear_event(number, &name, text, out);
                Verdict::Done
            }
        }
    }

    /// Sends `conn`'s request to agent `number` (whose id is `to`) under an
    /// id of the relay's, and remembers whom to answer: `id` (raw JSON) is
    /// restored in the response. `body` is raw JSON. `timeout` (ms), the
    /// caller's, is enforced here and told to an agent that takes it;
    /// `stream`, the caller's credit, makes it a stream when the agent's
    /// client takes streams (else the agent answers once, as 1.0.0's do).
    pub(super) fn forward(
        &mut self,
        conn: ConnId,
        number: u64,
        to: &str,
        (name, id, body): (&str, &str, &str),
        (timeout, stream): (Option<u32>, Option<u32>),
        out: &mut Vec<Out>,
    ) -> Verdict {
        let Some(owner) = self.agents.get(&number).map(|a| a.owner) else {
            return Verdict::Refused("agent not found");
        };
        let agreed = self.agreed_by_owner(number);
        // (Another relay's agent: that relay decides, as it knows its client.)
        let remote = matches!(owner, Owner::Relay(_));
        let stream = stream.filter(|_| agreed.streams || remote);
        if stream.is_some() && !self.start_streaming(conn) {
            out.push(Out::To(
                conn,
                error_response(Some(name), to, Some(id), TOO_MANY_STREAMS),
            ));
            return Verdict::Refused(TOO_MANY_STREAMS);
        }
        if !self.start_waiting(conn) {
            if let (Some(m), Some(_)) = (self.conns.get_mut(&conn), stream) {
                m.streaming -= 1;
            }
            out.push(Out::To(
                conn,
                error_response(Some(name), to, Some(id), TOO_MANY_PENDING),
            ));
            return Verdict::Refused(TOO_MANY_PENDING);
        }
        let relay_id = self.wait(Asker::Conn(conn), id, number, name);
        if let Some(m) = self.conns.get_mut(&conn) {
            if m.agreed.cancel || stream.is_some() {
                m.asked.insert(id.into(), relay_id);
            }
        }
        if let Some(p) = self.pending.get_mut(&relay_id) {
            p.timeout = timeout.unwrap_or(0);
            p.credit = stream;
        }
        let told = timeout.filter(|_| agreed.cancel || remote);
        let owner = match owner {
            Owner::Conn(owner) => owner,
            Owner::Relay(relay) => {
                let Some(c) = &self.node else {
                    return Verdict::Refused("agent not found");
                };
                let (me, hash) = (c.node.me, &c.node.hash);
                out.push(Out::NatsAsk {
                    subject: cluster::relay_subject(relay),
                    reply: cluster::unanswered_subject(me, hash, relay_id),
                    payload: cluster::request(me, hash, relay_id, (to, name, body), (told, stream)),
                });
                return Verdict::Done;
            }
        };
        out.push(Out::To(
            owner,
            request_frame(name, to, relay_id, body, (told, stream)),
        ));
        Verdict::Done
    }

    /// Sends waiting request `pending` its answer from agent `from` (`name`
    /// when the answer names itself, else the request's): to its connection,
    /// with the requester's own id, or to the relay that asked.
    pub(super) fn answer(
        &mut self,
        pending: Pending,
        name: Option<&str>,
        from: &str,
        body: Option<&RawValue>,
        error: Option<&str>,
        out: &mut Vec<Out>,
    ) {
        let name = name.unwrap_or(&pending.name);
        match pending.asker {
            Asker::Conn(requester) => {
                done_waiting(&mut self.conns, &self.pending, requester, &pending);
                let bytes = name.len() + from.len() + pending.id.len() + error.map_or(0, str::len);
                let bytes = bytes + body.map_or(4, |b| b.get().len());
                let frame = FrameWriter::with_room("response", bytes)
                    .str("name", name)
                    .str("from", from)
                    .raw("id", &pending.id)
                    .body(body)
                    .opt_str("error", error)
                    .finish();
                out.push(Out::To(requester, frame));
            }
            Asker::Relay(relay, n) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::response(c.node.me, &c.node.hash, n, from, name, body, error);
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
        }
    }

    /// Keeps a request of `asker` (its own id `id`, raw JSON) to agent
    /// `number`: the number returned is the relay's id for it.
    pub(super) fn wait(&mut self, asker: Asker, id: &str, number: u64, name: &str) -> u64 {
        let relay_id = self.next_request;
        self.next_request += 1;
        let pending = Pending {
            asker,
            id: id.into(),
            agent: number,
            name: name.into(),
            look: self.looks,
            timeout: 0,
            credit: None,
        };
        self.pending.insert(relay_id, pending);
        relay_id
    }

    /// Counts one more request of `conn` waiting for its response; false
    /// when it already has the most allowed (or is not in the session, so
    /// that nobody could receive the answer).
    pub(super) fn start_waiting(&mut self, conn: ConnId) -> bool {
        match self.conns.get_mut(&conn) {
            Some(m) if m.waiting < self.limits.pending => {
                m.waiting += 1;
                true
            }
            _ => false,
        }
    }

    /// The agent number when `id` names an agent that `conn` created.
    pub(super) fn owned(&self, conn: ConnId, id: &str) -> Option<u64> {
        let n = self.local_number(id)?;
        (self.agents.get(&n)?.owner == Owner::Conn(conn)).then_some(n)
    }
}
