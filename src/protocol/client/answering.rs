//! The requests this client's agents are answering, found by (agent, id):
//! each with its caller's deadline, its stream's credit and the `ctx` its
//! handler was given. `serving` (the `Client`'s part) says when one is
//! added and why each leaves.

use alloc::string::String;
use alloc::vec::Vec;

/// One request a local agent is answering.
pub(super) struct Answering<C> {
    pub(super) agent: String,
    /// Its id, raw JSON, as the relay sent it.
    pub(super) id: String,
    /// When the caller stops waiting (ms on the host's clock), and the
    /// timeout it came from.
    pub(super) deadline: Option<(u64, u32)>,
    /// A stream: the chunks the caller still grants.
    pub(super) credit: Option<u32>,
    pub(super) ctx: C,
}

/// Every request being answered.
pub(super) struct Answers<C> {
    list: Vec<Answering<C>>,
}

impl<C> Default for Answers<C> {
    fn default() -> Self {
        Answers { list: Vec::new() }
    }
}

impl<C> Answers<C> {
    pub(super) fn add(&mut self, answering: Answering<C>) {
        self.list.push(answering);
    }

    fn find(&self, agent: &str, id: &str) -> Option<usize> {
        (self.list.iter()).position(|a| a.id == id && a.agent == agent)
    }

    pub(super) fn get_mut(&mut self, agent: &str, id: &str) -> Option<&mut Answering<C>> {
        let at = self.find(agent, id)?;
        self.list.get_mut(at)
    }

    pub(super) fn remove(&mut self, agent: &str, id: &str) -> Option<Answering<C>> {
        let at = self.find(agent, id)?;
        Some(self.list.swap_remove(at))
    }

    /// Those whose deadline is at or before `now` leave, each to `gone`;
    /// returns the next deadline of those left.
    pub(super) fn due(&mut self, now: u64, mut gone: impl FnMut(Answering<C>)) -> Option<u64> {
        let mut next: Option<u64> = None;
        let mut at = 0;
        while let Some(a) = self.list.get(at) {
            match a.deadline {
                Some((when, _)) if when <= now => gone(self.list.swap_remove(at)),
                deadline => {
                    next = match (next, deadline) {
                        (Some(n), Some((d, _))) => Some(n.min(d)),
                        (n, d) => n.or(d.map(|d| d.0)),
                    };
                    at += 1;
                }
            }
        }
        next
    }

    /// Those of local agent `agent` leave, each to `gone`.
    pub(super) fn remove_of(&mut self, agent: &str, mut gone: impl FnMut(Answering<C>)) {
        let mut at = 0;
        while let Some(a) = self.list.get(at) {
            match a.agent == agent {
                true => gone(self.list.swap_remove(at)),
                false => at += 1,
            }
        }
    }

    /// Every one leaves.
    pub(super) fn take_all(&mut self) -> Vec<Answering<C>> {
        core::mem::take(&mut self.list)
    }
}

#[cfg(test)]
mod tests {
    use super::{Answering, Answers};
    use alloc::vec::Vec;

    fn add(answers: &mut Answers<u32>, agent: &str, id: &str, deadline: Option<u64>, ctx: u32) {
        answers.add(Answering {
            agent: agent.into(),
            id: id.into(),
            deadline: deadline.map(|d| (d, 10)),
            credit: None,
            ctx,
        });
    }

    #[test]
    fn a_request_is_found_by_its_agent_and_its_id() {
        let mut answers = Answers::default();
        add(&mut answers, "a", "1", None, 1);
        add(&mut answers, "b", "1", None, 2);
        assert_eq!(answers.remove("b", "1").map(|a| a.ctx), Some(2));
        assert!(answers.remove("b", "1").is_none(), "it left");
        assert_eq!(answers.get_mut("a", "1").map(|a| a.ctx), Some(1));
    }

    #[test]
    fn those_due_leave_and_the_next_deadline_is_of_those_left() {
        let mut answers = Answers::default();
        add(&mut answers, "a", "1", Some(100), 1);
        add(&mut answers, "a", "2", None, 2);
        add(&mut answers, "a", "3", Some(50), 3);
        add(&mut answers, "a", "4", Some(200), 4);
        let mut gone = Vec::new();
        assert_eq!(answers.due(99, |a| gone.push(a.ctx)), Some(100));
        assert_eq!(gone, [3]);
        assert_eq!(answers.due(100, |a| gone.push(a.ctx)), Some(200));
        assert_eq!(gone, [3, 1], "at its deadline, not after");
        answers.remove_of("a", |a| gone.push(a.ctx));
        gone.sort();
        assert_eq!(gone, [1, 2, 3, 4]);
        assert_eq!(answers.due(1000, |_| unreachable!()), None);
    }
}
