// Three relays on one NATS server behave, for every client, like one relay
// (docs/CLUSTER.md): the README samples in pages of two relays, the 1.0.0
// client, raw sockets checking the 1.0.0 defects' fixes across relays, a
// relay killed mid-request, and NATS restarted under the cluster.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { startRelay, startNats, ragentsdPath, root } from "./relays.mjs";
import { spawnSync } from "node:child_process";
import { launch, open } from "./pages.mjs";
import { readmeSamples, samplePage } from "../../scripts/samples.mjs";
import { ticksThroughCuts } from "./ticks.mjs";

const require = createRequire(import.meta.url);
const oldRagents = require("ragents");

// A relay is given up for dead after 3 s unheard, looked for four times a
// second: within 3.25 s of its last heartbeat (docs/CLUSTER.md). The tests
// allow a loaded machine 1.25 s more.
const DEAD_BOUND_MS = 3250;
const SLACK_MS = 1250;

let nats, relays, dir, browser;
before(async () => {
  nats = await startNats();
  dir = mkdtempSync(join(tmpdir(), "ragents-cluster-"));
  copyFileSync(join(root, "www", "ragents-browser.js"), join(dir, "ragents-browser.js"));
  const { server, client } = readmeSamples();
  writeFileSync(join(dir, "server.html"), samplePage("sample server", [server]));
  writeFileSync(join(dir, "client.html"), samplePage("sample client", [client]));
  writeFileSync(join(dir, "index.html"), `<script src="ragents-browser.js"></script>`);
  relays = [];
  for (let i = 0; i < 3; i++) relays.push(await startRelay(["--www", dir, "--nats", nats.url]));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const r of relays ?? []) await r.stop();
  await nats?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const oldSession = (url, key) => call((cb) => oldRagents.createSession({ url, key }, cb));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A client speaking the protocol by hand: `next(pred)` waits for a packet. */
async function raw(url, key) {
  const ws = new WebSocket(url);
  const got = [];
  let wake = () => {};
  ws.on("message", (data) => {
    got.push(JSON.parse(data.toString()));
    wake();
  });
  await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
  const client = {
    ws,
    send: (packet) => ws.send(JSON.stringify(packet)),
    async next(pred, ms = 5000) {
      const until = Date.now() + ms;
      for (;;) {
        const i = got.findIndex(pred);
        if (i >= 0) return got.splice(i, 1)[0];
        const left = until - Date.now();
        if (left <= 0) throw new Error(`no such packet in ${ms} ms; got ${JSON.stringify(got)}`);
        await new Promise((resolve) => ((wake = resolve), setTimeout(resolve, left)));
      }
    },
    async request(name, to, body, id = Math.random().toString(36).slice(2)) {
      client.send({ type: "request", name, to, id, body });
      return client.next((p) => p.type === "response" && p.id === id);
    },
    /** Whether a packet matching `pred` came, waiting `ms`. */
    async saw(pred, ms) {
      return client.next(pred, ms).then(() => true, () => false);
    },
    close: () => ws.close(),
  };
  const connected = await client.request("connect", "server", { key });
  assert.equal(connected.error, undefined, JSON.stringify(connected));
  return client;
}

/** Raw clients of `key`, one on each relay in `on` (indexes). */
const rawOn = (on, key) => Promise.all(on.map((i) => raw(relays[i].url, key)));

/** Waits until each client lists exactly `ids` (in any order). */
async function listing(clients, ids, ms = 5000) {
  const until = Date.now() + ms;
  for (const c of clients) {
    for (;;) {
      const listed = (await c.request("getAgents", "server")).body.map((a) => a.id).sort();
      if (JSON.stringify(listed) === JSON.stringify([...ids].sort())) break;
      if (Date.now() > until) assert.deepEqual(listed, [...ids].sort());
      await sleep(50);
    }
  }
}

test("the README samples, verbatim, in pages of two different relays", async () => {
  const server = await open(browser, `http://127.0.0.1:${relays[0].port}/server.html`);
  await server.until(/created, waiting for echo requests/);
  const client = await open(browser, `http://127.0.0.1:${relays[1].port}/client.html`);
  const echoed = await client.until(/^agent \S+ echoed: /);
  assert.match(echoed, /^agent [0-9a-f]{16}\.\d+\.\d+ echoed: \{a: 1\}$/);
  await server.until(/agent responded to echo request/);
  assert.deepEqual([...server.errors, ...client.errors], []);
  await server.page.close();
  await client.page.close();
});

test("the 1.0.0 client on one relay and ours in a page on another call each other", async () => {
  const key = "interop-" + Math.random();
  const old = await oldSession(relays[2].url, key);
  const oldAgent = await call((cb) => old.createAgent({ name: "doubler", title: "node 1.0.0" }, cb));
  oldAgent.receive("double", (n, reply) => (reply(null, n * 2), oldAgent.emit("doubled", n * 2)));
  const upperSeen = new Promise((resolve) => old.on("ragentCreated", (r) => r.info.name === "upper" && resolve(r)));

  const { page, errors } = await open(browser, `http://127.0.0.1:${relays[0].port}/server.html`);
  const fromPage = await page.evaluate(async ({ url, key }) => {
    const session = await ragents.createSession({ url, key });
    const agent = await session.createAgent({ name: "upper", title: "wasm" });
    agent.receive("upper", (s, reply) => reply(null, s.toUpperCase()));
    const doubler = (await session.getRemoteAgents()).find((r) => r.info.name === "doubler");
    const heard = new Promise((resolve) => doubler.once("doubled", resolve));
    const answer = await doubler.send("double", 21);
    window.ragentsSession = session;
    return { answer, heard: await heard };
  }, { url: relays[0].url, key });
  assert.deepEqual(fromPage, { answer: 42, heard: 42 });

  const upper = await upperSeen;
  assert.equal(await call((cb) => upper.send("upper", "shout", cb)), "SHOUT");
  const gone = new Promise((resolve) => old.once("ragentDestroyed", resolve));
  await page.evaluate(() => window.ragentsSession.close());
  assert.equal(await gone, upper, "the page's agent is gone for the other relay's client");
  old.close();
  await page.close();
  assert.deepEqual(errors, []);
});

test("streams across relays: chunks in order under credit, a stopped reader holds the producer, break and deadlines reach the agent", async () => {
  const key = "streams-" + Math.random();
  const { page, errors } = await open(browser, `http://127.0.0.1:${relays[0].port}/index.html`);
  const result = await page.evaluate(async ({ agentUrl, callerUrl, key }) => {
    const until = async (f) => { while (!f()) await new Promise((r) => setTimeout(r, 5)); };
    const owner = await ragents.createSession({ url: agentUrl, key });
    const agent = await owner.createAgent({ name: "gen" });
    const seen = { written: 0, aborted: [] };
    agent.receive("count", async (n, reply, ctx) => {
      ctx.signal.addEventListener("abort", () => seen.aborted.push(ctx.signal.reason.name));
      for (let i = 0; i < n; i++) {
        if (!(await reply.write(i))) return;
        seen.written++;
      }
      reply(null, "end");
    });
    agent.receive("hold", (n, reply, ctx) => {
      ctx.signal.addEventListener("abort", () => seen.aborted.push(ctx.signal.reason.name));
    });
    const caller = await ragents.createSession({ url: callerUrl, key });
    const [gen] = await caller.getRemoteAgents();
    const all = [];
    const s = gen.stream("count", 300);
    for await (const c of s) all.push(c);
    const inOrder = all.length === 300 && all.every((v, i) => v === i);
    const result = await s.result;
    // A reader that stops: the producer stops at the window.
    seen.written = 0;
    const slow = gen.stream("count", 1000);
    const it = slow[Symbol.asyncIterator]();
    await it.next();
    await new Promise((r) => setTimeout(r, 300));
    const held = seen.written;
    await it.return();
    await until(() => seen.aborted.length === 1);
    // A deadline on one relay reaches the agent on the other.
    const timedOut = await gen.send("hold", 1, { timeout: 200 }).catch((e) => e.code);
    await until(() => seen.aborted.length === 2);
    owner.close();
    caller.close();
    return { inOrder, result, held, aborted: seen.aborted, timedOut };
  }, { agentUrl: relays[0].url, callerUrl: relays[1].url, key });
  assert.deepEqual(result, { inOrder: true, result: "end", held: 32, aborted: ["AbortError", "TimeoutError"], timedOut: "ERR_TIMEOUT" });
  await page.close();
  assert.deepEqual(errors, []);
});

test("1.0.0 defects stay fixed across relays: ids, spoofing, foreign destroy, a leaving owner", async () => {
  const key = "defects-" + Math.random();
  const [owner, a, b] = await rawOn([0, 1, 2], key);
  const created = await owner.request("createAgent", "server", { name: "slow", title: "t" });
  const agent = created.body.id;
  assert.match(agent, /^[0-9a-f]{16}\.\d+\.\d+$/, "an id that names its relay");
  await listing([a, b], [agent]);

  // Two callers on two relays use the same id: each gets its own answer.
  a.send({ type: "request", name: "who", to: agent, id: 1, body: "a" });
  b.send({ type: "request", name: "who", to: agent, id: 1, body: "b" });
  const asked = [await owner.next((p) => p.type === "request"), await owner.next((p) => p.type === "request")];
  assert.notEqual(asked[0].id, asked[1].id);
  for (const r of asked.reverse()) owner.send({ type: "response", name: "who", from: agent, id: r.id, body: r.body });
  assert.equal((await a.next((p) => p.type === "response" && p.id === 1)).body, "a");
  assert.equal((await b.next((p) => p.type === "response" && p.id === 1)).body, "b");

  // Spoofing: an event or a response in the name of another relay's agent.
  a.send({ type: "event", name: "fake", from: agent, body: 1 });
  a.send({ type: "response", name: "who", from: agent, id: "1", body: "forged" });
  assert.match((await a.next((p) => p.type === "response" && p.id === "1")).error, /not an agent of this connection/);
  owner.send({ type: "event", name: "real", from: agent, body: 2 });
  assert.equal((await b.next((p) => p.type === "event" && p.from === agent)).name, "real", "the spoofed one never came");

  // Only the creator destroys.
  const foreign = await b.request("destroyAgent", "server", { id: agent });
  assert.equal(foreign.error, "agent belongs to another connection");
  await listing([a, b, owner], [agent]);

  // The owner leaves with a request pending from another relay.
  b.send({ type: "request", name: "never", to: agent, id: "p", body: null });
  await owner.next((p) => p.type === "request" && p.name === "never");
  owner.close();
  const failed = await b.next((p) => p.type === "response" && p.id === "p");
  assert.equal(failed.error, "agent destroyed");
  assert.equal((await a.next((p) => p.name === "agentDestroyed")).body.id, agent);
  await listing([a, b], []);
  a.close();
  b.close();
});

test("resumes across a cluster: the agent's owner and its listener on two relays, each side's socket reset, nothing lost or doubled", async () => {
  const site = { browser, url: (path = "") => `http://127.0.0.1:${relays[0].port}/${path}` };
  await ticksThroughCuts({ site, relayA: relays[0], relayB: relays[1] });
});

test("a JSON-RPC call over HTTP to one relay reaches an agent on another", async () => {
  const key = "rpc-" + Math.random();
  const [owner] = await rawOn([0], key);
  const agent = (await owner.request("createAgent", "server", { name: "adder" })).body.id;
  owner.ws.on("message", (data) => {
    const p = JSON.parse(data.toString());
    if (p.type === "request" && p.name === "add") {
      owner.send({ type: "response", name: "add", from: agent, id: p.id, body: p.body[0] + p.body[1] });
    }
  });
  const res = await fetch(`http://127.0.0.1:${relays[2].port}/rpc/${key}`, {
    method: "POST",
    body: JSON.stringify({ jsonrpc: "2.0", method: "adder.add", params: [2, 3], id: 1 }),
  });
  assert.deepEqual(await res.json(), { jsonrpc: "2.0", result: 5, id: 1 });
  owner.close();
});

/** A relay's /metrics as { series: value }. */
async function metrics(relay) {
  const text = await (await fetch(`http://127.0.0.1:${relay.port}/metrics`)).text();
  return Object.fromEntries(text.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => {
    const at = l.lastIndexOf(" ");
    return [l.slice(0, at), Number(l.slice(at + 1))];
  }));
}

test("a relay gets the traffic of the sessions it has members in, and no other", async () => {
  const before = await Promise.all(relays.map(metrics));
  assert.deepEqual(before.map((m) => m.ragentsd_cluster_relays), [2, 2, 2], "each hears the two others");
  const key = "traffic-" + Math.random();
  const [owner, listener] = await rawOn([0, 1], key);
  const agent = (await owner.request("createAgent", "server", { name: "chatty" })).body.id;
  await listing([listener], [agent]);
  for (let i = 0; i < 200; i++) owner.send({ type: "event", name: "n", from: agent, body: i });
  for (let i = 0; i < 200; i++) assert.equal((await listener.next((p) => p.name === "n")).body, i, "in order");
  const after = await Promise.all(relays.map(metrics));
  const got = after.map((m, i) => m.ragentsd_cluster_messages_in_total - before[i].ragentsd_cluster_messages_in_total);
  assert.ok(got[1] >= 200, `the listener's relay got ${got[1]}`);
  assert.equal(got[2], 0, "the relay with no member in the session got none of it");
  assert.equal(after[0].ragentsd_cluster_dropped_total, 0);
  owner.close();
  listener.close();
});

test("interest across relays: pages on three relays, the agent told of a listener on another relay, and a relay whose clients hear nothing gets no message while events flow", async () => {
  const key = "interest-" + Math.random();
  const { page, errors } = await open(browser, relays[0].url.replace("ws:", "http:") + "/index.html");
  await page.evaluate(async ([urls, key]) => {
    const owner = await ragents.createSession({ url: urls[0], key });
    const agent = await owner.createAgent({ name: "src" });
    window.told = [];
    agent.onInterest((name, heard) => window.told.push([name, heard]));
    agent.receive("go", (names, reply) => reply(null, names.map((n) => agent.emit(n, n))));
    const listener = await ragents.createSession({ url: urls[1], key });
    const deaf = await ragents.createSession({ url: urls[2], key });
    const find = async (s) => (await s.getRemoteAgents()).find((r) => r.info.name === "src");
    window.src = await find(listener);
    window.seen = await find(deaf);
    window.heard = [];
    window.src.on("a", (x) => window.heard.push(x));
    window.sessions = [owner, listener, deaf];
  }, [relays.map((r) => r.url), key]);
  await sleep(200);
  const before = await Promise.all(relays.map(metrics));
  const r = await page.evaluate(async () => {
    const names = Array.from({ length: 100 }, (_, i) => (i % 2 ? "b" : "a"));
    const sent = await window.src.send("go", names);
    for (const t = Date.now(); window.heard.length < 50 && Date.now() - t < 10_000; ) await new Promise((r) => setTimeout(r, 10));
    return { sent: sent.filter(Boolean).length, heard: window.heard.length, told: window.told };
  });
  await sleep(200);
  const after = await Promise.all(relays.map(metrics));
  await page.evaluate(() => window.sessions.forEach((s) => s.close()));
  assert.equal(r.sent, 50, "the b events nobody hears are not sent");
  assert.equal(r.heard, 50);
  assert.deepEqual(r.told, [["a", true]], "the agent is told of a listener on another relay");
  const got = after.map((m, i) => m.ragentsd_cluster_messages_in_total - before[i].ragentsd_cluster_messages_in_total);
  assert.ok(got[1] >= 50, `the listener's relay got ${got[1]}`);
  assert.equal(got[2], 0, "the relay whose client hears nothing got no message");
  assert.deepEqual(errors, []);
});

test("a relay that cannot reach NATS at start says so and exits", async () => {
  await assert.rejects(startRelay(["--nats", "nats://127.0.0.1:1"]), /exited with 1/);
});

test("credentials in the NATS URL log the relay in, and are never printed", async () => {
  const guarded = await startNats(["--user", "relay", "--pass", "s3cret-pass"]);
  const at = (auth) => guarded.url.replace("nats://", `nats://${auth}@`);
  try {
    const [a, b] = [await startRelay(["--nats", at("relay:s3cret-pass")]), await startRelay(["--nats", at("relay:s3cret-pass")])];
    const key = "auth-" + Math.random();
    const owner = await raw(a.url, key);
    const agent = (await owner.request("createAgent", "server", { name: "behind-auth" })).body.id;
    const other = await raw(b.url, key);
    await listing([other], [agent]);
    owner.close();
    other.close();
    await a.stop();
    await b.stop();
    const refused = spawnSync(ragentsdPath(), ["-p", "0", "--nats", at("relay:wrong-pass")], { encoding: "utf8", timeout: 20000 });
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stderr, /--nats: cannot reach NATS at nats:\/\/127\.0\.0\.1:\d+/);
    assert.doesNotMatch(refused.stdout + refused.stderr, /wrong-pass/, "the password is not in what the relay prints");
  } finally {
    await guarded.stop();
  }
});

test("a relay killed with SIGKILL mid-request: its agents vanish for everyone, requests fail in the bound", async () => {
  const victim = await startRelay(["--nats", nats.url]);
  const key = "kill-" + Math.random();
  const owner = await raw(victim.url, key);
  const [a, b] = await rawOn([0, 1], key);
  const agent = (await owner.request("createAgent", "server", { name: "doomed" })).body.id;
  await listing([a, b], [agent]);
  a.send({ type: "request", name: "hang", to: agent, id: "k", body: null });
  await owner.next((p) => p.type === "request" && p.name === "hang");
  const killedAt = Date.now();
  victim.child.kill("SIGKILL");
  await new Promise((resolve) => victim.child.once("exit", resolve));
  // A request sent now fails at once: NATS says nobody listens there.
  const sent = Date.now();
  const unreachable = await b.request("hang", agent, null);
  assert.equal(unreachable.error, "agent unreachable");
  assert.ok(Date.now() - sent < DEAD_BOUND_MS, `answered after ${Date.now() - sent} ms`);
  const failed = await a.next((p) => p.type === "response" && p.id === "k", DEAD_BOUND_MS * 2);
  const took = Date.now() - killedAt;
  assert.equal(failed.error, "agent destroyed");
  assert.ok(took < DEAD_BOUND_MS + SLACK_MS, `failed after ${took} ms`);
  console.log(`# the killed relay's pending request failed after ${took} ms`);
  assert.equal((await b.next((p) => p.name === "agentDestroyed")).body.id, agent);
  await listing([a, b], []);
  // And the survivors still serve each other.
  const mine = (await b.request("createAgent", "server", { name: "alive" })).body.id;
  await listing([a], [mine]);
  a.close();
  b.close();
});

test("NATS restarted under a running cluster: remote agents go, then come back", async () => {
  const key = "nats-" + Math.random();
  const [owner, other] = await rawOn([0, 1], key);
  const agent = (await owner.request("createAgent", "server", { name: "stays" })).body.id;
  await listing([other], [agent]);

  await nats.restart();
  // Each relay serves its own clients throughout; the other relay's agent
  // may have gone (if NATS was away past the bound) and must come back.
  const local = await owner.request("getAgents", "server");
  assert.deepEqual(local.body.map((a) => a.id), [agent]);
  await listing([other], [agent], 15000);
  // The owner answers whatever reaches it.
  owner.ws.on("message", (data) => {
    const p = JSON.parse(data.toString());
    if (p.type === "request" && p.name === "ping") owner.send({ type: "response", name: "ping", from: agent, id: p.id, body: 2 });
  });
  // Until the owner's relay is back on NATS a call may fail, at once and
  // with an error; none waits unanswered, and one soon gets through.
  const until = Date.now() + 15000;
  const errors = new Set();
  for (let i = 0; ; i++) {
    const answer = await other.request("ping", agent, 1);
    if (answer.error === undefined) {
      assert.equal(answer.body, 2);
      break;
    }
    errors.add(answer.error);
    assert.ok(Date.now() < until, `still failing: ${[...errors]}`);
    await sleep(100);
  }
  for (const e of errors) assert.match(e, /^agent (unreachable|not found)$/);
  owner.close();
  other.close();
});

test("a NATS outage longer than the bound destroys remote agents for local members, and heals", async () => {
  const key = "outage-" + Math.random();
  const [owner, other] = await rawOn([0, 2], key);
  const agent = (await owner.request("createAgent", "server", { name: "far" })).body.id;
  await listing([other], [agent]);
  await nats.stop();
  const gone = await other.next((p) => p.name === "agentDestroyed", DEAD_BOUND_MS * 3);
  assert.equal(gone.body.id, agent);
  const failed = await other.request("x", agent, null);
  assert.equal(failed.error, "agent not found", "no waiting on an unreachable relay");
  await nats.restart();
  const back = await other.next((p) => p.name === "agentCreated", 15000);
  assert.equal(back.body.id, agent, "the same agent, under the same id");
  await listing([other], [agent]);
  owner.close();
  other.close();
});
