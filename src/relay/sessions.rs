//! The relay: the map of live sessions by key (each freed when its last
//! member leaves), joining and leaving them, and the relay's counters. A
//! session's lock (`shared`) is the only one on the path of a message; the
//! map's lock is taken only to join and to leave (and briefly when
//! `/metrics` is scraped or the pinger looks).

use super::cluster;
use super::metrics::{Metrics, SessionGauges};
use super::shared::{deliver, Member, Outlet, Session, Shared, SharedSession};
use super::socket::Conn;
use crate::protocol::session::{self, Agreed, ConnId, Create};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

/// The live sessions, by key, and the relay's counters.
#[derive(Default)]
pub struct Relay {
    pub(super) sessions: Mutex<HashMap<String, SharedSession>>,
    /// Resume tokens: the session key and the place each is good for. Its
    /// lock is always taken last.
    pub(super) tokens: Mutex<HashMap<String, (String, ConnId)>>,
    pub(super) next_conn: AtomicU64,
    pub metrics: Arc<Metrics>,
    /// What each new session allows its connections.
    pub(super) limits: session::Limits,
    /// The connections open from each address (`--max-ip-connections`).
    pub(super) per_ip: Mutex<HashMap<IpAddr, usize>>,
    pub(super) cluster: Option<Arc<cluster::Cluster>>,
}

impl Relay {
    /// The gauges of session state, read from the sessions: the map's lock
    /// is held only to copy the list, then each session's lock in turn.
    pub fn gauges(&self) -> SessionGauges {
        let sessions: Vec<SharedSession> =
            self.sessions.lock().unwrap().values().cloned().collect();
        let mut gauges = SessionGauges {
            sessions: sessions.len(),
            ..SessionGauges::default()
        };
        for session in sessions {
            let s = session.lock();
            gauges.agents += s.agent_count();
            gauges.requests_in_flight += s.pending_count();
            gauges.streams += s.stream_count();
            gauges.interest += s.interest_count();
        }
        gauges
    }

    /// What `GET /metrics` answers.
    pub fn metrics_text(&self) -> String {
        let mut text = self.metrics.render(&self.gauges());
        if let Some(cluster) = &self.cluster {
            cluster.render(&mut text);
        }
        text
    }

    /// Whether session `key` has `max` members already (calls over HTTP
    /// included). Checked before `join`, which comes after the answer to
    /// `connect`: with several threads, a few more may get in at once.
    pub(super) fn session_is_full(&self, key: &str, max: usize) -> bool {
        let sessions = self.sessions.lock().unwrap();
        let count = sessions.get(key).map_or(0, |s| s.lock().connection_count());
        count >= max
    }

    pub(super) fn join(
        &self,
        key: &str,
        conn: ConnId,
        member: Member,
        create: Create,
        agreed: Agreed,
    ) -> SharedSession {
        let mut sessions = self.sessions.lock().unwrap();
        let new = || {
            let cluster = self.cluster.as_ref();
            let (session, link) = match cluster {
                Some(c) => {
                    let (session, link) = c.session(key, self.limits);
                    (session, Some(Box::new(link) as Box<dyn Outlet>))
                }
                None => (Session::with_limits(self.limits), None),
            };
            let shared = Arc::new(Shared::new(session, link));
            if let Some(c) = cluster {
                c.listen(&shared, key);
            }
            shared
        };
        let session = sessions.entry(key.to_owned()).or_insert_with(new).clone();
        let mut dirty = Vec::new();
        {
            let mut s = session.lock();
            s.join_with(conn, member, create);
            // What it agreed may be news to the others (and to it).
            let mut out = Vec::new();
            s.agree(conn, agreed, &mut out);
            for o in out {
                deliver(&session, &s, o, None, &mut dirty);
            }
        }
        drop(sessions);
        dirty.iter().for_each(|c| c.flush_or_wake());
        session
    }

    pub(super) fn leave(&self, key: &str, conn: ConnId, session: &SharedSession) {
        // Written once the locks are released: the other connections of the
        // session, and every join and leave of the relay, need not wait for
        // these system calls.
        for c in self.depart(key, conn, session, None) {
            c.flush_or_wake();
        }
    }

    /// A departure under the locks: the session's rules run, what they send
    /// is queued, and the connections to flush are returned. The session is
    /// freed when this was its last connection. With `socket`, only if that
    /// socket still holds the place (no other resumed it).
    pub(super) fn depart(
        &self,
        key: &str,
        conn: ConnId,
        session: &SharedSession,
        socket: Option<&Arc<Conn>>,
    ) -> Vec<Arc<Conn>> {
        let mut sessions = self.sessions.lock().unwrap();
        let mut s = session.lock();
        let (mut out, mut dirty) = (Vec::new(), Vec::new());
        if let Some(socket) = socket {
            if !matches!(s.handle(conn), Some(Member::Socket(c)) if Arc::ptr_eq(c, socket)) {
                return dirty;
            }
        }
        s.leave(conn, &mut out);
        for o in out {
            deliver(session, &s, o, None, &mut dirty);
        }
        if s.is_empty() {
            sessions.remove(key);
        }
        dirty
    }
}

#[cfg(test)]
mod tests {
    use super::Relay;
    use crate::relay::socket::Conn;
    use std::io::{ErrorKind, Read};
    use std::sync::Arc;
    use std::time::Duration;

    /// A departure queues what it announces under the locks and leaves the
    /// writing to the caller, once both locks are free.
    #[tokio::test]
    async fn leave_writes_to_sockets_outside_the_locks() {
        let relay = Relay::default();
        let (conns, mut peers) = crate::relay::socket::test_sockets::pairs(2, &relay.metrics).await;
        let socket = |c: &Arc<Conn>| super::Member::Socket(c.clone());
        let session = relay.join(
            "k",
            0,
            socket(&conns[0]),
            super::Create::Any,
            Default::default(),
        );
        relay.join(
            "k",
            1,
            socket(&conns[1]),
            super::Create::Any,
            Default::default(),
        );
        let create = r#"{"type":"request","name":"createAgent","to":"server","id":"c"}"#;
        session.lock().receive(0, create, &mut Vec::new());
        let gauges = |sessions, agents| super::SessionGauges {
            sessions,
            agents,
            requests_in_flight: 0,
            streams: 0,
            interest: 0,
        };
        assert_eq!(relay.gauges(), gauges(1, 1));

        let dirty = relay.depart("k", 0, &session, None);
        assert_eq!(relay.gauges(), gauges(1, 0), "its agent left with it");
        assert!(relay.sessions.try_lock().is_ok() && !session.is_locked());
        assert_eq!(dirty.iter().map(|c| c.id).collect::<Vec<_>>(), [1]);
        let mut buf = [0u8; 256];
        let unread = peers[1].read(&mut buf).map_err(|e| e.kind());
        assert_eq!(unread, Err(ErrorKind::WouldBlock), "nothing written yet");

        dirty.iter().for_each(|c| c.flush_or_wake());
        peers[1].set_nonblocking(false).unwrap();
        peers[1]
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let n = peers[1].read(&mut buf).unwrap();
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(text.contains("agentDestroyed"), "{text}");
    }
}
