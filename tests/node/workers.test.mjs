// Worker agents (Jasonette's background agents) in headless Chromium, with
// the script-tag files (www/ragents-browser.js, then www/ragents-workers.js)
// against a real ragentsd, and a 1.0.0 node client as a peer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "./relays.mjs";
import { site, open, ENGINE } from "./pages.mjs";

const scripts = `<script src="ragents-browser.js"></script><script src="ragents-workers.js"></script>`;
let web;
before(async () => {
  web = await site("ragents-workers-", (dir) => {
    for (const f of ["ragents-browser.js", "ragents-workers.js", "ragents-worker.js"]) copyFileSync(join(root, "www", f), join(dir, f));
    writeFileSync(join(dir, "index.html"), `<!doctype html>${scripts}`);
    writeFileSync(join(dir, "alone.html"), `<!doctype html><script src="ragents-browser.js"></script>`);
    writeFileSync(join(dir, "csp.html"), `<!doctype html><meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; worker-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; connect-src *">${scripts}`);
    writeFileSync(join(dir, "adder.js"), "function add(a, b) { return a + b }\n");
    writeFileSync(join(dir, "extra.js"), "function extra() { return 'extra' }\n");
  });
});
after(() => web?.close());

/** A page of the site; `run(fn, arg)` evaluates in it with the relay's URL and a fresh key. */
async function page(path = "index.html") {
  const p = await open(web.browser, web.url(path));
  const key = "w" + Math.random();
  const run = (fn, arg) => p.page.evaluate(fn, { url: web.relay.url, key, arg });
  return { ...p, key, run };
}

const METHODS = `
  function add(a, b) { return a + b }
  function obj(o) { return o.k * 2 }
  function later(x) { setTimeout(function () { $agent.response(x + "!") }, 20) }
  function promised(x) { return new Promise(function (r) { setTimeout(function () { r([x]) }, 10) }) }
  function broken() { throw new Error("broken inside") }
  function rejects() { return Promise.reject(new Error("rejected inside")) }
  function slow(i) { setTimeout(function () { $agent.response(i) }, 40 - i * 10) }
`;

test("a call made before its worker agent exists is answered once it is spawned; methods answer every way", async () => {
  const p = await page();
  const r = await p.run(async ({ url, key, arg }) => {
    const host = await ragents.createSession({ url, key });
    const caller = await ragents.createSession({ url, key, requestTimeout: 5000 });
    const call = (method, params) => caller.request({ id: "calc", method, params });
    const fail = (method, params) => call(method, params).then(() => "resolved", (e) => `${e.code} ${e.message}`);
    const early = call("add", [2, 3]);
    const wa = await host.spawnAgent({ name: "calc", title: "a calculator", text: arg });
    return {
      instance: wa instanceof ragents.WorkerAgent && host.agents.calc === wa,
      info: { ...wa.info },
      early: await early,
      obj: await call("obj", { k: 21 }),
      later: await call("later", ["x"]),
      promised: await call("promised", ["p"]),
      broken: await fail("broken"),
      rejects: await fail("rejects"),
      unknown: await fail("nope"),
      builtin: await fail("postMessage"),
      alive: await call("add", [1, 1]),
      // One at a time, in order: each answer is its own call's.
      ordered: await Promise.all([0, 1, 2].map((i) => call("slow", [i]))),
    };
  }, METHODS);
  assert.equal(r.instance, true);
  assert.deepEqual({ name: r.info.name, title: r.info.title }, { name: "calc", title: "a calculator" });
  assert.equal(r.early, 5);
  assert.equal(r.obj, 42);
  assert.equal(r.later, "x!");
  assert.deepEqual(r.promised, ["p"]);
  assert.equal(r.broken, "ERR_REMOTE broken inside");
  assert.equal(r.rejects, "ERR_REMOTE rejected inside");
  assert.equal(r.unknown, "ERR_REMOTE agent does not handle messages named 'nope'");
  assert.equal(r.builtin, "ERR_REMOTE agent does not handle messages named 'postMessage'");
  assert.equal(r.alive, 2);
  assert.deepEqual(r.ordered, [0, 1, 2]);
  assert.deepEqual(p.errors, []);
});

test("a request whose time runs out in the worker stops blocking the next", async () => {
  const p = await page();
  const r = await p.run(async ({ url, key }) => {
    const host = await ragents.createSession({ url, key });
    await host.spawnAgent({ name: "stuck", timeout: 100, text: "function never() {} function quick() { return 'quick' }" });
    const caller = await ragents.createSession({ url, key });
    const first = caller.request({ id: "stuck", method: "never" }).catch((e) => `${e.code} ${e.message}`);
    // Sent 50 ms later: its own 100 ms have not run out when the first's do.
    await new Promise((r) => setTimeout(r, 50));
    const second = caller.request({ id: "stuck", method: "quick" });
    return [await first, await second];
  });
  assert.deepEqual(r, ["ERR_REMOTE request timed out in the worker after 100 ms", "quick"]);
  assert.deepEqual(p.errors, []);
});

test("a worker agent streams: an async generator method's yields, $agent.write under credit, $agent.signal on cancel", async () => {
  const p = await page();
  const code = `
    async function* count(n) { for (var i = 0; i < n; i++) yield i; return "counted " + n }
    async function manual(n) {
      for (var i = 0; i < n; i++) if (!(await $agent.write({ i: i }))) return "stopped";
      return "wrote " + n;
    }
    var stopped = "no";
    async function* forever() {
      try { for (var i = 0; ; i++) { yield i; await new Promise(function (r) { setTimeout(r, 2) }) } }
      finally { stopped = "yes" }
    }
    function wasStopped() { return stopped }
    function signalled() {
      var s = $agent.signal;
      s.addEventListener("abort", function () { stopped = s.reason.name });
    }
  `;
  const r = await p.run(async ({ url, key, arg }) => {
    const host = await ragents.createSession({ url, key });
    await host.spawnAgent({ name: "streamer", text: arg });
    const caller = await ragents.createSession({ url, key });
    const w = (await caller.getRemoteAgents()).find((a) => a.info.name === "streamer");
    const read = async (s) => {
      const got = [];
      for await (const c of s) got.push(c);
      return { got, result: await s.result };
    };
    const counted = await read(w.stream("count", 5));
    const manual = await read(w.stream("manual", 3));
    const gathered = await w.send("count", 3);
    const plainManual = await w.send("manual", 2);
    // A break cancels the generator in the worker: its finally runs.
    const s = w.stream("forever", null);
    let n = 0;
    for await (const c of s) if (++n === 5) break;
    const until = async (f) => { for (let i = 0; i < 200 && !(await f()); i++) await new Promise((r) => setTimeout(r, 10)); };
    await until(async () => (await w.send("wasStopped", null)) === "yes");
    const stopped = await w.send("wasStopped", null);
    // $agent.signal fires when the caller aborts.
    const c = new AbortController();
    const pending = w.send("signalled", null, { signal: c.signal }).catch((e) => e.name);
    await new Promise((r) => setTimeout(r, 50));
    c.abort();
    const aborted = await pending;
    await until(async () => (await w.send("wasStopped", null)) === "AbortError");
    const signalled = await w.send("wasStopped", null);
    host.close();
    caller.close();
    return { counted, manual, gathered, plainManual, stopped, aborted, signalled };
  }, code);
  assert.deepEqual(r, {
    counted: { got: [0, 1, 2, 3, 4], result: "counted 5" },
    manual: { got: [{ i: 0 }, { i: 1 }, { i: 2 }], result: "wrote 3" },
    gathered: "counted 3",
    plainManual: "stopped",
    stopped: "yes",
    aborted: "AbortError",
    signalled: "AbortError",
  });
  assert.deepEqual(p.errors, []);
});

test("only declared triggers reach the session, and another page's RAgent hears them", async () => {
  const host = await page();
  const listener = await open(web.browser, web.url("index.html"));
  // The other page listens first.
  const heard = listener.page.evaluate(({ url, key }) => new Promise((resolve) => {
    ragents.createSession({ url, key }).then((s) => {
      const got = [];
      s.on("ragentCreated", (r) => {
        r.on("done", (b) => got.push(["done", b]));
        r.on("evil", (b) => got.push(["evil", b]));
        r.on("stop", () => resolve(got));
      });
    });
  }), { url: web.relay.url, key: host.key });
  await new Promise((r) => setTimeout(r, 300));
  const r = await host.run(async ({ url, key }) => {
    const s = await ragents.createSession({ url, key });
    await s.spawnAgent({
      name: "emitter",
      events: ["done", "stop"],
      text: `function fire(name) { try { $agent.trigger(name, { n: name }); return "sent" } catch (e) { return "refused: " + e.message } }
             function forge() { self.postMessage({ t: "trigger", name: "evil", body: 1 }); return "posted" }`,
    });
    const call = (method, params) => s.request({ id: "emitter", method, params });
    return [await call("fire", ["evil"]), await call("forge"), await call("fire", ["done"]), await call("fire", ["stop"])];
  });
  assert.deepEqual(r, ["refused: event 'evil' was not declared by the page", "posted", "sent", "sent"]);
  assert.deepEqual(await heard, [["done", { n: "done" }]]);
  assert.deepEqual([...host.errors, ...listener.errors], []);
});

test("agents call agents by name with $agent.request; href reaches the host page", async () => {
  const p = await page();
  const r = await p.run(async ({ url, key }) => {
    // Its named calls (those of $agent.request) wait at most 1 s.
    const s = await ragents.createSession({ url, key, requestTimeout: 1000 });
    const a = await s.spawnAgent({
      name: "a",
      text: `function viaPromise(n) { return $agent.request({ id: "b", method: "twice", params: [n] }) }
             function viaCallback(n) { $agent.request({ id: "b", method: "twice", params: [n] }, function (r) { $agent.response("cb " + r) }) }
             function toMissing() { return $agent.request({ id: "nobody", method: "x" }).catch(function (e) { return "failed: " + e.message }) }
             function go() { $agent.href("/next"); return 1 }`,
    });
    const href = new Promise((resolve) => a.once("href", resolve));
    // "b" appears after "a" asks for it: the call waits.
    const caller = await ragents.createSession({ url, key, requestTimeout: 3000 });
    const promised = caller.request({ id: "a", method: "viaPromise", params: [4] });
    await new Promise((r) => setTimeout(r, 100));
    await s.spawnAgent({ name: "b", text: "function twice(n) { return 2 * n }" });
    return {
      promised: await promised,
      callback: await caller.request({ id: "a", method: "viaCallback", params: [5] }),
      missing: await caller.request({ id: "a", method: "toMissing" }, { timeout: 4000 }),
      go: await caller.request({ id: "a", method: "go" }),
      href: await href,
    };
  });
  assert.equal(r.promised, 8);
  assert.equal(r.callback, "cb 10");
  assert.match(r.missing, /^failed: send "x" to agent nobody at .*: request timed out after 1000 ms$/);
  assert.equal(r.go, 1);
  assert.equal(r.href, "/next");
  assert.deepEqual(p.errors, []);
});

test("refresh restarts from the source, clear empties, inject adds code by url and text", async () => {
  const p = await page();
  const r = await p.run(async ({ url, key }) => {
    const s = await ragents.createSession({ url, key });
    const wa = await s.spawnAgent({ name: "counter", text: "var count = 0; function inc() { return ++count }" });
    const call = (method, params) => s.request({ id: "counter", method, params });
    const fail = (p) => p.then(() => "resolved", (e) => `${e.code} ${e.message}`);
    const out = { counts: [await call("inc"), await call("inc")] };
    await wa.refresh();
    out.refreshed = await call("inc");
    await wa.inject([{ text: "function hello(n) { return 'hi ' + n }" }, { url: "extra.js" }]);
    out.injected = [await call("hello", ["you"]), await call("extra"), await call("inc")];
    out.badText = await fail(wa.inject([{ text: "function (" }]));
    out.badUrl = await fail(wa.inject([{ url: "missing.js" }]));
    out.stillThere = await call("inc");
    await wa.clear();
    out.cleared = await fail(call("inc"));
    const fromUrl = await s.spawnAgent({ name: "adder", url: "adder.js" });
    out.url = await s.request({ id: "adder", method: "add", params: [20, 22] });
    await fromUrl.destroy();
    out.destroyed = s.agents.adder === undefined;
    out.missingUrl = await fail(s.spawnAgent({ name: "ghost", url: "missing.js" }));
    return out;
  });
  assert.deepEqual(r.counts, [1, 2]);
  assert.equal(r.refreshed, 1);
  assert.deepEqual(r.injected, ["hi you", "extra", 2]);
  assert.match(r.badText, /^ERR_WORKER agent counter: inject failed: /);
  assert.match(r.badUrl, /^ERR_WORKER agent counter: inject failed: /);
  assert.equal(r.stillThere, 3);
  assert.equal(r.cleared, "ERR_REMOTE agent does not handle messages named 'inc'");
  assert.equal(r.url, 42);
  assert.equal(r.destroyed, true);
  assert.match(r.missingUrl, /^ERR_WORKER agent ghost: /);
  assert.deepEqual(p.errors, []);
});

test("declared agents are spawned with the session, and their workers end with it", async () => {
  const p = await page();
  const r = await p.run(async ({ url, key }) => {
    // The workers made and those terminated, counted in the page (as any
    // engine allows; playwright also sees the workers themselves).
    const W = window.Worker;
    window.__workers = { made: 0, ended: 0 };
    window.Worker = class extends W {
      constructor(...args) { super(...args); window.__workers.made++; }
      terminate() { window.__workers.ended++; super.terminate(); }
    };
    const s = (window.__declared = await ragents.createSession({
      url, key,
      agents: { crypto: { url: "adder.js" }, sandbox: { text: "function ping() { return 'pong' }", events: ["done"] } },
    }));
    const caller = await ragents.createSession({ url, key });
    return {
      kinds: [s.agents.crypto instanceof ragents.WorkerAgent, s.agents.sandbox instanceof ragents.WorkerAgent],
      add: await caller.request({ id: "crypto", method: "add", params: [1, 2] }),
      ping: await caller.request({ id: "sandbox", method: "ping" }),
    };
  });
  assert.deepEqual(r, { kinds: [true, true], add: 3, ping: "pong" });
  const playwright = ENGINE === "chromium";
  if (playwright) assert.equal(p.page.workers().length, 2);
  // Closing the session terminates its workers: none is left.
  const gone = playwright && Promise.all(p.page.workers().map((w) => new Promise((resolve) => w.once("close", resolve))));
  await p.page.evaluate(() => window.__declared.close());
  await gone;
  if (playwright) assert.equal(p.page.workers().length, 0);
  assert.deepEqual(await p.page.evaluate(() => window.__workers), { made: 2, ended: 2 });
  assert.deepEqual(p.errors, []);
});

test("declared agents with a callback: the session comes to it, and createSession returns nothing", async () => {
  const p = await page();
  const r = await p.run(({ url, key }) =>
    new Promise((resolve) => {
      const returned = ragents.createSession({ url, key, agents: { sandbox: { text: "function ping() { return 'pong' }" } } }, (err, s) => {
        const ok = !err && s.agents.sandbox instanceof ragents.WorkerAgent;
        s && s.close();
        resolve({ returned: String(returned), ok, err: err && err.message });
      });
    }));
  assert.deepEqual(r, { returned: "undefined", ok: true, err: null });
  assert.deepEqual(p.errors, []);
});

test("without the workers file, declared agents are refused with a clear error", async () => {
  const p = await page("alone.html");
  const r = await p.run(({ url, key }) => {
    try {
      ragents.createSession({ url, key, agents: { x: { text: "" } } });
      return "no error";
    } catch (e) {
      return `${e.code} ${e.message}`;
    }
  });
  assert.match(r, /^ERR_INVALID_ARG .*needs the worker agents: load ragents-workers\.js/);
});

test("under a CSP that refuses blob: workers, the bootstrap option works", async () => {
  const p = await page("csp.html");
  const r = await p.run(async ({ url, key }) => {
    const s = await ragents.createSession({ url, key });
    const refused = await s.spawnAgent({ name: "blob", text: "function f() { return 1 }" }).then(() => "spawned", (e) => e.code);
    await s.spawnAgent({ name: "hosted", url: "adder.js", bootstrap: "ragents-worker.js" });
    return [refused, await s.request({ id: "hosted", method: "add", params: [2, 2] })];
  });
  assert.deepEqual(r, ["ERR_WORKER", 4]);
  assert.deepEqual(p.errors, []);
});

test("a 1.0.0 node client calls a worker agent like any agent", async () => {
  const p = await page();
  await p.run(async ({ url, key, arg }) => {
    window.__s = await ragents.createSession({ url, key });
    await window.__s.spawnAgent({ name: "calc", text: arg });
  }, METHODS);
  const old = createRequire(import.meta.url)("ragents");
  const session = await new Promise((resolve, reject) =>
    old.createSession({ url: web.relay.url, key: p.key }, (err, s) => (err ? reject(err) : resolve(s))));
  const list = await new Promise((resolve, reject) => session.getRemoteAgents((err, l) => (err ? reject(err) : resolve(l))));
  const calc = list.find((r) => r.info.name === "calc");
  const sum = await new Promise((resolve, reject) => calc.send("add", [20, 22], (err, b) => (err ? reject(err) : resolve(b))));
  assert.equal(sum, 42);
  session.close();
  assert.deepEqual(p.errors, []);
});

test("inside its worker, $agent.isHeard and $agent.onInterest say who hears the agent's declared events", async () => {
  const p = await page();
  const r = await p.run(async ({ url, key, arg }) => {
    const host = await ragents.createSession({ url, key });
    await host.spawnAgent({ name: "ticker", events: ["tick", "tock"], text: arg });
    const caller = await ragents.createSession({ url, key });
    const ask = () => caller.request({ id: "ticker", method: "state" });
    const until = async (f) => {
      for (const end = Date.now() + 5000; !(await f()); await new Promise((r) => setTimeout(r, 10))) {
        if (Date.now() > end) throw new Error("waited 5 s");
      }
    };
    const first = await ask();
    const [ticker] = (await caller.getRemoteAgents()).filter((a) => a.info.name === "ticker");
    const got = [];
    const onTick = (x) => got.push(x);
    ticker.on("tick", onTick);
    await until(async () => (await ask()).tick);
    const during = await ask();
    await caller.request({ id: "ticker", method: "fire" });
    await until(() => got.length);
    ticker.off("tick", onTick);
    await until(async () => !(await ask()).tick);
    const last = await ask();
    host.close();
    caller.close();
    return { first, during, got, last };
  }, `
    var told = [];
    $agent.onInterest(function (name, heard) { told.push([name, heard]) });
    function state() { return { tick: $agent.isHeard("tick"), tock: $agent.isHeard("tock"), told: told } }
    function fire() { $agent.trigger("tick", 1); return "fired" }
  `);
  assert.deepEqual(r.first, { tick: false, tock: false, told: [] }, "nobody listens yet");
  assert.deepEqual(r.during, { tick: true, tock: false, told: [["tick", true]] });
  assert.deepEqual(r.got, [1]);
  assert.deepEqual(r.last, { tick: false, tock: false, told: [["tick", true], ["tick", false]] });
  assert.deepEqual(p.errors, []);
});
