// Sessions that survive the network, in a real page: a proxy between the
// page and the relay resets every socket, or turns into a black hole, and
// the client comes back by itself. Where the relay keeps no place to resume
// (the 1.0.0 relay, ours with --resume-grace 0), local agents are made again
// (same Agent objects, new ids), requests that were out fail with
// ERR_DISCONNECTED, calls made while down go once the session is back.
// Resuming is resume.test.mjs's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { scriptTagSite, inPage } from "./pages.mjs";
import { startOldRelay, startRelay } from "./relays.mjs";
import { proxy } from "./proxy.mjs";

let web, ours, old, oldRelay, plainRelay, plain;
before(async () => {
  web = await scriptTagSite("ragents-reconnect-");
  ours = await proxy(web.relay.port);
  oldRelay = await startOldRelay();
  old = await proxy(oldRelay.port);
  plainRelay = await startRelay(["--resume-grace", "0"]);
  plain = await proxy(plainRelay.port);
});
after(async () => {
  await ours?.close();
  await old?.close();
  await plain?.close();
  await oldRelay?.stop();
  await plainRelay?.stop();
  await web?.close();
});

/** Runs `fn({url, direct, key})` in a fresh page (see pages.mjs) while
 * the test drives the proxy. */
const run = (fn, url, direct) => inPage(web, fn, { url, direct, key: "r" + Math.random() });

const SCENARIO = async ({ url, direct, key }) => {
  // A bystander, straight to the relay, keeps the session alive meanwhile.
  const bystander = await ragents.createSession({ url: direct, key });
  const saw = [];
  bystander.on("ragentDestroyed", (r) => saw.push("destroyed " + r.info.id));
  bystander.on("ragentCreated", (r) => saw.push("created " + r.info.id));
  const options = { url, key, reconnect: { minDelay: 50, maxDelay: 200 } };
  const owner = await ragents.createSession(options);
  const events = [];
  owner.on("disconnect", (e) => events.push("disconnect " + e.code));
  owner.on("reconnecting", (r) => events.push("reconnecting " + r.attempt));
  owner.on("reconnect", (r) => events.push("reconnect " + r.resumed));
  owner.on("close", () => events.push("close"));
  const agent = await owner.createAgent({ name: "echoer", title: "t" });
  agent.receive("echo", (body, reply) => reply(null, body));
  agent.receive("hold", () => {});
  const asker = await ragents.createSession(options);
  const seen = [];
  asker.on("ragentDestroyed", (r) => seen.push("destroyed " + r.info.id));
  asker.on("ragentCreated", (r) => seen.push("created " + r.info.id));
  const [ragent] = await asker.getRemoteAgents();
  const before = agent.info.id;
  const out = ragent.send("hold", 1).then(() => "resolved", (e) => e.code);
  await new Promise((r) => setTimeout(r, 50));
  window.step = 1; // the test cuts every socket now
  const cutAt = performance.now();
  const code = await out;
  // Made while down: goes once the session is back.
  const whileDown = owner.getRemoteAgents().then((l) => l.length);
  const openWhileDown = owner.isOpen;
  await until(() => events.includes("reconnect false"));
  const after = agent.info.id;
  await until(() => seen.includes("created " + after));
  const echoed = await asker.request({ id: "echoer", method: "echo", params: ["back"] });
  const resumeMs = Math.round(performance.now() - cutAt);
  const listed = await whileDown;
  owner.close();
  await until(() => events.includes("close"));
  asker.close();
  bystander.close();
  return { code, openWhileDown, events, before, after, seen, saw, echoed, listed, resumeMs, emits: agent.emit("x", 1) };
};

for (const [name, which, direct] of [["our relay, no resume", () => plain, () => plainRelay.url], ["the 1.0.0 relay", () => old, () => oldRelay.url]]) {
  test(`after a reset, sessions reconnect by themselves and agents come back (${name})`, async () => {
    const p = await run(SCENARIO, which().url, direct());
    await p.at(1);
    which().cut();
    const r = await p.running;
    // A figure, not a bar: from the cut to an answered call, backoff 50-200 ms.
    console.log(`reconnect (${name}): cut to an answered named call in ${r.resumeMs} ms`);
    assert.equal(r.code, "ERR_DISCONNECTED", "a request that was out when the socket went");
    assert.equal(r.openWhileDown, false);
    assert.deepEqual(r.events.slice(0, 3), ["disconnect ERR_CONNECT", "reconnecting 1", "reconnect false"]);
    assert.equal(r.events.at(-1), "close");
    assert.notEqual(r.after, r.before, "made again: a new id (no resume)");
    assert.ok(r.seen.includes(`destroyed ${r.before}`) && r.seen.includes(`created ${r.after}`), r.seen.join());
    assert.ok(r.saw.includes(`destroyed ${r.before}`) && r.saw.includes(`created ${r.after}`), r.saw.join());
    assert.deepEqual(r.echoed, ["back"], "the same handlers answer");
    assert.equal(r.listed, 1, "the call made while down went once back (the session has one agent)");
    assert.equal(r.emits, false);
    assert.deepEqual(p.page.errors ?? [], []);
  });
}

test("a black hole is noticed within two heartbeats, and the session comes back", async () => {
  const p = await run(async ({ url, key }) => {
    const s = await ragents.createSession({ url, key, heartbeat: 200, reconnect: { minDelay: 50, maxDelay: 50 } });
    const events = [];
    const t0 = performance.now();
    s.on("disconnect", (e) => events.push(["disconnect", Math.round(performance.now() - t0), e.message]));
    s.on("reconnect", () => events.push(["reconnect"]));
    window.step = 1; // the test makes the proxy a black hole
    await until(() => events.length >= 1);
    window.step = 2; // the test mends it
    await until(() => events.length >= 2);
    s.close();
    return events;
  }, ours.url);
  await p.at(1);
  ours.hole();
  await p.at(2);
  ours.mend();
  const events = await p.running;
  assert.equal(events[0][0], "disconnect");
  assert.ok(events[0][1] <= 2 * 200 + 150, `noticed after ${events[0][1]} ms`);
  assert.match(events[0][2], /no sign of life from the relay for 400 ms/);
  assert.deepEqual(events[1], ["reconnect"]);
});

test("close() while reconnecting stops it; spent retries end the session", async () => {
  const p = await run(async ({ url, key }) => {
    // A heartbeat of 100 ms bounds each attempt's connect at 200 ms.
    const a = await ragents.createSession({ url, key, heartbeat: 100, reconnect: { minDelay: 30, maxDelay: 30, retries: 3 } });
    const b = await ragents.createSession({ url, key, heartbeat: 100, reconnect: { minDelay: 30, maxDelay: 30 } });
    const ev = { a: [], b: [] };
    for (const [n, s] of [["a", a], ["b", b]]) {
      s.on("reconnecting", (r) => ev[n].push("reconnecting " + r.attempt));
      s.on("close", () => ev[n].push("close"));
    }
    window.step = 1; // the test cuts, and refuses new connections
    await until(() => ev.b.length >= 2);
    b.close();
    await until(() => ev.a.includes("close"));
    const bAfter = ev.b.length;
    await new Promise((r) => setTimeout(r, 200));
    return { a: ev.a, b: ev.b, bGrew: ev.b.length > bAfter };
  }, ours.url);
  await p.at(1);
  ours.hole(); // new connections get nowhere: each attempt fails by its connect bound
  ours.cut();
  const r = await p.running;
  ours.mend();
  assert.deepEqual(r.a, ["reconnecting 1", "reconnecting 2", "reconnecting 3", "close"]);
  assert.equal(r.b.at(-1), "close");
  assert.equal(r.bGrew, false, "nothing after close()");
});

test("the browser's online event makes a session that is down try again at once, not after its delay", async () => {
  const p = await run(async ({ url, key }) => {
    const s = await ragents.createSession({ url, key, reconnect: { minDelay: 60000, maxDelay: 60000, jitter: 0 } });
    const events = [];
    s.on("reconnecting", (r) => events.push("reconnecting " + r.delay));
    s.on("reconnect", () => events.push("reconnect"));
    window.step = 1; // the test cuts the connection
    await until(() => events.length >= 1);
    const t0 = performance.now();
    window.dispatchEvent(new Event("online"));
    await until(() => events.includes("reconnect"), 5000);
    const ms = Math.round(performance.now() - t0);
    s.close();
    return { events, ms };
  }, ours.url);
  await p.at(1);
  ours.cut();
  const r = await p.running;
  assert.equal(r.events[0], "reconnecting 60000", "down, with a minute to wait");
  assert.deepEqual(r.events.slice(1), ["reconnect"]);
  assert.ok(r.ms < 5000, `back ${r.ms} ms after the online event`);
  assert.deepEqual(p.page.errors ?? [], []);
});
