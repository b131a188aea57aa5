//! Interest, both ways (docs/PROTOCOL.md#interest): which events of the
//! session's agents the page listens to, stated to a relay that agreed to
//! `interest` so that it sends only those; and, for our own agents, whether
//! anyone hears each of their events, as the relay tells us, so that an
//! event nobody hears is not sent.

use super::*;
use crate::protocol::packet::{push_json_str, FrameWriter, SERVER};

/// The longest event name a `listen` names; a listener of a longer one
/// listens to every event of its agent instead (the relay's bound too).
pub const MAX_LISTEN_NAME: usize = 256;

/// What the page listens to: (agent id, event) pairs, as the body of their
/// `listen` (without an event: every event of the agent), each with how
/// many listened names stand for it.
#[derive(Default)]
pub(super) struct Listening {
    pairs: Vec<(String, u32)>,
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

impl<H: Host> Client<H> {
    /// The page listens to event `name` of remote agent `agent` (its first
    /// listener came), or no longer does (its last went): a relay that
    /// agreed to `interest` is told, so that it sends only those events.
    pub fn listen(&mut self, agent: &str, name: &str, on: bool) {
        let mut body = agent_body(agent);
        if name.len() <= MAX_LISTEN_NAME {
            body.push_str(",\"event\":");
            push_json_str(&mut body, name);
        }
        body.push('}');
        let pairs = &mut self.listening.pairs;
        match (pairs.iter().position(|(b, _)| *b == body), on) {
            (Some(i), true) => return pairs[i].1 += 1,
            (Some(i), false) if pairs[i].1 > 1 => return pairs[i].1 -= 1,
            (Some(i), false) => drop(pairs.swap_remove(i)),
            (None, true) => pairs.push((body.clone(), 1)),
            (None, false) => return,
        }
        if self.interest && self.phase != Phase::Closed {
            self.state_interest(on, &body);
        }
    }

    /// Tells the relay of one change (a call of the core's own, whose
    /// answer says only that the change is made).
    fn state_interest(&mut self, on: bool, body: &str) {
        let name = if on { "listen" } else { "unlisten" };
        self.request(SERVER, name, Content::Json(body), Op::Listen, None, None);
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
        if self.interest {
            for (body, n) in core::mem::take(&mut self.listening.pairs) {
                self.state_interest(true, &body);
                self.listening.pairs.push((body, n));
            }
        }
    }

    /// Remote agent `agent` went: the relay forgot who listened to it.
    pub(super) fn forget_interest(&mut self, agent: &str) {
        let head = agent_body(agent);
        let of = |b: &str| {
            b.strip_prefix(&head)
                .is_some_and(|r| matches!(r.as_bytes().first(), Some(b',' | b'}')))
        };
        self.listening.pairs.retain(|(b, _)| !of(b));
    }

    /// Whether anyone in the session hears event `name` of local agent
    /// `agent` (every event is heard unless a relay that agreed to
    /// `interest` says otherwise).
    pub fn is_heard(&self, agent: &str, name: &str) -> bool {
        let ears = self.locals.get(agent).map(|l| &l.ears);
        !self.interest || self.everything || ears.is_some_and(|e| e.hears(name))
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
        let name = event.as_deref().unwrap_or_default();
        let Some(local) = self.locals.get_mut(&agent) else {
            return;
        };
        let was = local.ears.hears(name);
        let at = local.ears.heard.iter().position(|e| *e == event);
        match (at, heard) {
            (None, true) => local.ears.heard.push(event.clone()),
            (Some(i), false) => drop(local.ears.heard.swap_remove(i)),
            _ => return,
        }
        if was != local.ears.hears(name) && !self.everything {
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
