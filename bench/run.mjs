// `npm run bench [-- --quick]`: builds in release, starts our relay and the
// 1.0.0 relay, runs each load against both (and the browser load for our
// client, the 1.0.0 client and the floor), then prints a table and writes
// BENCHMARKS.md and bench/ratios.svg. Every figure is compared within this
// one run; --quick runs smaller loads (to catch regressions by ratio).
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync, inflateSync } from "node:zlib";
import { execSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { setup, run, root, targetDir, toolEnv } from "../scripts/setup.mjs";
import { build } from "../scripts/build.mjs";
import { LOAD_ENV, startRelay, startOldRelay, startNats } from "../tests/node/relays.mjs";
import { roundTrips, fanOut, idle } from "./relay-loads.mjs";
import { browserLoads, OURS, OLD } from "./browser-load.mjs";
import { ENGINES, startXvfb } from "../tests/node/engines.mjs";
import { loopbackLoads } from "./loopback.mjs";
import { chunkCost, eventCost, stalledStreams, streamPages } from "./stream-loads.mjs";
import { interestLoads, clusterInterest } from "./interest-loads.mjs";
import { rustCallers } from "./rust-callers.mjs";

const quick = process.argv.includes("--quick");
const scale = quick ? 0.1 : 1;
process.env.RAGENTSD_PROFILE = "release";

setup({ browser: true, nats: true, engines: true });
const env = toolEnv();
run("cargo build --release --locked --bin ragentsd", { env });
run("cargo build --release --locked --features rust-client --example caller", { env });
await build({ env });

async function relayLoads(start) {
  const relay = await start();
  const pid = relay.child.pid;
  try {
    return {
      rr: await roundTrips(relay.url, pid, { total: 100_000 * scale }),
      fan: await fanOut(relay.url, pid, { events: 20_000 * scale }),
      idle: await idle(relay.url, pid, { connections: 5000 * scale }),
    };
  } finally {
    await relay.stop();
  }
}

console.log("relay loads: ours");
const ours = await relayLoads(() => startRelay([], { env: LOAD_ENV }));
console.log("relay loads: 1.0.0");
const old = await relayLoads(startOldRelay);
console.log("idle 10,000: ours");
const big = await (async () => {
  const relay = await startRelay([], { env: LOAD_ENV });
  try {
    return await idle(relay.url, relay.child.pid, { connections: quick ? 2000 : 10_000 });
  } finally {
    await relay.stop();
  }
})();
// Three relays on one NATS: a round trip whose caller and agent are on
// different relays, and events fanned out to listeners on all three; CPU
// summed over the relays and nats-server.
console.log("cluster loads: three relays on NATS");
const cluster = await (async () => {
  const nats = await startNats();
  const relays = [];
  try {
    for (let n = 0; n < 3; n++) relays.push(await startRelay(["--nats", nats.url], { env: LOAD_ENV }));
    const pids = [nats.child().pid, ...relays.map((r) => r.child.pid)];
    return {
      rr: await roundTrips(relays[0].url, pids, { total: 100_000 * scale, callers: relays[1].url }),
      local: await roundTrips(relays[0].url, pids, { total: 100_000 * scale }),
      fan: await fanOut(relays[0].url, pids, { events: 20_000 * scale, listenAt: relays.map((r) => r.url) }),
      interest: await clusterInterest(relays, { emits: 10_000 }),
    };
  } finally {
    for (const r of relays) await r.stop();
    await nats.stop();
  }
})();
// Streams (issue 27): the relay's CPU per chunk beside its CPU per event
// with one listener, its memory with callers that stopped reading, and two
// pages streaming beside the floor.
console.log("stream loads");
const streams = await (async () => {
  const relay = await startRelay([], { env: LOAD_ENV });
  const pid = relay.child.pid;
  try {
    return {
      chunk: await chunkCost(relay.url, pid, { total: 100_000 * scale }),
      event: await eventCost(relay.url, pid, { total: 100_000 * scale }),
      echoed: await eventCost(relay.url, pid, { total: 100_000 * scale, echo: true }),
      stalled: await stalledStreams(relay.url, pid, { streams: 100 }),
    };
  } finally {
    await relay.stop();
  }
})();
// Interest (issue 28): an agent's events to 100 clients that each listen
// to one of its 10 names, beside all hearing all, and the firehose with
// interest beside today's.
console.log("interest loads");
const interest = await (async () => {
  const relay = await startRelay([], { env: LOAD_ENV });
  try {
    return await interestLoads(relay.url, relay.child.pid, { emits: 20_000 * scale });
  } finally {
    await relay.stop();
  }
})();
// The Rust client (issue 30): a native caller beside the 1.0.0 Node
// client's, through our relay.
console.log("rust callers");
const callers = await (async () => {
  const relay = await startRelay([], { env: LOAD_ENV });
  try {
    return await rustCallers(relay.url, { total: 50_000 * scale, rounds: quick ? 1 : 3, targetDir });
  } finally {
    await relay.stop();
  }
})();
const streamBrowser = await streamPages({ small: 20_000 * scale, large: 1000 * scale, rounds: quick ? 1 : 3 });
console.log("browser loads");
const browser = await browserLoads({ total: 20_000 * scale });
// The other engines (WebKit on an Xvfb of its own), and in each engine one
// call at a time: each send awaited before the next, as most pages call.
const display = await startXvfb();
process.env.DISPLAY = display.display;
const engines = {};
for (const engine of ENGINES) {
  engines[engine] = {
    load: engine === "chromium" ? browser : await browserLoads({ engine, total: 20_000 * scale }),
    seq: await browserLoads({
      engine,
      total: 2000 * scale,
      window: 1,
      clients: [["ours", OURS, "ours"], ["old", OLD, "ours"], ["oursOld", OURS, "old"], ["oldOld", OLD, "old"]],
    }),
  };
}
await display.stop();
// The same round trips with an in-page stand-in for the socket and the
// 1.0.0 relay (bench/loopback.js): the clients' own work, with nothing
// else on the machine in the way.
const loop = await loopbackLoads({ total: 20_000 * scale, rounds: quick ? 3 : 7 });

const size = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const ourBundle = size(join(root, "www", "ragents-browser.js"));
const oldBundle = size(join(root, "node_modules", "ragents", "www", "ragents-browser.js"));
// The wasm as the script carries it (deflated in zlib's wrapper, then base64; its imports
// renamed by the build).
const inlined = readFileSync(join(root, "www", "ragents-browser.js"), "utf8").match(/"([A-Za-z0-9+/=]{10000,})"/);
const wasmBytes = inflateSync(Buffer.from(inlined[1], "base64")).length;

const f = (n, d = 1) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const i = (n) => Math.round(n).toLocaleString("en-US");
const ratio = (a, b) => a / b;

// [what, ours, 1.0.0, ratio, target, met]
const rows = [
  ["relay: round trips/s", i(ours.rr.perSecond), i(old.rr.perSecond), f(ratio(ours.rr.perSecond, old.rr.perSecond), 2) + "x", "", ""],
  ["relay: round trip p50 / p99 (ms)", `${f(ours.rr.p50ms, 2)} / ${f(ours.rr.p99ms, 2)}`, `${f(old.rr.p50ms, 2)} / ${f(old.rr.p99ms, 2)}`, "", "", ""],
];
const target = (what, o, b, max, fmt = f) => {
  const r = o / b;
  rows.push([what, fmt(o), fmt(b), f(r, 3), `≤ ${max}`, r <= max ? "yes" : "NO"]);
  return { what, ratio: r, max };
};
const chart = [
  target("relay: CPU µs per round trip", ours.rr.cpuUsPer, old.rr.cpuUsPer, 0.1, (n) => f(n, 2)),
];
rows.push(["relay: of which user / kernel µs per round trip", `${f(ours.rr.userUsPer, 2)} / ${f(ours.rr.sysUsPer, 2)}`,
  `${f(old.rr.userUsPer, 2)} / ${f(old.rr.sysUsPer, 2)}`, f(ours.rr.userUsPer / old.rr.userUsPer, 3) + " (user)", "", ""]);
chart.push(
  target("relay: CPU µs per delivered event", ours.fan.cpuUsPer, old.fan.cpuUsPer, 0.1, (n) => f(n, 3)),
);
rows.push(["relay: events delivered/s (lost)", `${i(ours.fan.perSecond)} (${ours.fan.lost})`, `${i(old.fan.perSecond)} (${old.fan.lost})`, "", "lost = 0", ours.fan.lost === 0 ? "yes" : "NO"]);
const memRow = ["relay: memory per idle connection (KiB)", f(ours.idle.bytesPer / 1024, 2), f(old.idle.bytesPer / 1024, 2),
  f(ours.idle.bytesPer / old.idle.bytesPer, 3), "≤ 4 KiB", ours.idle.bytesPer <= 4096 ? "yes" : "NO"];
rows.push(memRow);
chart.push({ what: "relay: memory per idle connection", ratio: ours.idle.bytesPer / old.idle.bytesPer, max: 4096 / old.idle.bytesPer });
rows.push([`relay: ${i(big.connections)} idle connections (RSS MiB, all served)`, `${f(big.rssMiB)} (${big.allAnswered ? "yes" : "NO"})`, "", "", "", big.allAnswered ? "yes" : "NO"]);
rows.push(["cluster: round trips/s, caller and agent on two relays of three on NATS", i(cluster.rr.perSecond), i(old.rr.perSecond),
  f(ratio(cluster.rr.perSecond, old.rr.perSecond), 2) + "x", "", ""]);
rows.push(["cluster: round trip p50 / p99 (ms), two relays", `${f(cluster.rr.p50ms, 2)} / ${f(cluster.rr.p99ms, 2)}`, `${f(old.rr.p50ms, 2)} / ${f(old.rr.p99ms, 2)}`, "", "", ""]);
rows.push(["cluster: CPU µs per round trip, two relays (relays + NATS summed)", f(cluster.rr.cpuUsPer, 2), f(old.rr.cpuUsPer, 2),
  f(ratio(cluster.rr.cpuUsPer, old.rr.cpuUsPer), 3), "", ""]);
rows.push(["cluster: round trips/s and CPU µs, caller and agent on one relay of the cluster", `${i(cluster.local.perSecond)}, ${f(cluster.local.cpuUsPer, 2)}`,
  "", `${f(cluster.local.cpuUsPer / ours.rr.cpuUsPer, 3)} of one relay's CPU`, "", ""]);
rows.push(["cluster: events delivered/s over three relays (lost), CPU µs per delivery", `${i(cluster.fan.perSecond)} (${cluster.fan.lost}), ${f(cluster.fan.cpuUsPer, 3)}`,
  `${i(old.fan.perSecond)} (${old.fan.lost}), ${f(old.fan.cpuUsPer, 3)}`, "", "lost = 0", cluster.fan.lost === 0 ? "yes" : "NO"]);
// One packet per frame, both clients through the 1.0.0 relay.
const rtRatio = browser.ours.perSecond / browser.old.perSecond;
rows.push(["browser: round trips/s, one packet per frame (1.0.0 relay)", i(browser.ours.perSecond), i(browser.old.perSecond),
  f(rtRatio, 3), "≥ 1", rtRatio >= 1 ? "yes" : "NO"]);
chart.push({ what: "browser: round trips/s, 1.0.0 relay (inverted)", ratio: 1 / rtRatio, max: 1 });
chart.push(target("browser: main-thread CPU µs per round trip (1.0.0 relay)", browser.ours.cpuUsPer, browser.old.cpuUsPer, 1, (n) => f(n)));
rows.push(["browser, in-page loopback: main-thread µs per round trip (floor: " + f(loop.floor.usPer) + ")", f(loop.ours.usPer), f(loop.old.usPer),
  f(loop.ours.usPer / loop.old.usPer, 3), "", ""]);
// Our client with our relay: several packets per frame, against the floor
// (one WebSocket message per packet) through the same relay.
const floorShare = browser.batched.perSecond / browser.floor.perSecond;
rows.push(["browser: round trips/s, ours with our relay (batched) ÷ floor (" + i(browser.floor.perSecond) + ")", i(browser.batched.perSecond), "",
  f(floorShare, 2) + "× floor", "≥ 1.5× floor", floorShare >= 1.5 ? "yes" : "NO"]);
rows.push(["browser: main-thread CPU µs per round trip, ours with our relay (floor: " + f(browser.floor.cpuUsPer) + ")", f(browser.batched.cpuUsPer), "", "", "", ""]);
chart.push({ what: "browser: batched round trips/s, share of floor (inverted)", ratio: 1 / floorShare, max: 1 / 1.5 });
const names = { chromium: "Chromium", firefox: "Firefox", webkit: "WebKit" };
for (const engine of ENGINES.filter((e) => e !== "chromium")) {
  const { load } = engines[engine];
  const r = load.ours.perSecond / load.old.perSecond;
  rows.push([`browser (${names[engine]}): round trips/s, one packet per frame (1.0.0 relay)`, i(load.ours.perSecond), i(load.old.perSecond),
    f(r, 3), "≥ 1", r >= 1 ? "yes" : "NO"]);
  const share = load.batched.perSecond / load.floor.perSecond;
  rows.push([`browser (${names[engine]}): round trips/s, ours with our relay (batched) ÷ floor (${i(load.floor.perSecond)})`, i(load.batched.perSecond), "",
    f(share, 2) + "× floor", "≥ 1.5× floor", share >= 1.5 ? "yes" : "NO"]);
}
for (const engine of ENGINES) {
  const { seq } = engines[engine];
  const us = (c) => 1e6 / c.perSecond;
  for (const [via, o, b] of [["our relay", seq.ours, seq.old], ["the 1.0.0 relay", seq.oursOld, seq.oldOld]]) {
    chart.push(target(`browser (${names[engine]}): one call at a time, µs per round trip, through ${via}`, us(o), us(b), 1, (n) => f(n, 0)));
  }
}
{
  const { small, large, abort } = streamBrowser;
  const smallShare = small.ours / small.floor;
  rows.push([`streams (browser): 100-byte chunks/s, agent page to caller page through our relay ÷ floor (${i(small.floor)} events/s, one message each)`,
    i(small.ours), "", f(smallShare, 2) + "× floor", "≥ 1.5× floor", smallShare >= 1.5 ? "yes" : "NO"]);
  const mb = (n) => (n * 65536) / 1e6;
  const largeShare = large.ours / large.floor;
  rows.push([`streams (browser): 64 KiB chunks, MB/s ÷ floor (${f(mb(large.floor))} MB/s)`, f(mb(large.ours)), "",
    f(largeShare, 2) + "× floor", "≥ 0.8× floor", largeShare >= 0.8 ? "yes" : "NO"]);
  const stalled = streams.stalled;
  rows.push([`streams (relay): memory growth with ${stalled.streams} streams of 64 KiB chunks whose callers stopped reading (MiB)`, f(stalled.growthMiB), "", "",
    `≤ ${f(stalled.boundMiB, 0)} (100 × 32 × 64 KiB + 16 MiB)`, stalled.growthMiB <= stalled.boundMiB ? "yes" : "NO"]);
  const abortShare = abort.p50ms / abort.rttP50ms;
  rows.push([`streams (browser): abort() in the caller's page to ctx.signal in the agent's, p50 ms (round trip p50: ${f(abort.rttP50ms, 2)} ms)`,
    f(abort.p50ms, 2), "", f(abortShare, 2) + "× round trip", "≤ 1 round trip", abortShare <= 1 ? "yes" : "NO"]);
  // Per event delivered: an event to one listener, from an emitter that
  // agreed to interest as our client does, is one packet in and one out,
  // as a chunk is.
  const perDelivery = streams.event.cpuUsPer;
  const cpuShare = streams.chunk.cpuUsPer / perDelivery;
  rows.push([`streams (relay): CPU µs per chunk ÷ per event delivery (${f(perDelivery, 2)} µs; one listener; both batched as our client batches)`,
    f(streams.chunk.cpuUsPer, 2), "", f(cpuShare, 2), "≤ 1.5", cpuShare <= 1.5 ? "yes" : "NO"]);
  // The figure as first measured: an emitter that did not agree to interest
  // hears its own events, so each event read is delivered twice.
  const echoed = streams.chunk.cpuUsPer / streams.echoed.cpuUsPer;
  rows.push([`streams (relay): the same ÷ per delivery when the emitter hears its own events too (${f(streams.echoed.cpuUsPer, 2)} µs; two deliveries per event read)`,
    f(streams.chunk.cpuUsPer, 2), "", f(echoed, 2), "", ""]);
}
{
  const { selective, everyone, allNames } = interest;
  const packets = selective.perEmit / everyone.perEmit;
  rows.push([`interest (relay): packets delivered per emit, 100 clients each listening to 1 of 10 names ÷ all hearing all (${f(everyone.perEmit, 1)}; lost ${selective.lost + everyone.lost})`,
    f(selective.perEmit, 2), "", f(packets, 3), "≤ 0.12", packets <= 0.12 ? "yes" : "NO"]);
  const cpu = selective.cpuUsPerEmit / everyone.cpuUsPerEmit;
  rows.push([`interest (relay): CPU µs per emit in that load, emitting as fast as the socket takes, ÷ all hearing all (${f(everyone.cpuUsPerEmit, 2)} µs)`,
    f(selective.cpuUsPerEmit, 2), "", f(cpu, 3), "≤ 0.25", cpu <= 0.25 ? "yes" : "NO"]);
  const { pacedSelective: ps, pacedEveryone: pe } = interest;
  const paced = ps.cpuUsPerEmit / pe.cpuUsPerEmit;
  rows.push([`interest (relay): the same, paced (each event read and written alone; idle CPU taken off) ÷ all hearing all (${f(pe.cpuUsPerEmit, 1)} µs)`,
    f(ps.cpuUsPerEmit, 1), "", f(paced, 3), "≤ 0.25", paced <= 0.25 ? "yes" : "NO"]);
  const tax = allNames.cpuUsPerDelivery / everyone.cpuUsPerDelivery;
  rows.push([`interest (relay): CPU µs per delivered event, 100 clients listening to all 10 names ÷ 100 that did not ask, today's path (${f(everyone.cpuUsPerDelivery, 3)} µs)`,
    f(allNames.cpuUsPerDelivery, 3), "", f(tax, 3), "≤ 1.05", tax <= 1.05 ? "yes" : "NO"]);
  const c = cluster.interest;
  rows.push([`interest (cluster): NATS messages received by a relay whose clients listen to nothing, 10,000 events emitted (the listening relay: ${i(c.listening)}, heard ${i(c.heard)})`,
    i(c.deaf), "", "", "0", c.deaf === 0 ? "yes" : "NO"]);
}
{
  const { rust, old, window } = callers;
  const speed = rust.perSecond / old.perSecond;
  rows.push([`Rust client (native): round trips/s through our relay, ${window} in flight, ÷ the 1.0.0 Node client's`,
    i(rust.perSecond), i(old.perSecond), f(speed, 2), "≥ 1", speed >= 1 ? "yes" : "NO"]);
  const cpu = rust.cpuUsPer / old.cpuUsPer;
  rows.push(["Rust client (native): the caller's CPU µs per round trip ÷ the 1.0.0 Node client's",
    f(rust.cpuUsPer, 2), f(old.cpuUsPer, 2), f(cpu, 2), "≤ 1", cpu <= 1 ? "yes" : "NO"]);
}
rows.push(["size: ragents-browser.js (bytes)", i(ourBundle.raw), i(oldBundle.raw), f(ourBundle.raw / oldBundle.raw, 2), "", ""]);
const gzTarget = target("size: ragents-browser.js gzipped (bytes)", ourBundle.gz, oldBundle.gz, 1, i);
chart.push(gzTarget);
rows.push(["size: the wasm, inlined in the script (bytes)", i(wasmBytes), "", "", "", ""]);

const header = ["what", "ours", "1.0.0", "ratio", "target", "met"];
const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
console.log("\n" + table + "\n");

const machine = [
  `${cpus().length} × ${cpus()[0]?.model?.trim()}`,
  `${f(totalmem() / 2 ** 30, 0)} GiB`,
  `Node ${process.version}`,
  execSync("rustc --version").toString().trim(),
  execSync("/usr/bin/chromium --version 2>/dev/null || true").toString().trim(),
  execSync("/usr/bin/firefox-esr --version 2>/dev/null || true").toString().trim(),
  "WebKitGTK " + execSync("dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null || true").toString().trim(),
].join("; ");

writeFileSync(join(root, "bench", "ratios.svg"), svg(chart));
writeFileSync(join(root, "BENCHMARKS.md"), `# Benchmarks

Every figure below comes from one run of \`npm run bench${quick ? " -- --quick" : ""}\`
(${new Date().toISOString().slice(0, 10)}), our relay and client side by side with
\`ragents-server@1.0.0\` and \`ragents@1.0.0\` on the same machine: ${machine}.
Absolute times drift on a shared machine; the ratios are what to compare.

![ratios to 1.0.0](bench/ratios.svg)

${table}

How each row is measured (code in \`bench/\`):

1. Request/response: 8 pairs of raw-frame clients (agent owner, requester) in one
   session, 16 requests in flight per pair, ${i(100_000 * scale)} round trips, 64-byte bodies.
   Relay CPU is the relay process's user+sys time (all threads, from
   \`/proc/PID/task/*/schedstat\`) over the run, divided by the round trips.
2. Event fan-out: one agent emits ${i(20_000 * scale)} events to 16 listening clients;
   deliveries counted at the listeners.
3. Idle connections: ${i(5000 * scale)} connected clients, 100 per session; the relay's
   resident memory (VmRSS) after minus before, per connection. Then
   ${i(big.connections)} connections to our relay, and one request per session answered.
4. Browser: headless Chromium, one page, two sessions (an echo agent and a
   requester), ${i(20_000 * scale)} round trips with 32 in flight: our
   \`www/ragents-browser.js\` and the 1.0.0 one through the 1.0.0 relay (one
   packet per frame, the same relay for both); our client through our relay
   (which agrees to several packets per frame) beside the floor (plain
   WebSocket and \`JSON.parse\`, one message per packet, \`bench/floor.js\`)
   through our relay. CPU is the page's main-thread TaskDuration from the
   DevTools protocol. The clients take turns for 5 rounds and each figure is
   the median of its rounds: single runs on this machine vary by ±20%, the
   floor's too. The same in Firefox ESR and WebKitGTK (MiniBrowser on an
   Xvfb), driven through WebDriver, which has no CPU figure. And in each
   engine, one call at a time (each \`send\` awaited before the next),
   ${i(2000 * scale)} round trips: ours and 1.0.0's through our relay, and
   through the 1.0.0 relay.
5. Cluster: \`nats-server\` and three of our relays started with \`--nats\`.
   The request/response load with the agents' owners on one relay and the
   requesters on another; again with both on one relay of the cluster;
   and the fan-out with the 16 listeners spread over the three relays.
   CPU is summed over the three relays and nats-server.
6. Streams: in the relay (raw clients that batch, as ours do), one agent
   streams ${i(100_000 * scale)} chunks of 100 bytes to a caller that grants
   as our client does for chunks that small (32, then 1024 ahead: 512 more
   for each 512 read), each burst the credit
   allows in one frame, against the same number of 100-byte events emitted
   16 to a frame to one listener by an emitter that agreed to interest, as
   ours does (one delivery each), and again by one that did not (each
   delivered to the listener and back to its emitter); and 100 callers of 64 KiB
   chunks, each granting 32, whose sockets stop reading, with the relay's
   resident memory before and after it stops growing. In the browser, two
   pages of headless Chromium through our relay: an agent that answers with
   \`reply.write\` and a caller reading \`ragent.stream()\` (${i(20_000 * scale)}
   chunks of 100 bytes, ${i(1000 * scale)} of 64 KiB), beside the floor: plain
   WebSockets, the producer's chunks sent as events as fast as its socket
   takes them, one message each, relayed the same way; medians of
   ${quick ? 1 : 3} rounds. And 200 times: a request held by the agent,
   \`abort()\` in the caller's page, and the time until the agent's
   \`ctx.signal\` fires, on the pages' common clock, beside the pair's round trip.
7. The Rust client: \`examples/caller.rs\` (release) and the same caller with
   the 1.0.0 Node client (\`bench/old-caller.cjs\`), each a process of its
   own, calling \`echo\` of a raw agent through our relay, ${i(50_000 * scale)} calls
   with 16 in flight, taking turns, medians of ${quick ? 1 : 3} rounds; the
   CPU is the caller's process's alone.
8. Size: gzip level 9.

${readNotes()}`);

function readNotes() {
  try {
    return readFileSync(join(root, "bench", "NOTES.md"), "utf8");
  } catch {
    return "";
  }
}

function svg(items) {
  const w = 720, rowH = 46, left = 330, scaleMax = Math.max(1.2, ...items.map((c) => c.ratio)) * 1.05;
  const x = (v) => left + ((w - left - 20) * v) / scaleMax;
  const h = 60 + items.length * rowH;
  const bars = items.map((c, k) => {
    const y = 40 + k * rowH;
    const ok = c.ratio <= c.max;
    return `<text x="${left - 8}" y="${y + 17}" text-anchor="end">${c.what.replace(/&/g, "&amp;")}</text>
<rect x="${left}" y="${y + 4}" width="${Math.max(1, x(c.ratio) - left)}" height="18" fill="${ok ? "#2a7" : "#d54"}"/>
<text x="${x(c.ratio) + 4}" y="${y + 17}">${c.ratio.toFixed(3)}</text>
<line x1="${x(c.max)}" x2="${x(c.max)}" y1="${y}" y2="${y + 26}" stroke="#333" stroke-dasharray="3,2"/>`;
  }).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="20" font-size="14">ratios to 1.0.0 (batched browser row: to the floor), lower is better; dashed: target, green: met</text>
<line x1="${x(1)}" x2="${x(1)}" y1="30" y2="${h - 10}" stroke="#999"/>
<text x="${x(1) + 3}" y="${h - 12}" fill="#666">1.0.0</text>
${bars}
</svg>
`;
}
