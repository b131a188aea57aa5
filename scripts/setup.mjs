// Installs what the build and the tests need and this machine lacks:
// npm packages, the wasm target and the standard library's source, the
// wasm-bindgen CLI of the version in Cargo.lock, wasm-pack, and (for
// tests) Chromium with its driver.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where cargo builds: $CARGO_TARGET_DIR, else target/. */
export const targetDir = process.env.CARGO_TARGET_DIR || join(root, "target");

export function run(cmd, opts = {}) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: "inherit", cwd: root, ...opts });
}

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function output(cmd) {
  try {
    return execSync(cmd, { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString();
  } catch {
    return "";
  }
}

/** The exact wasm-bindgen version Cargo.lock pins. */
export function wasmBindgenVersion() {
  const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
  const m = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/);
  if (!m) throw new Error("wasm-bindgen not found in Cargo.lock");
  return m[1];
}

export function setup({ browser = false, nats = false, engines = false } = {}) {
  const devDependencies = Object.keys(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies);
  if (devDependencies.some((name) => !existsSync(join(root, "node_modules", name, "package.json")))) {
    // `npm install` keeps to package-lock.json; `npm ci` refuses the lock
    // npm 11 writes here, which lists only this platform's optional
    // packages (esbuild's, rollup's and deno's binaries).
    run("npm install --no-audit --no-fund");
  }
  if (!output("rustup target list --installed").includes("wasm32-unknown-unknown")) {
    run("rustup target add wasm32-unknown-unknown");
  }
  // The standard library's source: the shipped wasm builds its own
  // (scripts/build.mjs), so that a panic is a trap and nothing else.
  if (!output("rustup component list --installed").includes("rust-src")) {
    run("rustup component add rust-src");
  }
  const wbg = wasmBindgenVersion();
  if (!output("wasm-bindgen --version").includes(wbg)) {
    // Not --locked: the crate index here lags, and --locked fails on a
    // dependency. --force: reached only when the binary is missing or of
    // another version, even if cargo's records say it is installed.
    run(`cargo install --force wasm-bindgen-cli --version ${wbg}`);
  }
  if (!has("wasm-pack")) run("cargo install --force wasm-pack");
  // The tests' servers: Chromium, and NATS for the relays of a cluster.
  const packages = [];
  if (browser && !(existsSync("/usr/bin/chromium") && existsSync("/usr/bin/chromedriver"))) {
    packages.push("chromium", "chromium-driver");
  }
  if (nats && !has("nats-server") && !existsSync("/usr/sbin/nats-server")) packages.push("nats-server");
  // The other two engines: Debian's Firefox ESR and WebKitGTK's driver
  // (with its MiniBrowser), and an X server for WebKitGTK, which has no
  // headless mode. Nothing that downloads a browser of its own.
  if (engines) {
    if (!existsSync("/usr/bin/firefox-esr")) packages.push("firefox-esr");
    if (!existsSync("/usr/bin/WebKitWebDriver")) packages.push("webkit2gtk-driver");
    if (!has("Xvfb")) packages.push("xvfb");
  }
  if (packages.length) {
    const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(" ")}`);
  }
}

/** geckodriver, which drives Firefox, from crates.io (after `setup`). */
export function setupGeckodriver() {
  if (!has("geckodriver") && !existsSync(join(process.env.CARGO_HOME || join(process.env.HOME || "/root", ".cargo"), "bin", "geckodriver"))) {
    run("cargo install --locked geckodriver");
  }
}

/** PATH with the project's tools first: npm binaryen's wasm-opt, cargo's bin. */
export function toolEnv(extra = {}) {
  const home = process.env.CARGO_HOME || join(process.env.HOME || "/root", ".cargo");
  const path = [join(root, "node_modules", ".bin"), join(home, "bin"), process.env.PATH].join(":");
  return { ...process.env, PATH: path, ...extra };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setup({ browser: process.argv.includes("--browser") });
