// Load 4: the browser client in headless Chromium. One page, two sessions
// (an echo agent and a requester), round trips through one relay, for our
// bundle, the 1.0.0 bundle and the floor (plain WebSocket + JSON.parse).
// Main-thread CPU comes from the DevTools protocol (Performance.getMetrics).
import { copyFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { site } from "../tests/node/chromium.mjs";
import { root } from "../tests/node/relays.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * `others` adds bundles to compare ({name: path of a ragents-browser.js}),
 * e.g. a build of an earlier commit (`bench/compare.mjs`).
 */
export async function browserLoads({ total = 20_000, window = 32, rounds = 5, others = {} } = {}) {
  const bundles = {
    ours: join(root, "www", "ragents-browser.js"),
    old: join(root, "node_modules", "ragents", "www", "ragents-browser.js"),
    ...others,
  };
  const web = await site("ragents-bench-", (dir) => {
    copyFileSync(join(here, "floor.js"), join(dir, "floor.js"));
    copyFileSync(join(here, "client-bench.js"), join(dir, "client-bench.js"));
    for (const [name, file] of Object.entries(bundles)) {
      copyFileSync(file, join(dir, `${name}.js`));
      writeFileSync(join(dir, `${name}.html`), `<script src="${name}.js"></script><script src="client-bench.js"></script>`);
    }
    writeFileSync(join(dir, "floor.html"), `<script src="floor.js"></script>`);
  });
  const { relay, browser } = web;
  // The clients take turns, `rounds` times; each figure is the median of
  // its rounds (this machine's noise is ±20% from one run to the next).
  const clients = [["floor", "floorBench"], ...Object.keys(bundles).map((name) => [name, "clientBench"])];
  const runs = Object.fromEntries(clients.map(([name]) => [name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, fn] of clients) {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${relay.port}/${name}.html`);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Performance.enable");
        // A short warm-up, then the measured run.
        await page.evaluate(([f, url]) => window[f](url, 1000, 32), [fn, relay.url]);
        const task = async () =>
          (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
        const task0 = await task();
        const t0 = performance.now();
        await page.evaluate(([f, url, n, w]) => window[f](url, n, w), [fn, relay.url, total, window]);
        const seconds = (performance.now() - t0) / 1000;
        const cpu = (await task()) - task0;
        runs[name].push({ perSecond: total / seconds, cpuUsPer: (cpu * 1e6) / total });
        await page.close();
      }
    }
  } finally {
    await web.close();
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
