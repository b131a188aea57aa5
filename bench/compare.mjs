// `npm run bench:compare -- [REV] [--rounds N] [--total N]`: the browser load for this
// tree's client and for the client of git revision REV (default: HEAD~1),
// taking turns in one run with the 1.0.0 client and the floor. What a change
// does to the client's speed, as ratios measured side by side.
import { execSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, run, root, toolEnv } from "../scripts/setup.mjs";
import { build } from "../scripts/build.mjs";
import { browserLoads, OURS, OLD } from "./browser-load.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const rounds = option("--rounds", 9);
const total = option("--total", 20_000);
const rev = args.find((a, k) => !a.startsWith("--") && !args[k - 1]?.startsWith("--")) ?? "HEAD~1";

setup({ browser: true });
const env = toolEnv();
run("cargo build --release --locked --bin ragentsd", { env });
process.env.RAGENTSD_PROFILE = "release";
await build({ env });
// The other revision's committed script-tag file.
const dir = mkdtempSync(join(tmpdir(), "ragents-compare-"));
const base = join(dir, "base.js");
writeFileSync(base, execSync(`git show ${rev}:www/ragents-browser.js`, { cwd: root, maxBuffer: 1 << 26 }));
try {
  // All through our relay: what the client does with the relay it ships with.
  const clients = [["floor", null, "ours"], ["ours", OURS, "ours"], ["base", base, "ours"], ["old", OLD, "ours"]];
  const r = await browserLoads({ total, rounds, clients });
  const f = (n, d = 2) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`\nbrowser load, median of ${rounds} rounds (${rev} = base)\n`);
  console.log("| client | round trips/s | main-thread CPU µs per round trip |\n| --- | --- | --- |");
  for (const name of ["floor", "ours", "base", "old"]) {
    console.log(`| ${name} | ${f(r[name].perSecond, 0)} | ${f(r[name].cpuUsPer, 1)} |`);
  }
  console.log(`\nours / base: round trips/s ${f(r.ours.perSecond / r.base.perSecond, 3)}, CPU ${f(r.ours.cpuUsPer / r.base.cpuUsPer, 3)}`);
  console.log(`ours / 1.0.0: round trips/s ${f(r.ours.perSecond / r.old.perSecond, 3)}, CPU ${f(r.ours.cpuUsPer / r.old.cpuUsPer, 3)}`);
  console.log(`base / 1.0.0: round trips/s ${f(r.base.perSecond / r.old.perSecond, 3)}, CPU ${f(r.base.cpuUsPer / r.old.cpuUsPer, 3)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
