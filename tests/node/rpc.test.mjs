// JSON-RPC over HTTP: Node's own fetch calls agents of the original
// ragents@1.0.0 client through ragentsd (POST /rpc/<key>), and the
// README's curl example prints what the README says.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync, execFile } from "node:child_process";
import { promisify } from "node:util";
import { startRelay, root } from "./relays.mjs";
import { targetDir } from "../../scripts/setup.mjs";

// relays.mjs takes target/release/ragentsd whenever it exists, and only
// `npm start` and the benchmark build that one: a release binary older than
// this endpoint would fail every test here. Unless told which, take the
// newest build.
if (!process.env.RAGENTSD_PROFILE) {
  const built = (profile) => statSync(join(targetDir, profile, "ragentsd"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  process.env.RAGENTSD_PROFILE = built("debug") > built("release") ? "debug" : "release";
}

const require = createRequire(import.meta.url);
const ragents = require("ragents");

let relay;
before(async () => (relay = await startRelay()));
after(async () => assert.equal(await relay.stop(), 0));

const session = (key, url = relay.url) =>
  new Promise((resolve, reject) => ragents.createSession({ url, key }, (err, s) => (err ? reject(err) : resolve(s))));
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs `body` (a value, sent as JSON, or a string sent as it is). */
async function post(path, body, port = relay.port) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", body: text });
  const answer = await res.text();
  return { status: res.status, type: res.headers.get("content-type"), text: answer, json: () => JSON.parse(answer) };
}

async function rpc(path, body, port) {
  const res = await post(path, body, port);
  assert.equal(res.status, 200, res.text);
  assert.equal(res.type, "application/json");
  return res.json();
}

/**
 * An agent of a 1.0.0 client: echo, fail (an error with a body), never
 * (never answered), note (kept in `notes`). Unknown names get 1.0.0's own
 * error text.
 */
async function echoer(key, name = "echoer") {
  const s = await session(key);
  const agent = await call((cb) => s.createAgent({ name, title: "an echo agent" }, cb));
  const notes = [];
  const asked = [];
  agent.receive("echo", (body, reply) => reply(null, body));
  agent.receive("fail", (body, reply) => reply("boom", { why: body }));
  agent.receive("never", (body) => asked.push(body));
  agent.receive("note", (body, reply) => {
    notes.push(body);
    reply(null, "ignored");
  });
  return { session: s, agent, notes, asked };
}

async function until(check, what) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await sleep(20);
  }
  assert.fail(`${what} did not happen`);
}

async function metric(sample, port = relay.port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(sample + " "));
  assert.ok(line, `no ${sample} in ${text}`);
  return Number(line.slice(sample.length + 1));
}

test("a result, and the agent's errors", async () => {
  const a = await echoer("results");
  const echo = { jsonrpc: "2.0", method: "echoer.echo", params: { a: 1 }, id: 1 };
  assert.deepEqual(await rpc("/rpc/results", echo), { jsonrpc: "2.0", result: { a: 1 }, id: 1 });
  const fail = await rpc("/rpc/results", { jsonrpc: "2.0", method: "echoer.fail", params: "x", id: "f" });
  assert.deepEqual(fail, { jsonrpc: "2.0", error: { code: -32001, message: "boom", data: { why: "x" } }, id: "f" });
  const nope = await rpc("/rpc/results", { jsonrpc: "2.0", method: "echoer.nope", id: 2 });
  assert.deepEqual(nope.error, { code: -32601, message: "agent does not handle messages named 'nope'" });
  a.session.close();
});

test("malformed bodies and requests: -32700, -32600, -32601, -32602", async () => {
  assert.deepEqual(await rpc("/rpc/bad", "{not json"), {
    jsonrpc: "2.0",
    error: { code: -32700, message: "Parse error" },
    id: null,
  });
  const codes = async (body) => {
    const answer = await rpc("/rpc/bad", body);
    return [answer.error.code, answer.id];
  };
  assert.deepEqual(await codes({ method: "a.b", id: 3 }), [-32600, 3]);
  assert.deepEqual(await codes({ jsonrpc: "2.0", method: 5, id: 3 }), [-32600, 3]);
  assert.deepEqual(await codes([]), [-32600, null]);
  assert.deepEqual(await codes({ jsonrpc: "2.0", method: "nodot", id: 4 }), [-32601, 4]);
  const deep = "[".repeat(200) + "]".repeat(200);
  assert.deepEqual(await codes(`{"jsonrpc":"2.0","method":"a.b","params":${deep},"id":5}`), [-32602, 5]);
});

test("no agent of that name within the wait: -32000; an agent that never answers: -32002", async () => {
  const started = Date.now();
  const none = await rpc("/rpc/waits?timeout=200", { jsonrpc: "2.0", method: "ghost.x", id: 1 });
  assert.ok(Date.now() - started >= 200);
  assert.deepEqual(none.error, { code: -32000, message: "no agent named 'ghost'" });
  const a = await echoer("waits");
  const never = await rpc("/rpc/waits?timeout=300", { jsonrpc: "2.0", method: "echoer.never", params: 7, id: 2 });
  assert.deepEqual(never.error, { code: -32002, message: "the agent did not answer in time" });
  assert.deepEqual(a.asked, [7], "it reached the agent");
  a.session.close();
});

test("the agent's client leaving answers the waiting call: -32003", async () => {
  const a = await echoer("leaves");
  const pending = rpc("/rpc/leaves", { jsonrpc: "2.0", method: "echoer.never", id: 1 });
  await until(() => a.asked.length === 1, "the request reaching the agent");
  a.session.close();
  assert.deepEqual(await pending, { jsonrpc: "2.0", error: { code: -32003, message: "agent destroyed" }, id: 1 });
});

test("a call waits for an agent that joins later", async () => {
  const pending = rpc("/rpc/later?timeout=10000", { jsonrpc: "2.0", method: "echoer.echo", params: "hi", id: 1 });
  await sleep(300);
  const a = await echoer("later");
  assert.deepEqual(await pending, { jsonrpc: "2.0", result: "hi", id: 1 });
  a.session.close();
});

test("a batch: results and errors, one answer per request, none for notifications", async () => {
  const a = await echoer("batch");
  const answers = await rpc("/rpc/batch?timeout=500", [
    { jsonrpc: "2.0", method: "echoer.echo", params: 1, id: 1 },
    { jsonrpc: "2.0", method: "echoer.note", params: "in a batch" },
    { jsonrpc: "2.0", method: "echoer.fail", params: 2, id: 2 },
    { foo: "boo" },
    { jsonrpc: "2.0", method: "echoer.nope", id: 3 },
    { jsonrpc: "2.0", method: "ghost.x", id: 4 },
  ]);
  assert.ok(Array.isArray(answers));
  const byId = new Map(answers.map((x) => [x.id, x]));
  assert.equal(answers.length, 5);
  assert.deepEqual(byId.get(1), { jsonrpc: "2.0", result: 1, id: 1 });
  assert.equal(byId.get(2).error.code, -32001);
  assert.equal(byId.get(null).error.code, -32600);
  assert.equal(byId.get(3).error.code, -32601);
  assert.equal(byId.get(4).error.code, -32000);
  assert.deepEqual(a.notes, ["in a batch"]);
  a.session.close();
});

test("notifications: 204, and the agent got them", async () => {
  const a = await echoer("notes");
  const lone = await post("/rpc/notes", { jsonrpc: "2.0", method: "echoer.note", params: "one" });
  assert.deepEqual([lone.status, lone.text], [204, ""]);
  const many = await post("/rpc/notes", [
    { jsonrpc: "2.0", method: "echoer.note", params: "two" },
    { jsonrpc: "2.0", method: "echoer.note", params: "three" },
  ]);
  assert.equal(many.status, 204);
  await until(() => a.notes.length === 3, "three notes");
  assert.deepEqual(a.notes, ["one", "two", "three"]);
  a.session.close();
});

test("the pending cap: a call's 4097th waiting request gets -32004", async () => {
  const a = await echoer("cap", "sink");
  const batch = Array.from({ length: 4097 }, (_, i) => ({ jsonrpc: "2.0", method: "sink.never", id: i }));
  const answers = await rpc("/rpc/cap?timeout=1000", batch);
  assert.equal(answers.length, 4097);
  assert.equal(answers.filter((x) => x.error.code === -32002).length, 4096);
  assert.deepEqual(answers[4096].error, { code: -32004, message: "too many requests in flight" });
  await until(async () => (await metric("ragentsd_requests_in_flight")) === 0, "the requests forgotten");
  a.session.close();
});

test("HTTP: GET is 405, a body over --max-frame 413, no length 411", async () => {
  const get = await fetch(`http://127.0.0.1:${relay.port}/rpc/k`);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get("allow"), "POST");
  await get.text();
  const big = { jsonrpc: "2.0", method: "a.b", params: "x".repeat(1 << 20), id: 1 };
  const tooLarge = await post("/rpc/k", big);
  assert.equal(tooLarge.status, 413);
  // A stream makes fetch send a chunked body.
  const body = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode("{}"));
      c.close();
    },
  });
  const chunked = await fetch(`http://127.0.0.1:${relay.port}/rpc/k`, { method: "POST", body, duplex: "half" });
  assert.equal(chunked.status, 411);
  await chunked.text();
});

test("the relay stopping answers a waiting call: -32005", async () => {
  const own = await startRelay();
  const pending = rpc("/rpc/stop?timeout=60000", { jsonrpc: "2.0", method: "ghost.x", id: 1 }, own.port);
  await until(async () => (await metric("ragentsd_sessions", own.port)) === 1, "the call waiting");
  assert.equal(await own.stop(), 0);
  assert.deepEqual((await pending).error, { code: -32005, message: "relay shutting down" });
});

test("the README's curl example prints what the README says", async (t) => {
  if (spawnSync("curl", ["--version"]).status !== 0) return t.skip("no curl on this machine");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\nJSON-RPC over HTTP\n"));
  const m = section.match(/```sh\n(curl [^\n]+)\n```\s*\nprints\s*\n```json\n([^\n]+)\n```/);
  assert.ok(m, "a curl example and its output in the README's JSON-RPC subsection");
  const [, command, printed] = m;
  assert.match(command, /localhost:9000\/rpc\/sample/);

  // The README's sample "server", as in compat-relay.test.mjs.
  const server = await session("sample");
  const agent = await call((cb) => server.createAgent({ name: "echoer", title: "an echo agent" }, cb));
  agent.receive("echo", (body, reply) => {
    reply(null, body);
    agent.emit("echoed", body);
  });
  const args = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]).slice(1);
  const url = args.map((a) => a.replace("localhost:9000", `127.0.0.1:${relay.port}`));
  // Not spawnSync: the agent answers from this process's event loop.
  const { stdout } = await promisify(execFile)("curl", [...url, "--max-time", "10"], { encoding: "utf8" });
  assert.equal(stdout, printed);
  server.close();
});
