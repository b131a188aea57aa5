// The original ragents@1.0.0 node client runs the README's echo example
// against our relay, unchanged.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startRelay } from "./relays.mjs";

const require = createRequire(import.meta.url);
const ragents = require("ragents");

let relay;
before(async () => (relay = await startRelay()));
after(async () => assert.equal(await relay.stop(), 0));

const session = (key) =>
  new Promise((resolve, reject) =>
    ragents.createSession({ url: relay.url, key }, (err, s) => (err ? reject(err) : resolve(s))));
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const once = (emitter, name) => new Promise((resolve) => emitter.once(name, resolve));

test("README echo example with the 1.0.0 client against ragentsd", async () => {
  const server = await session("sample");
  const client = await session("sample");
  const created = once(client, "ragentCreated");

  // sample "server"
  const agent = await call((cb) => server.createAgent({ name: "echoer", title: "an echo agent" }, cb));
  assert.equal(agent.info.name, "echoer");
  agent.receive("echo", (body, reply) => {
    reply(null, body);
    agent.emit("echoed", body);
  });

  // sample client
  const ragent = await created;
  assert.deepEqual({ ...ragent.info }, { id: agent.info.id, name: "echoer", title: "an echo agent" });
  const listed = await call((cb) => client.getRemoteAgents(cb));
  assert.equal(listed.length, 1);
  assert.equal(listed[0], ragent, "the same RAgent from the event and from getRemoteAgents");

  const echoed = once(ragent, "echoed");
  const reply = await call((cb) => ragent.send("echo", { a: 1 }, cb));
  assert.deepEqual(reply, { a: 1 });
  assert.deepEqual(await echoed, { a: 1 });

  // An unknown request name gets the original's error text.
  await assert.rejects(call((cb) => ragent.send("nope", 1, cb)), {
    message: "agent does not handle messages named 'nope'",
  });

  // ragentDestroyed when the agent's session closes.
  const destroyed = once(client, "ragentDestroyed");
  server.close();
  assert.equal(await destroyed, ragent);
  client.close();
});

test("two 1.0.0 clients using the same request ids get their own answers", async () => {
  const owner = await session("ids");
  const agent = await call((cb) => owner.createAgent({ name: "slow", title: "t" }, cb));
  const queue = [];
  agent.receive("who", (body, reply) => {
    queue.push(() => reply(null, body));
    if (queue.length === 2) queue.reverse().forEach((f) => f()); // answer in reverse
  });
  const [c1, c2] = [await session("ids"), await session("ids")];
  const [r1] = await call((cb) => c1.getRemoteAgents(cb));
  const [r2] = await call((cb) => c2.getRemoteAgents(cb));
  const answers = await Promise.all([call((cb) => r1.send("who", "one", cb)), call((cb) => r2.send("who", "two", cb))]);
  assert.deepEqual(answers, ["one", "two"]);
  [owner, c1, c2].forEach((s) => s.close());
});

test("a 1.0.0 agent's error replies reach the requester, whatever their type", { timeout: 10000 }, async () => {
  // The 1.0.0 client sends reply(new Error("x")) as "error":{}; the 1.0.0
  // relay passed such responses on, and ours reads them as that client does
  // (which makes an Error of the text it gets).
  const owner = await session("errors");
  const agent = await call((cb) => owner.createAgent({ name: "failing", title: "t" }, cb));
  const replies = { error: new Error("lost by JSON"), object: { message: "m" }, flag: true, none: false };
  for (const [name, err] of Object.entries(replies)) agent.receive(name, (body, reply) => reply(err, "body"));
  const client = await session("errors");
  const [ragent] = await call((cb) => client.getRemoteAgents(cb));
  const outcome = (name) => new Promise((resolve) => ragent.send(name, null, (err, body) => resolve([err && err.message, body])));
  assert.deepEqual(await outcome("error"), ["{}", "body"]);
  assert.deepEqual(await outcome("object"), ["m", "body"]);
  assert.deepEqual(await outcome("flag"), ["true", "body"]);
  assert.deepEqual(await outcome("none"), [null, "body"]);
  [owner, client].forEach((s) => s.close());
});
