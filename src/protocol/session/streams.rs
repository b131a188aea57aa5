//! The calls of the second generation, for clients that negotiated them:
//! a caller's cancel, the chunks of a streamed answer within the credit its
//! caller grants, and that credit; each request found by its caller's own id
//! (`Member::asked`) and counted against `--max-streams`.

use super::*;

impl<T> Session<T> {
    /// Tells the client of agent `agent` that the request it got under the
    /// relay's id `n` is given up, and `why` (when that client negotiated
    /// `cancel`; others never hear of it, as with 1.0.0).
    pub(super) fn cancel_at_agent(&self, n: u64, agent: u64, why: &str, out: &mut Vec<Out>) {
        let Some(Owner::Conn(owner)) = self.agents.get(&agent).map(|a| a.owner) else {
            return;
        };
        if self.conns.get(&owner).is_some_and(|m| m.agreed.cancel) {
            let frame = FrameWriter::new("cancel")
                .str("to", &self.agent_id(agent))
                .str("id", &n.to_string())
                .str("error", why)
                .finish();
            out.push(Out::To(owner, frame));
        }
    }

    /// `conn` gives up its request `id` (raw JSON) to agent `to`: it is
    /// forgotten, and its agent told (`cancel_at_agent`). A cancel of a
    /// request that is not waiting (answered, timed out, never made) does
    /// nothing: it may cross the answer on the wire.
    pub(super) fn cancel(
        &mut self,
        conn: ConnId,
        to: &str,
        id: &str,
        why: &str,
        out: &mut Vec<Out>,
    ) {
        let Some((n, agent)) = self.asked_by(conn, to, id) else {
            return;
        };
        if let Some(p) = self.pending.remove(&n) {
            done_waiting(&mut self.conns, &self.pending, conn, &p);
        }
        self.cancel_at_agent(n, agent, why, out);
        self.call_off(&[(n, agent)], why, out);
        self.drop_if_retired(agent);
    }

    /// The waiting request that `conn` sent to agent `to` under its `id`
    /// (raw JSON), and that agent's number (`Member::asked`).
    /// (An agent of another relay that relay said is gone still counts:
    /// its requests wait for their answers.)
    fn asked_by(&self, conn: ConnId, to: &str, id: &str) -> Option<(u64, u64)> {
        let n = *self.conns.get(&conn)?.asked.get(id)?;
        let p = self.pending.get(&n)?;
        let to_it = p.asker == Asker::Conn(conn) && self.wire_id(p.agent) == to;
        to_it.then_some((n, p.agent))
    }

    /// A chunk from `conn`'s agent `from` for the stream it was sent under
    /// `id`: passed to the caller within its credit. One beyond the credit
    /// ends that stream (the caller gets `CREDIT_EXCEEDED`, the agent a
    /// `cancel` saying so), and nothing else. A chunk for a request that is
    /// not waiting is dropped: it may cross a cancel.
    pub(super) fn chunk(
        &mut self,
        conn: ConnId,
        from: &str,
        id: &RawValue,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let Some(agent) = self.owned(conn, from) else {
            return Verdict::Forbidden("chunk from an agent of another connection");
        };
        let Some(n) = self.waiting_on(agent, id) else {
            return Verdict::Done;
        };
        let Some(p) = self.pending.get_mut(&n) else {
            return Verdict::Done;
        };
        match &mut p.credit {
            None => Verdict::Refused("chunk for a request that is not a stream"),
            Some(0) => {
                self.cancel_at_agent(n, agent, CREDIT_EXCEEDED, out);
                self.fail(n, CREDIT_EXCEEDED, out);
                Verdict::Refused(CREDIT_EXCEEDED)
            }
            Some(credit) => {
                *credit -= 1;
                self.pass_chunk(n, from, body, out);
                Verdict::Done
            }
        }
    }

    /// A chunk of waiting request `n`'s stream, within its credit, to its
    /// caller: a connection here, or the relay that asked.
    pub(super) fn pass_chunk(
        &self,
        n: u64,
        from: &str,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) {
        let Some(p) = self.pending.get(&n) else {
            return;
        };
        match p.asker {
            Asker::Conn(caller) => {
                let bytes = from.len() + p.id.len() + body.map_or(4, |b| b.get().len());
                let frame = FrameWriter::with_room("chunk", bytes)
                    .str("from", from)
                    .raw("id", &p.id)
                    .body(body)
                    .finish();
                out.push(Out::To(caller, frame));
            }
            Asker::Relay(relay, theirs) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::chunk(c.node.me, &c.node.hash, theirs, from, body);
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
        }
    }

    /// The caller `conn` of stream `id` (raw JSON) to agent `to` grants `n`
    /// more chunks: counted (up to `MAX_CREDIT` in all) and passed to the
    /// agent (a packet `credit`, or a caller over HTTP that wrote them).
    /// For anything else that is not waiting, nothing happens.
    pub fn credit(&mut self, conn: ConnId, to: &str, id: &str, n: u32, out: &mut Vec<Out>) {
        if let Some((number, _)) = self.asked_by(conn, to, id) {
            self.add_credit(number, n, out);
        }
    }

    /// Waiting stream `number` may send `n` more chunks: counted (up to
    /// `MAX_CREDIT` in all) and passed to its agent's client, or its
    /// agent's relay.
    pub(super) fn add_credit(&mut self, number: u64, n: u32, out: &mut Vec<Out>) {
        let Some(p) = self.pending.get_mut(&number) else {
            return;
        };
        let Some(credit) = p.credit.as_mut() else {
            return;
        };
        let granted = n.min(MAX_CREDIT.saturating_sub(*credit));
        *credit += granted;
        let agent = p.agent;
        if granted == 0 {
            return;
        }
        match self.agents.get(&agent).map(|a| a.owner) {
            Some(Owner::Conn(owner)) => {
                let frame = FrameWriter::new("credit")
                    .str("to", &self.wire_id(agent))
                    .str("id", &number.to_string())
                    .raw("n", &granted.to_string())
                    .finish();
                out.push(Out::To(owner, frame));
            }
            Some(Owner::Relay(relay)) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::credit(c.node.me, &c.node.hash, number, granted);
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
            None => {}
        }
    }

    /// Counts one more stream of `conn`; false when it has the most
    /// allowed (or is not in the session).
    pub(super) fn start_streaming(&mut self, conn: ConnId) -> bool {
        match self.conns.get_mut(&conn) {
            Some(m) if m.streaming < self.limits.streams => {
                m.streaming += 1;
                true
            }
            _ => false,
        }
    }
}
