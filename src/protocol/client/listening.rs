//! The state of interest on the client's side: what the page listens to,
//! as the pairs stated to the relay with their counts (`Listening`), and
//! which events of one local agent someone hears, as the relay told
//! (`Ears`). `interest` (the `Client`'s part) keeps them in step with the
//! relay.

use crate::protocol::packet::{push_json_str, FrameWriter, MAX_EVENT_NAME};
use alloc::string::String;
use alloc::vec::Vec;

/// `{"agent":AGENT`: how the bodies of `agent`'s pairs begin.
fn agent_body(agent: &str) -> String {
    let mut body = FrameWriter::object().str("agent", agent).finish();
    body.pop();
    body
}

/// The body of the pair a listener of event `name` of `agent` stands for
/// (a name too long to state stands for every event of the agent).
pub(super) fn pair_body(agent: &str, name: &str) -> String {
    let mut body = agent_body(agent);
    if name.len() <= MAX_EVENT_NAME {
        body.push_str(",\"event\":");
        push_json_str(&mut body, name);
    }
    body.push('}');
    body
}

/// One (agent id, event) pair, as the body of its `listen` (without an
/// event: every event of the agent).
struct Pair {
    body: String,
    /// How many listened names stand for it (0: none, while the relay's
    /// place was not told yet).
    count: u32,
    /// Whether the relay's place was told of it. It differs from
    /// `count > 0` only while the session is down.
    told: bool,
}

/// What the page listens to.
#[derive(Default)]
pub(super) struct Listening {
    pairs: Vec<Pair>,
}

impl Listening {
    /// One more name (`on`) or one fewer stands for the pair `body`; false
    /// when there is nothing to count (one fewer of an unknown pair).
    pub(super) fn count(&mut self, body: String, on: bool) -> bool {
        let at = match self.pairs.iter().position(|p| p.body == body) {
            Some(at) => at,
            None if on => {
                let pair = Pair {
                    body,
                    count: 0,
                    told: false,
                };
                self.pairs.push(pair);
                self.pairs.len() - 1
            }
            None => return false,
        };
        let count = &mut self.pairs[at].count;
        *count = if on {
            *count + 1
        } else {
            count.saturating_sub(1)
        };
        true
    }

    /// What the relay's place lacks, to `send` as (`listen` or `unlisten`,
    /// body), counted as told, when `tell` (the relay agreed to interest);
    /// pairs nobody listens to and the place does not hold are forgotten.
    pub(super) fn sync(&mut self, tell: bool, mut send: impl FnMut(&'static str, &str)) {
        let mut i = 0;
        while let Some(pair) = self.pairs.get_mut(i) {
            let want = pair.count > 0;
            if tell && want != pair.told {
                send(if want { "listen" } else { "unlisten" }, &pair.body);
                pair.told = want;
            }
            match want || pair.told {
                true => i += 1,
                false => drop(self.pairs.swap_remove(i)),
            }
        }
    }

    /// A new place at the relay: it was told nothing.
    pub(super) fn untell(&mut self) {
        self.pairs.iter_mut().for_each(|p| p.told = false);
    }

    /// Remote agent `agent` went: the relay forgot who listened to it.
    pub(super) fn forget(&mut self, agent: &str) {
        let head = agent_body(agent);
        let of = |b: &str| {
            b.strip_prefix(&head)
                .is_some_and(|r| matches!(r.as_bytes().first(), Some(b',' | b'}')))
        };
        self.pairs.retain(|p| !of(&p.body));
    }

    /// Whether the page listens to event `name` of `agent` (a listener of
    /// that name, or of every event of the agent).
    pub(super) fn listens(&self, agent: &str, name: &str) -> bool {
        let mine = [pair_body(agent, name), agent_body(agent) + "}"];
        (self.pairs.iter()).any(|p| p.count > 0 && mine.contains(&p.body))
    }
}

/// The events of one local agent that someone listens to, as the relay
/// told (`None`: all of them).
#[derive(Default)]
pub(super) struct Ears {
    heard: Vec<Option<String>>,
}

impl Ears {
    /// Whether event `name` is heard.
    pub(super) fn hears(&self, name: &str) -> bool {
        (self.heard.iter()).any(|e| e.as_deref().is_none_or(|e| e == name))
    }

    /// Whether the pair `event` is heard: that name, or with no name every
    /// event (heard only as such, whatever the names heard).
    pub(super) fn hears_pair(&self, event: Option<&str>) -> bool {
        match event {
            Some(name) => self.hears(name),
            None => self.heard.contains(&None),
        }
    }

    /// The relay says whether pair `event` is heard; false if it knew.
    pub(super) fn set(&mut self, event: Option<&str>, heard: bool) -> bool {
        let at = self.heard.iter().position(|e| e.as_deref() == event);
        match (at, heard) {
            (None, true) => self.heard.push(event.map(String::from)),
            (Some(i), false) => drop(self.heard.swap_remove(i)),
            _ => return false,
        }
        true
    }

    /// A new place at the relay: nothing is known of who hears.
    pub(super) fn clear(&mut self) {
        self.heard.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::{pair_body, Ears, Listening};
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    fn sync(l: &mut Listening, tell: bool) -> Vec<(&'static str, String)> {
        let mut sent = Vec::new();
        l.sync(tell, |name, body| sent.push((name, body.to_string())));
        sent
    }

    #[test]
    fn a_pair_is_told_once_while_listened_to_and_forgotten_after() {
        let mut l = Listening::default();
        let a = pair_body("x", "a");
        l.count(a.clone(), true);
        l.count(a.clone(), true);
        assert_eq!(sync(&mut l, true), [("listen", a.clone())]);
        assert!(sync(&mut l, true).is_empty(), "told already");
        l.count(a.clone(), false);
        assert!(
            sync(&mut l, true).is_empty(),
            "one name still stands for it"
        );
        l.count(a.clone(), false);
        assert_eq!(sync(&mut l, true), [("unlisten", a.clone())]);
        assert!(l.pairs.is_empty(), "forgotten once the place was told");
        assert!(
            !l.count(a.clone(), false),
            "one fewer of nothing is nothing"
        );
        assert!(l.pairs.is_empty());
    }

    #[test]
    fn while_nothing_may_be_told_the_counts_alone_change() {
        let mut l = Listening::default();
        let (a, b) = (pair_body("x", "a"), pair_body("x", "b"));
        l.count(a.clone(), true);
        l.count(b.clone(), true);
        l.count(b.clone(), false);
        assert!(sync(&mut l, false).is_empty());
        assert_eq!(l.pairs.len(), 1, "b, never told, is forgotten");
        assert_eq!(sync(&mut l, true), [("listen", a.clone())]);
        l.untell();
        assert_eq!(
            sync(&mut l, true),
            [("listen", a)],
            "a new place is told again"
        );
    }

    #[test]
    fn a_gone_agent_takes_its_pairs_and_no_other() {
        let mut l = Listening::default();
        l.count(pair_body("x", "a"), true);
        l.count(String::from(r#"{"agent":"x"}"#), true);
        l.count(pair_body("xy", "a"), true);
        assert!(l.listens("x", "a") && l.listens("x", "zzz"));
        l.forget("x");
        assert!(!l.listens("x", "a"));
        assert!(l.listens("xy", "a"), "an agent whose id x begins");
    }

    #[test]
    fn ears_say_each_change_once() {
        let mut e = Ears::default();
        assert!(!e.hears("a"));
        assert!(e.set(Some("a"), true));
        assert!(!e.set(Some("a"), true), "known");
        assert!(e.hears("a") && !e.hears("b") && !e.hears_pair(None));
        assert!(e.set(None, true));
        assert!(e.hears("b") && e.hears_pair(None));
        assert!(
            e.set(Some("a"), false) && e.hears("a"),
            "every event still is"
        );
        e.clear();
        assert!(!e.hears("a"));
    }
}
