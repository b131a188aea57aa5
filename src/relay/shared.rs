//! One session as the relay shares it between the tasks of its members:
//! its rules under one lock, its members (sockets, and calls over HTTP),
//! and delivering what the rules produce to them (and, in a cluster, to
//! NATS).

use super::outbox::Text;
use super::socket::Conn;
use crate::protocol::session::{self, Out};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::{mpsc, Notify};

/// A member of a session, as the relay reaches it.
#[derive(Clone)]
pub(super) enum Member {
    /// A WebSocket connection: its packets are queued on its outbox.
    Socket(Arc<Conn>),
    /// A JSON-RPC call over HTTP: only what is sent to it alone (the
    /// responses to its requests) reaches it, through this channel.
    /// Broadcasts are not for it.
    Call(mpsc::UnboundedSender<String>),
}

pub(super) type Session = session::Session<Member>;

/// One session's rules under their lock, and a way to wake the calls that
/// wait for an agent to be created in it.
#[derive(Default)]
pub(super) struct Shared {
    session: Mutex<Session>,
    pub(super) agent_created: Notify,
    /// In a cluster: the session's place on NATS, and the way out.
    pub(super) link: Option<Box<dyn Outlet>>,
}

/// The way from a session to the other relays (`cluster::Link`).
pub(super) trait Outlet: Send + Sync {
    /// Queues a message for NATS.
    fn publish(&self, subject: String, reply: Option<String>, payload: String);
}

impl Shared {
    pub(super) fn new(session: Session, link: Option<Box<dyn Outlet>>) -> Shared {
        Shared {
            session: Mutex::new(session),
            agent_created: Notify::new(),
            link,
        }
    }

    /// Whether another holds the session's lock.
    #[cfg(test)]
    pub(super) fn is_locked(&self) -> bool {
        self.session.try_lock().is_err()
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap()
    }
}

pub(super) type SharedSession = Arc<Shared>;

/// Queues one output of the session's rules on the connections it is for;
/// a large text for many is shared by their outboxes, not copied (a client
/// that takes batches gathers the packet). `input` is the text being handled, for outputs that
/// pass it on unchanged. Connections whose outbox this makes non-empty are
/// added to `dirty`, for the caller to flush once. A call gets only what is
/// sent to it alone.
pub(super) fn deliver(
    shared: &Shared,
    session: &Session,
    out: Out,
    input: Option<&str>,
    dirty: &mut Vec<Arc<Conn>>,
) {
    let mut queue = |m: &Member, text: &mut Text| {
        if let Member::Socket(c) = m {
            if c.queue_text(text) {
                dirty.push(c.clone());
            }
        }
    };
    match out {
        Out::To(conn, text) => match session.handle(conn) {
            // Gone only once the call has left, which drops the receiver.
            Some(Member::Call(call)) => drop(call.send(text)),
            Some(m) => queue(m, &mut Text::new(&text)),
            None => {}
        },
        Out::All(text) => {
            let mut text = Text::new(&text);
            session.handles().for_each(|m| queue(m, &mut text));
        }
        Out::AllInput => {
            if let Some(input) = input {
                let mut text = Text::new(input);
                session.handles().for_each(|m| queue(m, &mut text));
            }
        }
        Out::Each(conns, text) => {
            let mut text = Text::new(&text);
            let members = conns.iter().filter_map(|c| session.handle(*c));
            members.for_each(|m| queue(m, &mut text));
        }
        Out::EachInput(conns) => {
            if let Some(input) = input {
                let mut text = Text::new(input);
                let members = conns.iter().filter_map(|c| session.handle(*c));
                members.for_each(|m| queue(m, &mut text));
            }
        }
        Out::Nats(subject, payload) => {
            if let Some(link) = &shared.link {
                link.publish(subject, None, payload);
            }
        }
        Out::NatsAsk {
            subject,
            reply,
            payload,
        } => {
            if let Some(link) = &shared.link {
                link.publish(subject, Some(reply), payload);
            }
        }
    }
}

/// Runs a rule of `shared`'s session under its lock, delivers what it
/// sends, wakes the calls waiting for an agent if one was created, then
/// writes the sockets.
pub(super) fn apply(shared: &Shared, rule: impl FnOnce(&mut Session, &mut Vec<Out>)) {
    let mut dirty: Vec<Arc<Conn>> = Vec::new();
    let created = {
        let mut s = shared.lock();
        let before = s.agents_created();
        let mut out = Vec::new();
        rule(&mut s, &mut out);
        for o in out {
            deliver(shared, &s, o, None, &mut dirty);
        }
        s.agents_created() != before
    };
    if created {
        shared.agent_created.notify_waiters();
    }
    dirty.iter().for_each(|c| c.flush_or_wake());
}
