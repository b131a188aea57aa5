//! Interest as the session applies it (PROTOCOL.md#interest): `listen` and
//! `unlisten` from members that agreed to it, whom an event goes to (here,
//! and which other relays), the `interest` notices to the clients of
//! agents, and what relays tell each other of their members' interest
//! (docs/CLUSTER.md). The index itself is `interest`'s.

use super::interest::{Change, Listened, Pair};
use super::*;
use std::borrow::Cow;

/// The agent id and the event name (none: every event) of a `listen`.
fn listen_body(body: Option<&RawValue>) -> Option<(Cow<'_, str>, Option<Cow<'_, str>>)> {
    #[derive(Deserialize)]
    struct Body<'a> {
        #[serde(borrow)]
        agent: Cow<'a, str>,
        #[serde(borrow, default)]
        event: Option<Cow<'a, str>>,
    }
    // (An array would read as a struct's fields in order.)
    let body = Some(body?.get()).filter(|b| b.trim_start().starts_with('{'))?;
    let body: Body = serde_json::from_str(body).ok()?;
    let short = body
        .event
        .as_ref()
        .is_none_or(|e| e.len() <= MAX_EVENT_NAME);
    short.then_some((body.agent, body.event))
}

/// The event `interest` from `server`, with this body.
fn interest_event(body: &str) -> String {
    FrameWriter::new("event")
        .str("name", "interest")
        .str("from", SERVER)
        .raw("body", body)
        .finish()
}

fn bool_text(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

impl<T> Member<T> {
    /// Whether it is told who hears what: it agreed to interest, and may
    /// hold agents (a call over HTTP may not).
    fn told_of_interest(&self) -> bool {
        self.agreed.interest && self.create != Create::Never
    }
}

impl<T> Session<T> {
    /// `listen` (or not: `unlisten`) from `conn`, a member that agreed to
    /// interest: the response's body (`true`, or `false` for no such agent
    /// or, unlistening, no such pair), or an error. What it changes is sent
    /// first, so that it precedes anything the member does next.
    pub(super) fn listen_request(
        &mut self,
        conn: ConnId,
        listen: bool,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Result<&'static str, &'static str> {
        let (agent, event) = listen_body(body).ok_or(LISTEN_MALFORMED)?;
        let Some(number) = self.number_of(&agent) else {
            return Ok("false");
        };
        let pair: Pair = (number, event.map(|e| e.into()));
        let change = match listen {
            true => match self.interest.listen(conn, pair, self.limits.interest) {
                Listened::Full => {
                    // Past its cap, it hears every event (its pairs freed),
                    // as a client that did not ask: never fewer than it
                    // listens to. Whoever hears every event is told first.
                    let freed = self.interest.enter(conn, false);
                    self.settle_everything(out);
                    self.changes(freed, out);
                    return Err(TOO_MANY_LISTENED);
                }
                Listened::Already => None,
                Listened::Added(change) => change,
            },
            false => match self.interest.unlisten(conn, pair) {
                None => return Ok("false"),
                Some(change) => change,
            },
        };
        self.changes(change.into_iter().collect(), out);
        Ok("true")
    }

    /// What changes of who listens to pairs make the relay send: of this
    /// relay's agent, its client is told whether anyone hears the pair (if
    /// it agreed to interest); of another relay's, that relay is told
    /// whether a member here listens to it.
    pub(super) fn changes(&self, changes: Vec<Change>, out: &mut Vec<Out>) {
        for Change {
            pair: (agent, name),
            members,
            anyone,
        } in changes
        {
            let name = name.as_deref();
            match self.agents.get(&agent).map(|a| a.owner) {
                Some(Owner::Conn(owner)) => {
                    if let Some(heard) = anyone {
                        self.tell_heard(owner, agent, name, heard, out);
                    }
                }
                Some(Owner::Relay(relay)) => {
                    let (Some(listens), Some(c)) = (members, &self.node) else {
                        continue;
                    };
                    let id = self.wire_id(agent);
                    let msg = cluster::listen(c.node.me, &c.node.hash, listens, &id, name);
                    out.push(Out::Nats(cluster::relay_subject(relay), msg));
                }
                None => {}
            }
        }
    }

    /// Tells `owner` whether anyone hears event `name` (none: every event)
    /// of its agent `agent`, if it agreed to interest.
    fn tell_heard(
        &self,
        owner: ConnId,
        agent: u64,
        name: Option<&str>,
        heard: bool,
        out: &mut Vec<Out>,
    ) {
        if !self.conns.get(&owner).is_some_and(Member::told_of_interest) {
            return;
        }
        let body = FrameWriter::object().str("agent", &self.agent_id(agent));
        let body = match name {
            Some(name) => body.str("event", name),
            None => body,
        };
        let body = body.raw("heard", bool_text(heard)).finish();
        out.push(Out::To(owner, interest_event(&body)));
    }

    /// Tells `conn` whether anyone hears every event (if it is told of
    /// interest at all).
    pub(super) fn tell_everything(&self, conn: ConnId, everything: bool, out: &mut Vec<Out>) {
        if !self.conns.get(&conn).is_some_and(Member::told_of_interest) {
            return;
        }
        let body = FrameWriter::object()
            .raw("everything", bool_text(everything))
            .finish();
        out.push(Out::To(conn, interest_event(&body)));
    }

    /// Whether anyone hears every event, told to the members that agreed
    /// to interest (and may have agents) if that changed since they were
    /// last told, and whether a member here does, to the other relays:
    /// whether members were told.
    pub(super) fn settle_everything(&mut self, out: &mut Vec<Out>) -> bool {
        let news = self.interest.news_for_members();
        if let Some(everything) = news {
            for (conn, _) in self.conns.iter().filter(|(_, m)| m.told_of_interest()) {
                self.tell_everything(*conn, everything, out);
            }
        }
        if let (Some(everything), Some(c)) = (self.interest.news_for_relays(), &self.node) {
            let msg = cluster::everything(c.node.me, &c.node.hash, everything);
            self.to_peers(msg, out);
        }
        news.is_some()
    }

    /// Event `name` of this relay's agent `number` (`text`, the input being
    /// handled): to the members that hear it, and to each other relay with
    /// a member that does.
    pub(super) fn hear_event(&self, number: u64, name: &str, text: &str, out: &mut Vec<Out>) {
        self.to_hearers(number, name, None, out);
        let Some(c) = &self.node else { return };
        let relays = self.interest.relays_hearing(number, name);
        if let Some((last, rest)) = relays.split_last() {
            let msg = cluster::event(c.node.me, &c.node.hash, text);
            for relay in rest {
                out.push(Out::Nats(cluster::relay_subject(*relay), msg.clone()));
            }
            out.push(Out::Nats(cluster::relay_subject(*last), msg));
        }
    }

    /// Event `name` of agent `number` (`text`; None: the input being
    /// handled) to the members that hear it. When no member agreed to
    /// interest, to all, as 1.0.0 does, with nothing looked up.
    pub(super) fn to_hearers(
        &self,
        number: u64,
        name: &str,
        text: Option<&str>,
        out: &mut Vec<Out>,
    ) {
        let all = || text.map_or(Out::AllInput, |t| Out::All(t.to_owned()));
        if self.interest.firehose() {
            return out.push(all());
        }
        let hearers = self.interest.hearers(number, name);
        if hearers.len() == self.conns.len() {
            out.push(all());
        } else if !hearers.is_empty() {
            out.push(match text {
                None => Out::EachInput(hearers),
                Some(t) => Out::Each(hearers, t.to_owned()),
            });
        }
    }

    /// Another relay's word on its members' interest: whether one hears
    /// every event (`everything`), or listens to a pair of an agent of this
    /// relay's (`listen`, `unlisten`).
    pub(super) fn relay_interest(
        &mut self,
        relay: RelayId,
        msg: &cluster::Msg,
        out: &mut Vec<Out>,
    ) {
        if msg.op == "everything" {
            self.interest
                .relay_everything(relay, msg.everything == Some(true));
            self.settle_everything(out);
            return;
        }
        let number = msg.id.as_deref().and_then(|id| self.mine(id));
        let Some(number) = number else { return };
        let pair = (number, msg.name.as_deref().map(Into::into));
        let change = match msg.op == "listen" {
            true => self.interest.relay_listen(relay, pair),
            false => self.interest.relay_unlisten(relay, pair),
        };
        self.changes(change.into_iter().collect(), out);
    }

    /// Another relay's whole interest, as its `agents` says: whether a member
    /// there hears every event, and the pairs of this relay's agents its
    /// members listen to (none other).
    pub(super) fn relay_interest_all(
        &mut self,
        relay: RelayId,
        everything: bool,
        listening: &[(String, Option<String>)],
        out: &mut Vec<Out>,
    ) {
        self.interest.relay_everything(relay, everything);
        let pairs = listening.iter().filter_map(|(id, name)| {
            let number = self.mine(id)?;
            Some((number, name.as_deref().map(Into::into)))
        });
        let changes = self.interest.relay_listens_to(relay, pairs.collect());
        self.changes(changes, out);
        self.settle_everything(out);
    }

    /// Another relay has no interest left here (it is gone, or has no
    /// member in the session).
    pub(super) fn relay_uninterested(&mut self, relay: RelayId, out: &mut Vec<Out>) {
        let changes = self.interest.relay_gone(relay);
        self.changes(changes, out);
        self.settle_everything(out);
    }

    /// The pairs of relay `relay`'s agents that members here listen to
    /// (for its `agents`): agent id, event name.
    pub(super) fn listening_to(&self, relay: RelayId) -> Vec<(String, Option<&str>)> {
        let of = |n: u64| {
            self.agents
                .get(&n)
                .is_some_and(|a| a.owner == Owner::Relay(relay))
        };
        let pairs = self.interest.members_pairs(of).into_iter();
        pairs.map(|(n, name)| (self.wire_id(n), name)).collect()
    }

    /// The number of this relay's live agent `id`, held by a member.
    fn mine(&self, id: &str) -> Option<u64> {
        let n = self.local_number(id)?;
        matches!(self.agents.get(&n)?.owner, Owner::Conn(_)).then_some(n)
    }
}
