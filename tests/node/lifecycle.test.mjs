// The end of a session, in a real page: sockets reset by a proxy, free() on
// open sessions, and agents replying after their session is gone. Every
// pending call must settle with its error code, and the page must see no
// uncaught error from the library.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { scriptTagSite, open } from "./pages.mjs";
import { proxy } from "./proxy.mjs";

let web, cutter;
before(async () => {
  web = await scriptTagSite("ragents-lifecycle-");
  cutter = await proxy(web.relay.port);
});
after(async () => {
  await cutter?.close();
  await web?.close();
});

/** In the page: an agent that keeps its replies, and a client asking it. */
const SETUP = `
window.held = [];
window.pair = async function (url, key, options) {
  const owner = await ragents.createSession({ url, key, ...options });
  const agent = await owner.createAgent({ name: "holder" });
  agent.receive("hold", (body, reply) => held.push(reply));
  const asker = await ragents.createSession({ url, key, ...options });
  const [ragent] = await asker.getRemoteAgents();
  return { owner, agent, asker, ragent };
};
window.outcome = (p) => p.then((v) => "resolved", (e) => e.code);
window.until = (f) => new Promise((resolve) => {
  const t = setInterval(() => { if (f()) { clearInterval(t); resolve(); } }, 10);
});
`;

/** A page with the client and the helpers above. */
async function lifecyclePage() {
  const page = await open(web.browser, web.url("index.html"));
  await page.page.evaluate(SETUP);
  return page;
}

/** After a moment for late callbacks: the page saw no uncaught error. */
async function noPageErrors(page) {
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(page.errors, []);
}

test("with reconnect: false, a connection reset ends the session, settles every pending call, and late replies are harmless", async () => {
  const page = await lifecyclePage();
  const running = page.page.evaluate(async (url) => {
    const { owner, asker, ragent } = await pair(url, "cut-" + Math.random(), { reconnect: false });
    const closed = [];
    owner.on("close", () => closed.push("owner"));
    asker.on("close", () => closed.push("asker"));
    const sent = outcome(ragent.send("hold", 1));
    const called = new Promise((resolve) => ragent.send("hold", 2, (err) => resolve(err && err.code)));
    await until(() => held.length === 2);
    window.cutNow = true;
    await until(() => window.cutDone);
    const codes = [await sent, await called];
    await until(() => closed.length === 2);
    // The agent answers after its session was reset: nothing happens.
    held.forEach((reply) => reply(null, "late"));
    held.forEach((reply) => reply(new Error("late")));
    return { codes, closed: closed.sort(), open: [owner.isOpen, asker.isOpen] };
  }, cutter.url);
  // The page waits for the cut, done from here.
  while (!(await page.page.evaluate(() => window.cutNow))) await new Promise((r) => setTimeout(r, 10));
  cutter.cut();
  await page.page.evaluate(() => { window.cutDone = true; });
  const result = await running;
  assert.deepEqual(result.codes, ["ERR_CLOSED", "ERR_CLOSED"]);
  assert.deepEqual(result.closed, ["asker", "owner"]);
  assert.deepEqual(result.open, [false, false]);
  await noPageErrors(page);
});

test("free() on open sessions closes them and settles what they wait for", async () => {
  const page = await lifecyclePage();
  const result = await page.page.evaluate(async (url) => {
    const { owner, agent, asker, ragent } = await pair(url, "free-" + Math.random());
    const sent = outcome(ragent.send("hold", 1));
    await until(() => held.length === 1);
    // Pending when freed: a request, a getRemoteAgents, a createAgent.
    const listed = outcome(asker.getRemoteAgents());
    const created = outcome(asker.createAgent({ name: "late" }));
    let closeHeard = 0;
    asker.on("close", () => closeHeard++);
    asker.free();
    const codes = [await sent, await listed, await created];
    await until(() => closeHeard === 1);
    // The owner is freed while its agent holds a request; then it replies.
    owner.free();
    held.forEach((reply) => reply(null, "late"));
    const emitted = agent.emit("x", 1);
    return { codes, closeHeard, emitted };
  }, web.relay.url);
  assert.deepEqual(result.codes, ["ERR_CLOSED", "ERR_CLOSED", "ERR_CLOSED"]);
  assert.equal(result.closeHeard, 1);
  assert.equal(result.emitted, false, "an agent of a closed session sends nothing");
  await noPageErrors(page);
});

test("close() then an agent's late reply", async () => {
  const page = await lifecyclePage();
  const result = await page.page.evaluate(async (url) => {
    const { owner, asker, ragent } = await pair(url, "close-" + Math.random());
    const sent = outcome(ragent.send("hold", 1));
    await until(() => held.length === 1);
    owner.close();
    const code = await sent;
    held[0](null, "late");
    asker.close();
    return code;
  }, web.relay.url);
  assert.equal(result, "ERR_AGENT_DESTROYED");
  await noPageErrors(page);
});

test("page code re-entering the library from its callbacks, and handlers throwing anything", async () => {
  const page = await lifecyclePage();
  const result = await page.page.evaluate(async (url) => {
    const key = "reenter-" + Math.random();
    const owner = await ragents.createSession({ url, key });
    const agent = await owner.createAgent({ name: "odd" });
    agent.receive("n", () => { throw 42; });
    agent.receive("obj", () => { throw { toString() { throw new Error("no"); } }; });
    agent.receive("sym", () => { throw Symbol("s"); });
    // Answers, then frees its own session from inside the handler.
    agent.receive("bye", (body, reply) => { reply(null, "bye"); owner.free(); });
    const asker = await ragents.createSession({ url, key });
    const [odd] = await asker.getRemoteAgents();
    const errors = [];
    for (const name of ["n", "obj", "sym"]) {
      errors.push(await odd.send(name, null).then(() => "resolved", (e) => `${e.code} ${e.message}`));
    }
    const bye = await odd.send("bye", null);
    // Inside library callbacks: close from ragentDestroyed, send and free from close.
    const late = [];
    const closed = new Promise((resolve) => asker.on("close", () => {
      odd.send("n", null).then(null, (e) => late.push(e.code));
      asker.getRemoteAgents().then(null, (e) => late.push(e.code));
      asker.free();
      resolve();
    }));
    asker.on("ragentDestroyed", () => asker.close());
    await closed;
    await until(() => late.length === 2);
    return { errors, bye, late };
  }, web.relay.url);
  assert.deepEqual(result.errors, ["ERR_REMOTE 42", "ERR_REMOTE error", "ERR_REMOTE Symbol(s)"]);
  assert.equal(result.bye, "bye");
  assert.deepEqual(result.late, ["ERR_AGENT_DESTROYED", "ERR_CLOSED"]);
  await noPageErrors(page);
});
