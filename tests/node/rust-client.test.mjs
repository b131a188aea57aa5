// The Rust client (feature rust-client) with other clients. The `ragents`
// command line: a ragents@1.0.0 node client's agent listed, called and
// listened to, through our relay and through the 1.0.0 relay, and the agent
// of a page running our browser client. And an agent in a Rust program
// (examples/counter.rs) called by a page, which reads its stream.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, startRelay, startOldRelay } from "./relays.mjs";
import { scriptTagSite, open } from "./pages.mjs";

const oldRagents = createRequire(import.meta.url)("ragents");
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const debug = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "debug");
const bin = join(debug, "ragents");
const counter = join(debug, "examples", "counter");

let ours, old, web;
before(async () => {
  web = await scriptTagSite("ragents-cli-");
  // (npm test's cargo test built it; alone, this builds it.)
  if (!existsSync(bin) || !existsSync(counter)) {
    execFileSync("cargo", ["build", "--features", "rust-client", "--bin", "ragents", "--example", "counter"], { cwd: root, stdio: "inherit" });
  }
  ours = await startRelay();
  old = await startOldRelay();
});
after(async () => {
  await web?.close();
  await ours?.stop();
  await old?.stop();
});

/** Runs the command line: its exit code, stdout and stderr (10 s at most). */
function ragents(url, key, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["--url", url, "--key", key, "--timeout", "5", ...args]);
    let out = "", err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => (child.kill(), reject(new Error("ragents ran 10 s: " + err))), 10_000);
    child.on("close", (code) => (clearTimeout(timer), resolve({ code, out, err })));
  });
}

for (const [which, relay] of [["our relay", () => ours], ["the 1.0.0 relay", () => old]]) {
  test(`with a 1.0.0 node agent, through ${which}: agents, call, listen`, async () => {
    const url = relay().url, key = "cli-" + Math.random();
    const session = await call((cb) => oldRagents.createSession({ url, key }, cb));
    const agent = await call((cb) => session.createAgent({ name: "calc", title: "node 1.0.0" }, cb));
    agent.receive("add", (xs, reply) => (Array.isArray(xs) ? reply(null, xs.reduce((a, b) => a + b, 0)) : reply("not a list")));

    const listed = await ragents(url, key, ["agents"]);
    const infos = listed.out.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(listed.code, 0, listed.err);
    assert.ok(infos.some((i) => i.name === "calc" && i.title === "node 1.0.0"), listed.out);

    assert.deepEqual(await ragents(url, key, ["call", "calc", "add", "[2, 3]"]), { code: 0, out: "5\n", err: "" });
    const failed = await ragents(url, key, ["call", "calc", "add", "7"]);
    assert.deepEqual([failed.code, failed.err], [1, "ERR_REMOTE: not a list\n"]);

    // Two ticks, whenever its listen is made: the agent ticks until then.
    const listening = ragents(url, key, ["listen", "calc", "tick", "-n", "2"]);
    let n = 0;
    const ticking = setInterval(() => agent.emit("tick", { n: n++ }), 20);
    const heard = await listening;
    clearInterval(ticking);
    const ticks = heard.out.trim().split("\n").map((l) => JSON.parse(l).n);
    assert.equal(heard.code, 0, heard.err);
    assert.equal(ticks.length, 2);
    assert.equal(ticks[1], ticks[0] + 1);

    // An agent that comes and goes, watched.
    const watching = ragents(url, key, ["watch", "-n", "2"]);
    await new Promise((r) => setTimeout(r, 300)); // (its session joined)
    const other = await call((cb) => session.createAgent({ name: "brief" }, cb));
    await call((cb) => session.destroyAgent(other.info, cb));
    const watched = await watching;
    assert.equal(watched.code, 0, watched.err);
    const told = watched.out.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(told.map((e) => [e.event, e.agent.name]), [["agentCreated", "brief"], ["agentDestroyed", "brief"]]);
    session.close();
  });
}

test("with the agent of a page (our browser client): call, and listen to its events", async () => {
  const key = "cli-page-" + Math.random();
  const { page, errors } = await open(web.browser, web.url());
  await page.evaluate(async ({ url, key }) => {
    const session = await ragents.createSession({ url, key });
    const agent = await session.createAgent({ name: "upper", title: "a page" });
    agent.receive("upper", (s, reply) => reply(null, String(s).toUpperCase()));
    // Ticks while anyone hears them (the relay says who does).
    let n = 0;
    setInterval(() => agent.isHeard("tick") && agent.emit("tick", { n: n++ }), 20);
  }, { url: web.relay.url, key });
  assert.deepEqual(await ragents(web.relay.url, key, ["call", "upper", "upper", '"shout"']), { code: 0, out: '"SHOUT"\n', err: "" });
  const heard = await ragents(web.relay.url, key, ["listen", "upper", "tick", "-n", "3"]);
  const ticks = heard.out.trim().split("\n").map((l) => JSON.parse(l).n);
  assert.equal(heard.code, 0, heard.err);
  assert.deepEqual(ticks, [ticks[0], ticks[0] + 1, ticks[0] + 2]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page calls an agent in a Rust program and reads its stream, in order and under credit", async () => {
  const key = "rust-agent-" + Math.random();
  const agent = spawn(counter, [web.relay.url, key]);
  try {
    await new Promise((resolve, reject) => {
      agent.stdout.on("data", (d) => String(d).includes("ready") && resolve());
      agent.on("exit", (code) => reject(new Error("the Rust agent exited: " + code)));
      setTimeout(() => reject(new Error("the Rust agent was not ready in 10 s")), 10_000);
    });
    const { page, errors } = await open(web.browser, web.url());
    const r = await page.evaluate(async ({ url, key }) => {
      const session = await ragents.createSession({ url, key });
      const counter = (await session.getRemoteAgents()).find((a) => a.info.name === "counter");
      const echoed = await counter.send("echo", { a: [1, "é"] });
      const s = counter.stream("count", 2000);
      let inOrder = true, got = 0;
      for await (const n of s) inOrder = inOrder && n === got++;
      const result = await s.result;
      const failed = await counter.send("count", "x").then(() => "resolved", (e) => e.code + " " + e.message);
      session.close();
      return { echoed, inOrder, got, result, failed, info: counter.info };
    }, { url: web.relay.url, key });
    assert.deepEqual(r.echoed, { a: [1, "é"] });
    assert.deepEqual([r.inOrder, r.got, r.result], [true, 2000, { sent: 2000 }]);
    assert.equal(r.failed, "ERR_REMOTE count takes a number");
    assert.equal(r.info.title, "a Rust agent");
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    agent.kill();
  }
});
