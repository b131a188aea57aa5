// Cancelling calls and deadlines that travel, in a real page through our
// relay: an AbortSignal gives a call up at its agent (the handler's
// ctx.signal fires), a signal aborted already sends nothing, and a
// caller's timeout reaches the agent as a TimeoutError.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { scriptTagSite, open, UNTIL } from "./pages.mjs";

let web;
before(async () => {
  web = await scriptTagSite("ragents-cancel-");
});
after(() => web?.close());

/** In the page: an agent whose "hold" requests keep their ctx, and a caller. */
const SETUP = UNTIL + `
window.pair = async function (url) {
  const key = "cancel-" + Math.random();
  const owner = await ragents.createSession({ url, key });
  const agent = await owner.createAgent({ name: "holder" });
  const held = [];
  agent.receive("hold", (body, reply, ctx) => {
    const h = { body, reply, ctx, aborted: null };
    ctx.signal.addEventListener("abort", () => (h.aborted = ctx.signal.reason));
    held.push(h);
  });
  const asker = await ragents.createSession({ url, key });
  const [ragent] = await asker.getRemoteAgents();
  return { owner, asker, ragent, held };
};
`;

async function cancelPage() {
  const page = await open(web.browser, web.url("index.html"));
  await page.page.evaluate(SETUP);
  return page;
}

test("abort() fails the call with the signal's reason and fires the handler's ctx.signal; a pre-aborted signal sends nothing", async () => {
  const page = await cancelPage();
  const result = await page.page.evaluate(async (url) => {
    const { owner, asker, ragent, held } = await pair(url);
    const c = new AbortController();
    const sent = ragent.send("hold", 1, { signal: c.signal }).then(
      () => "resolved",
      (e) => e
    );
    await until(() => held.length === 1);
    const started = performance.now();
    c.abort();
    const rejected = await sent;
    await until(() => held[0].aborted);
    const took = performance.now() - started;
    const reason = held[0].aborted;
    // Too late to matter: the reply is not sent (the relay would refuse
    // it), and nothing throws.
    held[0].reply(null, "late");
    // Aborted already: rejected with its reason, and the agent never hears.
    const pre = AbortSignal.abort("no thanks");
    const refused = await ragent.send("hold", 2, { signal: pre }).catch((e) => e);
    const named = await asker.request({ id: "holder", method: "hold", params: 3 }, { signal: pre }).catch((e) => e);
    // The callback form takes a signal too.
    const later = new AbortController();
    const viaCallback = new Promise((resolve) => ragent.send("hold", 4, { signal: later.signal }, (e) => resolve(e)));
    await until(() => held.length === 2);
    later.abort(new Error("changed my mind"));
    const cbError = await viaCallback;
    await until(() => held[1].aborted);
    // A signal of a call that was answered changes nothing.
    const answeredSignal = new AbortController();
    const answered = ragent.send("hold", 5, { signal: answeredSignal.signal });
    await until(() => held.length === 3);
    held[2].reply(null, "five");
    const five = await answered;
    answeredSignal.abort();
    await new Promise((r) => setTimeout(r, 50));
    owner.close();
    asker.close();
    return {
      isReason: rejected === c.signal.reason,
      name: rejected.name,
      agentReason: [reason.name, reason.message],
      took,
      refused,
      named,
      heldCount: held.length,
      cb: cbError.message,
      secondAborted: held[1].aborted.name,
      five,
      thirdAborted: held[2].aborted,
    };
  }, web.relay.url);
  assert.equal(result.isReason, true, "rejected with signal.reason itself");
  assert.equal(result.name, "AbortError");
  assert.deepEqual(result.agentReason, ["AbortError", "cancelled"]);
  assert.equal(result.refused, "no thanks");
  assert.equal(result.named, "no thanks");
  assert.equal(result.heldCount, 3, "the pre-aborted calls never reached the agent");
  assert.equal(result.cb, "changed my mind");
  assert.equal(result.secondAborted, "AbortError");
  assert.equal(result.five, "five");
  assert.equal(result.thirdAborted, null, "an answered request's signal does not fire");
  // The late reply never reached the relay: it refused no packet.
  const metrics = await (await fetch(web.url("metrics"))).text();
  assert.match(metrics, /^ragentsd_refusals_total\{reason="packet"\} 0$/m);
  assert.deepEqual(page.errors, []);
});

test("a caller's timeout travels: the agent's ctx.signal fires with a TimeoutError, the caller gets ERR_TIMEOUT", async () => {
  const page = await cancelPage();
  const result = await page.page.evaluate(async (url) => {
    const { owner, asker, ragent, held } = await pair(url);
    const started = performance.now();
    const code = await ragent.send("hold", 1, { timeout: 300 }).catch((e) => e.code);
    await until(() => held[0]?.aborted);
    const at = performance.now() - started;
    owner.close();
    asker.close();
    return { code, name: held[0].aborted.name, at };
  }, web.relay.url);
  assert.equal(result.code, "ERR_TIMEOUT");
  assert.equal(result.name, "TimeoutError");
  assert.ok(result.at >= 290, `not before its time (${result.at} ms)`);
  assert.deepEqual(page.errors, []);
});

test("a caller that leaves for good aborts its requests' ctx.signal at the agent", async () => {
  const page = await cancelPage();
  const result = await page.page.evaluate(async (url) => {
    const { owner, asker, ragent, held } = await pair(url);
    ragent.send("hold", 1).catch(() => {});
    await until(() => held.length === 1);
    asker.close();
    await until(() => held[0].aborted);
    const reason = [held[0].aborted.name, held[0].aborted.message];
    owner.close();
    await new Promise((r) => setTimeout(r, 50));
    return reason;
  }, web.relay.url);
  assert.deepEqual(result, ["AbortError", "caller left"]);
  assert.deepEqual(page.errors, []);
});
