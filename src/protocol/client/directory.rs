//! The remote agents this client knows: one handle per agent id, learnt
//! from `getAgents` answers and the relay's `agentCreated` and
//! `agentDestroyed` events.

use super::*;
use alloc::vec::Vec;

impl<H: Host> Client<H> {
    /// The handle for the agent `info` describes, made once per agent id.
    pub(super) fn remote(&mut self, info: &H::Body) -> Option<H::Remote> {
        let id = info.agent_id()?;
        if let Some(r) = self.remotes.get(&id) {
            return Some(r.clone());
        }
        let r = self.host.remote(&id, info);
        if let Some(name) = info.agent_name() {
            self.named.push((id.clone(), name));
        }
        self.remotes.insert(id, r.clone());
        Some(r)
    }

    /// Every agent of a `getAgents` answer. Those this client did not know
    /// are older than those it heard created since it joined, so they go
    /// first in `named`, in the relay's order (creation order).
    pub(super) fn learn_list(&mut self, list: &H::Body) -> Vec<H::Remote> {
        let known = core::mem::take(&mut self.named);
        let remotes = list
            .items()
            .iter()
            .filter_map(|info| self.remote(info))
            .collect();
        self.named.extend(known);
        self.directory = Directory::Known;
        self.send_waiting();
        remotes
    }

    pub(super) fn on_server_event(&mut self, name: &str, body: H::Body) {
        match name {
            "agentCreated" => {
                if let Some(r) = self.remote(&body) {
                    self.events.push(Event::RemoteCreated(r));
                    self.send_waiting();
                }
            }
            "agentDestroyed" => {
                let Some(id) = body.agent_id() else { return };
                // 1.0.0 relays never answer requests to a destroyed agent.
                let gone = self.calls.take(Which::To(&id));
                for c in gone {
                    self.fail_call(c, Error::AgentDestroyed, None);
                }
                if self.locals.remove(&id).is_some() {
                    self.end_serving_of(&id);
                }
                self.named.retain(|(named, _)| *named != id);
                if let Some(r) = self.remotes.remove(&id) {
                    self.forget_interest(&id);
                    self.events.push(Event::RemoteDestroyed(r));
                }
            }
            "interest" => self.on_interest(&body),
            _ => {}
        }
    }
}
