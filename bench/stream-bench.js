// In-page halves of bench/stream-loads.mjs: a producer page and a consumer
// page, ours (ragents' streams) and the floor (plain WebSocket events).
(function () {
  var stop = function () {};
  window.stopProducer = function () {
    stop();
  };
  var payload = function (size) {
    return "x".repeat(Math.max(1, size - 2));
  };

  // Ours: an agent whose "gen" writes n chunks, each once credit allows.
  window.oursProducer = async function (url, key, size) {
    var session = await ragents.createSession({ url: url, key: key });
    var agent = await session.createAgent({ name: "gen" });
    var chunk = payload(size);
    agent.receive("gen", async function (n, reply) {
      for (var i = 0; i < n; i++) if (!(await reply.write(chunk))) return;
      reply(null, n);
    });
    stop = function () {
      session.close();
    };
  };
  window.oursConsumer = async function (url, key, n) {
    var session = await ragents.createSession({ url: url, key: key });
    var gen = (await session.getRemoteAgents()).find(function (r) {
      return r.info.name === "gen";
    });
    var t0 = performance.now(), got = 0;
    var s = gen.stream("gen", n);
    for await (var c of s) got++;
    await s.result;
    var ms = performance.now() - t0;
    session.close();
    if (got !== n) throw new Error("got " + got + " of " + n);
    return ms;
  };

  // The floor: raw sockets; the producer emits its chunks as events as
  // fast as its socket takes them, one message each, once asked, never more
  // than 8 MiB ahead of what the consumer said it read (a request "ack"
  // each 64 chunks): past 16 MiB the relay would cut the consumer off as a
  // slow reader. (8 MiB is over 80,000 chunks of 100 bytes, 128 of 64 KiB:
  // four times what our streams keep ahead.)
  function open(url, key, onPacket) {
    return new Promise(function (resolve, reject) {
      var ws = new WebSocket(url, "ragents-protocol");
      var open = false;
      ws.onopen = function () {
        ws.send(JSON.stringify({ type: "request", name: "connect", to: "server", id: "0", body: { key: key } }));
      };
      ws.onmessage = function (e) {
        if (!open) return (open = true), resolve(ws);
        onPacket(JSON.parse(e.data), ws);
      };
      ws.onerror = reject;
    });
  }
  window.floorProducer = async function (url, key, size) {
    var agent;
    var chunk = JSON.stringify(payload(size));
    var ahead = Math.max(64, Math.floor((8 << 20) / chunk.length));
    var n = 0, sent = 0, acked = 0, waiting = false;
    var frame;
    function send() {
      waiting = false;
      while (sent < n && sent - acked < ahead && ws.bufferedAmount < 1 << 20) ws.send(frame), sent++;
      // (Held by the consumer: its next ack sends more.)
      if (sent < n && sent - acked < ahead) (waiting = true), setTimeout(send, 0);
    }
    var ws = await open(url, key, function (p) {
      if (p.type === "response" && p.name === "createAgent") agent = p.body.id;
      if (p.type !== "request") return;
      if (p.name === "ack") {
        ws.send(JSON.stringify({ type: "response", from: agent, id: p.id, body: null }));
        acked = p.body;
        if (!waiting) send();
        return;
      }
      (n = p.body), (sent = 0), (acked = 0);
      frame = '{"type":"event","name":"c","from":"' + agent + '","body":' + chunk + "}";
      send();
    });
    ws.send(JSON.stringify({ type: "request", name: "createAgent", to: "server", id: "1", body: { name: "gen" } }));
    while (!agent) await new Promise((r) => setTimeout(r, 5));
    stop = function () {
      ws.close();
    };
  };
  window.floorConsumer = async function (url, key, n) {
    var got = 0, done;
    var finished = new Promise(function (r) {
      done = r;
    });
    var gen;
    var ws = await open(url, key, function (p) {
      if (p.type !== "event" || p.name !== "c") return;
      if (++got === n) done();
      else if (got % 64 === 0) ws.send(JSON.stringify({ type: "request", name: "ack", to: gen.id, id: "a" + got, body: got }));
    });
    ws.send(JSON.stringify({ type: "request", name: "getAgents", to: "server", id: "g" }));
    var agents = await new Promise(function (resolve) {
      var prev = ws.onmessage;
      ws.onmessage = function (e) {
        var p = JSON.parse(e.data);
        if (p.type === "response" && p.id === "g") (ws.onmessage = prev), resolve(p.body);
      };
    });
    gen = agents.find(function (a) {
      return a.name === "gen";
    });
    var t0 = performance.now();
    ws.send(JSON.stringify({ type: "request", name: "go", to: gen.id, id: "go", body: n }));
    await finished;
    var ms = performance.now() - t0;
    ws.close();
    return ms;
  };

  // Abort latency: the agent records when each "hold" request's signal
  // fires; the caller aborts each after it reached the agent, and times
  // round trips of "echo" between.
  window.abortedAt = [];
  window.abortAgent = async function (url, key) {
    var session = await ragents.createSession({ url: url, key: key });
    var agent = await session.createAgent({ name: "holder" });
    agent.receive("hold", function (body, reply, ctx) {
      window.held = true;
      ctx.signal.addEventListener("abort", function () {
        window.abortedAt[body] = performance.timeOrigin + performance.now();
      });
    });
    agent.receive("echo", function (body, reply) {
      reply(null, body);
    });
  };
  window.abortCaller = async function (url, key, n) {
    var session = await ragents.createSession({ url: url, key: key });
    var holder = (await session.getRemoteAgents()).find(function (r) {
      return r.info.name === "holder";
    });
    var aborts = [], trips = [];
    for (var i = 0; i < n; i++) {
      var t = performance.now();
      await holder.send("echo", i);
      trips.push(performance.now() - t);
      var c = new AbortController();
      var call = holder.send("hold", i, { signal: c.signal }).catch(function () {});
      // Once the request has surely reached the agent: a round trip later.
      await holder.send("echo", i);
      aborts.push(performance.timeOrigin + performance.now());
      c.abort();
      await call;
    }
    await new Promise((r) => setTimeout(r, 100));
    session.close();
    return { aborts: aborts, trips: trips };
  };
})();
