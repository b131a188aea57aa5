// Several packets per frame, seen on the wire: a WebSocket proxy between the
// clients and a relay records every frame. Our client and our relay batch;
// a 1.0.0 client in the same session, and our client against the 1.0.0
// relay, see one packet per frame.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startOldRelay, startRelay } from "./relays.mjs";
import { scriptTagSite, open } from "./pages.mjs";
import { recordingProxy } from "./recording.mjs";

const require = createRequire(import.meta.url);
const oldRagents = require("ragents");

const isBatch = (f) => f.text.startsWith("[");
const connectOf = (frames) => JSON.parse(frames.find((f) => f.up).text);

let web;
before(async () => {
  web = await scriptTagSite("ragents-batching-");
});
after(() => web?.close());

/** In the page: an echo agent, then 20 requests sent at once; their answers in order. */
async function echoBurst(page, url, key) {
  return page.evaluate(async ([url, key]) => {
    const owner = await ragents.createSession({ url, key });
    const agent = await owner.createAgent({ name: "echo" });
    agent.receive("echo", (body, reply) => { reply(null, body); agent.emit("echoed", body); });
    const asker = await ragents.createSession({ url, key });
    const [echo] = (await asker.getRemoteAgents()).filter((r) => r.info.name === "echo");
    const heard = [];
    echo.on("echoed", (n) => heard.push(n));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => echo.send("echo", n)));
    while (heard.length < 20) await new Promise((r) => setTimeout(r, 10));
    owner.close();
    asker.close();
    return { answers, heard };
  }, [url, key]);
}

const inOrder = Array.from({ length: 20 }, (_, n) => n);

test("our client and our relay carry several packets per frame, in order; a 1.0.0 client sees one per frame", async () => {
  const proxy = await recordingProxy(web.relay.url);
  try {
    const key = "batch-" + Math.random();
    // A 1.0.0 client in the same session, hearing the same events.
    const old = await new Promise((resolve, reject) =>
      oldRagents.createSession({ url: proxy.url, key }, (err, s) => (err ? reject(err) : resolve(s))));
    const oldHeard = [];
    old.on("ragentCreated", (r) => r.on("echoed", (n) => oldHeard.push(n)));
    const { page, errors } = await open(web.browser, web.url("index.html"));
    const { answers, heard } = await echoBurst(page, proxy.url, key);
    assert.deepEqual(answers, inOrder);
    assert.deepEqual(heard, inOrder, "events in the order they were emitted");
    while (oldHeard.length < 20) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(oldHeard, inOrder);
    await new Promise((resolve) => { old.on("close", resolve); old.close(); });

    const ours = proxy.conns.filter((frames) => connectOf(frames).body.batch === true);
    const theirs = proxy.conns.filter((frames) => connectOf(frames).body.batch === undefined);
    assert.equal(ours.length, 2, "both sessions of the page asked for batches");
    assert.equal(theirs.length, 1);
    for (const frames of ours) {
      assert.equal(JSON.parse(frames.find((f) => !f.up).text).body.batch, true);
      assert.ok(frames.some((f) => f.up && isBatch(f)), "the page sent several packets in a frame");
      assert.ok(frames.some((f) => !f.up && isBatch(f)), "the relay sent several packets in a frame");
    }
    assert.deepEqual(theirs[0].filter(isBatch), [], "the 1.0.0 client saw one packet per frame");
    assert.deepEqual(errors, []);
  } finally {
    await proxy.close();
  }
});

test("against the 1.0.0 relay our client asks, is not answered yes, and sends one packet per frame", async () => {
  const relay = await startOldRelay();
  const proxy = await recordingProxy(relay.url);
  try {
    const { page, errors } = await open(web.browser, web.url("index.html"));
    const { answers, heard } = await echoBurst(page, proxy.url, "old-" + Math.random());
    assert.deepEqual(answers, inOrder);
    assert.deepEqual(heard, inOrder);
    assert.equal(proxy.conns.length, 2);
    for (const frames of proxy.conns) {
      assert.equal(JSON.parse(frames.find((f) => !f.up).text).body, null);
      assert.deepEqual(frames.filter(isBatch), []);
    }
    assert.deepEqual(errors, []);
  } finally {
    await proxy.close();
    await relay.stop();
  }
});

test("a batch stays under what the relay accepts in a frame", async () => {
  // 20 bodies of 20 KB sent at once: 400 KB, twice this relay's frame limit.
  const relay = await startRelay(["--max-frame", "200000"]);
  try {
    const { page, errors } = await open(web.browser, web.url("index.html"));
    const result = await page.evaluate(async (url) => {
      const key = "big-" + Math.random();
      const owner = await ragents.createSession({ url, key });
      const agent = await owner.createAgent({ name: "echo" });
      agent.receive("echo", (body, reply) => reply(null, body.length));
      const asker = await ragents.createSession({ url, key });
      const [echo] = await asker.getRemoteAgents();
      const big = "x".repeat(20_000);
      const lengths = await Promise.all(Array.from({ length: 20 }, () => echo.send("echo", big)));
      const open = [owner.isOpen, asker.isOpen];
      owner.close();
      asker.close();
      return { lengths, open };
    }, relay.url);
    assert.deepEqual(result.lengths, Array(20).fill(20_000));
    assert.deepEqual(result.open, [true, true], "no session was closed for a frame too large");
    assert.deepEqual(errors, []);
  } finally {
    await relay.stop();
  }
});
