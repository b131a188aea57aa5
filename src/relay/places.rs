//! Resumable places, as the relay keeps them: the tokens that resume them,
//! a resume's handover from the lost socket to the new one, and a socket
//! leaving its place unless another took it.

use super::sessions::Relay;
use super::shared::{Member, SharedSession};
use super::socket::Conn;
use crate::protocol::session;
use crate::protocol::session::ConnId;
use std::sync::Arc;
use std::time::Duration;

impl Relay {
    /// A socket leaves its place, unless another socket resumed it.
    pub(super) fn leave_place(&self, key: &str, conn: &Arc<Conn>, session: &SharedSession) {
        self.forget_tokens(conn.take_tokens());
        for c in self.depart(key, conn.place(), session, Some(conn)) {
            c.flush_or_wake();
        }
    }

    /// Whether `conn` holds its place in `session` (no socket resumed it).
    pub(super) fn is_member(&self, session: &SharedSession, conn: &Arc<Conn>) -> bool {
        match session.lock().handle(conn.place()) {
            Some(Member::Socket(c)) => Arc::ptr_eq(c, conn),
            _ => false,
        }
    }

    /// Tokens that resume nothing any more.
    pub(super) fn forget_tokens(&self, tokens: Vec<String>) {
        if !tokens.is_empty() {
            let mut map = self.tokens.lock().unwrap();
            tokens.iter().for_each(|t| drop(map.remove(t)));
        }
    }

    /// A new resume token for `conn`'s place in session `key`: 128 random
    /// bits, good for one resume.
    pub(super) fn new_token(&self, key: &str, place: ConnId) -> String {
        let mut bits = [0u8; 16];
        getrandom::fill(&mut bits).expect("the system's random source");
        let token: String = bits.iter().map(|b| format!("{b:02x}")).collect();
        let mut tokens = self.tokens.lock().unwrap();
        tokens.insert(token.clone(), (key.to_owned(), place));
        token
    }

    /// `conn` resumes the place `token` was given for, in session `key`,
    /// its client having received `acked` packets: the place's old socket
    /// (lost, or not yet known to be) hands it over, and `conn` answers
    /// `connect` (`id`) with a new token, then sends again what the client
    /// lacks. None when the token is unknown, of another session, spent, or
    /// the place cannot be resumed exactly.
    pub(super) fn resume(
        &self,
        key: &str,
        token: &str,
        acked: u64,
        conn: &Arc<Conn>,
        id: &str,
        grace: Duration,
    ) -> Option<SharedSession> {
        let (owner, place) = self.tokens.lock().unwrap().get(token).cloned()?;
        if owner != key {
            return None;
        }
        let session = self.sessions.lock().unwrap().get(key)?.clone();
        let mut s = session.lock();
        let Some(Member::Socket(old)) = s.handle(place).cloned() else {
            return None;
        };
        if !old.has_token(token) {
            return None;
        }
        let asked = token;
        let token = self.new_token(key, place);
        let Some(mut handover) = old.hand_over(asked, acked, token.clone()) else {
            self.forget_tokens(vec![token]);
            return None;
        };
        self.forget_tokens(std::mem::take(&mut handover.forgotten));
        let offer = session::Resumable {
            token: &token,
            grace_ms: grace.as_millis() as u64,
            resumed: Some(handover.received()),
        };
        let answer = session::connect_accepted(id, conn.agreed(), Some(offer));
        conn.take_over(place, handover, &answer);
        s.replace(place, Member::Socket(conn.clone()));
        drop(s);
        conn.flush_or_wake();
        Some(session)
    }
}
