//! Interest, both ways (docs/PROTOCOL.md#interest): which events of the
//! session's agents the page listens to, stated to a relay that agreed to
//! `interest` so that it sends only those; and, for our own agents, whether
//! anyone hears each of their events, as the relay tells us, so that an
//! event nobody hears is not sent.

use super::*;
use crate::protocol::packet::{push_json_str, FrameWriter, MAX_EVENT_NAME, SERVER};

/// What the page listens to: (agent id, event) pairs, as the body of their
/// `listen` (without an event: every event of the agent), each with how
/// many listened names stand for it (0: none, while the relay's place was
/// not told yet) and whether the place was told of it. The two differ
/// only while the session is down.
#[derive(Default)]
pub(super) struct Listening {
    pairs: Vec<(String, u32, bool)>,
}

/// The events of one local agent that someone listens to, as the relay
/// told (`None`: all of them).
#[derive(Default)]
pub(super) struct Ears {
    heard: Vec<Option<String>>,
}

impl Ears {
    fn hears(&self, name: &str) -> bool {
        (self.heard.iter()).any(|e| e.as_deref().is_none_or(|e| e == name))
    }
}

/// `{"agent":AGENT`: how the bodies of `agent`'s pairs begin.
fn agent_body(agent: &str) -> String {
    let mut body = FrameWriter::object().str("agent", agent).finish();
    body.pop();
    body
}

/// The body of the pair a listener of event `name` of `agent` stands for.
fn pair_body(agent: &str, name: &str) -> String {
    let mut body = agent_body(agent);
    if name.len() <= MAX_EVENT_NAME {
        body.push_str(",\"event\":");
        push_json_str(&mut body, name);
    }
    body.push('}');
    body
}

impl<H: Host> Client<H> {
    /// The page listens to event `name` of remote agent `agent` (its first
    /// listener came), or no longer does (its last went): a relay that
    /// agreed to `interest` is told, so that it sends only those events.
    pub fn listen(&mut self, agent: &str, name: &str, on: bool) {
        // An agent the session no longer has: the relay forgot it.
        if on && !self.remotes.contains_key(agent) {
            return;
        }
        let body = pair_body(agent, name);
        let pairs = &mut self.listening.pairs;
        let at = match pairs.iter().position(|p| p.0 == body) {
            Some(at) => at,
            None if on => {
                pairs.push((body, 0, false));
                pairs.len() - 1
            }
            None => return,
        };
        let count = &mut pairs[at].1;
        *count = if on {
            *count + 1
        } else {
            count.saturating_sub(1)
        };
        // While down, the pairs alone change: a resume sends the place
        // what it lacks, a new place is told all (nothing piles up).
        if self.phase == Phase::Open {
            self.sync_interest();
        }
    }

    /// Tells the relay's place what it lacks of what the page listens to
    /// (each change a call of the core's own, whose answer says only that
    /// it is made), and forgets the pairs nobody listens to any more.
    pub(super) fn sync_interest(&mut self) {
        let mut i = 0;
        while let Some((body, count, told)) = self.listening.pairs.get(i) {
            let want = *count > 0;
            if self.interest && want != *told {
                let (name, body) = (if want { "listen" } else { "unlisten" }, body.clone());
                self.request(SERVER, name, Content::Json(&body), Op::Listen, None, None);
                self.listening.pairs[i].2 = want;
            }
            match want || self.listening.pairs[i].2 {
                true => i += 1,
                false => drop(self.listening.pairs.swap_remove(i)),
            }
        }
    }

    /// A new place at the relay: what the page listens to is stated again
    /// (a resumed place keeps it), and nothing is known of who hears ours.
    pub(super) fn restate_interest(&mut self) {
        for local in self.locals.values_mut() {
            local.ears.heard.clear();
        }
        if !self.everything {
            self.everything = true;
            self.tell_all(true);
        }
        for pair in self.listening.pairs.iter_mut() {
            pair.2 = false;
        }
        self.sync_interest();
    }

    /// Remote agent `agent` went: the relay forgot who listened to it.
    pub(super) fn forget_interest(&mut self, agent: &str) {
        let head = agent_body(agent);
        let of = |b: &str| {
            b.strip_prefix(&head)
                .is_some_and(|r| matches!(r.as_bytes().first(), Some(b',' | b'}')))
        };
        self.listening.pairs.retain(|p| !of(&p.0));
    }

    /// Whether anyone in the session hears event `name` of local agent
    /// `agent` (every event is heard unless a relay that agreed to
    /// `interest` says otherwise).
    pub fn is_heard(&self, agent: &str, name: &str) -> bool {
        let ears = self.locals.get(agent).map(|l| &l.ears);
        if !self.interest || self.everything || ears.is_some_and(|e| e.hears(name)) {
            return true;
        }
        // The page listens to its own agent: the relay may not have said
        // so yet, and sends our events back to us.
        let mine = [pair_body(agent, name), agent_body(agent) + "}"];
        (self.listening.pairs.iter()).any(|p| p.1 > 0 && mine.contains(&p.0))
    }

    /// The relay's event `interest` (`body`): who hears the events of one
    /// of ours, or whether anyone hears every event. What changes is told
    /// (`Event::Interest`; of many names at once, with no name).
    pub(super) fn on_interest(&mut self, body: &H::Body) {
        if let Some(everything) = body.boolean("everything") {
            if everything != self.everything {
                self.everything = everything;
                self.tell_all(everything);
            }
            return;
        }
        let (Some(agent), Some(heard)) = (body.text("agent"), body.boolean("heard")) else {
            return;
        };
        let event = body.text("event");
        let Some(local) = self.locals.get_mut(&agent) else {
            return;
        };
        // (Of every event: whether that pair is heard, whatever the names.)
        let hears = |ears: &Ears| match event.as_deref() {
            Some(name) => ears.hears(name),
            None => ears.heard.contains(&None),
        };
        let was = hears(&local.ears);
        let at = local.ears.heard.iter().position(|e| *e == event);
        match (at, heard) {
            (None, true) => local.ears.heard.push(event.clone()),
            (Some(i), false) => drop(local.ears.heard.swap_remove(i)),
            _ => return,
        }
        if was != hears(&local.ears) && !self.everything {
            let local = local.handle.clone();
            self.events.push(Event::Interest {
                local,
                name: event,
                heard,
            });
        }
    }

    /// Many names of every local agent may have changed: each is told so.
    fn tell_all(&mut self, heard: bool) {
        for (_, l) in self.locals.iter() {
            let local = l.handle.clone();
            self.events.push(Event::Interest {
                local,
                name: None,
                heard,
            });
        }
    }
}
