//! The client's own agents: their handlers, their events and answers, and
//! the requests the relay brings them.

use super::*;
use crate::protocol::packet::FrameWriter;
use alloc::borrow::Cow;
use alloc::{borrow::ToOwned, string::String};

impl<H: Host> Client<H> {
    /// Routes the requests for local agent `agent` that have no handler of
    /// their own name to `handler`.
    pub fn set_any_handler(&mut self, agent: &str, handler: H::Handler) -> Result<(), Error> {
        self.locals.get_mut(agent).ok_or(Error::Destroyed)?.any = Some(handler);
        Ok(())
    }

    /// Routes requests named `name` for local agent `agent` to `handler`.
    pub fn set_handler(
        &mut self,
        agent: &str,
        name: String,
        handler: H::Handler,
    ) -> Result<(), Error> {
        let local = self.locals.get_mut(agent).ok_or(Error::Destroyed)?;
        local.handlers.insert(name, handler);
        Ok(())
    }

    /// Whether `agent` is a live local agent.
    pub fn is_local(&self, agent: &str) -> bool {
        self.locals.contains_key(agent)
    }

    /// Broadcasts event `name` from local agent `agent`: false when the
    /// session is not open (its agents went with it). While a resumable
    /// session is down, it goes out when (and if) the place is resumed.
    pub fn emit(&mut self, agent: &str, name: &str, body: H::Body) -> Result<bool, Error> {
        if !self.sending() {
            return Ok(false);
        }
        if !self.locals.contains_key(agent) {
            return Err(Error::Destroyed);
        }
        // Nobody hears it: not sent at all.
        if !self.is_heard(agent, name) {
            return Ok(false);
        }
        let head = FrameWriter::new("event")
            .str("from", agent)
            .str("name", name)
            .open("body");
        self.transmit(Frame {
            head,
            body: Some(body),
            tail: Cow::Borrowed("}"),
        });
        Ok(true)
    }

    /// Answers request `id` (raw JSON) named `name` to local agent `agent`;
    /// false (and nothing sent) when the agent or the session is gone, or
    /// when a relay that takes cancels gave the request up (cancelled, past
    /// its caller's deadline, its place lost) or it was answered already:
    /// that relay would refuse the answer.
    pub fn respond(
        &mut self,
        agent: &str,
        id: &str,
        name: &str,
        body: Option<H::Body>,
        error: Option<&str>,
    ) -> bool {
        if !self.served(agent, id) && self.cancels {
            return false;
        }
        self.answer(agent, id, name, body, error)
    }

    /// Sends the response to request `id` of `agent`, if it can.
    fn answer(
        &mut self,
        agent: &str,
        id: &str,
        name: &str,
        body: Option<H::Body>,
        error: Option<&str>,
    ) -> bool {
        if !self.sending() || !self.locals.contains_key(agent) {
            return false;
        }
        let head = FrameWriter::new("response")
            .str("name", name)
            .str("from", agent)
            .raw("id", id)
            .open("body");
        let (head, tail) = match (&body, error) {
            (None, None) => (head + "null", Cow::Borrowed("}")),
            (None, Some(e)) => (head + "null", Cow::Owned(error_tail(e))),
            (Some(_), None) => (head, Cow::Borrowed("}")),
            (Some(_), Some(e)) => (head, Cow::Owned(error_tail(e))),
        };
        self.transmit(Frame { head, body, tail });
        true
    }

    pub(super) fn on_request(
        &mut self,
        to: String,
        name: String,
        id: String,
        body: H::Body,
        (timeout, stream): (Option<u32>, Option<u32>),
    ) {
        let Some(local) = self.locals.get(&to) else {
            return; // destroyed meanwhile: the relay answers for it
        };
        let own = local.handlers.get(&name);
        match own.or(local.any.as_ref()) {
            Some(handler) => {
                let (handler, any) = (handler.clone(), own.is_none());
                let ctx = self.serve((&to, &id, &body), timeout, stream);
                self.events.push(Event::Request {
                    handler,
                    ctx,
                    any,
                    agent: to,
                    id,
                    name,
                    body,
                });
            }
            None => {
                let error = "agent does not handle messages named '".to_owned() + &name + "'";
                self.answer(&to, &id, &name, None, Some(&error));
            }
        }
    }
}
