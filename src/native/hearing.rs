//! Who hears a native client's agents, as their `Agent::interest` streams
//! are told: for each agent with such a stream, the event names it knows of
//! (emitted, asked about with `is_heard`, or told of; up to 256, as a
//! page's `onInterest`) and whether each is heard, to tell what changed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

/// The most event names kept for one agent.
const KNOWN: usize = 256;

/// Where one `Agent::interest` stream is told `(name, heard)`.
pub(super) type Tell = mpsc::UnboundedSender<(String, bool)>;

/// One agent's streams and what they were told.
struct Ears {
    /// The agent's id, rebound after a reconnect (the task's `Local`).
    agent: Arc<Mutex<String>>,
    known: HashMap<String, bool>,
    tells: Vec<Tell>,
}

impl Ears {
    fn is(&self, id: &str) -> bool {
        *self.agent.lock().unwrap() == id
    }

    /// Keeps `heard` for `name`, when it is known or there is room: true
    /// when that is news.
    fn keep(&mut self, name: &str, heard: bool) -> bool {
        if self.known.get(name) == Some(&heard) {
            return false;
        }
        if self.known.contains_key(name) || self.known.len() < KNOWN {
            self.known.insert(name.to_owned(), heard);
        }
        true
    }
}

/// The agents of a session that have `interest` streams.
#[derive(Default)]
pub(super) struct Hearing(Vec<Ears>);

impl Hearing {
    /// A new stream of `agent`'s.
    pub(super) fn add(&mut self, agent: Arc<Mutex<String>>, tell: Tell) {
        match self.0.iter_mut().find(|e| Arc::ptr_eq(&e.agent, &agent)) {
            Some(e) => {
                e.tells.retain(|t| !t.is_closed());
                e.tells.push(tell);
            }
            None => self.0.push(Ears {
                agent,
                known: HashMap::new(),
                tells: vec![tell],
            }),
        }
    }

    /// Agent `id` emits or asks about `name`, whose hearing `heard` says:
    /// kept when the agent has streams and the name is new to them.
    pub(super) fn know(&mut self, id: &str, name: &str, heard: impl FnOnce() -> bool) {
        if let Some(e) = self.0.iter_mut().find(|e| e.is(id)) {
            if !e.known.contains_key(name) {
                e.keep(name, heard());
            }
        }
    }

    /// The core says event `name` of `agent` is heard or no longer, or,
    /// with no name, that many may have changed (`is_heard` says which):
    /// the agent's streams are told what changed. Streams dropped are let
    /// go, and an agent without any left.
    pub(super) fn changed(
        &mut self,
        agent: &Arc<Mutex<String>>,
        name: Option<&str>,
        heard: bool,
        is_heard: impl Fn(&str, &str) -> bool,
    ) {
        let Some(e) = self.0.iter_mut().find(|e| Arc::ptr_eq(&e.agent, agent)) else {
            return;
        };
        let told: Vec<(String, bool)> = match name {
            Some(name) => match e.keep(name, heard) {
                true => vec![(name.to_owned(), heard)],
                false => vec![],
            },
            None => {
                let id = e.agent.lock().unwrap().clone();
                let now: Vec<(String, bool)> = (e.known.keys())
                    .map(|n| (n.clone(), is_heard(&id, n)))
                    .collect();
                now.into_iter().filter(|(n, h)| e.keep(n, *h)).collect()
            }
        };
        for t in told {
            e.tells.retain(|tell| tell.send(t.clone()).is_ok());
        }
        self.0.retain(|e| e.tells.iter().any(|t| !t.is_closed()));
    }

    /// Agent `id` is destroyed: its streams end.
    pub(super) fn forget(&mut self, id: &str) {
        self.0.retain(|e| !e.is(id));
    }

    /// The session is closed: every stream ends.
    pub(super) fn clear(&mut self) {
        self.0.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agent_keeps_at_most_256_names_and_is_told_of_those_that_change() {
        let agent = Arc::new(Mutex::new("a1".to_owned()));
        let (tell, mut told) = mpsc::unbounded_channel();
        let mut hearing = Hearing::default();
        hearing.add(agent.clone(), tell);
        for n in 0..300 {
            hearing.know("a1", &format!("e{n}"), || false);
        }
        // Many names may have changed: each kept one is asked, and told.
        hearing.changed(&agent, None, true, |id, _| id == "a1");
        let mut names = 0;
        while let Ok((_, heard)) = told.try_recv() {
            assert!(heard);
            names += 1;
        }
        assert_eq!(names, KNOWN);
        // One name: told when it changes, not when it does not.
        hearing.changed(&agent, Some("e0"), true, |_, _| true);
        hearing.changed(&agent, Some("e0"), false, |_, _| false);
        assert_eq!(told.try_recv().ok(), Some(("e0".to_owned(), false)));
        assert!(told.try_recv().is_err());
    }
}
