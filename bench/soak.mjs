// The soak (`npm run soak [-- --seconds N --workers N --sessions N]`): our
// relay on loopback under thousands of raw clients in many sessions, with
// sustained requests and events and churn: clients leave and come back,
// and every few seconds a whole client process is killed (-9) mid-request
// and replaced. It reports throughput, latency, requests lost (sent by a
// client that stayed, neither answered nor failed: must be 0), and the
// relay's memory over time; once every client left, the relay must hold no
// connection, session, agent or request, and its memory must come back.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { LOAD_ENV, startRelay } from "../tests/node/relays.mjs";
import { rssBytes, cpuNs } from "./relay-loads.mjs";

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = arg("seconds", 120);
const workers = arg("workers", 4);
const sessions = arg("sessions", 120);
const settings = {
  sessions,
  owners: 1, // per session and process
  requesters: 4,
  rate: 1, // requests per requester per second
  churn: 10, // clients per process per second that leave and come back
};
const killEvery = arg("kill-every", 10) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mib = (b) => (b / 2 ** 20).toFixed(1);

const relay = await startRelay([], { env: LOAD_ENV });
const pid = relay.child.pid;
const metrics = async () => {
  const text = await (await fetch(`http://127.0.0.1:${relay.port}/metrics`)).text();
  const value = (name) => Number(text.match(new RegExp(`^${name} (\\S+)`, "m"))?.[1]);
  return Object.fromEntries(
    ["connections", "sessions", "agents", "requests_in_flight"].map((n) => [n, value(`ragentsd_${n}`)]),
  );
};

const totals = { sent: 0, answered: 0, failed: 0, abandoned: 0, events: 0, connects: 0, unexpected: 0, lost: 0 };
const errors = {};
let latencies = [];
let processes = 0;
const live = new Set();
const finals = [];

function spawnWorker() {
  const w = fork(fileURLToPath(new URL("./soak-worker.mjs", import.meta.url)), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  live.add(w);
  w.on("message", (m) => {
    for (const [k, v] of Object.entries(m.counts)) totals[k] += v;
    for (const [k, v] of Object.entries(m.errors)) errors[k] = (errors[k] ?? 0) + v;
    latencies.push(...m.latencies);
    if (m.final) {
      totals.lost += m.lost;
      finals.push(m);
    }
  });
  w.on("exit", () => live.delete(w));
  w.send({ start: { url: relay.url, prefix: "soak", ...settings } });
  processes++;
  return w;
}

const baseline = rssBytes(pid);
for (let i = 0; i < workers; i++) spawnWorker();
await sleep(5000);
const started = { rss: rssBytes(pid), cpu: cpuNs(pid), t: performance.now(), ...totals };
const samples = [];
let killed = 0;
let nextKill = performance.now() + killEvery;
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  await sleep(1000);
  samples.push({ t: Math.round((performance.now() - started.t) / 1000), rss: rssBytes(pid), ...(await metrics()) });
  if (performance.now() >= nextKill) {
    const victim = [...live][Math.floor(Math.random() * live.size)];
    victim.kill("SIGKILL");
    killed++;
    spawnWorker();
    nextKill += killEvery;
  }
}
const loaded = { rss: rssBytes(pid), cpu: cpuNs(pid), t: performance.now(), ...totals };
for (const w of live) w.send({ stop: true });
while (live.size) await sleep(100);
await sleep(1000);
const after = { rss: rssBytes(pid), ...(await metrics()) };
await relay.stop();

const sorted = latencies.sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1);
const elapsed = (loaded.t - started.t) / 1000;
const peak = Math.max(...samples.map((s) => s.rss));
const rows = {
  "seconds under load": elapsed.toFixed(0),
  "client processes (killed -9)": `${processes} (${killed})`,
  "connections at once (peak)": Math.max(...samples.map((s) => s.connections)),
  sessions: settings.sessions,
  "connects (incl. churn)": totals.connects,
  "requests/s answered": ((loaded.answered - started.answered) / elapsed).toFixed(0),
  "events/s delivered": ((loaded.events - started.events) / elapsed).toFixed(0),
  "latency p50 / p99 (ms)": `${pct(50)} / ${pct(99)}`,
  "requests sent": totals.sent,
  answered: totals.answered,
  "failed with an error": `${totals.failed} ${JSON.stringify(errors)}`,
  "abandoned (their client left)": totals.abandoned,
  "lost (must be 0)": totals.lost,
  "unexpected closes": totals.unexpected,
  "relay CPU per answered request, all its work included (µs)": ((loaded.cpu - started.cpu) / 1000 / (loaded.answered - started.answered)).toFixed(1),
  "relay RSS: before / loaded (start, peak, end) / after (MiB)": `${mib(baseline)} / ${mib(started.rss)}, ${mib(peak)}, ${mib(loaded.rss)} / ${mib(after.rss)}`,
  "left in the relay after (connections, sessions, agents, requests)": `${after.connections}, ${after.sessions}, ${after.agents}, ${after.requests_in_flight}`,
};
console.table(rows);
const every = Math.max(1, Math.floor(samples.length / 12));
console.log("relay RSS over time (s: MiB):", samples.filter((_, i) => i % every === 0).map((s) => `${s.t}: ${mib(s.rss)}`).join(", "));
const leaks = after.connections + after.sessions + after.agents + after.requests_in_flight;
if (totals.lost > 0 || leaks > 0 || totals.unexpected > 0) {
  console.log("FAILED: requests lost, unexpected closes, or state left in the relay");
  process.exit(1);
}
