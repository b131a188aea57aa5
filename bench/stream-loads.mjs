// The streams of the benchmark (issue 27). Relay side, with raw clients
// over `ws`: the relay's CPU per chunk, and its memory with callers that
// stopped reading. Browser side, two pages through our relay: chunks/s of
// 100-byte and 64 KiB chunks beside the floor (plain WebSocket events, one
// message per chunk, relayed the same way), and the time from `abort()` in
// the caller's page to the agent's `ctx.signal` beside a round trip.
import { copyFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { connect, cpuNs, rssBytes } from "./relay-loads.mjs";
import { site } from "../tests/node/pages.mjs";
import { LOAD_ENV, root } from "../tests/node/relays.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const STREAMS = { cancel: true, streams: true };

/** Calls `f` with each packet of a frame (a batch is an array). */
const each = (f) => (p) => (Array.isArray(p) ? p.forEach((q) => f(q)) : f(p));

/** Connects as our client does (batches, cancels, streams), creates agent
 * "gen" when `agent`, and hands every packet to `onPacket`. */
async function ourLike(url, key, onPacket, agent = false, extra = {}) {
  let created;
  const made = new Promise((r) => (created = r));
  const ws = await connect(url, key, each((p) => {
    if (p.type === "response" && p.name === "createAgent") created(p.body.id);
    else onPacket(p);
  }), { ...STREAMS, batch: true, ...extra });
  if (!agent) return { ws };
  ws.send(JSON.stringify({ type: "request", name: "createAgent", to: "server", id: "c", body: { name: "gen", title: "bench" } }));
  return { ws, agent: await made };
}

/**
 * A raw agent of session `key` whose "gen" streams `n` chunks of `body`
 * (JSON text) within its caller's credit, then answers: what it may send at
 * once goes in one frame, as our client sends what one task writes.
 */
async function rawProducer(url, key, body) {
  const streams = new Map();
  let ws;
  const pump = (s) => {
    const batch = [];
    while (s.credit > 0 && s.sent < s.n) {
      batch.push(`{"type":"chunk","from":"${s.agent}","id":${JSON.stringify(s.id)},"body":${body}}`);
      s.credit--;
      s.sent++;
    }
    if (s.sent === s.n && !s.done) {
      s.done = true;
      batch.push(JSON.stringify({ type: "response", from: s.agent, id: s.id, body: s.n }));
    }
    if (batch.length) ws.send(batch.length === 1 ? batch[0] : "[" + batch.join(",") + "]");
  };
  const made = await ourLike(url, key, (p) => {
    if (p.type === "request") {
      const s = { agent: p.to, id: p.id, n: p.body, credit: p.stream ?? 0, sent: 0, done: false };
      streams.set(p.id, s);
      pump(s);
    } else if (p.type === "credit") {
      const s = streams.get(p.id);
      if (s) (s.credit += p.n), pump(s);
    }
  }, true);
  ws = made.ws;
  return made;
}

/** Relay CPU per chunk: one raw agent streams `total` 100-byte chunks to a
 * raw caller that grants as our client does for chunks this small (32 at
 * first; having read 16, enough for 1024 ahead; then 512 per 512 read),
 * both batching as our client does. */
export async function chunkCost(url, pid, { total = 100_000 } = {}) {
  const key = "chunks-" + Math.random();
  const body = JSON.stringify({ pad: "x".repeat(88) });
  const producer = await rawProducer(url, key, body);
  let got = 0, finish;
  const done = new Promise((r) => (finish = r));
  const { ws: caller } = await ourLike(url, key, (p) => {
    if (p.type === "chunk") {
      const n = ++got === 16 ? 16 + 1024 - 32 : got > 16 && (got - 16) % 512 === 0 ? 512 : 0;
      if (n) caller.send(JSON.stringify({ type: "credit", to: producer.agent, id: "s", n }));
    } else if (p.type === "response") finish();
  });
  await sleep(100);
  const cpu0 = cpuNs(pid);
  const t0 = performance.now();
  caller.send(JSON.stringify({ type: "request", name: "gen", to: producer.agent, id: "s", body: total, stream: 32 }));
  await done;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuNs(pid) - cpu0;
  caller.close();
  producer.ws.close();
  return { chunks: got, perSecond: got / seconds, cpuUsPer: cpu / 1000 / got };
}

/** Relay CPU per event delivery, the same way: one raw agent emits `total`
 * 100-byte events, 16 to a frame, to one listener; both batch, as our
 * client does. An emitter that agreed to interest, as our client does,
 * hears nothing back: one delivery an event, as a chunk has. With `echo`,
 * it did not agree (as a 1.0.0 client), and hears its own events too: two
 * deliveries an event, for one packet read. */
export async function eventCost(url, pid, { total = 100_000, echo = false } = {}) {
  const key = "events-" + Math.random();
  const emitter = await ourLike(url, key, () => {}, true, echo ? {} : { interest: true });
  let got = 0, finish;
  const done = new Promise((r) => (finish = r));
  await ourLike(url, key, (p) => {
    if (p.type === "event" && p.name === "tick" && ++got === total) finish();
  });
  await sleep(100);
  const frame = `{"type":"event","name":"tick","from":"${emitter.agent}","body":${JSON.stringify({ pad: "x".repeat(88) })}}`;
  const sixteen = "[" + Array(16).fill(frame).join(",") + "]";
  const cpu0 = cpuNs(pid);
  const t0 = performance.now();
  for (let n = 0; n < total; n += 16) {
    emitter.ws.send(sixteen);
    if (n % 512 === 496) await new Promise((r) => setImmediate(r));
  }
  await done;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuNs(pid) - cpu0;
  emitter.ws.close();
  const deliveries = echo ? 2 * got : got;
  return { deliveries, perSecond: got / seconds, cpuUsPer: cpu / 1000 / deliveries };
}

/**
 * The relay's memory with `streams` streams of 64 KiB chunks whose callers
 * stopped reading (their sockets paused): the agent fills each caller's
 * credit (32 chunks), then the relay holds what the callers do not take.
 */
export async function stalledStreams(url, pid, { streams = 100, credit = 32, size = 64 << 10 } = {}) {
  const key = "stalled-" + Math.random();
  const body = JSON.stringify("x".repeat(size - 2));
  const producer = await rawProducer(url, key, body);
  const callers = [];
  for (let i = 0; i < streams; i++) {
    const c = await connect(url, key, null, STREAMS);
    c.setMaxListeners?.(0);
    callers.push(c);
  }
  await sleep(300);
  global.gc?.();
  const before = rssBytes(pid);
  for (const [i, c] of callers.entries()) {
    c._socket.pause(); // it reads nothing more
    c.send(JSON.stringify({ type: "request", name: "gen", to: producer.agent, id: "s" + i, body: 1_000_000, stream: credit }));
  }
  // Until the relay's memory stops growing.
  let last = 0, now = rssBytes(pid);
  for (let i = 0; i < 50 && now !== last; i++) {
    await sleep(200);
    [last, now] = [now, rssBytes(pid)];
  }
  const growth = rssBytes(pid) - before;
  for (const c of callers) c.terminate();
  producer.ws.close();
  return { streams, growthMiB: growth / 2 ** 20, boundMiB: (streams * credit * size) / 2 ** 20 + 16 };
}

/**
 * Two pages of headless Chromium through our relay: ours (an agent
 * streaming with `reply.write`, a caller reading `ragent.stream`) and the
 * floor (plain WebSocket, the producer's chunks as events, one message
 * each), for each chunk size; then abort-to-signal against a round trip.
 */
export async function streamPages({ small = 20_000, large = 1000, rounds = 3 } = {}) {
  const web = await site("ragents-stream-bench-", (dir) => {
    copyFileSync(join(root, "www", "ragents-browser.js"), join(dir, "ragents-browser.js"));
    copyFileSync(join(here, "stream-bench.js"), join(dir, "stream-bench.js"));
    writeFileSync(join(dir, "index.html"), `<script src="ragents-browser.js"></script><script src="stream-bench.js"></script>`);
  }, { env: LOAD_ENV });
  const { relay, browser } = web;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const runs = { small: { ours: [], floor: [] }, large: { ours: [], floor: [] } };
  let abort;
  try {
    const producer = await browser.newPage();
    const consumer = await browser.newPage();
    for (const p of [producer, consumer]) await p.goto(`http://127.0.0.1:${relay.port}/index.html`);
    for (let round = 0; round < rounds; round++) {
      for (const [which, n, size] of [["small", small, 100], ["large", large, 64 << 10]]) {
        for (const kind of ["floor", "ours"]) {
          const key = `${kind}-${which}-${round}-${Math.random()}`;
          await producer.evaluate(([f, url, key, size]) => window[f](url, key, size), [`${kind}Producer`, relay.url, key, size]);
          const ms = await consumer.evaluate(([f, url, key, n]) => window[f](url, key, n), [`${kind}Consumer`, relay.url, key, n]);
          await producer.evaluate(() => window.stopProducer());
          runs[which][kind].push(n / (ms / 1000));
        }
      }
    }
    // abort() in the caller's page to ctx.signal in the agent's, and round
    // trips of the same pair, on one clock (the pages' timeOrigin).
    const key = "abort-" + Math.random();
    await producer.evaluate(([url, key]) => window.abortAgent(url, key), [relay.url, key]);
    const { aborts, trips } = await consumer.evaluate(([url, key]) => window.abortCaller(url, key, 200), [relay.url, key]);
    const fired = await producer.evaluate(() => window.abortedAt);
    const latencies = aborts.map((t0, i) => fired[i] - t0);
    abort = { p50ms: median(latencies), rttP50ms: median(trips) };
    await producer.close();
    await consumer.close();
  } finally {
    await web.close();
  }
  const per = (which, kind) => median(runs[which][kind]);
  return {
    small: { ours: per("small", "ours"), floor: per("small", "floor") },
    large: { ours: per("large", "ours"), floor: per("large", "floor") },
    abort,
  };
}
