// `npm test`: installs what is missing, then runs every tier:
// 1-2. cargo test: the protocol core, and the real relay with real sockets;
// 3.   the wasm client (wasm-bindgen-test) in each engine: Chromium,
//      Firefox and WebKit (tests/node/engines.mjs), against our relay and
//      the 1.0.0 relay, both started here; and the Rust client's API in
//      the browser, against our relay;
// 4.   Node tests: the 1.0.0 client against our relay, interop, a plain page
//      loading www/ragents-browser.js, and the npm package (pkg/, packed) in
//      Node, Deno, webpack, Vite and a script tag; then the page tests of
//      what differs between engines again in Firefox and WebKit.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { setup, setupGeckodriver, run, root, toolEnv } from "./setup.mjs";
import { build } from "./build.mjs";
import { startRelay, startOldRelay } from "../tests/node/relays.mjs";
import { ENGINES, runnerEnv, startXvfb } from "../tests/node/engines.mjs";

setup({ browser: true, nats: true, engines: true });
setupGeckodriver();
const env = toolEnv();

// Lints first: they are quick and fail fast.
run("cargo fmt --check", { env });
run("cargo clippy --locked --all-targets --features rust-client -- -D warnings", { env });
run("cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings", { env });
run("cargo clippy --locked --lib --tests --target wasm32-unknown-unknown --features rust-client -- -D warnings", { env });
// With the Rust client (feature rust-client) and the `ragents` command
// line: their tests, and the crate's doc examples, against a real relay.
run("cargo test --locked --features rust-client", { env });
// The fuzz targets build and run a few seconds each, so that they cannot
// rot (`npm run fuzz` runs them for longer).
run("node scripts/fuzz.mjs --seconds 3", { env });
await build({ env });

// Browser tests: one build, both relays' URLs compiled in (option_env!),
// run in each engine.
const ours = await startRelay();
const old = await startOldRelay();
const xvfb = await startXvfb();
let status = 0;
try {
  // The script's client (`browser`), and the Rust client in the browser
  // (`rust_web`, feature rust-client).
  const suites = [["--test", "browser"], ["--features", "rust-client", "--test", "rust_web"]];
  for (const engine of ENGINES) {
    for (const suite of suites) {
      console.log(`$ (${engine}) cargo test --target wasm32-unknown-unknown ${suite.join(" ")}`);
      status = spawnSync(
        "cargo",
        ["test", "--locked", "--target", "wasm32-unknown-unknown", ...suite],
        {
          cwd: root,
          stdio: "inherit",
          env: runnerEnv(engine, xvfb.display)({
            ...env,
            CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: "wasm-bindgen-test-runner",
            WASM_BINDGEN_TEST_TIMEOUT: "120",
            RAGENTS_RELAY_URL: ours.url,
            RAGENTS_OLD_RELAY_URL: old.url,
          }),
        },
      ).status;
      if (status !== 0) break;
    }
    if (status !== 0) break;
  }
} finally {
  await ours.stop();
  await old.stop();
  await xvfb.stop();
}
if (status !== 0) process.exit(status ?? 1);

const nodeTests = readdirSync(`${root}/tests/node`).filter((f) => f.endsWith(".test.mjs")).map((f) => `tests/node/${f}`);
run(`node --test --test-concurrency=1 ${nodeTests.join(" ")}`, { env });

// The page tests whose subject differs between engines, in Firefox and
// WebKit too (tests/node/pages.mjs drives them through WebDriver): the
// script tag and the README samples, the end of a session (free(), socket
// resets, late replies), resuming across cuts, worker agents, cancels,
// streams, and the listeners that say what a page hears.
const inEveryEngine = ["page", "lifecycle", "resume", "workers", "cancel", "streams", "interest"].map((f) => `tests/node/${f}.test.mjs`);
const display = await startXvfb();
try {
  for (const engine of ENGINES.filter((e) => e !== "chromium")) {
    run(`node --test --test-concurrency=1 ${inEveryEngine.join(" ")}`, {
      env: { ...env, RAGENTS_ENGINE: engine, DISPLAY: display.display },
    });
  }
} finally {
  await display.stop();
}
