// Events only where someone listens (docs/PROTOCOL.md#interest), counted on
// the wire: a WebSocket proxy between the pages and the relay records every
// frame, so these tests see what crosses each socket, not what a page's
// listeners keep. A page listening to one of two events gets no frame of
// the other; the listener added just before an emit hears it; `off` stops
// the traffic; an agent nobody hears sends nothing and is told when that
// changes; a 1.0.0 client still hears everything; on the 1.0.0 relay our
// client filters as before; a resumed session keeps its interest and a
// reconnected one states it again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startOldRelay, startRelay } from "./relays.mjs";
import { scriptTagSite, open } from "./pages.mjs";
import { recordingProxy } from "./recording.mjs";
import { proxy } from "./proxy.mjs";

const oldRagents = createRequire(import.meta.url)("ragents");
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Waits for `f()` (async) to be true, 10 s at most: a regression fails, not hangs. */
async function until(f, what) {
  for (const end = Date.now() + 10_000; !(await f()); await sleep(10)) {
    if (Date.now() > end) throw new Error("waited 10 s for " + what);
  }
}

let web;
before(async () => {
  web = await scriptTagSite("ragents-interest-");
});
after(() => web?.close());

/** The packets of a connection's frames one way (`up`: from the client). */
function packets(frames, up) {
  return frames
    .filter((f) => f.up === up)
    .flatMap((f) => {
      const p = JSON.parse(f.text);
      return Array.isArray(p) ? p : [p];
    });
}

/** The names of the agent events (not the relay's) among `list`. */
const events = (list) => list.filter((p) => p.type === "event" && p.from !== "server").map((p) => p.name);

/**
 * In the page: an agent `src` (on the first connection) whose handler of
 * `go` emits each name it is given and answers what `emit` returned; a
 * second session (the second connection) listens to `a` just before it
 * asks for the emits, then stops listening and asks again; a third (the
 * third connection) listens to `b` all along.
 */
function listenAndStop(page, url, key) {
  return page.evaluate(
    async ([url, key]) => {
      const owner = await ragents.createSession({ url, key });
      const agent = await owner.createAgent({ name: "src" });
      const told = [];
      agent.onInterest((name, heard) => told.push([name, heard]));
      agent.receive("go", (names, reply) => reply(null, names.map((n) => agent.emit(n, n))));
      const listener = await ragents.createSession({ url, key });
      const [src] = (await listener.getRemoteAgents()).filter((r) => r.info.name === "src");
      const other = await ragents.createSession({ url, key });
      const [seen] = (await other.getRemoteAgents()).filter((r) => r.info.name === "src");
      const b = [];
      seen.on("b", (x) => b.push(x));
      await seen.send("go", []); // its listen is made
      const before = agent.isHeard("a");
      const heard = [];
      const onA = (x) => heard.push(x);
      src.on("a", onA);
      const sent = await src.send("go", ["a", "b", "a", "b"]);
      const during = [agent.isHeard("a"), agent.isHeard("b")];
      src.off("a", onA);
      const after = await src.send("go", ["a", "b"]);
      // (The other session's socket is its own: its last b may come later.)
      for (const t = Date.now(); b.length < 3 && Date.now() - t < 5000; ) await new Promise((r) => setTimeout(r, 10));
      owner.close();
      listener.close();
      other.close();
      return { before, heard, sent, during, after, told, b };
    },
    [url, key]
  );
}

test("a page gets frames only of the events it listens to; the listener added just before an emit hears it; off stops the traffic; nobody hearing, nothing is sent", async () => {
  const proxy = await recordingProxy(web.relay.url);
  try {
    const { page, errors } = await open(web.browser, web.url("index.html"));
    const r = await listenAndStop(page, proxy.url, "interest-" + Math.random());
    assert.equal(r.before, false, "nobody listens to a yet");
    assert.deepEqual(r.heard, ["a", "a"], "the listener added just before heard both");
    assert.deepEqual(r.sent, [true, true, true, true]);
    assert.deepEqual(r.during, [true, true]);
    assert.deepEqual(r.after, [false, true], "after off, nobody hears a: not sent");
    assert.deepEqual(r.b, ["b", "b", "b"]);
    assert.deepEqual(r.told, [["b", true], ["a", true], ["a", false]], "onInterest told of each listener and of off");
    const [owner, listener, other] = proxy.conns;
    assert.equal(JSON.parse(owner.find((f) => !f.up).text).body.interest, true, "the relay agreed");
    assert.deepEqual(events(packets(owner, true)), ["a", "b", "a", "b", "b"], "the owner sent only what was heard");
    assert.deepEqual(events(packets(listener, false)), ["a", "a"], "the listener received no frame of b (which another hears), none of a after off");
    assert.deepEqual(events(packets(other, false)), ["b", "b", "b"]);
    const asked = packets(listener, true).filter((p) => p.to === "server" && /listen/.test(p.name));
    assert.deepEqual(asked.map((p) => [p.name, p.body.event]), [["listen", "a"], ["unlisten", "a"]]);
    assert.deepEqual(errors, []);
  } finally {
    await proxy.close();
  }
});

test("the page's listeners say what it listens to: once, a once that adds itself again, removeAllListeners, each name counted once", async () => {
  const proxy = await recordingProxy(web.relay.url);
  try {
    const { page, errors } = await open(web.browser, web.url("index.html"));
    const r = await page.evaluate(async ([url, key]) => {
      const owner = await ragents.createSession({ url, key });
      const agent = await owner.createAgent({ name: "src" });
      agent.receive("go", (names, reply) => reply(null, names.map((n) => agent.emit(n, n))));
      const listener = await ragents.createSession({ url, key });
      const [src] = (await listener.getRemoteAgents()).filter((r) => r.info.name === "src");
      const got = [];
      const f = (x) => got.push(x);
      // Two listeners of a: one listen; a once of b; a once of c that adds itself again.
      src.on("a", f);
      src.on("a", f);
      src.once("b", f);
      const again = (x) => {
        got.push("again " + x);
        src.once("c", again);
      };
      src.once("c", again);
      const first = await src.send("go", ["a", "b", "c"]);
      await new Promise((r) => setTimeout(r, 50));
      const second = await src.send("go", ["a", "b", "c"]);
      src.removeAllListeners();
      await new Promise((r) => setTimeout(r, 50));
      const third = await src.send("go", ["a", "b", "c"]);
      owner.close();
      listener.close();
      return { got, first, second, third };
    }, [proxy.url, "interest-hooks-" + Math.random()]);
    assert.deepEqual(r.first, [true, true, true]);
    assert.deepEqual(r.second, [true, false, true], "the once of b fired: nobody hears b");
    assert.deepEqual(r.third, [false, false, false], "removeAllListeners: nobody hears anything");
    assert.deepEqual(r.got, ["a", "a", "b", "again c", "a", "a", "again c"]);
    const asked = packets(proxy.conns[1], true).filter((p) => p.to === "server" && /listen/.test(p.name));
    assert.deepEqual(asked.map((p) => [p.name, p.body.event]), [
      ["listen", "a"], ["listen", "b"], ["listen", "c"],
      ["unlisten", "b"],
      ["unlisten", "c"], ["unlisten", "a"],
    ], "one listen per name, one unlisten when its last listener went; a once that adds itself again costs nothing");
    assert.deepEqual(errors, []);
  } finally {
    await proxy.close();
  }
});

test("a 1.0.0 client in the session hears every event: the agent is told so, its emits go, and stop when it leaves", async () => {
  const proxy = await recordingProxy(web.relay.url);
  try {
    const key = "interest-old-" + Math.random();
    const { page, errors } = await open(web.browser, web.url("index.html"));
    await page.evaluate(async ([url, key]) => {
      const owner = await ragents.createSession({ url, key });
      const agent = await owner.createAgent({ name: "src" });
      window.told = [];
      agent.onInterest((name, heard) => window.told.push([name, heard]));
      window.asked = [agent.isHeard("a"), agent.isHeard("b")];
      agent.receive("go", (names, reply) => reply(null, names.map((n) => agent.emit(n, n))));
    }, [proxy.url, key]);
    const old = await call((cb) => oldRagents.createSession({ url: web.relay.url, key }, cb));
    const [src] = (await call((cb) => old.getRemoteAgents(cb))).filter((r) => r.info.name === "src");
    const oldHeard = [];
    src.on("a", (x) => oldHeard.push(x));
    src.on("b", (x) => oldHeard.push(x));
    const sent = await call((cb) => src.send("go", ["a", "b"], cb));
    assert.deepEqual(sent, [true, true], "a 1.0.0 client hears every event");
    await until(() => oldHeard.length >= 2, "the 1.0.0 client's events");
    assert.deepEqual(oldHeard, ["a", "b"]);
    await new Promise((resolve) => { old.on("close", resolve); old.close(); });
    await until(async () => (await page.evaluate(() => window.told)).length >= 4, "onInterest");
    const r = await page.evaluate(() => ({ asked: window.asked, told: window.told }));
    assert.deepEqual(r.asked, [false, false]);
    assert.deepEqual(r.told, [["a", true], ["b", true], ["a", false], ["b", false]], "every known name, when a client that hears all came and went");
    assert.deepEqual(events(packets(proxy.conns[0], true)), ["a", "b"]);
    assert.deepEqual(errors, []);
  } finally {
    await proxy.close();
  }
});

test("onInterest remembers 256 names at most: when every event becomes heard at once, it tells of those", async () => {
  const key = "interest-names-" + Math.random();
  const { page, errors } = await open(web.browser, web.url("index.html"));
  await page.evaluate(async ([url, key]) => {
    const owner = await ragents.createSession({ url, key });
    const agent = await owner.createAgent({ name: "src" });
    window.told = [];
    agent.onInterest((name, heard) => window.told.push(name));
    for (let i = 0; i < 300; i++) agent.isHeard("n" + i);
  }, [web.relay.url, key]);
  const old = await call((cb) => oldRagents.createSession({ url: web.relay.url, key }, cb));
  await until(async () => (await page.evaluate(() => window.told.length)) >= 256, "onInterest");
  await sleep(100);
  const told = await page.evaluate(() => window.told);
  assert.deepEqual(told, Array.from({ length: 256 }, (_, i) => "n" + i), "the first 256 names asked about, and no more");
  await new Promise((resolve) => { old.on("close", resolve); old.close(); });
  assert.deepEqual(errors, []);
});

test("on the 1.0.0 relay our client asks, is not answered yes, hears as before and sends every emit", async () => {
  const relay = await startOldRelay();
  const proxy = await recordingProxy(relay.url);
  try {
    const { page, errors } = await open(web.browser, web.url("index.html"));
    const r = await listenAndStop(page, proxy.url, "interest-1.0.0-" + Math.random());
    assert.equal(r.before, true, "a relay that does not tell: every event is heard");
    assert.deepEqual(r.heard, ["a", "a"]);
    assert.deepEqual(r.sent, [true, true, true, true]);
    assert.deepEqual(r.after, [true, true]);
    assert.deepEqual(r.told, []);
    const [owner, listener] = proxy.conns;
    assert.equal(JSON.parse(owner.find((f) => !f.up).text).body, null);
    assert.deepEqual(events(packets(listener, false)), ["a", "b", "a", "b", "a", "b"], "the 1.0.0 relay sends all; the page's listeners kept only theirs");
    assert.deepEqual(packets(listener, true).filter((p) => /listen/.test(p.name)), [], "nothing asked of a relay that did not agree");
    assert.deepEqual(errors, []);
  } finally {
    await proxy.close();
    await relay.stop();
  }
});

test("a resumed session keeps its interest; one that reconnects to a new place states it again", async () => {
  // The listener's socket goes through a TCP proxy that cuts it; the
  // owner's does not. Relays: one that keeps places, one that keeps none.
  for (const grace of ["30", "0"]) {
    const relay = await startRelay(["--resume-grace", grace]);
    const rec = await recordingProxy(relay.url);
    const cutter = await proxy(Number(new URL(rec.url).port));
    try {
      const { page, errors } = await open(web.browser, web.url("index.html"));
      await page.evaluate(async ([direct, cut, key]) => {
        const owner = await ragents.createSession({ url: direct, key });
        const agent = await owner.createAgent({ name: "src" });
        agent.receive("go", (names, reply) => reply(null, names.map((n) => agent.emit(n, n))));
        const options = { url: cut, key, reconnect: { minDelay: 20, maxDelay: 100 } };
        const listener = await ragents.createSession(options);
        window.reconnects = [];
        listener.on("reconnect", (e) => window.reconnects.push(e.resumed));
        const [src] = (await listener.getRemoteAgents()).filter((r) => r.info.name === "src");
        window.heard = [];
        src.on("a", (x) => window.heard.push(x));
        window.src = src;
        window.agent = agent;
        await src.send("go", ["a", "b"]);
      }, [rec.url, cutter.url, "interest-cut-" + Math.random()]);
      cutter.cut();
      await until(async () => (await page.evaluate(() => window.reconnects.length)) >= 1, "the reconnect");
      const r = await page.evaluate(async () => {
        const sent = await window.src.send("go", ["a", "b"]);
        return { sent, heard: window.heard, resumed: window.reconnects[0] };
      });
      assert.equal(r.resumed, grace !== "0");
      assert.deepEqual(r.sent, [true, false], "the agent still hears of the listener, and of nobody for b");
      assert.deepEqual(r.heard, ["a", "a"]);
      // Connections: the owner's, the listener's first, its second.
      const second = rec.conns[2];
      const listens = packets(second, true).filter((p) => p.name === "listen");
      assert.equal(listens.length, grace === "0" ? 1 : 0, grace === "0" ? "stated again" : "kept by the place");
      assert.deepEqual(events(packets(second, false)), ["a"]);
      assert.deepEqual(errors, []);
    } finally {
      await cutter.close();
      await rec.close();
      await relay.stop();
    }
  }
});
