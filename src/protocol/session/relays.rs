//! A session spread over relays on NATS: the directories they exchange,
//! the agents of other relays, requests and answers between relays, and
//! what is left when a relay or NATS goes away.

use super::*;

impl<T> Session<T> {
    /// From now on, `getAgents` waits until each relay of `awaiting` has
    /// answered this relay's `hello`, or `gathered` is called: a session
    /// expects the relays alive when it appears (before any frame of its
    /// first member), and again when it says hello after NATS was lost.
    pub fn expect(&mut self, awaiting: Vec<RelayId>) {
        if let Some(c) = &mut self.node {
            c.awaiting = awaiting;
            c.round = c.round.wrapping_add(1);
        }
    }

    /// Which wait (`expect`) the session is in.
    pub fn round(&self) -> u32 {
        self.node.as_ref().map_or(0, |c| c.round)
    }

    /// `gathered`, if the session still is in wait `round`: a timer
    /// started for an earlier wait does not cut a later one short.
    pub fn gathered_after(&mut self, round: u32, out: &mut Vec<Out>) {
        if self.round() == round {
            self.gathered(out);
        }
    }

    /// The `hello` that asks the other relays for their agents (on the
    /// subject every relay hears), and this relay's own (on the session's,
    /// in order with what it says of them later): once the session listens
    /// to its subject, and again after NATS was lost.
    pub fn hello(&mut self, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let hello = cluster::hello(c.node.me, &c.node.hash);
        out.push(Out::Nats(cluster::HELLOS.into(), hello));
        self.directory(out);
        self.answered(None, out);
    }

    /// Relay `relay` answered the hello (None: no relay, only a look):
    /// once all have, or `gathered` says to stop waiting, held `getAgents`
    /// are answered.
    pub(super) fn answered(&mut self, relay: Option<RelayId>, out: &mut Vec<Out>) {
        let Some(c) = &mut self.node else { return };
        c.awaiting.retain(|r| Some(*r) != relay);
        if c.awaiting.is_empty() {
            self.gathered(out);
        }
    }

    /// Stops waiting for the other relays' agents: held `getAgents` are
    /// answered with what is known.
    pub fn gathered(&mut self, out: &mut Vec<Out>) {
        let Some(c) = &mut self.node else { return };
        c.awaiting.clear();
        let held = std::mem::take(&mut c.held);
        let list = self.agent_list();
        for h in held {
            let frame = match &list {
                Ok(list) => FrameWriter::new("response")
                    .str("name", &h.name)
                    .str("from", SERVER)
                    .raw("id", &h.id)
                    .raw("body", list)
                    .finish(),
                Err(e) => error_response(Some(&h.name), SERVER, Some(&h.id), e),
            };
            out.push(Out::To(h.conn, frame));
        }
    }

    /// `agents`: all of this relay's agents, on the session's subject.
    pub(super) fn directory(&self, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let mine = self.agents.values().filter(|a| a.remote_id.is_none());
        let msg = cluster::directory(c.node.me, mine.map(|a| a.info.as_str()));
        out.push(Out::Nats(c.subject.clone(), msg));
    }

    /// Relay `relay`'s agents are those of `agents`, all of them: those
    /// not listed are gone.
    pub(super) fn relay_lists(
        &mut self,
        relay: RelayId,
        agents: Vec<&RawValue>,
        out: &mut Vec<Out>,
    ) {
        let mut listed = std::collections::HashSet::with_capacity(agents.len());
        for info in agents {
            listed.extend(self.add_remote(relay, info, out));
        }
        let gone: Vec<u64> = (self.agents.iter())
            .filter(|(n, a)| a.owner == Owner::Relay(relay) && !a.retired && !listed.contains(n))
            .map(|(n, _)| *n)
            .collect();
        gone.into_iter().for_each(|n| self.retire(n, out));
    }

    /// A payload on the session's subject, from another relay: an event of
    /// one of its agents, or news of its agents.
    pub fn from_session(&mut self, payload: &str, out: &mut Vec<Out>) {
        if self.node.is_none() {
            return;
        }
        if let Some(event) = payload.strip_prefix(cluster::EVENT_MARK as char) {
            return self.remote_event(event, out);
        }
        let Some(msg) = cluster::parse(payload) else {
            return;
        };
        let Some(relay) = msg.relay().filter(|r| Some(*r) != self.me()) else {
            return;
        };
        match msg.op.as_ref() {
            // Its own agents come on the session's subject, as `agents`.
            "hello" => self.directory(out),
            // All of them; `none`: no member there, so no agent either.
            "agents" | "none" => {
                self.relay_lists(relay, msg.agents.unwrap_or_default(), out);
                self.answered(Some(relay), out);
            }
            "created" => {
                if let Some(info) = msg.agent {
                    self.add_remote(relay, info, out);
                }
            }
            "destroyed" => {
                let id = msg.id.as_deref().unwrap_or_default();
                let number = self.remote.get(id).copied();
                let owned = number.filter(|n| self.agents[n].owner == Owner::Relay(relay));
                if let Some(n) = owned {
                    self.retire(n, out);
                }
            }
            _ => {}
        }
    }

    pub(super) fn me(&self) -> Option<RelayId> {
        self.node.as_ref().map(|c| c.node.me)
    }

    /// Another relay's agent, described by `info`, unless known already;
    /// its number.
    pub(super) fn add_remote(
        &mut self,
        relay: RelayId,
        info: &RawValue,
        out: &mut Vec<Out>,
    ) -> Option<u64> {
        let fields = agent_fields(Some(info));
        let id: String = serde_json::from_str(fields.id?.get()).ok()?;
        if cluster::owner_of(&id) != Some(relay) || Some(relay) == self.me() {
            return None;
        }
        if let Some(n) = self.remote.get(id.as_str()) {
            // Retired, it stays gone.
            return Some(*n).filter(|n| !self.agents[n].retired);
        }
        let name = fields
            .name
            .and_then(|n| serde_json::from_str::<String>(n.get()).ok());
        let number = self.next_agent;
        self.next_agent += 1;
        out.push(announce("agentCreated", info.get()));
        let id: Box<str> = id.into();
        self.remote.insert(id.clone(), number);
        let agent = Agent {
            owner: Owner::Relay(relay),
            info: info.get().to_owned(),
            name: name.map(String::into_boxed_str),
            remote_id: Some(id),
            retired: false,
        };
        self.agents.insert(number, agent);
        Some(number)
    }

    /// An event another relay's agent sent: to every member here.
    pub(super) fn remote_event(&mut self, text: &str, out: &mut Vec<Out>) {
        let Ok(Packet::Event { from, .. }) = packet::parse(text) else {
            return;
        };
        if self
            .number_of(&from)
            .is_some_and(|n| self.agents[&n].remote_id.is_some())
        {
            out.push(Out::All(text.to_owned()));
        }
    }

    /// A message on this relay's own subject about this session: a request
    /// to one of its agents, or the response to one it sent.
    pub fn from_relay(&mut self, msg: &cluster::Msg, out: &mut Vec<Out>) {
        if self.node.is_none() {
            return;
        }
        if let (Some(relay), Some(ns), "cancel") = (msg.relay(), &msg.ns, msg.op.as_ref()) {
            let ns: std::collections::HashSet<&u64> = ns.iter().collect();
            let called_off = |p: &Pending| matches!(p.asker, Asker::Relay(r, n) if r == relay && ns.contains(&n));
            let mut gone = Vec::new();
            self.pending.retain(|n, p| {
                if called_off(p) {
                    gone.push((*n, p.agent));
                }
                !called_off(p)
            });
            let why = msg.error.as_deref().unwrap_or(CANCELLED);
            for (n, agent) in gone {
                self.cancel_at_agent(n, agent, why, out);
            }
            return;
        }
        let (Some(relay), Some(n)) = (msg.relay(), msg.n) else {
            return;
        };
        let Some(c) = &self.node else { return };
        let (to, from) = (msg.to.as_deref(), msg.from.as_deref());
        let name = msg.name.as_deref().unwrap_or_default();
        match msg.op.as_ref() {
            "request" => {
                let to = to.unwrap_or_default();
                let number = self.local_number(to);
                let owner = number.and_then(|n| self.agents.get(&n)).map(|a| a.owner);
                let (Some(number), Some(Owner::Conn(owner))) = (number, owner) else {
                    let answer = cluster::not_found(c.node.me, msg);
                    return out.extend(answer.map(|(subject, answer)| Out::Nats(subject, answer)));
                };
                let relay_id = self.wait(Asker::Relay(relay, n), "", number, name);
                let body = msg.body.map_or("null", RawValue::get);
                let agreed = self.agreed_by_owner(number);
                let stream =
                    (msg.stream).filter(|n| agreed.streams && (1..=MAX_CREDIT).contains(n));
                let timeout = msg.timeout.filter(|_| agreed.cancel);
                if let Some(p) = self.pending.get_mut(&relay_id) {
                    p.credit = stream;
                }
                out.push(Out::To(
                    owner,
                    request_frame(name, to, relay_id, body, (timeout, stream)),
                ));
            }
            // A chunk of the stream this relay asked for under `n`.
            "chunk" => {
                let from = from.unwrap_or_default();
                if !self.remote_answers(relay, n, from) {
                    return; // late: it ended, or it was cancelled
                }
                let Some(credit) = self.pending.get_mut(&n).and_then(|p| p.credit.as_mut()) else {
                    return;
                };
                if *credit == 0 {
                    return self.fail(n, CREDIT_EXCEEDED, out);
                }
                *credit -= 1;
                self.pass_chunk(n, from, msg.body, out);
            }
            // The caller on `relay` of its request `n`, a stream to one of
            // this relay's agents, grants more.
            "credit" => {
                let asked = (self.pending.iter())
                    .find(|(_, p)| p.asker == Asker::Relay(relay, n))
                    .map(|(mine, _)| *mine);
                if let (Some(mine), Some(more)) = (asked, msg.stream) {
                    self.add_credit(mine, more.clamp(1, MAX_CREDIT), out);
                }
            }
            "response" => {
                let from = from.unwrap_or_default();
                let answers = self.remote_answers(relay, n, from);
                let Some(p) = answers.then(|| self.pending.remove(&n)).flatten() else {
                    return; // late: it timed out, or its requester left
                };
                self.drop_if_retired(p.agent);
                let name = Some(name).filter(|n| !n.is_empty());
                self.answer(p, name, from, msg.body, msg.error.as_deref(), out);
            }
            _ => {}
        }
    }

    /// Whether this relay's waiting request `n` went to agent `from` of
    /// relay `relay` (which may answer it, or send its chunks).
    fn remote_answers(&self, relay: RelayId, n: u64, from: &str) -> bool {
        self.pending.get(&n).is_some_and(|p| {
            let agent = self.agents.get(&p.agent);
            agent.is_some_and(|a| {
                a.owner == Owner::Relay(relay) && a.remote_id.as_deref() == Some(from)
            })
        })
    }

    /// NATS said no relay listens where request `n` went: it fails.
    pub fn unreachable(&mut self, n: u64, out: &mut Vec<Out>) {
        let to_remote = self.pending.get(&n).and_then(|p| self.agents.get(&p.agent));
        if to_remote.is_some_and(|a| a.remote_id.is_some()) {
            self.fail(n, cluster::UNREACHABLE, out);
        }
    }

    /// The connection to NATS was lost: requests sent to other relays'
    /// agents may be lost with it, so they fail.
    pub fn nats_lost(&mut self, out: &mut Vec<Out>) {
        let agents = &self.agents;
        let lost: Vec<u64> = (self.pending.iter())
            .filter(|(_, p)| agents.get(&p.agent).is_some_and(|a| a.remote_id.is_some()))
            .map(|(n, _)| *n)
            .collect();
        lost.into_iter()
            .for_each(|n| self.fail(n, cluster::UNREACHABLE, out));
    }

    /// Relay `relay` is gone (unheard for too long): its agents are
    /// destroyed for every member here, and its requests forgotten.
    pub fn relay_gone(&mut self, relay: RelayId, out: &mut Vec<Out>) {
        let its: Vec<u64> = (self.agents.iter())
            .filter(|(_, a)| a.owner == Owner::Relay(relay))
            .map(|(n, _)| *n)
            .collect();
        its.into_iter().for_each(|n| self.destroy(n, out));
        // Its callers are gone with it: their requests are cancelled here.
        let mut gone = Vec::new();
        self.pending.retain(|n, p| {
            let theirs = matches!(p.asker, Asker::Relay(r, _) if r == relay);
            if theirs {
                gone.push((*n, p.agent));
            }
            !theirs
        });
        for (n, agent) in gone {
            self.cancel_at_agent(n, agent, CALLER_LEFT, out);
        }
        self.answered(Some(relay), out);
    }

    /// The other relays that hold agents of this session.
    pub fn relays(&self) -> Vec<RelayId> {
        let mut relays: Vec<RelayId> = (self.agents.values())
            .filter_map(|a| match a.owner {
                Owner::Relay(r) => Some(r),
                Owner::Conn(_) => None,
            })
            .collect();
        relays.sort_unstable();
        relays.dedup();
        relays
    }

    /// Another relay says its agent `number` is gone: members hear it at
    /// once, and requests waiting on it wait for the owner's answers (its
    /// responses, or errors), which come by another subject: the agent is
    /// kept, retired, until they have come.
    pub(super) fn retire(&mut self, number: u64, out: &mut Vec<Out>) {
        if !self.pending.values().any(|p| p.agent == number) {
            return self.destroy(number, out);
        }
        let Some(agent) = self.agents.get_mut(&number).filter(|a| !a.retired) else {
            return;
        };
        agent.retired = true;
        out.push(announce("agentDestroyed", &agent.info));
    }

    /// Forgets retired agent `number` once no request waits on it.
    pub(super) fn drop_if_retired(&mut self, number: u64) {
        let retired = self.agents.get(&number).is_some_and(|a| a.retired);
        if retired && !self.pending.values().any(|p| p.agent == number) {
            if let Some(id) = self.agents.remove(&number).and_then(|a| a.remote_id) {
                self.remote.remove(&id);
            }
        }
    }
}
