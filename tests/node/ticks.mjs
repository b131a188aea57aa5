// Issue 24's scenario, for one relay and for two relays of a cluster: page
// A's agent answers each `echo` 5 ms later and, in the same callback, emits
// `tick` with the request's number; page B sends 300 requests, four at a
// time, and listens to `tick`. Each page reaches its relay through a proxy
// of its own, which resets A's sockets, then B's, then both (an RST both
// ways each time). A also emits `down` each time its session says it is
// disconnected or reconnecting: then its socket is surely down, and the
// relay keeps its place, so each of those must arrive too (an emit that
// was refused there once lost the events of a session being resumed).
// Every answer and every event must arrive exactly once, every reconnect
// must resume, and the agent must keep its id.
import assert from "node:assert/strict";
import { inPage } from "./pages.mjs";
import { proxy } from "./proxy.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `site`: where the pages load from; `relayA`, `relayB`: `{port}` of the
 * relays pages A and B reach (through a proxy each). */
export async function ticksThroughCuts({ site, relayA, relayB }) {
  const key = "ticks-" + Math.random();
  const [toA, toB] = [await proxy(relayA.port), await proxy(relayB.port)];
  const options = { key, reconnect: { minDelay: 20, maxDelay: 100 } };
  try {
    const a = await inPage(site, async (options) => {
      const s = await ragents.createSession(options);
      const reconnects = [], downs = [];
      s.on("reconnect", (r) => { window.reconnected = reconnects.push(r.resumed); });
      const agent = await s.createAgent({ name: "ticker", title: "t" });
      const id = agent.info.id;
      agent.receive("echo", (n, reply) => setTimeout(() => {
        reply(null, n);
        agent.emit("tick", n);
      }, 5));
      const down = () => {
        downs.push(agent.emit("down", downs.length));
        window.downsMade = downs.length;
      };
      s.on("disconnect", down);
      s.on("reconnecting", down);
      window.step = 1;
      await until(() => window.done, 60000);
      s.close();
      return { id, after: agent.info.id, reconnects, downs };
    }, { ...options, url: toA.url });
    await a.at(1);
    const b = await inPage(site, async (options) => {
      const s = await ragents.createSession(options);
      const reconnects = [], destroyed = [];
      s.on("reconnect", (r) => { window.reconnected = reconnects.push(r.resumed); });
      s.on("ragentDestroyed", (r) => destroyed.push(r.info.id));
      const remote = (await s.getRemoteAgents()).find((r) => r.info.name === "ticker");
      const heard = [], downs = [];
      remote.on("tick", (n) => heard.push(n));
      remote.on("down", (n) => downs.push(n));
      window.step = 1;
      const answers = [], failures = [];
      let next = 0;
      const caller = async () => {
        while (next < 300) {
          const n = next++;
          await remote.send("echo", n).then((v) => answers.push([n, v]), (e) => failures.push([n, e.code]));
        }
      };
      await Promise.all([caller(), caller(), caller(), caller()]);
      // The test says how many A emitted while down, once the cuts are over.
      await until(() => window.downsWanted !== undefined, 20000);
      await until(() => heard.length >= 300 && downs.length >= window.downsWanted, 5000).catch(() => {});
      await new Promise((r) => setTimeout(r, 200)); // nothing more comes
      s.close();
      return { answers, failures, heard, downs, reconnects, destroyed };
    }, { ...options, url: toB.url });
    await b.at(1);
    // Each cut once the sessions it cuts are back from the last.
    const back = (p) => p.page.page.evaluate(() => window.reconnected ?? 0);
    const pages = new Map([[toA, a], [toB, b]]);
    for (const cut of [[toA], [toB], [toA, toB]]) {
      await sleep(50 + Math.random() * 80);
      const before = await Promise.all(cut.map((p) => back(pages.get(p))));
      cut.forEach((p) => p.cut());
      for (const [i, p] of cut.entries()) {
        for (const t = Date.now(); (await back(pages.get(p))) <= before[i]; await sleep(10)) {
          if (Date.now() - t > 10000) throw new Error("a session did not come back in 10 s");
        }
      }
    }
    const downsMade = await a.page.page.evaluate(() => window.downsMade ?? 0);
    await b.page.page.evaluate((n) => { window.downsWanted = n; }, downsMade);
    const rb = await b.running;
    await a.page.page.evaluate(() => { window.done = true; });
    const ra = await a.running;
    console.log(`ticks: ${rb.answers.length} answers, ${rb.heard.length} ticks, ${rb.downs.length} of ${ra.downs.length} events emitted while down; reconnects A ${ra.reconnects.join()}, B ${rb.reconnects.join()}`);
    assert.deepEqual(rb.failures, [], "nothing failed");
    assert.deepEqual(rb.answers.map(([n]) => n).sort((x, y) => x - y), [...Array(300).keys()], "each answered once");
    assert.ok(rb.answers.every(([n, v]) => n === v), "each with its own answer");
    assert.deepEqual([...rb.heard].sort((x, y) => x - y), [...Array(300).keys()], "each tick heard exactly once");
    assert.ok(ra.downs.length >= 4, `A emitted ${ra.downs.length} times while down`);
    assert.ok(ra.downs.every((sent) => sent === true), "an emit while the place is kept is taken: " + ra.downs);
    assert.deepEqual(rb.downs, [...Array(ra.downs.length).keys()], "each event emitted while down heard once, in order");
    assert.deepEqual([ra.reconnects.length, rb.reconnects.length], [2, 2], "each side back from each cut");
    assert.ok([...ra.reconnects, ...rb.reconnects].every((r) => r === true), "every reconnect resumed");
    assert.equal(ra.after, ra.id, "the agent kept its id");
    assert.deepEqual(rb.destroyed, [], "B saw no agent go");
    assert.deepEqual([...a.page.errors, ...b.page.errors], []);
  } finally {
    await toA.close();
    await toB.close();
  }
}
