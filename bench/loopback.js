// An in-page stand-in for the socket and the 1.0.0 relay, for measuring a
// client's own main-thread work per round trip with nothing else in the
// way: no kernel, no relay process, no second core. `WebSocket` is replaced
// by a loopback whose relay routes packets as the 1.0.0 relay does (one
// packet per frame, requests to their agent's socket, responses back to the
// requester, server requests answered in place), and every message is
// delivered in a task of its own, as a browser delivers socket messages.
// Bench use only (bench/loopback.mjs), never in the tests.
(function () {
  var queue = [], head = 0, channel = new MessageChannel();
  channel.port1.onmessage = function () {
    var f = queue[head];
    queue[head++] = undefined;
    if (head === queue.length) queue.length = head = 0;
    f();
  };
  function later(f) {
    queue.push(f);
    channel.port2.postMessage(0);
  }
  var sessions = {};
  function Loopback(url) {
    this.url = url;
    this.readyState = 0;
    this.protocol = "ragents-protocol";
    this.listeners = {};
    var ws = this;
    later(function () {
      ws.readyState = 1;
      ws.fire("open", {});
    });
  }
  Loopback.prototype.addEventListener = function (k, f) {
    (this.listeners[k] = this.listeners[k] || []).push(f);
  };
  Loopback.prototype.removeEventListener = function (k, f) {
    var l = this.listeners[k] || [];
    var i = l.indexOf(f);
    if (i >= 0) l.splice(i, 1);
  };
  Loopback.prototype.fire = function (k, e) {
    var h = this["on" + k];
    if (h) h.call(this, e);
    var l = this.listeners[k];
    if (l) for (var i = 0; i < l.length; i++) l[i].call(this, e);
  };
  Loopback.prototype.close = function () {
    if (this.readyState > 1) return;
    this.readyState = 3;
    var ws = this;
    later(function () {
      ws.fire("close", { code: 1000, reason: "" });
    });
  };
  function deliver(ws, text) {
    later(function () {
      if (ws.readyState === 1) ws.fire("message", { data: text });
    });
  }
  Loopback.prototype.send = function (text) {
    var p = JSON.parse(text), s = this.session;
    if (!s) {
      s = this.session = sessions[p.body.key] = sessions[p.body.key] || { agents: {}, owner: {}, next: 0, pending: {} };
      return deliver(this, JSON.stringify({ type: "response", name: "connect", from: "server", id: p.id, body: null }));
    }
    if (p.type === "request" && p.to === "server") {
      var body = null;
      if (p.name === "createAgent") {
        body = { id: String(s.next++), name: p.body.name, title: p.body.title };
        s.agents[body.id] = body;
        s.owner[body.id] = this;
      } else if (p.name === "getAgents" || p.name === "getRemoteAgents") {
        body = Object.keys(s.agents).map(function (id) { return s.agents[id]; });
      } else if (p.name === "destroyAgent") {
        body = p.body;
        delete s.agents[p.body.id];
      }
      return deliver(this, JSON.stringify({ type: "response", name: p.name, from: "server", id: p.id, body: body }));
    }
    if (p.type === "request") {
      s.pending[p.to + " " + p.id] = this;
      return deliver(s.owner[p.to], text);
    }
    if (p.type === "response") {
      var to = s.pending[p.from + " " + p.id];
      delete s.pending[p.from + " " + p.id];
      return deliver(to, text);
    }
  };
  window.WebSocket = Loopback;
})();
