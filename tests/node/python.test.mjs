// Interop with an independent RFC 6455 implementation: Python's `websockets`
// runs a whole session against our relay (tests/python/session.py), with
// fragmented and large messages, pings, errors and the close handshake.
// `websockets` goes in a venv under the target directory, made once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { targetDir } from "../../scripts/setup.mjs";
import { root, startRelay } from "./relays.mjs";

const WEBSOCKETS = "17.4"; // needs Python 3.11 or later
const venv = join(targetDir, "python-venv");
const python = join(venv, "bin", "python");

function run(cmd, args, timeout = 120000) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", timeout });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? r.error.message : ""}` };
}

function must(cmd, args) {
  const r = run(cmd, args);
  assert.ok(r.ok, `${cmd} ${args.join(" ")} failed:\n${r.output}`);
}

let relay;
before(async () => {
  if (!existsSync(python)) must("python3", ["-m", "venv", venv]);
  const check = `import websockets; assert websockets.__version__ == "${WEBSOCKETS}", websockets.__version__`;
  if (!run(python, ["-c", check]).ok) {
    must(python, ["-m", "pip", "install", "--disable-pip-version-check", "-q", `websockets==${WEBSOCKETS}`]);
  }
  relay = await startRelay();
});
after(async () => assert.equal(await relay?.stop(), 0));

test(`a session through Python websockets ${WEBSOCKETS} (RFC 6455 framing)`, () => {
  const r = spawnSync(python, [join(root, "tests", "python", "session.py"), relay.url], {
    cwd: root,
    encoding: "utf8",
    timeout: 60000,
  });
  const output = `${r.stdout}${r.stderr}${r.error ? `\n${r.error.message}` : ""}`;
  assert.equal(r.status, 0, `session.py failed (status ${r.status}, signal ${r.signal}):\n${output}`);
  assert.match(r.stdout, /all steps passed/);
});
