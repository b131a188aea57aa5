// The clients' own main-thread CPU per round trip, without the network:
// each client's page runs bench/client-bench.js (or the floor) over
// bench/loopback.js, an in-page relay, and the whole run is main-thread
// work. Ours, 1.0.0's and the floor take turns; medians of the rounds.
// `npm run bench:loopback -- [rounds] [other ragents-browser.js ...]` (run
// `npm run build` first: it measures the built www/ragents-browser.js).
import { copyFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launch } from "../tests/node/pages.mjs";
import { OURS, OLD } from "./browser-load.mjs";

const here = dirname(fileURLToPath(import.meta.url));

export async function loopbackLoads({ total = 20_000, window = 32, rounds = 7, clients = [["floor", null], ["ours", OURS], ["old", OLD]] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "ragents-loopback-"));
  for (const f of ["loopback.js", "floor.js", "client-bench.js"]) copyFileSync(join(here, f), join(dir, f));
  for (const [name, file] of clients) {
    if (file) copyFileSync(file, join(dir, `${name}.js`));
    const scripts = file ? [`${name}.js`, "client-bench.js"] : ["floor.js"];
    writeFileSync(join(dir, `${name}.html`), ["loopback.js", ...scripts].map((s) => `<script src="${s}"></script>`).join("\n"));
  }
  const browser = await launch();
  const runs = Object.fromEntries(clients.map(([name]) => [name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, file] of clients) {
        const page = await browser.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e));
        await page.goto(pathToFileURL(join(dir, `${name}.html`)).href);
        const fn = file ? "clientBench" : "floorBench";
        const us = await page.evaluate(async ([fn, total, w]) => {
          await self[fn]("ws://loopback", 2000, w);
          const t0 = performance.now();
          await self[fn]("ws://loopback", total, w);
          return ((performance.now() - t0) * 1000) / total;
        }, [fn, total, window]);
        if (errors.length) throw errors[0];
        runs[name].push(us);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { usPer: median(list), all: list }]));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rounds = Number(process.argv[2] || 7);
  const extra = process.argv.slice(3).map((f, i) => [`alt${i}`, f]);
  const r = await loopbackLoads({ rounds, clients: [["floor", null], ["ours", OURS], ["old", OLD], ...extra] });
  const floor = r.floor.usPer;
  for (const [name, { usPer, all }] of Object.entries(r)) {
    const own = usPer - floor;
    console.log(`${name.padEnd(6)} ${usPer.toFixed(1).padStart(6)} µs/RT, over the floor ${own.toFixed(1).padStart(6)}` +
      (name !== "floor" ? `, ÷ 1.0.0 ${(usPer / r.old.usPer).toFixed(3)} (over floor ${(own / (r.old.usPer - floor)).toFixed(3)})` : "") +
      `  [${all.map((x) => x.toFixed(0)).join(" ")}]`);
  }
}
