// `node bench/relay-compare.mjs OLD_RAGENTSD [NEW_RAGENTSD] [--rounds N]`:
// the relay's CPU per round trip (raw clients, one packet per frame, no
// resuming) for two ragentsd binaries, taking turns, medians. For checking
// by hand what a relay change costs the hot path; `npm run bench` has the
// figures against 1.0.0.
import { join } from "node:path";
import { roundTrips } from "./relay-loads.mjs";
import { LOAD_ENV, root, startRelay } from "../tests/node/relays.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--rounds");
const rounds = at >= 0 ? Number(args[at + 1]) : 5;
const bins = args.filter((a, k) => !a.startsWith("--") && args[k - 1] !== "--rounds");
if (bins.length === 1) bins.push(join(root, "target", "release", "ragentsd"));

const results = bins.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, bin] of bins.entries()) {
    const relay = await startRelay([], { bin, env: LOAD_ENV });
    const rr = await roundTrips(relay.url, relay.child.pid, { total: 50_000 });
    await relay.stop();
    results[i].push(rr.cpuUsPer);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
bins.forEach((bin, i) => console.log(`${bin}: ${median(results[i]).toFixed(2)} µs relay CPU per round trip (${results[i].map((x) => x.toFixed(2)).join(", ")})`));
console.log(`ratio: ${(median(results[1]) / median(results[0])).toFixed(3)}`);
