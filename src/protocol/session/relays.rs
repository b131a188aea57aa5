//! A session spread over relays on NATS: the relays it knows there, the
//! directories they exchange, the agents of other relays, their events,
//! requests and answers between relays, and what is left when a relay or
//! NATS goes away. (What relays say of their members' interest is
//! `hearing`'s.)

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
    /// subject every relay hears), and this relay's own `agents` to those it
    /// knows (in order with what it says of them later): once the session
    /// appears, and again after NATS was lost.
    pub fn hello(&mut self, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let hello = cluster::hello(c.node.me, &c.node.hash);
        out.push(Out::Nats(cluster::HELLOS.into(), hello));
        let peers: Vec<RelayId> = c.peers.iter().copied().collect();
        peers.into_iter().for_each(|r| self.directory(r, out));
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

    /// `agents`, to relay `relay`: all of this relay's agents, and its
    /// members' interest (whether one hears every event, the pairs of
    /// `relay`'s agents they listen to).
    pub(super) fn directory(&self, relay: RelayId, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let mine = self.agents.values().filter(|a| a.remote_id.is_none());
        let everything = self.interest.everything_here();
        let listening = self.listening_to(relay);
        let msg = cluster::directory(
            c.node.me,
            &c.node.hash,
            mine.map(|a| a.info.as_str()),
            everything,
            &listening,
        );
        out.push(Out::Nats(cluster::relay_subject(relay), msg));
    }

    /// What this relay says of the session, to every relay it knows with a
    /// member in it.
    pub(super) fn to_peers(&self, msg: String, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        if let Some((last, rest)) = c.peers.iter().collect::<Vec<_>>().split_last() {
            for relay in rest {
                out.push(Out::Nats(cluster::relay_subject(**relay), msg.clone()));
            }
            out.push(Out::Nats(cluster::relay_subject(**last), msg));
        }
    }

    /// Relay `relay` has a member in the session: a relay new to this one
    /// is sent this relay's `agents` (so a relay that missed a hello learns
    /// of this one all the same).
    fn peer(&mut self, relay: RelayId, out: &mut Vec<Out>) {
        let Some(c) = &mut self.node else { return };
        if c.peers.insert(relay) {
            self.directory(relay, out);
        }
    }

    /// The session's last member left: the relays that knew of it are told
    /// (`none`), and it knows of none any more.
    pub(super) fn ended(&mut self, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let msg = cluster::none(c.node.me, &c.node.hash);
        self.to_peers(msg, out);
        if let Some(c) = &mut self.node {
            c.peers.clear();
        }
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

    /// Relay `relay`'s `agents`: its agents, all of them, and its members'
    /// interest; an answer to the hello.
    fn relay_agents(&mut self, relay: RelayId, msg: &cluster::Msg, out: &mut Vec<Out>) {
        let agents = msg.agents.clone().unwrap_or_default();
        self.relay_lists(relay, agents, out);
        let listening = msg.listening.as_deref().unwrap_or_default();
        self.relay_interest_all(relay, msg.everything == Some(true), listening, out);
        self.answered(Some(relay), out);
        self.peer(relay, out);
    }

    /// Relay `relay` has no member in the session (any more): no agent
    /// there, no interest either.
    fn relay_left(&mut self, relay: RelayId, out: &mut Vec<Out>) {
        if let Some(c) = &mut self.node {
            c.peers.remove(&relay);
        }
        self.relay_lists(relay, Vec::new(), out);
        self.relay_uninterested(relay, out);
        self.answered(Some(relay), out);
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

    /// An event of relay `relay`'s agent, which that relay sent here as a
    /// member hears it: to the members that do.
    fn remote_event(&self, relay: RelayId, text: &str, out: &mut Vec<Out>) {
        let Ok(Packet::Event { from, name, .. }) = packet::parse(text) else {
            return;
        };
        let number = self.number_of(&from);
        let Some(number) = number.filter(|n| self.agents[n].owner == Owner::Relay(relay)) else {
            return;
        };
        self.to_hearers(number, &name, Some(text), out);
    }

    /// A message of another relay about this session: on this relay's own
    /// subject, or a `hello` (on the subject every relay hears).
    pub fn from_relay(&mut self, msg: &cluster::Msg, out: &mut Vec<Out>) {
        let Some(relay) = msg
            .relay()
            .filter(|r| self.node.is_some() && Some(*r) != self.me())
        else {
            return;
        };
        match msg.op.as_ref() {
            // Answered even by a relay that knows the asker: NATS was lost.
            "hello" => {
                if let Some(c) = &mut self.node {
                    c.peers.insert(relay);
                }
                // Until its `agents` says what its members hear, a relay
                // that says hello hears every event: its members may see
                // this relay's agents before this relay hears of them.
                if self.interest.presume_everything(relay) {
                    self.settle_everything(out);
                }
                self.directory(relay, out);
            }
            "agents" => self.relay_agents(relay, msg, out),
            "none" => self.relay_left(relay, out),
            "created" => {
                self.peer(relay, out);
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
            "everything" | "listen" | "unlisten" => {
                self.peer(relay, out);
                self.relay_interest(relay, msg, out);
            }
            "event" => {
                if let Some(body) = msg.body {
                    self.remote_event(relay, body.get(), out);
                }
            }
            "cancel" => self.called_off(relay, msg, out),
            _ => self.call_message(relay, msg, out),
        }
    }

    /// The caller on relay `relay` gave up requests it sent here (`ns`):
    /// they are forgotten, and their agents told.
    fn called_off(&mut self, relay: RelayId, msg: &cluster::Msg, out: &mut Vec<Out>) {
        let Some(ns) = &msg.ns else { return };
        let ns: std::collections::HashSet<&u64> = ns.iter().collect();
        let called_off =
            |p: &Pending| matches!(p.asker, Asker::Relay(r, n) if r == relay && ns.contains(&n));
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
    }

    /// A request to one of this relay's agents, or a chunk, credit or
    /// response of a call between relays.
    fn call_message(&mut self, relay: RelayId, msg: &cluster::Msg, out: &mut Vec<Out>) {
        let Some(n) = msg.n else {
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
    /// destroyed for every member here, its requests forgotten, and its
    /// interest with them.
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
        if let Some(c) = &mut self.node {
            c.peers.remove(&relay);
        }
        self.relay_uninterested(relay, out);
        self.answered(Some(relay), out);
    }

    /// The other relays known to have a member in the session, or that hold
    /// agents of it.
    pub fn relays(&self) -> Vec<RelayId> {
        let owners = self.agents.values().filter_map(|a| match a.owner {
            Owner::Relay(r) => Some(r),
            Owner::Conn(_) => None,
        });
        let peers = self.node.iter().flat_map(|c| c.peers.iter().copied());
        let mut relays: Vec<RelayId> = owners.chain(peers).collect();
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
        self.interest.agent_gone(number);
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
