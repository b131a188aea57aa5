// The relay seen from outside: /healthz and /metrics over real HTTP (Node's
// fetch), counters moved by real WebSocket clients (ws) and checked against
// what those clients sent and received, and the log: at info a line per
// connect, disconnect and refusal, never a session's key or a packet's body;
// with -v, bodies too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { startRelay } from "./relays.mjs";

const METRICS = {
  ragentsd_connections: "gauge",
  ragentsd_connections_total: "counter",
  ragentsd_sessions: "gauge",
  ragentsd_agents: "gauge",
  ragentsd_requests_in_flight: "gauge",
  ragentsd_streams: "gauge",
  ragentsd_interest: "gauge",
  ragentsd_backlog_bytes: "gauge",
  ragentsd_packets_in_total: "counter",
  ragentsd_packets_out_total: "counter",
  ragentsd_bytes_in_total: "counter",
  ragentsd_bytes_out_total: "counter",
  ragentsd_handshake_failures_total: "counter",
  ragentsd_pings_total: "counter",
  ragentsd_resumes_total: "counter",
  ragentsd_requests_expired_total: "counter",
  ragentsd_dead_connections_total: "counter",
  ragentsd_refusals_total: "counter",
  ragentsd_rpc_calls_total: "counter",
  ragentsd_rpc_requests_total: "counter",
};
const REASONS = ["connect", "binary", "bad_frame", "frame_too_big", "packet", "forbidden", "slow_reader", "origin", "session_full", "token", "ip_limit", "rate_limit"];

const unique = (what) => `${what}-${randomUUID()}`;
/** How the relay names a session in its log: 8 hex digits of the key's SHA-1. */
const sessionTag = (key) => createHash("sha1").update(key).digest("hex").slice(0, 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Our relay with its log kept, stopped (and expected to exit 0) after the test. */
async function relayFor(t, args = []) {
  const relay = await startRelay(args, { log: true });
  t.after(async () => assert.equal(await relay.stop(), 0));
  return relay;
}

const http = (relay, path) => fetch(`http://127.0.0.1:${relay.port}${path}`);

/** GET /metrics: its text, and each sample's value by series name. */
async function scrape(relay) {
  const res = await http(relay, "/metrics");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type"), /^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  const values = {};
  for (const line of text.split("\n")) {
    if (line && !line.startsWith("#")) {
      const [series, value] = line.split(" ");
      values[series] = Number(value);
    }
  }
  return { text, values };
}

/** Scrapes until `check(values)` stops throwing: a connection's task ends a moment after its socket. */
async function until(relay, check) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { values } = await scrape(relay);
    try {
      check(values);
      return values;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    await sleep(20);
  }
}

/** A raw protocol client that tallies the packets and payload bytes it sends and receives. */
class Client {
  /** Opens a socket and, given a key, joins that session. */
  static async open(relay, key, { batch = false } = {}) {
    const c = new Client(new WebSocket(relay.url, "ragents-protocol", { perMessageDeflate: false }));
    await c.opened;
    if (key !== undefined) {
      c.send({ type: "request", name: "connect", to: "server", id: "0", body: batch ? { key, batch } : { key } });
      const answer = await c.next();
      assert.deepEqual([answer.name, answer.error], ["connect", undefined]);
    }
    return c;
  }

  constructor(ws) {
    this.ws = ws;
    this.sent = { packets: 0, bytes: 0 };
    this.got = { packets: 0, bytes: 0 };
    this.inbox = [];
    this.waiting = [];
    this.opened = new Promise((resolve, reject) => {
      ws.once("upgrade", (res) => (this.port = res.socket.localPort));
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    this.closed = new Promise((resolve) => ws.once("close", resolve));
    ws.on("message", (data) => {
      this.got.bytes += data.length;
      const parsed = JSON.parse(data);
      for (const packet of Array.isArray(parsed) ? parsed : [parsed]) {
        this.got.packets++;
        const waiter = this.waiting.shift();
        if (waiter) waiter(packet);
        else this.inbox.push(packet);
      }
    });
  }

  /** Sends a packet (an object), or text as it is (a batch, or not JSON at all). */
  send(packet, { packets = 1 } = {}) {
    const text = typeof packet === "string" ? packet : JSON.stringify(packet);
    this.sent.packets += packets;
    this.sent.bytes += Buffer.byteLength(text);
    this.ws.send(text);
  }

  sendBinary(bytes) {
    this.sent.bytes += bytes.length;
    this.ws.send(bytes);
  }

  next() {
    if (this.inbox.length) return Promise.resolve(this.inbox.shift());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** A request to the server agent, and its response. */
  async server(name, body) {
    const id = unique("id");
    this.send({ type: "request", name, to: "server", id, body });
    for (;;) {
      const p = await this.next();
      if (p.type === "response" && p.id === id) return p;
    }
  }

  close() {
    this.ws.close(1000);
    return this.closed;
  }
}

/** Totals over clients, as the relay should count them. */
const total = (clients, dir, what) => clients.reduce((sum, c) => sum + c[dir][what], 0);

test("GET /healthz says ok and GET /metrics has every metric with its HELP and TYPE", async (t) => {
  const relay = await relayFor(t);
  const health = await http(relay, "/healthz");
  assert.equal(health.status, 200);
  assert.match(health.headers.get("content-type"), /^text\/plain/);
  assert.equal(await health.text(), "ok\n");

  const { text, values } = await scrape(relay);
  for (const [name, type] of Object.entries(METRICS)) {
    assert.match(text, new RegExp(`^# HELP ${name} \\S`, "m"), name);
    assert.match(text, new RegExp(`^# TYPE ${name} ${type}$`, "m"), name);
  }
  for (const reason of REASONS) assert.equal(values[`ragentsd_refusals_total{reason="${reason}"}`], 0, reason);
  for (const [series, value] of Object.entries(values)) {
    assert.ok(series.split("{")[0] in METRICS, `unexpected series ${series}`);
    assert.equal(value, 0, series);
  }
});

test("/healthz and /metrics are the relay's own even when --www has files of those names", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ragentsd-obs-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of ["healthz", "metrics"]) writeFileSync(join(dir, name), "a file");
  writeFileSync(join(dir, "app.js"), "console.log(1)");
  const relay = await relayFor(t, ["--www", dir]);
  assert.equal(await (await http(relay, "/healthz")).text(), "ok\n");
  assert.match((await scrape(relay)).text, /^# TYPE ragentsd_connections gauge$/m);
  assert.equal(await (await http(relay, "/app.js")).text(), "console.log(1)");
});

test("counters follow connections, sessions, agents, requests, packets, bytes and refusals", async (t) => {
  const relay = await relayFor(t);
  const key = unique("key");
  const a = await Client.open(relay, key);
  const b = await Client.open(relay, key);
  const clients = [a, b];
  let v = await until(relay, (v) => assert.equal(v.ragentsd_connections, 2));
  assert.deepEqual([v.ragentsd_connections_total, v.ragentsd_sessions, v.ragentsd_agents], [2, 1, 0]);

  const agent = (await a.server("createAgent", { name: "echo", title: "t" })).body.id;
  assert.equal((await b.next()).name, "agentCreated");
  assert.equal((await scrape(relay)).values.ragentsd_agents, 1);

  // A request waits for its answer.
  b.send({ type: "request", name: "echo", to: agent, id: "1", body: { n: 1 } });
  const request = await a.next();
  assert.equal((await scrape(relay)).values.ragentsd_requests_in_flight, 1);
  a.send({ type: "response", name: "echo", from: agent, id: request.id, body: request.body });
  assert.deepEqual((await b.next()).body, { n: 1 });
  assert.equal((await scrape(relay)).values.ragentsd_requests_in_flight, 0);

  // A batching client: each packet of an array counts.
  const c = await Client.open(relay, key, { batch: true });
  clients.push(c);
  const getAgents = (id) => ({ type: "request", name: "getAgents", to: "server", id });
  c.send(JSON.stringify([getAgents("x"), getAgents("y")]), { packets: 2 });
  assert.deepEqual([(await c.next()).id, (await c.next()).id], ["x", "y"]);

  // Refusals, one of each kind a client can cause without being cut off.
  b.send({ type: "event", name: "spoof", from: agent, body: 1 }); // forbidden
  a.send("not a packet"); // packet
  await a.next(); // its error
  a.sendBinary(Buffer.from([1, 2, 3])); // binary
  await a.next(); // its error
  await b.server("getAgents"); // b's spoof was handled before this
  const stranger = await Client.open(relay);
  clients.push(stranger);
  stranger.send({ type: "request", name: "hello", to: "server", id: "0" }); // connect
  await stranger.closed;
  const silent = await Client.open(relay); // opens, never connects: a handshake failure
  await silent.close();

  v = await until(relay, (v) => assert.equal(v.ragentsd_handshake_failures_total, 1));
  const refusals = Object.fromEntries(REASONS.map((r) => [r, v[`ragentsd_refusals_total{reason="${r}"}`]]));
  assert.deepEqual(refusals, {
    connect: 1, binary: 1, bad_frame: 0, frame_too_big: 0, packet: 1, forbidden: 1, slow_reader: 0, origin: 0, session_full: 0, token: 0, ip_limit: 0, rate_limit: 0,
  });
  assert.equal(v.ragentsd_connections_total, 3, "accepted handshakes only");
  // Exactly what the clients sent and received (payloads, not frame headers).
  assert.deepEqual(
    [v.ragentsd_packets_in_total, v.ragentsd_bytes_in_total, v.ragentsd_packets_out_total, v.ragentsd_bytes_out_total],
    [total(clients, "sent", "packets"), total(clients, "sent", "bytes"),
      total(clients, "got", "packets"), total(clients, "got", "bytes")],
  );

  await Promise.all([a.close(), b.close(), c.close()]);
  v = await until(relay, (v) => assert.equal(v.ragentsd_connections, 0));
  assert.deepEqual([v.ragentsd_sessions, v.ragentsd_agents, v.ragentsd_requests_in_flight], [0, 0, 0]);
  assert.equal(v.ragentsd_connections_total, 3);
});

/** Two clients of one session trade bodies that hold `marker`, and a stranger is refused. */
async function chatter(relay, key, marker) {
  const a = await Client.open(relay, key);
  const b = await Client.open(relay, key);
  const agent = (await a.server("createAgent", { name: "echo", title: marker })).body.id;
  b.send({ type: "request", name: "echo", to: agent, id: "1", body: { marker } });
  let request;
  while ((request = await a.next()).type !== "request");
  a.send({ type: "response", name: "echo", from: agent, id: request.id, body: request.body });
  a.send({ type: "event", name: "said", from: agent, body: marker });
  b.send({ type: "event", name: "spoof", from: agent, body: marker }); // refused: forbidden
  a.send(`{"type":"nonsense","body":"${marker}"}`); // refused: packet
  await b.server("getAgents");
  await a.server("getAgents");
  // A connect to the wrong place, with a key of its own: refused.
  const stranger = await Client.open(relay);
  const strangerKey = unique("stranger-key");
  stranger.send({ type: "request", name: "connect", to: "nobody", id: "0", body: { key: strangerKey, marker } });
  await stranger.closed;
  await Promise.all([a.close(), b.close()]);
  await until(relay, (v) => assert.equal(v.ragentsd_connections, 0));
  return { a, b, stranger, strangerKey };
}

test("the info log: connect and disconnect lines with conn id, peer and session hash; no key, no body", async (t) => {
  const relay = await relayFor(t);
  const [key, marker] = [unique("key"), unique("marker")];
  const { a, b, stranger, strangerKey } = await chatter(relay, key, marker);
  const log = relay.log();
  const lines = log.split("\n");

  assert.ok(!log.includes(marker), `a body reached the log:\n${log}`);
  for (const secret of [key, strangerKey]) assert.ok(!log.includes(secret), `a key reached the log:\n${log}`);
  assert.ok(!/ DEBUG | TRACE /.test(log), "nothing below info by default");

  const ids = {};
  for (const [name, c] of Object.entries({ a, b })) {
    const peer = `peer=127\\.0\\.0\\.1:${c.port}`;
    const connected = new RegExp(` INFO connected conn=(\\d+) ${peer} session=${sessionTag(key)} batch=false cancel=false streams=false interest=false resumable=false$`);
    const line = lines.find((l) => connected.test(l));
    assert.ok(line, `no connect line for ${name} (port ${c.port}):\n${log}`);
    const id = (ids[name] = line.match(connected)[1]);
    const disconnected = new RegExp(
      ` INFO disconnected conn=${id} ${peer} session=${sessionTag(key)} duration_ms=\\d+ code=1000 reason="client closed"$`);
    assert.ok(lines.some((l) => disconnected.test(l)), `no disconnect line for ${name}:\n${log}`);
  }
  assert.notEqual(ids.a, ids.b);
  const refusal = (level, id, port, reason) =>
    new RegExp(` ${level} refused: .* conn=${id} peer=127\\.0\\.0\\.1:${port} reason="${reason}" count=1$`);
  for (const [pattern, what] of [
    [refusal("WARN", ids.b, b.port, "forbidden"), "spoofed event"],
    [refusal("INFO", ids.a, a.port, "packet"), "malformed packet"],
    [refusal("INFO", "\\d+", stranger.port, "connect"), "bad connect"],
  ]) {
    assert.ok(lines.some((l) => pattern.test(l)), `no refusal line for the ${what}:\n${log}`);
  }
});

test("with -v every packet is logged with its text, bodies included (keys still not)", async (t) => {
  const relay = await relayFor(t, ["-v"]);
  const [key, marker] = [unique("key"), unique("marker")];
  const { strangerKey } = await chatter(relay, key, marker);
  const log = relay.log();
  const packets = log.split("\n").filter((l) => l.includes(" TRACE ") && l.includes(marker));
  assert.ok(packets.length >= 4, `request, response, event, refused packets:\n${log}`);
  for (const secret of [key, strangerKey]) assert.ok(!log.includes(secret), `a key reached the log:\n${log}`);
});

test("--log-format json writes one JSON object per line with the same fields", async (t) => {
  const relay = await relayFor(t, ["--log-format", "json"]);
  const key = unique("key");
  const a = await Client.open(relay, key);
  await a.close();
  await until(relay, (v) => assert.equal(v.ragentsd_connections, 0));
  const records = relay.log().trim().split("\n").map((l) => JSON.parse(l));
  const connected = records.find((r) => r.message === "connected");
  assert.deepEqual(
    { level: connected.level, peer: connected.peer, session: connected.session },
    { level: "INFO", peer: `127.0.0.1:${a.port}`, session: sessionTag(key) },
  );
  const disconnected = records.find((r) => r.message === "disconnected");
  assert.equal(disconnected.conn, connected.conn);
  assert.equal(typeof disconnected.duration_ms, "number");
  assert.equal(disconnected.code, 1000);
});
