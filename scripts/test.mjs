// `npm test`: installs what is missing, then runs every tier:
// 1-2. cargo test: the protocol core, and the real relay with real sockets;
// 3.   the wasm client in headless Chrome (wasm-bindgen-test), against our
//      relay and the 1.0.0 relay, both started here;
// 4.   Node tests: the 1.0.0 client against our relay, interop, a plain page
//      loading www/ragents-browser.js, and the npm package (pkg/, packed) in
//      Node, Deno, webpack, Vite and a script tag.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { setup, run, root, toolEnv } from "./setup.mjs";
import { build } from "./build.mjs";
import { startRelay, startOldRelay } from "../tests/node/relays.mjs";

setup({ browser: true, nats: true });
const env = toolEnv();

// Lints first: they are quick and fail fast.
run("cargo fmt --check", { env });
run("cargo clippy --locked --all-targets -- -D warnings", { env });
run("cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings", { env });
run("cargo test --locked", { env });
// The fuzz targets build and run a few seconds each, so that they cannot
// rot (`npm run fuzz` runs them for longer).
run("node scripts/fuzz.mjs --seconds 3", { env });
await build({ env });

// Browser tests: one build, both relays' URLs compiled in (option_env!).
const ours = await startRelay();
const old = await startOldRelay();
let status;
try {
  status = spawnSync(
    "cargo",
    ["test", "--locked", "--target", "wasm32-unknown-unknown", "--test", "browser"],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...env,
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: "wasm-bindgen-test-runner",
        CHROMEDRIVER: "/usr/bin/chromedriver",
        WASM_BINDGEN_TEST_TIMEOUT: "120",
        RAGENTS_RELAY_URL: ours.url,
        RAGENTS_OLD_RELAY_URL: old.url,
      },
    },
  ).status;
} finally {
  await ours.stop();
  await old.stop();
}
if (status !== 0) process.exit(status ?? 1);

const nodeTests = readdirSync(`${root}/tests/node`).filter((f) => f.endsWith(".test.mjs")).map((f) => `tests/node/${f}`);
run(`node --test --test-concurrency=1 ${nodeTests.join(" ")}`, { env });
