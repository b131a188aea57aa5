//! What the relay's own agent (`server`) answers: `createAgent`,
//! `destroyAgent`, `getAgents` (and 1.0.0's `getRemoteAgents`), the
//! client's heartbeat `ping`, and `listen` and `unlisten` (for a client that
//! agreed to interest; their rules are `hearing`'s).

use super::*;

impl<T> Session<T> {
    pub(super) fn server_request(
        &mut self,
        conn: ConnId,
        name: &str,
        id: &RawValue,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let reply = |body: &str| {
            FrameWriter::new("response")
                .str("name", name)
                .str("from", SERVER)
                .raw("id", id.get())
                .raw("body", body)
                .finish()
        };
        let fail = |out: &mut Vec<Out>, error: &'static str| {
            out.push(Out::To(
                conn,
                error_response(Some(name), SERVER, Some(id.get()), error),
            ));
            Verdict::Refused(error)
        };
        match name {
            "createAgent" => {
                let mine = self
                    .agents
                    .values()
                    .filter(|a| a.owner == Owner::Conn(conn));
                if mine.count() >= self.limits.agents {
                    return fail(out, "too many agents on this connection");
                }
                let fields = agent_fields(body);
                let agent_name = fields
                    .name
                    .and_then(|n| serde_json::from_str::<String>(n.get()).ok())
                    .map(String::into_boxed_str);
                let allowed = match self.conns.get(&conn).map(|m| &m.create) {
                    Some(Create::Any) | None => true,
                    Some(Create::Named(names)) => (agent_name.as_deref())
                        .is_some_and(|n| names.iter().any(|allowed| **allowed == *n)),
                    Some(Create::Never) => false,
                };
                if !allowed {
                    return fail(out, NOT_ALLOWED_TO_CREATE);
                }
                let size = |raw: Option<&RawValue>| raw.map_or(0, |r| r.get().len());
                if size(fields.name) + size(fields.title) > MAX_AGENT_INFO {
                    return fail(out, "agent name and title too long (limit 4096 bytes)");
                }
                let number = self.next_agent;
                self.next_agent += 1;
                let id_text = self.agent_id(number);
                let mut w = FrameWriter::object().str("id", &id_text);
                if let Some(n) = fields.name {
                    w = w.raw("name", n.get());
                }
                if let Some(t) = fields.title {
                    w = w.raw("title", t.get());
                }
                let info = w.finish();
                // As 1.0.0: the event first, then the response.
                out.push(announce("agentCreated", &info));
                out.push(Out::To(conn, reply(&info)));
                if let Some(c) = &self.node {
                    let msg = cluster::created(c.node.me, &c.node.hash, &info);
                    self.to_peers(msg, out);
                }
                self.agents.insert(
                    number,
                    Agent {
                        owner: Owner::Conn(conn),
                        info,
                        name: agent_name,
                        remote_id: None,
                        retired: false,
                    },
                );
                Verdict::Done
            }
            "destroyAgent" => {
                let fields = agent_fields(body);
                let target = fields
                    .id
                    .and_then(|raw| serde_json::from_str::<&str>(raw.get()).ok())
                    .and_then(|id| self.number_of(id));
                let Some(agent) = target.and_then(|n| self.agents.get(&n)) else {
                    return fail(out, "agent not found");
                };
                if agent.owner != Owner::Conn(conn) {
                    const WHY: &str = "agent belongs to another connection";
                    fail(out, WHY);
                    return Verdict::Forbidden(WHY);
                }
                // As 1.0.0: the response (echoing the body) first, then the event.
                out.push(Out::To(conn, reply(body.map_or("null", RawValue::get))));
                self.destroy(target.unwrap_or_default(), out);
                Verdict::Done
            }
            "getAgents" | "getRemoteAgents" => {
                if let Some(c) = self.node.as_mut().filter(|c| !c.awaiting.is_empty()) {
                    if c.held.len() < MAX_HELD {
                        let (name, id) = (name.into(), id.get().into());
                        c.held.push(Held { conn, name, id });
                        return Verdict::Done;
                    }
                }
                match self.agent_list() {
                    Ok(list) => out.push(Out::To(conn, reply(&list))),
                    Err(error) => return fail(out, error),
                }
                Verdict::Done
            }
            // The client's heartbeat: any answer is a sign of life, and
            // this one is no refusal (1.0.0 relays answer "unknown message").
            "ping" => {
                out.push(Out::To(conn, reply("null")));
                Verdict::Done
            }
            // Acknowledged once made: every event handled after it is
            // delivered by it (the notices it causes go first). A client
            // past its cap hears every event: its listens are answered
            // `true` and change nothing.
            "listen" | "unlisten" if self.conns.get(&conn).is_some_and(|m| m.agreed.interest) => {
                match self.listen_request(conn, name == "listen", body, out) {
                    Ok(answer) => out.push(Out::To(conn, reply(answer))),
                    Err(error) => return fail(out, error),
                }
                Verdict::Done
            }
            _ => fail(out, "unknown message"),
        }
    }

    /// The list `getAgents` answers: every agent, in creation order.
    pub(super) fn agent_list(&self) -> Result<String, &'static str> {
        let mut list = String::from("[");
        let listed = self.agents.values().filter(|a| !a.retired);
        for (i, agent) in listed.enumerate() {
            if list.len() + agent.info.len() > MAX_AGENT_LIST {
                return Err("too many agents to list (limit 1 MiB)");
            }
            if i > 0 {
                list.push(',');
            }
            list.push_str(&agent.info);
        }
        list.push(']');
        Ok(list)
    }
}
