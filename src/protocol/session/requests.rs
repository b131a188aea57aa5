//! What a session does with each packet: requests routed to their agent
//! (under the relay's own ids, counted against the pending caps), answers
//! routed back to who asked, events to every member, requests to the
//! `server` agent, and requests that wait too long.

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

    /// `conn`, the caller of stream `id` (raw JSON) to agent `to`, read
    /// `n` more of its chunks (as a packet `credit` from it would say).
    pub fn grant(&mut self, conn: ConnId, to: &str, id: &str, n: u32, out: &mut Vec<Out>) {
        self.credit(conn, to, id, n, out);
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
        }
        Ok(())
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
        match packet::parse(text) {
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
            Ok(Packet::Event { from, .. }) => {
                if self.owned(conn, &from).is_none() {
                    return Verdict::Forbidden("event from an agent of another connection");
                }
                out.push(Out::AllInput);
                if let Some(c) = &self.node {
                    let mut payload = String::with_capacity(text.len() + 1);
                    payload.push(cluster::EVENT_MARK as char);
                    payload.push_str(text);
                    out.push(Out::Nats(c.subject.clone(), payload));
                }
                Verdict::Done
            }
        }
    }

    /// `conn` gives up its request `id` (raw JSON) to agent `to`: it is
    /// forgotten, and its agent told (`cancel_at_agent`). A cancel of a
    /// request that is not waiting (answered, timed out, never made) does
    /// nothing: it may cross the answer on the wire.
    pub(super) fn cancel(
        &mut self,
        conn: ConnId,
        to: &str,
        id: &str,
        why: &str,
        out: &mut Vec<Out>,
    ) {
        let Some((n, agent)) = self.asked_by(conn, to, id) else {
            return;
        };
        if let Some(p) = self.pending.remove(&n) {
            done_waiting(&mut self.conns, &self.pending, conn, &p);
        }
        self.cancel_at_agent(n, agent, why, out);
        self.call_off(&[(n, agent)], why, out);
        self.drop_if_retired(agent);
    }

    /// The waiting request that `conn` sent to agent `to` under its `id`
    /// (raw JSON), and that agent's number (`Member::asked`).
    /// (An agent of another relay that relay said is gone still counts:
    /// its requests wait for their answers.)
    fn asked_by(&self, conn: ConnId, to: &str, id: &str) -> Option<(u64, u64)> {
        let n = *self.conns.get(&conn)?.asked.get(id)?;
        let p = self.pending.get(&n)?;
        let to_it = p.asker == Asker::Conn(conn) && self.wire_id(p.agent) == to;
        to_it.then_some((n, p.agent))
    }

    /// A chunk from `conn`'s agent `from` for the stream it was sent under
    /// `id`: passed to the caller within its credit. One beyond the credit
    /// ends that stream (the caller gets `CREDIT_EXCEEDED`, the agent a
    /// `cancel` saying so), and nothing else. A chunk for a request that is
    /// not waiting is dropped: it may cross a cancel.
    pub(super) fn chunk(
        &mut self,
        conn: ConnId,
        from: &str,
        id: &RawValue,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let Some(agent) = self.owned(conn, from) else {
            return Verdict::Forbidden("chunk from an agent of another connection");
        };
        let Some(n) = self.waiting_on(agent, id) else {
            return Verdict::Done;
        };
        let Some(p) = self.pending.get_mut(&n) else {
            return Verdict::Done;
        };
        match &mut p.credit {
            None => Verdict::Refused("chunk for a request that is not a stream"),
            Some(0) => {
                self.cancel_at_agent(n, agent, CREDIT_EXCEEDED, out);
                self.fail(n, CREDIT_EXCEEDED, out);
                Verdict::Refused(CREDIT_EXCEEDED)
            }
            Some(credit) => {
                *credit -= 1;
                self.pass_chunk(n, from, body, out);
                Verdict::Done
            }
        }
    }

    /// A chunk of waiting request `n`'s stream, within its credit, to its
    /// caller: a connection here, or the relay that asked.
    pub(super) fn pass_chunk(
        &self,
        n: u64,
        from: &str,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) {
        let Some(p) = self.pending.get(&n) else {
            return;
        };
        match p.asker {
            Asker::Conn(caller) => {
                let frame = FrameWriter::new("chunk")
                    .str("from", from)
                    .raw("id", &p.id)
                    .body(body)
                    .finish();
                out.push(Out::To(caller, frame));
            }
            Asker::Relay(relay, theirs) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::chunk(c.node.me, &c.node.hash, theirs, from, body);
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
        }
    }

    /// The caller `conn` of stream `id` (raw JSON) to agent `to` grants `n`
    /// more chunks: counted (up to `MAX_CREDIT` in all) and passed to the
    /// agent. For anything else that is not waiting, nothing happens.
    pub(super) fn credit(&mut self, conn: ConnId, to: &str, id: &str, n: u32, out: &mut Vec<Out>) {
        if let Some((number, _)) = self.asked_by(conn, to, id) {
            self.add_credit(number, n, out);
        }
    }

    /// Waiting stream `number` may send `n` more chunks: counted (up to
    /// `MAX_CREDIT` in all) and passed to its agent's client, or its
    /// agent's relay.
    pub(super) fn add_credit(&mut self, number: u64, n: u32, out: &mut Vec<Out>) {
        let Some(p) = self.pending.get_mut(&number) else {
            return;
        };
        let Some(credit) = p.credit.as_mut() else {
            return;
        };
        let granted = n.min(MAX_CREDIT.saturating_sub(*credit));
        *credit += granted;
        let agent = p.agent;
        if granted == 0 {
            return;
        }
        match self.agents.get(&agent).map(|a| a.owner) {
            Some(Owner::Conn(owner)) => {
                let frame = FrameWriter::new("credit")
                    .str("to", &self.wire_id(agent))
                    .str("id", &number.to_string())
                    .raw("n", &granted.to_string())
                    .finish();
                out.push(Out::To(owner, frame));
            }
            Some(Owner::Relay(relay)) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::credit(c.node.me, &c.node.hash, number, granted);
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
            None => {}
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
                let frame = FrameWriter::new("response")
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

    /// Counts one more stream of `conn`; false when it has the most
    /// allowed (or is not in the session).
    pub(super) fn start_streaming(&mut self, conn: ConnId) -> bool {
        match self.conns.get_mut(&conn) {
            Some(m) if m.streaming < self.limits.streams => {
                m.streaming += 1;
                true
            }
            _ => false,
        }
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

    pub(super) fn server_request(
        &mut self,
        conn: ConnId,
        name: &str,
        id: &RawValue,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let reply = |body: &str| {
            FrameWriter::new("response")
                .str("name", name)
                .str("from", SERVER)
                .raw("id", id.get())
                .raw("body", body)
                .finish()
        };
        let fail = |out: &mut Vec<Out>, error: &'static str| {
            out.push(Out::To(
                conn,
                error_response(Some(name), SERVER, Some(id.get()), error),
            ));
            Verdict::Refused(error)
        };
        match name {
            "createAgent" => {
                let mine = self
                    .agents
                    .values()
                    .filter(|a| a.owner == Owner::Conn(conn));
                if mine.count() >= self.limits.agents {
                    return fail(out, "too many agents on this connection");
                }
                let fields = agent_fields(body);
                let agent_name = fields
                    .name
                    .and_then(|n| serde_json::from_str::<String>(n.get()).ok())
                    .map(String::into_boxed_str);
                let allowed = match self.conns.get(&conn).map(|m| &m.create) {
                    Some(Create::Any) | None => true,
                    Some(Create::Named(names)) => (agent_name.as_deref())
                        .is_some_and(|n| names.iter().any(|allowed| **allowed == *n)),
                    Some(Create::Never) => false,
                };
                if !allowed {
                    return fail(out, NOT_ALLOWED_TO_CREATE);
                }
                let size = |raw: Option<&RawValue>| raw.map_or(0, |r| r.get().len());
                if size(fields.name) + size(fields.title) > MAX_AGENT_INFO {
                    return fail(out, "agent name and title too long (limit 4096 bytes)");
                }
                let number = self.next_agent;
                self.next_agent += 1;
                let id_text = self.agent_id(number);
                let mut w = FrameWriter::object().str("id", &id_text);
                if let Some(n) = fields.name {
                    w = w.raw("name", n.get());
                }
                if let Some(t) = fields.title {
                    w = w.raw("title", t.get());
                }
                let info = w.finish();
                // As 1.0.0: the event first, then the response.
                out.push(announce("agentCreated", &info));
                out.push(Out::To(conn, reply(&info)));
                if let Some(c) = &self.node {
                    let msg = cluster::created(c.node.me, &info);
                    out.push(Out::Nats(c.subject.clone(), msg));
                }
                self.agents.insert(
                    number,
                    Agent {
                        owner: Owner::Conn(conn),
                        info,
                        name: agent_name,
                        remote_id: None,
                        retired: false,
                    },
                );
                Verdict::Done
            }
            "destroyAgent" => {
                let fields = agent_fields(body);
                let target = fields
                    .id
                    .and_then(|raw| serde_json::from_str::<&str>(raw.get()).ok())
                    .and_then(|id| self.number_of(id));
                let Some(agent) = target.and_then(|n| self.agents.get(&n)) else {
                    return fail(out, "agent not found");
                };
                if agent.owner != Owner::Conn(conn) {
                    const WHY: &str = "agent belongs to another connection";
                    fail(out, WHY);
                    return Verdict::Forbidden(WHY);
                }
                // As 1.0.0: the response (echoing the body) first, then the event.
                out.push(Out::To(conn, reply(body.map_or("null", RawValue::get))));
                self.destroy(target.unwrap_or_default(), out);
                Verdict::Done
            }
            "getAgents" | "getRemoteAgents" => {
                if let Some(c) = self.node.as_mut().filter(|c| !c.awaiting.is_empty()) {
                    if c.held.len() < MAX_HELD {
                        let (name, id) = (name.into(), id.get().into());
                        c.held.push(Held { conn, name, id });
                        return Verdict::Done;
                    }
                }
                match self.agent_list() {
                    Ok(list) => out.push(Out::To(conn, reply(&list))),
                    Err(error) => return fail(out, error),
                }
                Verdict::Done
            }
            // The client's heartbeat: any answer is a sign of life, and
            // this one is no refusal (1.0.0 relays answer "unknown message").
            "ping" => {
                out.push(Out::To(conn, reply("null")));
                Verdict::Done
            }
            _ => fail(out, "unknown message"),
        }
    }

    /// The list `getAgents` answers: every agent, in creation order.
    pub(super) fn agent_list(&self) -> Result<String, &'static str> {
        let mut list = String::from("[");
        let listed = self.agents.values().filter(|a| !a.retired);
        for (i, agent) in listed.enumerate() {
            if list.len() + agent.info.len() > MAX_AGENT_LIST {
                return Err("too many agents to list (limit 1 MiB)");
            }
            if i > 0 {
                list.push(',');
            }
            list.push_str(&agent.info);
        }
        list.push(']');
        Ok(list)
    }
}
