//! Interest, both ways (docs/PROTOCOL.md#interest): which events of the
//! session's agents the page listens to, stated to a relay that agreed to
//! `interest` so that it sends only those; and, for our own agents, whether
//! anyone hears each of their events, as the relay tells us, so that an
//! event nobody hears is not sent. The `Client`'s part: its state and that
//! state's rules are `listening`'s.

use super::listening::pair_body;
use super::*;
use crate::protocol::packet::SERVER;

impl<H: Host> Client<H> {
    /// The page listens to event `name` of remote agent `agent` (its first
    /// listener came), or no longer does (its last went): a relay that
    /// agreed to `interest` is told, so that it sends only those events.
    pub fn listen(&mut self, agent: &str, name: &str, on: bool) {
        // An agent the session no longer has: the relay forgot it.
        if on && !self.remotes.contains_key(agent) {
            return;
        }
        let counted = self.listening.count(pair_body(agent, name), on);
        // While down, the pairs alone change: a resume sends the place
        // what it lacks, a new place is told all (nothing piles up).
        if counted && self.phase == Phase::Open {
            self.sync_interest();
        }
    }

    /// Tells the relay's place what it lacks of what the page listens to
    /// (each change a call of the core's own, whose answer says only that
    /// it is made), and forgets the pairs nobody listens to any more.
    pub(super) fn sync_interest(&mut self) {
        // (Taken while the requests are made: they do not touch it.)
        let mut listening = core::mem::take(&mut self.listening);
        listening.sync(self.interest, |name, body| {
            self.request(SERVER, name, Content::Json(body), Op::Listen, None, None);
        });
        self.listening = listening;
    }

    /// A new place at the relay: what the page listens to is stated again
    /// (a resumed place keeps it), and nothing is known of who hears ours.
    pub(super) fn restate_interest(&mut self) {
        for local in self.locals.values_mut() {
            local.ears.clear();
        }
        if !self.everything {
            self.everything = true;
            self.tell_all(true);
        }
        self.listening.untell();
        self.sync_interest();
    }

    /// Remote agent `agent` went: the relay forgot who listened to it.
    pub(super) fn forget_interest(&mut self, agent: &str) {
        self.listening.forget(agent);
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
        self.listening.listens(agent, name)
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
        let was = local.ears.hears_pair(event.as_deref());
        if !local.ears.set(event.as_deref(), heard) {
            return;
        }
        if was != local.ears.hears_pair(event.as_deref()) && !self.everything {
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
