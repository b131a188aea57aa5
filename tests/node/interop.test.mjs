// Interop: our wasm client (in a page) and the original ragents@1.0.0 node
// client in one session on our relay, each calling the other's agent and
// hearing the other's events.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { scriptTagSite, open } from "./pages.mjs";

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
