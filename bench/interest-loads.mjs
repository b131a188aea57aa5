// Events only where someone listens (issue 28), with raw clients over `ws`
// against real relays. One agent emits 10 event names in turn, one event a
// frame (as the fan-out load of relay-loads.mjs), to 100 clients: each listening to one name (interest), or all hearing every
// event as 1.0.0's clients do; the relay's packets delivered and CPU per
// emit of each. The firehose: 100 clients that listen to all 10 names with
// interest beside 100 that did not ask (today's path), CPU per delivered
// event. And three relays on NATS: the NATS messages a relay whose clients
// listen to nothing receives while 10,000 events are emitted on another.
import { connect, cpuNs } from "./relay-loads.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NAMES = Array.from({ length: 10 }, (_, i) => "e" + i);

/** Calls `f` with each packet of a frame (a batch is an array). */
const each = (f) => (p) => (Array.isArray(p) ? p.forEach((q) => f(q)) : f(p));

/** A server request of a client that batches: resolves with its response. */
function serverCall(ws, name, body, id) {
  return new Promise((resolve) => {
    const listener = (data) => {
      const p = [JSON.parse(data)].flat().find((q) => q.type === "response" && q.id === id);
      if (p) {
        ws.off("message", listener);
        resolve(p);
      }
    };
    ws.on("message", listener);
    ws.send(JSON.stringify({ type: "request", name, to: "server", id, body }));
  });
}

/**
 * `clients` clients of a fresh session on `urls` (in turn), and one agent
 * on `urls[0]` that emits `emits` events, naming the 10 names in turn.
 * `listen(i)`: the names client `i` listens to, or null for a client that
 * does not ask for interest (1.0.0's). Every client batches, as ours does.
 * Returns packets delivered per emit and the relay CPU (µs, summed over
 * `pids`) per emit and per delivered event.
 */
export async function emitTo(urls, pids, { clients = 100, emits = 20_000, listen, paced = false }) {
  const key = "interest-" + Math.random();
  const emitter = await connect(urls[0], key, null, { batch: true, interest: true });
  const agent = (await serverCall(emitter, "createAgent", { name: "emitter", title: "bench" }, "c")).body.id;
  let delivered = 0;
  const conns = [];
  for (let i = 0; i < clients; i++) {
    const names = listen(i);
    const ws = await connect(urls[i % urls.length], key, each((p) => {
      if (p.type === "event" && p.from === agent) delivered++;
    }), names ? { batch: true, interest: true } : { batch: true });
    for (const [n, event] of (names ?? []).entries()) await serverCall(ws, "listen", { agent, event }, "l" + n);
    conns.push(ws);
  }
  await sleep(200);
  const expected = Array.from({ length: clients }, (_, i) => listen(i))
    .reduce((sum, names) => sum + (names ? names.length / NAMES.length : 1), 0) * emits;
  const frames = NAMES.map((name) =>
    `{"type":"event","name":"${name}","from":"${agent}","body":${JSON.stringify({ pad: "x".repeat(52) })}}`);
  const cpuNow = () => pids.reduce((s, pid) => s + cpuNs(pid), 0);
  const cpu0 = cpuNow();
  const t0 = performance.now();
  for (let n = 0; n < emits; n++) {
    emitter.send(frames[n % NAMES.length]);
    // Paced: an event every 0.2 ms or so, each read and written alone (the
    // relay's CPU while idle as long is taken off); else as fast as the
    // socket takes them, and the relay writes each client once per read.
    if (paced) await sleep(0);
    else if (n % 500 === 499) await new Promise((r) => setImmediate(r));
  }
  for (let waited = 0; delivered < expected && waited < 120_000; waited += 10) await sleep(10);
  let cpu = cpuNow() - cpu0;
  if (paced) {
    const idle0 = cpuNow();
    await sleep(performance.now() - t0);
    cpu -= cpuNow() - idle0;
  }
  [emitter, ...conns].forEach((c) => c.close());
  return {
    perEmit: delivered / emits,
    cpuUsPerEmit: cpu / 1000 / emits,
    cpuUsPerDelivery: cpu / 1000 / delivered,
    lost: Math.round(expected - delivered),
  };
}

/** The selective load and 1.0.0's beside it, then the firehose both ways. */
export async function interestLoads(url, pid, { emits = 20_000 } = {}) {
  const one = (i) => [NAMES[i % NAMES.length]];
  return {
    selective: await emitTo([url], [pid], { emits, listen: one }),
    everyone: await emitTo([url], [pid], { emits, listen: () => null }),
    allNames: await emitTo([url], [pid], { emits, listen: () => NAMES }),
    pacedSelective: await emitTo([url], [pid], { emits: emits / 4, listen: one, paced: true }),
    pacedEveryone: await emitTo([url], [pid], { emits: emits / 4, listen: () => null, paced: true }),
  };
}

/** `ragentsd_cluster_messages_in_total` of the relay at `port`. */
async function messagesIn(port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(text.match(/^ragentsd_cluster_messages_in_total (\d+)/m)?.[1] ?? NaN);
}

/**
 * Three relays on NATS: the agent on the first, a client listening to one
 * name on the second, a client listening to nothing on the third; `emits`
 * events. The NATS messages each of the second and third received meanwhile.
 */
export async function clusterInterest(relays, { emits = 10_000 } = {}) {
  const key = "interest-cluster-" + Math.random();
  const [a, b, c] = relays;
  const emitter = await connect(a.url, key, null, { batch: true, interest: true });
  const agent = (await serverCall(emitter, "createAgent", { name: "emitter", title: "bench" }, "c")).body.id;
  let heard = 0;
  const listener = await connect(b.url, key, each((p) => {
    if (p.type === "event" && p.from === agent) heard++;
  }), { batch: true, interest: true });
  const deaf = await connect(c.url, key, null, { batch: true, interest: true });
  // Each relay of the cluster learns the session's agents before it listens.
  await serverCall(listener, "getAgents", null, "g");
  await serverCall(deaf, "getAgents", null, "g");
  await serverCall(listener, "listen", { agent, event: NAMES[0] }, "l");
  await sleep(300);
  const before = [await messagesIn(b.port), await messagesIn(c.port)];
  const frames = NAMES.map((name) => `{"type":"event","name":"${name}","from":"${agent}","body":{"n":1}}`);
  for (let n = 0; n < emits; n += 10) {
    emitter.send("[" + frames.join(",") + "]");
    if (n % 500 === 490) await new Promise((r) => setImmediate(r));
  }
  for (let waited = 0; heard < emits / 10 && waited < 60_000; waited += 10) await sleep(10);
  await sleep(300);
  const after = [await messagesIn(b.port), await messagesIn(c.port)];
  [emitter, listener, deaf].forEach((ws) => ws.close());
  // (Heartbeats are not counted among messages in.)
  return { heard, listening: after[0] - before[0], deaf: after[1] - before[1] };
}
