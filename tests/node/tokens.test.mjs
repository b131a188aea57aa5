// A relay that needs signed tokens (RAGENTSD_SECRET), with tokens minted as
// the README shows a backend doing it: the npm `jsonwebtoken` library. The
// 1.0.0 node client passes a token as its key, unchanged, and so does ours;
// a plain key, a forged, unsigned or expired token is refused at connect.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root, startRelay } from "./relays.mjs";
import { readmeSamples } from "../../scripts/samples.mjs";

const require = createRequire(import.meta.url);
const jwt = require("jsonwebtoken");
const old = require("ragents");
const ours = require(join(root, "pkg", "ragents.cjs"));

const SECRET = "the application's secret: 32 bytes or more";

let relay;
before(async () => (relay = await startRelay([], { env: { RAGENTSD_SECRET: SECRET } })));
after(async () => assert.equal(await relay.stop(), 0));

const oldSession = (key) =>
  new Promise((resolve, reject) =>
    old.createSession({ url: relay.url, key }, (err, s) => (err ? reject(err) : resolve(s))));
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
const once = (emitter, name) => new Promise((resolve) => emitter.once(name, resolve));

test("the README's backend mints a token that the 1.0.0 client and ours meet with", async () => {
  // The README's own lines, as a backend runs them.
  const mint = new Function("require", "process", `${readmeSamples().token}; return key;`);
  const token = () => mint(require, { env: { RAGENTSD_SECRET: SECRET } });
  assert.equal(jwt.verify(token(), SECRET).sub, "room-42");
  const server = await oldSession(token());
  const agent = await call((cb) => server.createAgent({ name: "echoer", title: "an echo agent" }, cb));
  agent.receive("echo", (body, reply) => reply(null, body));

  const client = await ours.createSession({ url: relay.url, key: token() });
  const [remote] = await client.getRemoteAgents();
  assert.equal(remote.info.id, agent.info.id);
  assert.deepEqual(await remote.send("echo", { a: 1 }), { a: 1 });
  client.close();
  server.close();
});

test("a plain key, a forged or an expired token is refused at connect, for either client", async () => {
  const forged = jwt.sign({ sub: "room-42" }, "another secret, just as long as the first", { expiresIn: "1h" });
  const expired = jwt.sign({ sub: "room-42", exp: Math.floor(Date.now() / 1000) - 3600 }, SECRET);
  const unsigned = jwt.sign({ sub: "room-42" }, null, { algorithm: "none", expiresIn: "1h" });
  const cases = [
    ["room-42", "a signed token is required"],
    [forged, "invalid token"],
    [unsigned, "invalid token"],
    [expired, "token expired"],
  ];
  for (const [key, why] of cases) {
    await assert.rejects(ours.createSession({ url: relay.url, key, reconnect: false }), (e) => {
      assert.match(e.message, new RegExp(why), key);
      return true;
    });
    // 1.0.0 takes any answer to connect for a success, as it does with
    // its own relay's errors: it sees its session close at once.
    const session = await oldSession(key);
    await once(session, "close");
  }
});
