// The Rust client's caller beside the 1.0.0 Node client's (issue 30): each
// a process of its own (examples/caller.rs, bench/old-caller.cjs) calling
// `echo` of one agent through our relay, the same number of calls in
// flight; a raw agent answers in this process for both. Their round trips
// per second, and the CPU each caller's process spent per round trip,
// taking turns.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { connect, cpuNs } from "./relay-loads.mjs";
import { root } from "../tests/node/relays.mjs";

/** A raw agent named `name` of session `key`: answers each request with
 * its body. */
async function echoAgent(url, key, name) {
  let created, ws;
  const made = new Promise((r) => (created = r));
  ws = await connect(url, key, (p) => {
    if (p.type === "response" && p.id === "c") created();
    else if (p.type === "request") ws.send(JSON.stringify({ type: "response", from: p.to, id: p.id, body: p.body }));
  });
  ws.send(JSON.stringify({ type: "request", name: "createAgent", to: "server", id: "c", body: { name } }));
  await made;
  return ws;
}

/** Runs one caller (`command`, `args`): its ms and CPU µs for `total` calls. */
async function oneCaller(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const line = async () => (await lines.next()).value;
  if ((await line()) !== "ready") throw new Error(`${command} did not start`);
  const cpu0 = cpuNs(child.pid);
  child.stdin.write("go\n");
  const { ms } = JSON.parse(await line());
  const cpu = cpuNs(child.pid) - cpu0;
  child.stdin.end();
  await new Promise((r) => child.on("exit", r));
  return { ms, cpuUs: cpu / 1000 };
}

/** `rounds` turns of each caller, `total` calls each, `window` in flight:
 * the medians of round trips/s and caller CPU µs per round trip. */
export async function rustCallers(url, { total = 50_000, window = 16, rounds = 3, targetDir } = {}) {
  const key = "callers-" + Math.random();
  const agent = await echoAgent(url, key, "echoer");
  const rust = join(targetDir, "release", "examples", "caller");
  const callers = {
    rust: [rust, [url, key, "echoer", String(total), String(window)]],
    old: [process.execPath, [join(root, "bench", "old-caller.cjs"), url, key, "echoer", String(total), String(window)]],
  };
  const runs = { rust: [], old: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [who, [command, args]] of Object.entries(callers)) runs[who].push(await oneCaller(command, args));
  }
  agent.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const figures = (rs) => ({
    perSecond: median(rs.map((r) => total / (r.ms / 1000))),
    cpuUsPer: median(rs.map((r) => r.cpuUs / total)),
  });
  return { total, window, rust: figures(runs.rust), old: figures(runs.old) };
}
