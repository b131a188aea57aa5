// What helps a user debug: errors that are `RagentsError`s whose stack
// starts at the caller's line, messages that say what failed and where, and
// the `debug` option (or DEBUG / localStorage.debug) logging every packet.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { root, startRelay, freePort } from "./relays.mjs";
import { scriptTagSite, open } from "./pages.mjs";

const ragents = createRequire(import.meta.url)(join(root, "pkg", "ragents.cjs"));
const here = fileURLToPath(import.meta.url);

let relay;
before(async () => (relay = await startRelay()));
after(async () => assert.equal(await relay.stop(), 0));

/** The first frame of `e.stack`. */
const top = (e) => e.stack.split("\n").find((l) => /^\s+at /.test(l));

test("errors are RagentsErrors whose stack starts at the caller's line", async () => {
  const thrown = (f) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    assert.fail("did not throw");
  };
  const e = thrown(() => ragents.createSession({ key: "k" }));
  assert.ok(e instanceof ragents.RagentsError && e instanceof Error);
  assert.equal(e.name, "RagentsError");
  assert.equal(e.code, "ERR_INVALID_ARG");
  assert.match(e.stack, /^RagentsError: ragents\.createSession\(\): config\.url is null\n/);
  assert.ok(top(e).includes(here), `top frame: ${top(e)}`);

  const session = await ragents.createSession({ url: relay.url, key: "stack" });
  const agent = await session.createAgent({ name: "a" });
  const e2 = thrown(() => agent.emit(5));
  assert.equal(e2.code, "ERR_INVALID_ARG");
  assert.ok(top(e2).includes(here), `top frame: ${top(e2)}`);
  assert.doesNotMatch(e2.stack, /wasm/);
  session.close();
});

test("failures say what failed and where", async () => {
  const port = await freePort();
  const e = await ragents.createSession({ url: `ws://127.0.0.1:${port}`, key: "k" }).catch((e) => e);
  assert.ok(e instanceof ragents.RagentsError);
  assert.equal(e.code, "ERR_CONNECT");
  assert.match(e.message, new RegExp(`^connect to ws://127\\.0\\.0\\.1:${port}: connection closed`));

  const owner = await ragents.createSession({ url: relay.url, key: "where" });
  const agent = await owner.createAgent({ name: "sleeper" });
  agent.receive("wait", () => {});
  agent.receive("fail", (body, reply) => reply(new Error("no such thing")));
  const client = await ragents.createSession({ url: relay.url, key: "where" });
  const [ragent] = await client.getRemoteAgents();
  const late = await ragent.send("wait", null, { timeout: 20 }).catch((e) => e);
  assert.equal(late.code, "ERR_TIMEOUT");
  assert.equal(late.message, `send "wait" to agent ${ragent.info.id} at ${relay.url}: request timed out after 20 ms`);
  // An agent's own error keeps its words.
  const remote = await ragent.send("fail", null).catch((e) => e);
  assert.equal(remote.code, "ERR_REMOTE");
  assert.equal(remote.message, "no such thing");
  const gone = ragent.send("wait", null);
  owner.close();
  const destroyed = await gone.catch((e) => e);
  assert.equal(destroyed.code, "ERR_AGENT_DESTROYED");
  assert.equal(destroyed.message, `send "wait" to agent ${ragent.info.id} at ${relay.url}: agent destroyed`);
  client.close();
});

/** Runs a Node script that connects, with `env`; returns its output. */
function connectWith(env, option = "") {
  const script = `const r = require(${JSON.stringify(join(root, "pkg", "ragents.cjs"))});
r.createSession({ url: ${JSON.stringify(relay.url)}, key: "debug"${option} }).then((s) => s.close());`;
  const { stdout, stderr, status } = spawnSync(process.execPath, ["-e", script], {
    env: { ...process.env, DEBUG: "", ...env },
    encoding: "utf8",
  });
  assert.equal(status, 0, stderr);
  return stdout + stderr;
}

test("debug logs every packet both ways, and only when asked", () => {
  const sent = `ragents ${relay.url} -> {"type":"request","name":"connect"`;
  const received = `ragents ${relay.url} <- {"type":"response","name":"connect"`;
  for (const on of ["ragents*", "ragents:*", "*", "ragents:packets", "other,ragents*"]) {
    const out = connectWith({ DEBUG: on });
    assert.ok(out.includes(sent) && out.includes(received), `DEBUG=${on}:\n${out}`);
  }
  for (const off of ["", "other", "ragentsd", "*,-ragents*"]) {
    assert.equal(connectWith({ DEBUG: off }), "", `DEBUG=${off}`);
  }
  assert.ok(connectWith({}, ", debug: true").includes(sent));
  assert.equal(connectWith({ DEBUG: "ragents*" }, ", debug: false"), "");
  assert.throws(() => ragents.createSession({ url: relay.url, key: "k", debug: "yes" }), /config\.debug is not a boolean/);
});

test("localStorage.debug turns the packet log on in a page", async () => {
  const web = await scriptTagSite("ragents-debug-");
  try {
    const { page, lines, until, errors } = await open(web.browser, web.url());
    const connect = (url) => page.evaluate((url) => ragents.createSession({ url, key: "page" }).then((s) => s.close()), url);
    await connect(web.relay.url);
    assert.deepEqual(lines.filter((l) => l.startsWith("ragents")), [], "off by default");
    await page.evaluate(() => localStorage.setItem("debug", "ragents*"));
    await connect(web.relay.url);
    await until(new RegExp(`^ragents ${web.relay.url} <- \\{"type":"response","name":"connect"`));
    assert.deepEqual(errors, []);
  } finally {
    await web.close();
  }
});
