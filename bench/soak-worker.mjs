// One process of the soak (bench/soak.mjs): raw `ws` clients in every
// session, one agent owner and several requesters per session. Requesters
// call random agents of their session; owners answer and emit events; a
// client now and then leaves and another takes its place. The parent gets
// this process's counts every second, and may kill it (-9) at any time.
import WebSocket from "ws";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let options;
let stopping = false;
const clients = new Set();
// Counts since the last report, and latencies (ms) of answered requests.
let counts = { sent: 0, answered: 0, failed: 0, abandoned: 0, events: 0, connects: 0, unexpected: 0 };
let latencies = [];
const errors = {};

/** A connected client of session `key`: an owner (one agent) or a requester. */
function client(key, owner) {
  const ws = new WebSocket(options.url, "ragents-protocol", { perMessageDeflate: false });
  const c = { ws, owner, agents: new Set(), pending: new Map(), next: 0, closing: false, mine: null };
  clients.add(c);
  const send = (packet) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(packet));
  ws.on("open", () => send({ type: "request", name: "connect", to: "server", id: "0", body: { key } }));
  ws.on("message", (data) => {
    const p = JSON.parse(data);
    if (p.name === "connect") {
      counts.connects++;
      if (owner) send({ type: "request", name: "createAgent", to: "server", id: "c", body: { name: "echo" } });
      send({ type: "request", name: "getAgents", to: "server", id: "g" });
      return;
    }
    if (p.type === "response" && p.from === "server") {
      if (p.name === "createAgent" && p.body) c.mine = p.body.id;
      if (p.name === "getAgents") for (const a of p.body ?? []) c.agents.add(a.id);
      return;
    }
    if (p.type === "event" && p.from === "server") {
      if (p.name === "agentCreated") c.agents.add(p.body.id);
      if (p.name === "agentDestroyed") c.agents.delete(p.body.id);
      return;
    }
    if (p.type === "event") return void counts.events++;
    if (p.type === "request" && p.to === c.mine) {
      // Answered a little later: requests are in flight when owners leave.
      return void setTimeout(() => send({ type: "response", name: p.name, from: c.mine, id: p.id, body: p.body }), Math.random() * 5);
    }
    if (p.type === "response") {
      const t0 = c.pending.get(p.id);
      if (t0 === undefined) return;
      c.pending.delete(p.id);
      if (p.error) {
        counts.failed++;
        errors[p.error] = (errors[p.error] ?? 0) + 1;
      } else {
        counts.answered++;
        latencies.push(performance.now() - t0);
      }
    }
  });
  ws.on("close", () => {
    clients.delete(c);
    if (!c.closing) counts.unexpected++;
    // Its requests can no longer be answered: it left with them.
    counts.abandoned += c.pending.size;
    c.pending.clear();
  });
  ws.on("error", () => {});
  c.request = () => {
    const agents = [...c.agents].filter((a) => a !== c.mine);
    if (!agents.length || ws.readyState !== WebSocket.OPEN) return;
    const id = String(c.next++);
    c.pending.set(id, performance.now());
    counts.sent++;
    send({ type: "request", name: "echo", to: agents[Math.floor(Math.random() * agents.length)], id, body: { n: c.next } });
  };
  c.emit = () => c.mine && send({ type: "event", name: "tick", from: c.mine, body: Date.now() });
  c.leave = () => {
    c.closing = true;
    ws.close(1000);
  };
  c.key = key;
  return c;
}

function report(final = {}) {
  process.send({ counts, latencies, errors: { ...errors }, clients: clients.size, ...final });
  counts = Object.fromEntries(Object.keys(counts).map((k) => [k, 0]));
  latencies = [];
  for (const k of Object.keys(errors)) delete errors[k];
}

async function run() {
  const { sessions, owners, requesters, rate, churn, prefix } = options;
  for (let s = 0; s < sessions; s++) {
    for (let i = 0; i < owners + requesters; i++) client(`${prefix}-${s}`, i < owners);
    if (s % 10 === 9) await sleep(20); // connects spread a little
  }
  const reporter = setInterval(report, 1000);
  // Each requester sends `rate` requests per second; each owner emits one
  // event per second; `churn` clients per second leave and are replaced.
  const tick = 50;
  while (!stopping) {
    for (const c of clients) {
      if (!c.owner && Math.random() < (rate * tick) / 1000) c.request();
      if (c.owner && Math.random() < tick / 1000) c.emit();
    }
    for (let leaving = (churn * tick) / 1000; leaving >= 1 || Math.random() < leaving; leaving--) {
      const all = [...clients];
      const gone = all[Math.floor(Math.random() * all.length)];
      if (!gone) break;
      gone.leave();
      client(gone.key, gone.owner);
    }
    await sleep(tick);
  }
  // Drain: no more requests; every one sent must be answered or failed.
  const until = Date.now() + 10_000;
  const outstanding = () => [...clients].reduce((n, c) => n + c.pending.size, 0);
  while (outstanding() > 0 && Date.now() < until) await sleep(50);
  clearInterval(reporter);
  const lost = outstanding();
  for (const c of clients) c.leave();
  await sleep(500);
  report({ lost, final: true });
  process.exit(0);
}

process.on("message", (m) => {
  if (m.start) {
    options = m.start;
    run();
  }
  if (m.stop) stopping = true;
});
