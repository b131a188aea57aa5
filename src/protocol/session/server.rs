//! What the relay's own agent (`server`) answers: `createAgent`,
//! `destroyAgent`, `getAgents` (and 1.0.0's `getRemoteAgents`), the
//! client's heartbeat `ping`, and `listen` and `unlisten` (for a client that
//! agreed to interest; their rules are `hearing`'s).

use super::*;

/// A request to the relay's own agent, for its answer: by its `name` and
/// `id`, to connection `conn`.
struct Asked<'a> {
    conn: ConnId,
    name: &'a str,
    id: &'a RawValue,
}

impl Asked<'_> {
    /// The response with this body (raw JSON).
    fn reply(&self, body: &str) -> Out {
        let frame = FrameWriter::new("response")
            .str("name", self.name)
            .str("from", SERVER)
            .raw("id", self.id.get())
            .raw("body", body)
            .finish();
        Out::To(self.conn, frame)
    }

    /// The error response, and the verdict for the log.
    fn fail(&self, out: &mut Vec<Out>, error: &'static str) -> Verdict {
        let frame = error_response(Some(self.name), SERVER, Some(self.id.get()), error);
        out.push(Out::To(self.conn, frame));
        Verdict::Refused(error)
    }
}

impl<T> Session<T> {
    pub(super) fn server_request(
        &mut self,
        conn: ConnId,
        name: &str,
        id: &RawValue,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let asked = Asked { conn, name, id };
        let agreed = |m: &Member<T>| m.agreed.interest;
        let answer = match name {
            "createAgent" => self.create_agent(conn, body, out),
            "destroyAgent" => return self.destroy_agent(&asked, body, out),
            "getAgents" | "getRemoteAgents" => match self.hold_list(&asked) {
                true => return Verdict::Done,
                false => self.agent_list(),
            },
            // The client's heartbeat: any answer is a sign of life, and
            // this one is no refusal (1.0.0 relays answer "unknown message").
            "ping" => Ok("null".into()),
            // Acknowledged once made: every event handled after it is
            // delivered by it (the notices it causes go first). A client
            // past its cap hears every event: its listens are answered
            // `true` and change nothing.
            "listen" | "unlisten" if self.conns.get(&conn).is_some_and(agreed) => {
                (self.listen_request(conn, name == "listen", body, out)).map(String::from)
            }
            _ => Err("unknown message"),
        };
        match answer {
            Ok(body) => {
                out.push(asked.reply(&body));
                Verdict::Done
            }
            Err(error) => asked.fail(out, error),
        }
    }

    /// `createAgent` of `conn`: the new agent's info, announced to the
    /// session (before the response, as 1.0.0 does) and to other relays.
    fn create_agent(
        &mut self,
        conn: ConnId,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Result<String, &'static str> {
        let mine = (self.agents.values()).filter(|a| a.owner == Owner::Conn(conn));
        if mine.count() >= self.limits.agents {
            return Err("too many agents on this connection");
        }
        let fields = agent_fields(body);
        let agent_name = fields
            .name
            .and_then(|n| serde_json::from_str::<String>(n.get()).ok())
            .map(String::into_boxed_str);
        let allowed = match self.conns.get(&conn).map(|m| &m.create) {
            Some(Create::Any) | None => true,
            Some(Create::Named(names)) => {
                (agent_name.as_deref()).is_some_and(|n| names.iter().any(|allowed| **allowed == *n))
            }
            Some(Create::Never) => false,
        };
        if !allowed {
            return Err(NOT_ALLOWED_TO_CREATE);
        }
        let size = |raw: Option<&RawValue>| raw.map_or(0, |r| r.get().len());
        if size(fields.name) + size(fields.title) > MAX_AGENT_INFO {
            return Err("agent name and title too long (limit 4096 bytes)");
        }
        let number = self.next_agent;
        self.next_agent += 1;
        let mut w = FrameWriter::object().str("id", &self.agent_id(number));
        if let Some(n) = fields.name {
            w = w.raw("name", n.get());
        }
        if let Some(t) = fields.title {
            w = w.raw("title", t.get());
        }
        let info = w.finish();
        out.push(announce("agentCreated", &info));
        if let Some(c) = &self.node {
            let msg = cluster::created(c.node.me, &c.node.hash, &info);
            self.to_peers(msg, out);
        }
        let agent = Agent {
            owner: Owner::Conn(conn),
            info: info.clone(),
            name: agent_name,
            remote_id: None,
            retired: false,
        };
        self.agents.insert(number, agent);
        Ok(info)
    }

    /// `destroyAgent`: only its creator may; the response (echoing the
    /// body) goes first, then what destroying it sends, as 1.0.0 does.
    fn destroy_agent(
        &mut self,
        asked: &Asked,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let fields = agent_fields(body);
        let target = fields
            .id
            .and_then(|raw| serde_json::from_str::<&str>(raw.get()).ok())
            .and_then(|id| self.number_of(id));
        let Some(agent) = target.and_then(|n| self.agents.get(&n)) else {
            return asked.fail(out, "agent not found");
        };
        if agent.owner != Owner::Conn(asked.conn) {
            const WHY: &str = "agent belongs to another connection";
            asked.fail(out, WHY);
            return Verdict::Forbidden(WHY);
        }
        out.push(asked.reply(body.map_or("null", RawValue::get)));
        self.destroy(target.unwrap_or_default(), out);
        Verdict::Done
    }

    /// In a cluster, while other relays have not told their agents yet, a
    /// `getAgents` waits for them (up to `MAX_HELD` at once): true if held.
    fn hold_list(&mut self, asked: &Asked) -> bool {
        let Some(c) = self.node.as_mut().filter(|c| !c.awaiting.is_empty()) else {
            return false;
        };
        if c.held.len() >= MAX_HELD {
            return false;
        }
        let (conn, name, id) = (asked.conn, asked.name.into(), asked.id.get().into());
        c.held.push(Held { conn, name, id });
        true
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
