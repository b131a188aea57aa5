// Interop: our wasm client (in a page) and the original ragents@1.0.0 node
// client in one session on our relay, each calling the other's agent and
// hearing the other's events.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { scriptTagSite, open } from "./pages.mjs";
import { startOldRelay } from "./relays.mjs";

const require = createRequire(import.meta.url);
const oldRagents = require("ragents");

let web;
before(async () => {
  web = await scriptTagSite("ragents-interop-");
});
after(() => web?.close());

const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));

test("wasm client and 1.0.0 node client call each other's agents and hear each other's events", async () => {
  const key = "interop-" + Math.random();
  // The old client's agent: doubles numbers, emits "doubled".
  const old = await call((cb) => oldRagents.createSession({ url: web.relay.url, key }, cb));
  const oldAgent = await call((cb) => old.createAgent({ name: "doubler", title: "node 1.0.0" }, cb));
  oldAgent.receive("double", (n, reply) => {
    reply(null, n * 2);
    oldAgent.emit("doubled", n * 2);
  });

  const { page, errors } = await open(web.browser, web.url());
  const fromPage = page.evaluate(async ({ url, key }) => {
    const session = await ragents.createSession({ url, key });
    const agent = await session.createAgent({ name: "upper", title: "wasm" });
    agent.receive("upper", (s, reply) => {
      reply(null, s.toUpperCase());
      agent.emit("uppered", s.toUpperCase());
    });
    const doubler = (await session.getRemoteAgents()).find((r) => r.info.name === "doubler");
    const heard = new Promise((resolve) => doubler.once("doubled", resolve));
    const answer = await doubler.send("double", 21);
    window.ragentsSession = session;
    return { answer, heard: await heard };
  }, { url: web.relay.url, key });

  const upper = await new Promise((resolve) => old.on("ragentCreated", (r) => r.info.name === "upper" && resolve(r)));
  const { answer, heard } = await fromPage;
  assert.deepEqual({ answer, heard }, { answer: 42, heard: 42 });

  const uppered = new Promise((resolve) => upper.once("uppered", resolve));
  assert.equal(await call((cb) => upper.send("upper", "shout", cb)), "SHOUT");
  assert.equal(await uppered, "SHOUT");

  // When the page's session closes, the old client sees the agent go.
  const gone = new Promise((resolve) => old.once("ragentDestroyed", resolve));
  await page.evaluate(() => window.ragentsSession.close());
  assert.equal(await gone, upper);
  old.close();
  assert.deepEqual(errors, []);
});

test("streams and cancels with 1.0.0 peers: a 1.0.0 caller gets a generator's answer gathered, our stream of a 1.0.0 agent is its one answer", async () => {
  const key = "interop-streams-" + Math.random();
  const old = await call((cb) => oldRagents.createSession({ url: web.relay.url, key }, cb));
  const oldAgent = await call((cb) => old.createAgent({ name: "old", title: "node 1.0.0" }, cb));
  const oldGot = [];
  oldAgent.receive("gen", (body, reply) => {
    oldGot.push(body);
    reply(null, "once");
  });
  const { page, errors } = await open(web.browser, web.url());
  const fromPage = await page.evaluate(async ({ url, key }) => {
    const session = await ragents.createSession({ url, key });
    const agent = await session.createAgent({ name: "gen" });
    agent.receive("count", async function* (n) {
      for (let i = 0; i < n; i++) yield i;
    });
    const old = (await session.getRemoteAgents()).find((r) => r.info.name === "old");
    const s = old.stream("gen", 1);
    const chunks = [];
    for await (const c of s) chunks.push(c);
    const result = await s.result;
    // Aborting a call to a 1.0.0 agent: local, and harmless.
    const c = new AbortController();
    const aborted = old.send("gen", 2, { signal: c.signal }).catch((e) => e.name);
    c.abort();
    window.ragentsSession = session;
    return { chunks, result, aborted: await aborted };
  }, { url: web.relay.url, key });
  assert.deepEqual(fromPage, { chunks: [], result: "once", aborted: "AbortError" });
  const gen = await new Promise((resolve) => {
    const found = () => call((cb) => old.getRemoteAgents(cb)).then((l) => l.find((r) => r.info.name === "gen"));
    const poll = async () => ((await found()) ? resolve(await found()) : setTimeout(poll, 20));
    poll();
  });
  assert.deepEqual(await call((cb) => gen.send("count", 4, cb)), [0, 1, 2, 3]);
  assert.deepEqual(oldGot.slice(0, 1), [1], "the 1.0.0 agent saw a plain request");
  await page.evaluate(() => window.ragentsSession.close());
  old.close();
  assert.deepEqual(errors, []);
});

test("our client on the 1.0.0 relay: a stream is its one answer, signals cancel locally, handlers get a ctx", async () => {
  const relay = await startOldRelay();
  try {
    const { page, errors } = await open(web.browser, web.url());
    const result = await page.evaluate(async (url) => {
      const key = "old-relay-" + Math.random();
      const owner = await ragents.createSession({ url, key });
      const agent = await owner.createAgent({ name: "a" });
      const seen = [];
      agent.receive("gen", async (body, reply, ctx) => {
        seen.push(ctx.stream);
        reply(null, { wrote: await reply.write(1) });
      });
      agent.receive("hold", () => {});
      const asker = await ragents.createSession({ url, key });
      const [ragent] = await asker.getRemoteAgents();
      const s = ragent.stream("gen", null);
      const chunks = [];
      for await (const c of s) chunks.push(c);
      const c = new AbortController();
      const held = ragent.send("hold", 1, { signal: c.signal }).catch((e) => e.name);
      setTimeout(() => c.abort(), 20);
      const out = { chunks, result: await s.result, seen, aborted: await held };
      owner.close();
      asker.close();
      return out;
    }, relay.url);
    assert.deepEqual(result, { chunks: [], result: { wrote: false }, seen: [false], aborted: "AbortError" });
    assert.deepEqual(errors, []);
  } finally {
    await relay.stop();
  }
});
