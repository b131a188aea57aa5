// Load 4: the browser client in a browser engine (headless Chromium by
// default; Firefox and WebKit through WebDriver). One page, two sessions
// (an echo agent and a requester), round trips through a relay, for our
// bundle, the 1.0.0 bundle and the floor (plain WebSocket + JSON.parse).
// By default: the floor and our client (which batches) through our relay,
// and our client and 1.0.0's through the 1.0.0 relay (one packet per
// frame, the same relay for both). Main-thread CPU comes from the DevTools
// protocol (Performance.getMetrics), so only Chromium has it. `window: 1`
// is one call at a time: each send awaited before the next, the latency of
// a sequential round trip.
import { copyFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { site } from "../tests/node/pages.mjs";
import { LOAD_ENV, root, startOldRelay } from "../tests/node/relays.mjs";

const here = dirname(fileURLToPath(import.meta.url));

export const OURS = join(root, "www", "ragents-browser.js");
export const OLD = join(root, "node_modules", "ragents", "www", "ragents-browser.js");

/**
 * `clients`: [name, bundle (a ragents-browser.js, or null for the floor),
 * relay ("ours" or "old")] for each client measured.
 */
export async function browserLoads({
  engine = "chromium",
  total = 20_000,
  window = 32,
  rounds = 5,
  clients = [
    ["floor", null, "ours"],
    ["batched", OURS, "ours"],
    ["ours", OURS, "old"],
    ["old", OLD, "old"],
  ],
} = {}) {
  const bundles = Object.fromEntries(clients.filter(([, file]) => file).map(([name, file]) => [name, file]));
  const web = await site("ragents-bench-", (dir) => {
    copyFileSync(join(here, "floor.js"), join(dir, "floor.js"));
    copyFileSync(join(here, "client-bench.js"), join(dir, "client-bench.js"));
    for (const [name, file] of Object.entries(bundles)) {
      copyFileSync(file, join(dir, `${name}.js`));
      writeFileSync(join(dir, `${name}.html`), `<script src="${name}.js"></script><script src="client-bench.js"></script>`);
    }
    writeFileSync(join(dir, "floor.html"), `<script src="floor.js"></script>`);
  }, { env: LOAD_ENV, engine });
  const { relay, browser } = web;
  const oldRelay = clients.some(([, , r]) => r === "old") ? await startOldRelay() : null;
  const urls = { ours: relay.url, old: oldRelay?.url };
  // The clients take turns, `rounds` times; each figure is the median of
  // its rounds (this machine's noise is ±20% from one run to the next).
  const runs = Object.fromEntries(clients.map(([name]) => [name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, file, via] of clients) {
        const fn = file ? "clientBench" : "floorBench";
        const url = urls[via];
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${relay.port}/${name}.html`);
        const cdp = engine === "chromium" ? await page.context().newCDPSession(page) : null;
        await cdp?.send("Performance.enable");
        // A short warm-up, then the measured run, timed in the page.
        await page.evaluate(([f, url, w]) => window[f](url, 1000, w), [fn, url, window]);
        const task = async () =>
          cdp ? (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value : 0;
        const task0 = await task();
        const ms = await page.evaluate(async ([f, url, n, w]) => {
          const t0 = performance.now();
          await window[f](url, n, w);
          return performance.now() - t0;
        }, [fn, url, total, window]);
        const cpu = (await task()) - task0;
        runs[name].push({ perSecond: total / (ms / 1000), cpuUsPer: cdp ? (cpu * 1e6) / total : NaN });
        await page.close();
      }
    }
  } finally {
    await web.close();
    await oldRelay?.stop();
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const results = {};
  for (const [name, list] of Object.entries(runs)) {
    results[name] = {
      perSecond: median(list.map((r) => r.perSecond)),
      cpuUsPer: median(list.map((r) => r.cpuUsPer)),
      rounds: list.length,
    };
  }
  return results;
}
