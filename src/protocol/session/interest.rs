//! Who hears which events in a session (PROTOCOL.md#interest), as an index
//! looked up once per event: the pairs (agent, event name) each member
//! listens to, under its cap; for each agent, which members and which other
//! relays listen to which of its events; the members and the relays that
//! hear every event. Bookkeeping only: what a change makes the relay send
//! (notices, messages to other relays) is the session's (`hearing`).

use crate::protocol::cluster::RelayId;
use crate::protocol::numbers::{NumberSet, Numbered};
use std::collections::{HashMap, HashSet};

/// A member of the session, by its number (`session::ConnId`).
type Member = u64;

/// An agent (its number in the session) and an event name; no name: every
/// event of that agent.
pub type Pair = (u64, Option<Box<str>>);

/// Who listens to one pair.
#[derive(Default)]
struct Listeners {
    members: NumberSet,
    relays: HashSet<RelayId>,
}

impl Listeners {
    fn is_empty(&self) -> bool {
        self.members.is_empty() && self.relays.is_empty()
    }
}

/// Who listens to one agent's events: to all of them, and by name.
#[derive(Default)]
struct AgentListeners {
    every: Listeners,
    names: HashMap<Box<str>, Listeners>,
}

impl AgentListeners {
    fn is_empty(&self) -> bool {
        self.every.is_empty() && self.names.is_empty()
    }
}

/// What a change did to one pair: `members`, Some(whether any member here
/// listens now) when that went between none and some; `anyone`, the same
/// for members and other relays together.
#[derive(Debug, PartialEq)]
pub struct Change {
    pub pair: Pair,
    pub members: Option<bool>,
    pub anyone: Option<bool>,
}

/// What a `listen` did.
#[derive(Debug, PartialEq)]
pub enum Listened {
    /// The member listened to it already: nothing changed.
    Already,
    /// Added; Some when that changed who hears the pair.
    Added(Option<Change>),
    /// The member listens to as many pairs as it may.
    Full,
}

/// The interest of one session.
#[derive(Default)]
pub struct Interest {
    /// The members that agreed to interest, with the pairs each listens to.
    listening: Numbered<HashSet<Pair>>,
    /// The members that did not: they hear every event.
    everything: NumberSet,
    /// Other relays with a member that hears every event.
    relays_everything: HashSet<RelayId>,
    /// Other relays that said what their members hear (until one does, it
    /// may be presumed to hear every event: `presume_everything`).
    stated: HashSet<RelayId>,
    by_agent: Numbered<AgentListeners>,
    /// The pairs each other relay listens to (of this relay's agents).
    by_relay: HashMap<RelayId, HashSet<Pair>>,
    /// The pairs members listen to, all together.
    held: usize,
    /// Whether someone hears every event, as members were last told.
    told_members: bool,
    /// Whether a member here hears every event, as relays were last told.
    told_relays: bool,
}

impl Interest {
    /// Whether no member agreed to interest: then every member hears every
    /// event, and the session sends it to all without looking anything up.
    pub fn firehose(&self) -> bool {
        self.listening.is_empty()
    }

    /// The members it knows: those that agreed to interest and the others.
    pub fn members(&self) -> usize {
        self.listening.len() + self.everything.len()
    }

    /// Whether `m` agreed to interest.
    pub fn listens(&self, m: Member) -> bool {
        self.listening.contains_key(&m)
    }

    /// The pairs members listen to, all together.
    pub fn held(&self) -> usize {
        self.held
    }

    /// Whether member `m` hears every event (it did not agree to interest,
    /// or went past its cap).
    pub fn hears_all(&self, m: Member) -> bool {
        self.everything.contains(&m)
    }

    /// Whether a member here hears every event.
    pub fn everything_here(&self) -> bool {
        !self.everything.is_empty()
    }

    /// Whether anyone in the session, here or on another relay, hears every event.
    pub fn everything_anywhere(&self) -> bool {
        self.everything_here() || !self.relays_everything.is_empty()
    }

    /// Member `m` joins, or says anew what it agreed: to hear only what it
    /// listens to, or every event. What it listened to before goes.
    pub fn enter(&mut self, m: Member, listens: bool) -> Vec<Change> {
        let changes = self.leave(m);
        match listens {
            true => drop(self.listening.insert(m, HashSet::new())),
            false => drop(self.everything.insert(m)),
        }
        changes
    }

    /// Member `m` leaves: what it listened to goes.
    pub fn leave(&mut self, m: Member) -> Vec<Change> {
        self.everything.remove(&m);
        let Some(pairs) = self.listening.remove(&m) else {
            return Vec::new();
        };
        self.held -= pairs.len();
        let gone = pairs.into_iter();
        gone.filter_map(|p| self.update(p, |l| l.members.remove(&m)))
            .collect()
    }

    /// Member `m` listens to `pair`, if it has room (`cap` pairs).
    pub fn listen(&mut self, m: Member, pair: Pair, cap: usize) -> Listened {
        let Some(pairs) = self.listening.get_mut(&m) else {
            return Listened::Already;
        };
        if pairs.contains(&pair) {
            return Listened::Already;
        }
        if pairs.len() >= cap {
            return Listened::Full;
        }
        pairs.insert(pair.clone());
        self.held += 1;
        Listened::Added(self.update(pair, |l| l.members.insert(m)))
    }

    /// Member `m` no longer listens to `pair`: None when it did not.
    pub fn unlisten(&mut self, m: Member, pair: Pair) -> Option<Option<Change>> {
        let pairs = self.listening.get_mut(&m)?;
        if !pairs.remove(&pair) {
            return None;
        }
        self.held -= 1;
        Some(self.update(pair, |l| l.members.remove(&m)))
    }

    /// Another relay listens to `pair` (of an agent of this relay's).
    pub fn relay_listen(&mut self, r: RelayId, pair: Pair) -> Option<Change> {
        self.stated.insert(r);
        let pairs = self.by_relay.entry(r).or_default();
        if !pairs.insert(pair.clone()) {
            return None;
        }
        self.update(pair, |l| l.relays.insert(r))
    }

    /// Another relay no longer listens to `pair`.
    pub fn relay_unlisten(&mut self, r: RelayId, pair: Pair) -> Option<Change> {
        let pairs = self.by_relay.get_mut(&r)?;
        if !pairs.remove(&pair) {
            return None;
        }
        if pairs.is_empty() {
            self.by_relay.remove(&r);
        }
        self.update(pair, |l| l.relays.remove(&r))
    }

    /// Another relay listens to `pairs` and nothing else.
    pub fn relay_listens_to(&mut self, r: RelayId, pairs: HashSet<Pair>) -> Vec<Change> {
        let old = self.by_relay.get(&r).cloned().unwrap_or_default();
        let gone = old.difference(&pairs).cloned().collect::<Vec<_>>();
        let new = pairs.difference(&old).cloned().collect::<Vec<_>>();
        let mut changes = Vec::new();
        changes.extend(gone.into_iter().filter_map(|p| self.relay_unlisten(r, p)));
        changes.extend(new.into_iter().filter_map(|p| self.relay_listen(r, p)));
        changes
    }

    /// Whether another relay has a member that hears every event.
    pub fn relay_everything(&mut self, r: RelayId, everything: bool) {
        self.stated.insert(r);
        match everything {
            true => drop(self.relays_everything.insert(r)),
            false => drop(self.relays_everything.remove(&r)),
        }
    }

    /// A relay new to the session (its hello) hears every event until it
    /// says what its members hear: true if it is presumed so now.
    pub fn presume_everything(&mut self, r: RelayId) -> bool {
        !self.stated.contains(&r) && self.relays_everything.insert(r)
    }

    /// Another relay is gone, or has no member in the session any more:
    /// its interest goes with it.
    pub fn relay_gone(&mut self, r: RelayId) -> Vec<Change> {
        self.relays_everything.remove(&r);
        self.stated.remove(&r);
        self.relay_listens_to(r, HashSet::new())
    }

    /// Agent `agent` is gone: nobody listens to it any more (nobody to tell).
    pub fn agent_gone(&mut self, agent: u64) {
        let Some(listeners) = self.by_agent.remove(&agent) else {
            return;
        };
        let named = listeners.names.into_iter().map(|(n, l)| (Some(n), l));
        for (name, l) in std::iter::once((None, listeners.every)).chain(named) {
            let pair = (agent, name);
            for m in l.members {
                let pairs = self.listening.get_mut(&m);
                self.held -= pairs.is_some_and(|p| p.remove(&pair)) as usize;
            }
            for r in l.relays {
                let pairs = self.by_relay.get_mut(&r);
                if pairs.is_some_and(|p| p.remove(&pair) && p.is_empty()) {
                    self.by_relay.remove(&r);
                }
            }
        }
    }

    /// The members that hear event `name` of agent `agent`, each once.
    pub fn hearers(&self, agent: u64, name: &str) -> Vec<Member> {
        let mut hearers: Vec<Member> = self.everything.iter().copied().collect();
        if let Some(a) = self.by_agent.get(&agent) {
            hearers.extend(a.every.members.iter().copied());
            if let Some(named) = a.names.get(name) {
                let not_twice = |m: &&Member| !a.every.members.contains(m);
                hearers.extend(named.members.iter().filter(not_twice).copied());
            }
        }
        hearers
    }

    /// The other relays that hear event `name` of agent `agent`, each once.
    pub fn relays_hearing(&self, agent: u64, name: &str) -> Vec<RelayId> {
        let mut relays: Vec<RelayId> = self.relays_everything.iter().copied().collect();
        if let Some(a) = self.by_agent.get(&agent) {
            let named = a.names.get(name).map(|l| &l.relays);
            for r in a.every.relays.iter().chain(named.into_iter().flatten()) {
                if !relays.contains(r) {
                    relays.push(*r);
                }
            }
        }
        relays
    }

    /// The pairs members here listen to, of the agents `of` says.
    pub fn members_pairs(&self, of: impl Fn(u64) -> bool) -> Vec<(u64, Option<&str>)> {
        let mut pairs = Vec::new();
        for (agent, a) in self.by_agent.iter().filter(|(n, _)| of(**n)) {
            if !a.every.members.is_empty() {
                pairs.push((*agent, None));
            }
            let named = a.names.iter().filter(|(_, l)| !l.members.is_empty());
            pairs.extend(named.map(|(name, _)| (*agent, Some(&**name))));
        }
        pairs
    }

    /// Whether someone hears every event, if that changed since members
    /// were last told (then they are deemed told).
    pub fn news_for_members(&mut self) -> Option<bool> {
        let now = self.everything_anywhere();
        (now != std::mem::replace(&mut self.told_members, now)).then_some(now)
    }

    /// Whether a member here hears every event, if that changed since the
    /// other relays were last told (then they are deemed told).
    pub fn news_for_relays(&mut self) -> Option<bool> {
        let now = self.everything_here();
        (now != std::mem::replace(&mut self.told_relays, now)).then_some(now)
    }

    /// Applies `change` to the listeners of `pair` (false: it changed
    /// nothing), forgetting those that are left empty; what it did.
    fn update(
        &mut self,
        pair: Pair,
        change: impl FnOnce(&mut Listeners) -> bool,
    ) -> Option<Change> {
        let (agent, name) = (pair.0, pair.1.as_deref());
        let a = self.by_agent.entry(agent).or_default();
        let l = match name {
            None => &mut a.every,
            Some(n) => a.names.entry(n.into()).or_default(),
        };
        let before = (!l.members.is_empty(), !l.is_empty());
        let changed = change(l);
        let after = (!l.members.is_empty(), !l.is_empty());
        if let (Some(n), false) = (name, after.1) {
            a.names.remove(n);
        }
        if a.is_empty() {
            self.by_agent.remove(&agent);
        }
        let crossed = |b: bool, a: bool| (b != a).then_some(a);
        let (members, anyone) = (crossed(before.0, after.0), crossed(before.1, after.1));
        (changed && (members.is_some() || anyone.is_some())).then_some(Change {
            pair,
            members,
            anyone,
        })
    }

    /// Checks the index against what each member and relay listens to, for
    /// `Session::check`: the same pairs both ways, the count of them, and
    /// no member over `cap`.
    pub fn check(&self, cap: usize) -> Result<(), String> {
        let mut held = 0;
        for (m, pairs) in &self.listening {
            if pairs.len() > cap {
                return Err(format!("{m} listens to {} pairs", pairs.len()));
            }
            held += pairs.len();
            for p in pairs {
                if !self.listeners(p).is_some_and(|l| l.members.contains(m)) {
                    return Err(format!("{m} listens to {p:?}, not in the index"));
                }
            }
        }
        if held != self.held {
            return Err(format!("{held} pairs held, counted {}", self.held));
        }
        for (r, pairs) in &self.by_relay {
            if pairs
                .iter()
                .any(|p| !self.listeners(p).is_some_and(|l| l.relays.contains(r)))
            {
                return Err(format!("relay {r:x} listens to pairs not in the index"));
            }
        }
        for (agent, a) in &self.by_agent {
            let named = a.names.iter().map(|(n, l)| (Some(n.clone()), l));
            for (name, l) in std::iter::once((None, &a.every)).chain(named) {
                let pair = (*agent, name);
                let members = l
                    .members
                    .iter()
                    .all(|m| self.listening.get(m).is_some_and(|p| p.contains(&pair)));
                let relays = l
                    .relays
                    .iter()
                    .all(|r| self.by_relay.get(r).is_some_and(|p| p.contains(&pair)));
                if !members || !relays || (pair.1.is_some() && l.is_empty()) {
                    return Err(format!("the index of {pair:?} is not what listens to it"));
                }
            }
        }
        Ok(())
    }

    fn listeners(&self, (agent, name): &Pair) -> Option<&Listeners> {
        let a = self.by_agent.get(agent)?;
        match name {
            None => Some(&a.every),
            Some(n) => a.names.get(n),
        }
    }
}
