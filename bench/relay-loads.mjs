// The relay loads of the benchmark, run against any relay URL with the
// relay's pid for its CPU time and memory: request/response round trips,
// event fan-out, idle connections. Clients are raw frames over `ws`.
import WebSocket from "ws";
import { readFileSync, readdirSync } from "node:fs";

/** CPU time of a process (or of several: an array of pids) so far, in ns (all threads). */
export function cpuNs(pid) {
  if (Array.isArray(pid)) return pid.reduce((sum, p) => sum + cpuNs(p), 0);
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // the thread ended meanwhile
    }
  }
  return total;
}

/** [user, system] CPU time of a process (or several) so far, in µs (10 ms resolution). */
export function userSysUs(pid) {
  if (Array.isArray(pid)) {
    return pid.map(userSysUs).reduce(([u, s], [u1, s1]) => [u + u1, s + s1], [0, 0]);
  }
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime are fields 14 and 15 of the whole line, in 1/100 s.
  return [Number(fields[11]) * 1e4, Number(fields[12]) * 1e4];
}

/** Resident memory of a process, in bytes. */
export function rssBytes(pid) {
  const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return Number(m[1]) * 1024;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A connected raw client: resolves once the relay accepted `connect`. */
export function connect(url, key, onPacket, extra = {}) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, "ragents-protocol", { perMessageDeflate: false });
    let open = false;
    ws.on("open", () =>
      ws.send(JSON.stringify({ type: "request", name: "connect", to: "server", id: "0", body: { key, ...extra } })));
    ws.on("message", (data) => {
      const p = JSON.parse(data);
      if (!open) {
        if (p.name === "connect" && p.id === "0" && !p.error) {
          open = true;
          resolve(ws);
        } else reject(new Error("connect refused: " + data));
        return;
      }
      onPacket?.(p, data);
    });
    ws.on("error", reject);
  });
}

/** Sends a server request and waits for its response. */
export function serverCall(ws, name, body, id) {
  return new Promise((resolve) => {
    const listener = (data) => {
      const p = JSON.parse(data);
      if (p.type === "response" && p.id === id) {
        ws.off("message", listener);
        resolve(p);
      }
    };
    ws.on("message", listener);
    ws.send(JSON.stringify({ type: "request", name, to: "server", id, body }));
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/**
 * Load 1: request/response round trips through the relay; with `callers`,
 * the requesters connect there (another relay of a cluster) and `pid` may
 * list every process whose CPU counts.
 */
export async function roundTrips(url, pid, { pairs = 8, window = 16, total = 100_000, callers = url } = {}) {
  const key = "rr-" + Math.random();
  const body = JSON.stringify({ pad: "x".repeat(52) }); // 64 bytes
  const perPair = Math.ceil(total / pairs);
  const owners = [];
  for (let i = 0; i < pairs; i++) {
    let agentId;
    const owner = await connect(url, key, (p) => {
      if (p.type === "request" && p.to === agentId) {
        owner.send(`{"type":"response","name":"echo","from":"${agentId}","id":${JSON.stringify(p.id)},"body":${JSON.stringify(p.body)}}`);
      }
    });
    agentId = (await serverCall(owner, "createAgent", { name: "echo" + i, title: "bench" }, "c")).body.id;
    owners.push({ owner, agentId });
  }
  const latencies = [];
  const [user0, sys0] = userSysUs(pid);
  const cpu0 = cpuNs(pid);
  const t0 = performance.now();
  await Promise.all(owners.map(async ({ agentId }, i) => {
    const sent = new Map();
    let next = 0;
    let done = 0;
    let finish;
    const finished = new Promise((r) => (finish = r));
    const requester = await connect(callers, key, (p) => {
      if (p.type !== "response" || !sent.has(p.id)) return;
      latencies.push(performance.now() - sent.get(p.id));
      sent.delete(p.id);
      if (++done === perPair) return finish();
      if (next < perPair) send();
    });
    const send = () => {
      const id = `r${i}-${next++}`;
      sent.set(id, performance.now());
      requester.send(`{"type":"request","name":"echo","to":"${agentId}","id":"${id}","body":${body}}`);
    };
    // On another relay, the agent is known once the session's first list is.
    if (callers !== url) await serverCall(requester, "getAgents", null, "g");
    for (let w = 0; w < window; w++) send();
    await finished;
    requester.close();
  }));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuNs(pid) - cpu0;
  const [user1, sys1] = userSysUs(pid);
  owners.forEach(({ owner }) => owner.close());
  latencies.sort((a, b) => a - b);
  const count = perPair * pairs;
  return {
    count,
    perSecond: count / seconds,
    p50ms: percentile(latencies, 50),
    p99ms: percentile(latencies, 99),
    cpuUsPer: cpu / 1000 / count,
    userUsPer: (user1 - user0) / count,
    sysUsPer: (sys1 - sys0) / count,
  };
}

/** Load 2: one agent emits events to many listening clients (spread over `listenAt`, relays of a cluster). */
export async function fanOut(url, pid, { listeners = 16, events = 20_000, listenAt = [url] } = {}) {
  const key = "fan-" + Math.random();
  const emitter = await connect(url, key);
  const agentId = (await serverCall(emitter, "createAgent", { name: "emitter", title: "bench" }, "c")).body.id;
  const counts = new Array(listeners).fill(0);
  let finish;
  const allDone = new Promise((r) => (finish = r));
  let complete = 0;
  const clients = [];
  for (let i = 0; i < listeners; i++) {
    clients.push(await connect(listenAt[i % listenAt.length], key, (p) => {
      if (p.type === "event" && p.from === agentId && ++counts[i] === events && ++complete === listeners) finish();
    }));
  }
  // Each relay of a cluster listens to the session once its first list is made.
  if (listenAt.length > 1) await Promise.all(clients.map((c, i) => serverCall(c, "getAgents", null, "g" + i)));
  await sleep(100);
  const body = JSON.stringify({ pad: "x".repeat(52) });
  const frame = `{"type":"event","name":"tick","from":"${agentId}","body":${body}}`;
  const cpu0 = cpuNs(pid);
  const t0 = performance.now();
  for (let n = 0; n < events; n++) {
    emitter.send(frame);
    if (n % 500 === 499) await new Promise((r) => setImmediate(r));
  }
  const timedOut = await Promise.race([allDone.then(() => false), sleep(120_000).then(() => true)]);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuNs(pid) - cpu0;
  const delivered = counts.reduce((a, b) => a + b, 0);
  [emitter, ...clients].forEach((c) => c.close());
  return {
    deliveries: delivered,
    perSecond: delivered / seconds,
    cpuUsPer: cpu / 1000 / delivered,
    lost: listeners * events - delivered,
    timedOut,
  };
}

/** Load 3: many connected, idle clients; the relay's memory per connection. */
export async function idle(url, pid, { connections = 5000, perSession = 100, resume = false } = {}) {
  await sleep(200);
  const before = rssBytes(pid);
  const clients = [];
  for (let i = 0; i < connections; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(connections, i + 100); j++) {
      batch.push(connect(url, "idle-" + Math.floor(j / perSession), undefined, resume ? { resume: true } : {}));
    }
    clients.push(...(await Promise.all(batch)));
  }
  await sleep(500);
  const after = rssBytes(pid);
  // Everyone is still served: one request per session answers.
  const sample = clients.filter((_, i) => i % perSession === 0);
  const answers = await Promise.all(sample.map((c, i) => serverCall(c, "getAgents", null, "g" + i)));
  clients.forEach((c) => c.terminate());
  await sleep(300);
  return {
    connections,
    bytesPer: (after - before) / connections,
    rssMiB: after / 1048576,
    allAnswered: answers.every((a) => Array.isArray(a.body)),
  };
}
