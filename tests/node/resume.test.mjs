// Resume, in a real page: a proxy between the page and our relay resets
// every socket, again and again, or turns into a black hole for longer than
// the relay's grace. A page keeps working through drops shorter than the
// grace with nothing lost, nothing twice and the same agent ids; the
// original ragents@1.0.0 node client, straight to the relay, is the
// bystander that must see nothing of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { scriptTagSite, inPage } from "./pages.mjs";
import { startRelay } from "./relays.mjs";
import { proxy } from "./proxy.mjs";
import { ticksThroughCuts } from "./ticks.mjs";

const oldRagents = createRequire(import.meta.url)("ragents");
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let web, ours, shortRelay, short;
before(async () => {
  web = await scriptTagSite("ragents-resume-");
  ours = await proxy(web.relay.port);
  // Pings every second (a dead socket is given up within about 2 s), and
  // a place kept 1 s after that.
  shortRelay = await startRelay(["--ping", "1", "--resume-grace", "1"]);
  short = await proxy(shortRelay.port);
});
after(async () => {
  await ours?.close();
  await short?.close();
  await shortRelay?.stop();
  await web?.close();
});


/** A 1.0.0 node client in the session, listening to the agent named `name`. */
async function bystander(url, key, name) {
  const old = await call((cb) => oldRagents.createSession({ url, key }, cb));
  const seen = { destroyed: [], created: [], ticks: [], agent: null };
  old.on("ragentDestroyed", (r) => seen.destroyed.push(r.info.id));
  old.on("ragentCreated", (r) => {
    seen.created.push(r.info.id);
    if (r.info.name === name) {
      seen.agent = r;
      r.on("tick", (n) => seen.ticks.push(n));
    }
  });
  return { old, seen };
}

test("requests and events stream through repeated cuts of both sockets: each exactly once, in order, same ids", async () => {
  const key = "resume-" + Math.random();
  const { old, seen } = await bystander(web.relay.url, key, "streamer");
  const p = await inPage(web, async ({ url, key }) => {
    const options = { url, key, reconnect: { minDelay: 20, maxDelay: 100 } };
    const reconnects = [];
    const owner = await ragents.createSession(options);
    owner.on("reconnect", (r) => reconnects.push("owner " + r.resumed));
    const agent = await owner.createAgent({ name: "streamer", title: "t" });
    const id = agent.info.id;
    // Answers a little later, sometimes while its socket is down.
    agent.receive("echo", (n, reply) => setTimeout(() => reply(null, n), Math.random() * 4));
    const caller = await ragents.createSession(options);
    caller.on("reconnect", (r) => reconnects.push("caller " + r.resumed));
    const remote = (await caller.getRemoteAgents()).find((r) => r.info.name === "streamer");
    const heard = [];
    remote.on("tick", (n) => heard.push(n));
    await until(() => window.bystanderReady);
    window.step = 1; // the test cuts every socket through the proxy, several times
    const answers = [], failures = [];
    // From each cut the caller notices to its next answered call.
    const gaps = [];
    let downAt = null;
    caller.on("disconnect", () => { downAt ??= performance.now(); });
    let ticks = 0;
    const calls = [];
    for (let n = 0; n < 300; n++) {
      calls.push(remote.send("echo", n).then((v) => {
        answers.push([n, v]);
        if (downAt !== null && caller.isOpen) {
          gaps.push(Math.round(performance.now() - downAt));
          downAt = null;
        }
      }, (e) => failures.push([n, e.code])));
      if (agent.emit("tick", ticks)) ticks++;
      await new Promise((r) => setTimeout(r, 3));
    }
    await Promise.all(calls);
    await until(() => heard.length >= ticks);
    await new Promise((r) => setTimeout(r, 100)); // nothing more comes
    const result = { answers, failures, heard, ticks, id, after: agent.info.id, reconnects, gaps };
    window.step = 2; // the test looks at the bystander before the owner leaves
    await until(() => window.looked);
    owner.close();
    caller.close();
    return result;
  }, { url: ours.url, key });
  await p.page.page.evaluate(() => { window.bystanderReady = true; });
  await p.at(1);
  let cuts = 0;
  const cutting = (async () => {
    for (; cuts < 4; cuts++) {
      await sleep(120 + Math.random() * 120);
      ours.cut();
    }
  })();
  await p.at(2);
  await sleep(100);
  const destroyed = [...seen.destroyed];
  const ticks = [...seen.ticks];
  await p.page.page.evaluate(() => { window.looked = true; });
  const r = await p.running;
  await cutting;
  console.log(`resume: ${r.answers.length} calls and ${r.ticks} events through ${cuts} cuts; reconnects: ${r.reconnects.join(", ")}`);
  // A figure, not a bar: backoff 20-100 ms.
  console.log(`resume: cut to the next answered call, ms: ${r.gaps.join(", ")}`);
  assert.deepEqual(r.failures, [], "nothing failed");
  assert.equal(r.ticks, 300, "every emit was taken, also while a socket was down (kept for the resume)");
  assert.deepEqual(r.answers.map(([n]) => n).sort((a, b) => a - b), [...Array(300).keys()], "each answered once");
  assert.ok(r.answers.every(([n, v]) => n === v), "each with its own answer");
  assert.deepEqual(r.heard, [...Array(r.ticks).keys()], "the caller heard each event once, in order");
  assert.equal(r.after, r.id, "the agent kept its id");
  assert.ok(r.reconnects.length >= 2, r.reconnects.join());
  assert.ok(r.reconnects.every((e) => e.endsWith(" true")), "every reconnect resumed: " + r.reconnects.join());
  assert.deepEqual(ticks, [...Array(r.ticks).keys()], "the 1.0.0 bystander heard each event once, in order");
  assert.deepEqual(destroyed, [], "the bystander saw no agent go while the owner was away");
  assert.deepEqual(p.page.errors, []);
  old.close();
});

test("streams through repeated cuts of both sockets: every chunk exactly once, in order, then each result", async () => {
  const key = "resume-streams-" + Math.random();
  const p = await inPage(web, async ({ url, key }) => {
    const options = { url, key, reconnect: { minDelay: 20, maxDelay: 100 } };
    const reconnects = [];
    const owner = await ragents.createSession(options);
    owner.on("reconnect", (r) => reconnects.push("owner " + r.resumed));
    const agent = await owner.createAgent({ name: "gen" });
    // Writes its chunks a little apart, sometimes while its socket is down.
    agent.receive("count", async (n, reply) => {
      for (let i = 0; i < n; i++) {
        if (!(await reply.write(i))) return;
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 2));
      }
      reply(null, "done " + n);
    });
    const caller = await ragents.createSession(options);
    caller.on("reconnect", (r) => reconnects.push("caller " + r.resumed));
    const [gen] = await caller.getRemoteAgents();
    window.step = 1; // the test cuts every socket through the proxy, several times
    const one = async () => {
      const s = gen.stream("count", 400);
      const got = [];
      for await (const c of s) got.push(c);
      return { inOrder: got.length === 400 && got.every((v, i) => v === i), result: await s.result };
    };
    const results = await Promise.all([one(), one(), one()]);
    window.step = 2;
    owner.close();
    caller.close();
    return { results, reconnects };
  }, { url: ours.url, key });
  await p.at(1);
  let cuts = 0;
  const cutting = (async () => {
    for (; cuts < 4; cuts++) {
      await sleep(60 + Math.random() * 80);
      ours.cut();
    }
  })();
  const r = await p.running;
  await cutting;
  console.log(`resume: 3 streams of 400 chunks through ${cuts} cuts; reconnects: ${r.reconnects.join(", ")}`);
  assert.deepEqual(r.results, Array(3).fill({ inOrder: true, result: "done 400" }));
  assert.ok(r.reconnects.every((e) => e.endsWith(" true")), "every reconnect resumed: " + r.reconnects.join());
  assert.deepEqual(p.page.errors, []);
});

test("two pages, each through its own proxy: an agent that answers and emits in one callback, sockets reset one side then the other then both; every answer and every event arrives exactly once", async () => {
  await ticksThroughCuts({ site: web, relayA: web.relay, relayB: web.relay });
});

test("a drop longer than the grace: the relay lets the place go, held requests fail, the session comes back fresh", async () => {
  const key = "grace-" + Math.random();
  const { old, seen } = await bystander(shortRelay.url, key, "slow");
  const p = await inPage(web, async ({ url, key }) => {
    const events = [];
    const s = await ragents.createSession({ url, key, heartbeat: 200, reconnect: { minDelay: 50, maxDelay: 100 } });
    let t0 = 0;
    const at = () => Math.round(performance.now() - t0);
    s.on("disconnect", () => events.push(["disconnect", at()]));
    s.on("reconnect", (r) => events.push(["reconnect", r.resumed]));
    const agent = await s.createAgent({ name: "slow", title: "t" });
    agent.receive("echo", (b, reply) => reply(null, b));
    const before = agent.info.id;
    await until(() => window.keeperReady);
    const keeper = (await s.getRemoteAgents()).find((r) => r.info.name === "keeper");
    const out = keeper.send("hold", 1).then(() => "resolved", (e) => e.code);
    await new Promise((r) => setTimeout(r, 50));
    t0 = performance.now();
    window.step = 1; // the test makes the proxy a black hole
    await until(() => events.some(([e]) => e === "reconnect"), 15000);
    return { events, before, after: agent.info.id, out: await out };
  }, { url: short.url, key });
  // The bystander's agent never answers "hold": the page's request stays out.
  const keeper = await call((cb) => old.createAgent({ name: "keeper", title: "1.0.0" }, cb));
  keeper.receive("hold", () => {});
  await p.page.page.evaluate(() => { window.keeperReady = true; });
  await p.at(1);
  while (!seen.agent) await sleep(10);
  short.hole();
  const t0 = Date.now();
  // A request to the page's agent while its socket is silently dead: held,
  // then answered with an error when the place is let go.
  const held = call((cb) => seen.agent.send("echo", "held", cb)).then(() => "answered", (e) => e.message);
  const heldOutcome = await held;
  const released = Date.now() - t0;
  await sleep(300);
  short.mend();
  const r = await p.running;
  console.log(`resume: the relay let the place go ${released} ms after the hole opened (--ping 1, --resume-grace 1)`);
  assert.equal(heldOutcome, "agent destroyed");
  // The relay gives up a dead socket within 2 pings (and a look), then keeps
  // its place for the grace.
  assert.ok(released >= 1000 && released <= 2 * 1000 + 300 + 1000 + 500, `released after ${released} ms`);
  assert.ok(seen.destroyed.includes(r.before), "the bystander saw the agent go");
  assert.equal(r.events[0][0], "disconnect");
  assert.ok(r.events[0][1] <= 2 * 200 + 150, `the page noticed after ${r.events[0][1]} ms`);
  assert.deepEqual(r.events.find(([e]) => e === "reconnect"), ["reconnect", false]);
  assert.equal(r.out, "ERR_DISCONNECTED", "its request that was out on the lost place");
  assert.notEqual(r.after, r.before, "made again under a new id");
  await sleep(100);
  assert.ok(seen.created.includes(r.after), "the bystander saw it come back");
  assert.deepEqual(p.page.errors, []);
  old.close();
});
