// The demo page's live view of the session "sample", beside the README's
// samples: the connection's state, the agents present and whose they are, a
// form to call any agent's request with a JSON body, the events as they
// arrive, and what happens when the relay goes away (it says so, and tries
// again every few seconds). Loaded after ragents-browser.js and before the
// samples, so that it sees the agents this tab creates. Everything other
// clients send is shown with textContent: their names are not HTML.
(function () {
  "use strict";
  var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host;
  var key = "sample";
  var retryMs = 3000;
  var mine = new Set(); // ids of the agents this tab created
  var agents = new Map(); // id -> RAgent
  var session = null;

  // The agents this tab creates, the samples' included, are "this tab".
  var createAgent = ragents.Session.prototype.createAgent;
  ragents.Session.prototype.createAgent = function (info, cb) {
    var note = function (agent) {
      mine.add(agent.info.id);
      render();
      return agent;
    };
    if (typeof cb !== "function") return createAgent.call(this, info).then(note);
    return createAgent.call(this, info, function (err, agent) {
      if (!err) note(agent);
      cb(err, agent);
    });
  };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      e.append(c);
    });
    return e;
  }

  var style = el("style", {}, [
    "#live{border:1px solid #ccc;border-radius:6px;padding:0 1em 1em;margin-top:1em}" +
      "#state{padding:.5em;border-radius:4px;font-weight:600}" +
      "#state[data-state=open]{background:#e3f6e3}#state[data-state=connecting]{background:#fff6d5}" +
      "#state[data-state=closed]{background:#fbe3e3}" +
      "#live table{border-collapse:collapse;width:100%}#live td,#live th{border-bottom:1px solid #eee;text-align:left;padding:.2em .5em}" +
      "#live form{display:grid;grid-template-columns:8em 1fr;gap:.4em;max-width:40em}" +
      "#live textarea{font:13px monospace;height:4em}#live ol{font:13px monospace;max-height:14em;overflow:auto}",
  ]);
  var state = el("p", { id: "state", "data-state": "connecting" });
  var rows = el("tbody");
  var to = el("select", { id: "to", name: "to" });
  var name = el("input", { id: "name", name: "name", value: "echo" });
  var body = el("textarea", { id: "body", name: "body" }, ['{"a": 1}']);
  var send = el("button", { id: "send", type: "submit" }, ["send"]);
  var reply = el("pre", { id: "reply" });
  var listen = el("input", { id: "listen", value: "echoed" });
  var events = el("ol", { id: "events" });
  var form = el("form", { id: "call" }, [
    el("label", { for: "to" }, ["agent"]), to,
    el("label", { for: "name" }, ["request"]), name,
    el("label", { for: "body" }, ["body (JSON)"]), body,
    el("span"), send,
  ]);
  var live = el("section", { id: "live" }, [
    el("h2", {}, ["The session, live"]),
    state,
    el("h3", {}, ["Agents"]),
    el("table", {}, [el("thead", {}, [el("tr", {}, ["id", "name", "title", "whose"].map(function (h) {
      return el("th", {}, [h]);
    }))]), rows]),
    el("h3", {}, ["Call an agent"]),
    form,
    reply,
    el("h3", {}, ["Events"]),
    el("label", {}, ["listen on every agent for (comma-separated) ", listen]),
    events,
  ]);
  document.head.append(style);
  document.body.append(live);

  function setState(which, text) {
    state.setAttribute("data-state", which);
    state.textContent = text;
  }

  function event(what, detail) {
    var time = new Date().toLocaleTimeString();
    events.prepend(el("li", {}, [time + " " + what + (detail === undefined ? "" : " " + JSON.stringify(detail))]));
  }

  function render() {
    rows.replaceChildren();
    var chosen = to.value;
    to.replaceChildren();
    agents.forEach(function (r, id) {
      var info = r.info;
      rows.append(el("tr", { "data-id": id }, [id, info.name || "", info.title || "", mine.has(id) ? "this tab" : "another client"]
        .map(function (t) {
          return el("td", {}, [String(t)]);
        })));
      to.append(el("option", { value: id }, [id + " " + (info.name || "")]));
    });
    if (agents.has(chosen)) to.value = chosen;
    send.disabled = agents.size === 0;
  }

  // Every agent's events named in the "listen" field.
  var listening = new Map(); // RAgent -> {name: listener}
  function subscribe(r) {
    var old = listening.get(r) || {};
    Object.keys(old).forEach(function (n) {
      r.off(n, old[n]);
    });
    var now = {};
    listen.value.split(",").map(function (n) {
      return n.trim();
    }).filter(Boolean).forEach(function (n) {
      now[n] = function (b) {
        event("agent " + r.info.id + " " + n, b);
      };
      r.on(n, now[n]);
    });
    listening.set(r, now);
  }
  listen.addEventListener("change", function () {
    agents.forEach(subscribe);
  });

  function added(r) {
    if (agents.has(r.info.id)) return;
    agents.set(r.info.id, r);
    subscribe(r);
    event("agentCreated", r.info);
    render();
  }

  function connect() {
    setState("connecting", "connecting to " + url + " …");
    ragents.createSession({ url: url, key: key, requestTimeout: 10000 }).then(function (s) {
      session = s;
      setState("open", "connected to " + url + ", session \"" + key + "\"");
      s.on("ragentCreated", added);
      s.on("ragentDestroyed", function (r) {
        agents.delete(r.info.id);
        listening.delete(r);
        event("agentDestroyed", r.info);
        render();
      });
      // The session comes back by itself (and says so); `close` is for good.
      s.on("disconnect", function (e) {
        event("disconnect", e.message);
        setState("closed", "disconnected at " + new Date().toLocaleTimeString() +
          ": the relay went away or closed the connection. Reconnecting …");
      });
      s.on("reconnecting", function (r) {
        setState("closed", state.textContent.replace(/ Reconnecting.*$/, "") +
          " Reconnecting: attempt " + r.attempt + " in " + r.delay + " ms …");
      });
      s.on("reconnect", function () {
        event("reconnect");
        setState("open", "connected to " + url + ", session \"" + key + "\" (again)");
      });
      s.on("close", function () {
        session = null;
        agents.clear();
        listening.clear();
        render();
        event("close");
        setState("closed", "closed. Trying again every " + retryMs / 1000 + " s …");
        setTimeout(connect, retryMs);
      });
      // A worker agent of this tab (www/ragents-workers.js): its code runs
      // off the page's thread, and any client calls it by name.
      var spawned = s.spawnAgent ? s.spawnAgent({
        name: "calculator",
        title: "a worker agent",
        text: "function add(a, b) { return a + b }\nfunction upper(s) { return String(s).toUpperCase() }",
      }) : Promise.resolve();
      return spawned.then(function () {
        return s.getRemoteAgents();
      }).then(function (list) {
        list.forEach(added);
      });
    }).catch(function (e) {
      if (session) return;
      setState("closed", "cannot reach the relay: " + e.message + ". Trying again every " + retryMs / 1000 + " s …");
      setTimeout(connect, retryMs);
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var r = agents.get(to.value);
    var parsed;
    try {
      parsed = JSON.parse(body.value);
    } catch (err) {
      reply.textContent = "the body is not JSON: " + err.message;
      return;
    }
    reply.textContent = "…";
    r.send(name.value, parsed, { timeout: 5000 }).then(function (b) {
      reply.textContent = "reply: " + JSON.stringify(b);
    }, function (err) {
      reply.textContent = err.code + ": " + err.message;
    });
  });

  render();
  connect();
})();
