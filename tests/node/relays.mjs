// Starts relays for the Node tests: ours (the built ragentsd binary) and
// the original 1.0.0 relay from npm. Each returns { url, port, stop }.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { root, targetDir } from "../../scripts/setup.mjs";

export { root };

/** $RAGENTSD_PROFILE's binary, else the newer of release and debug (npm test builds debug; a release one may be stale). */
export function ragentsdPath() {
  const path = (profile) => join(targetDir, profile, "ragentsd");
  if (process.env.RAGENTSD_PROFILE) return path(process.env.RAGENTSD_PROFILE);
  const built = ["release", "debug"].map(path).filter((p) => existsSync(p));
  if (!built.length) throw new Error("no ragentsd binary: run `cargo build` first");
  return built.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitForLine(child, pattern, what) {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${seen}`)), 10000);
    child.stdout.on("data", (chunk) => {
      seen += chunk;
      const m = seen.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.on("exit", (code) => reject(new Error(`${what} exited with ${code}: ${seen}`)));
  });
}

function stopper(child) {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once("exit", (code) => resolve(code));
      child.kill("SIGTERM");
    });
}

/**
 * Our relay on a free port. Its log shows warnings and errors on stderr;
 * with `{ log: true }` it is kept at the default level (info) rather than
 * shown, and `log()` returns what it wrote so far. `env` adds to its
 * environment (an older build ignores the variables it does not know).
 */
export async function startRelay(args = [], { log = false, bin = ragentsdPath(), env = {} } = {}) {
  const [level, stderr] = log ? [[], "pipe"] : [["--log-level", "warn"], "inherit"];
  const options = { stdio: ["ignore", "pipe", stderr], env: { ...process.env, ...env } };
  const child = spawn(bin, ["-p", "0", ...level, ...args], options);
  let logged = "";
  child.stderr?.on("data", (chunk) => (logged += chunk));
  const m = await waitForLine(child, /ws:\/\/127\.0\.0\.1:(\d+)/, "ragentsd");
  const port = Number(m[1]);
  return { url: `ws://127.0.0.1:${port}`, port, child, stop: stopper(child), log: () => logged };
}

/** The original ragents-server@1.0.0 relay on a free port. */
export async function startOldRelay() {
  const port = await freePort();
  const script = join(root, "node_modules", "ragents-server", "lib", "ragentsd.js");
  const child = spawn(process.execPath, [script, "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await waitForLine(child, /server started/, "ragents-server@1.0.0");
  return { url: `ws://127.0.0.1:${port}`, port, child, stop: stopper(child) };
}

/**
 * The environment of a relay under a benchmark's load: every client comes
 * from one address, and one client may send far more than a person's
 * page; the packet rate is still checked on every packet, at a rate that
 * is never reached, so that its cost is measured.
 */
export const LOAD_ENV = { RAGENTSD_MAX_IP_CONNECTIONS: "0", RAGENTSD_MAX_PACKET_RATE: "100000000" };

/**
 * A NATS server (Debian's `nats-server`, which npm test installs) on a free
 * port, with `args` added to its command line: `{ url, port, stop, restart, child }`; `restart()` stops it and
 * starts it again on the same port; `child()` is its process now.
 */
export async function startNats(args = []) {
  const port = await freePort();
  let child;
  const start = async () => {
    const bin = existsSync("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server";
    child = spawn(bin, ["-a", "127.0.0.1", "-p", String(port), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    await new Promise((resolve, reject) => {
      let seen = "";
      const timer = setTimeout(() => reject(new Error(`nats-server did not start: ${seen}`)), 10000);
      const look = (chunk) => {
        seen += chunk;
        if (/Server is ready/.test(seen)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", look);
      child.stderr.on("data", look);
      child.on("exit", (code) => reject(new Error(`nats-server exited with ${code}: ${seen}`)));
    });
  };
  await start();
  const stop = () => stopper(child)();
  const restart = async () => (await stop(), await start());
  return { url: `nats://127.0.0.1:${port}`, port, stop, restart, child: () => child };
}
