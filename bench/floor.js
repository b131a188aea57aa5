// The floor: a minimal hand-written client (plain WebSocket, JSON.parse),
// doing what any ragents client must: an echo agent in one socket, a
// requester in another, `total` round trips with `window` in flight.
window.floorBench = function (url, total, window) {
  return new Promise(function (resolve, reject) {
    var key = "floor-" + Math.random();
    function open(onPacket, ready) {
      var ws = new WebSocket(url, "ragents-protocol");
      var connected = false;
      ws.onopen = function () {
        ws.send(JSON.stringify({ type: "request", name: "connect", to: "server", id: "0", body: { key: key } }));
      };
      ws.onmessage = function (e) {
        var p = JSON.parse(e.data);
        if (!connected) { connected = true; return ready(ws); }
        onPacket(ws, p);
      };
      ws.onerror = reject;
    }
    var agentId;
    open(function (ws, p) {
      if (p.type === "response" && p.name === "createAgent") { agentId = p.body.id; return startRequester(); }
      if (p.type === "request") {
        ws.send(JSON.stringify({ type: "response", name: p.name, from: agentId, id: p.id, body: p.body }));
      }
    }, function (ws) {
      ws.send(JSON.stringify({ type: "request", name: "createAgent", to: "server", id: "1", body: { name: "echo", title: "floor" } }));
    });
    function startRequester() {
      var next = 1, done = 0, pending = {};
      open(function (ws, p) {
        if (p.type !== "response" || !pending[p.id]) return;
        delete pending[p.id];
        if (++done === total) { ws.close(); return resolve(done); }
        if (next <= total) send(ws);
      }, function (ws) {
        for (var i = 0; i < window; i++) send(ws);
      });
      function send(ws) {
        var id = String(next++);
        pending[id] = true;
        ws.send(JSON.stringify({ type: "request", name: "echo", to: agentId, id: id, body: { pad: "0123456789012345678901234567" } }));
      }
    }
  });
};
