// The npm package as its users get it: pkg/ packed by `npm pack`, installed
// into throwaway apps, and loaded by every runtime and bundler the package
// README names: Node's require and import (with `ws`, with Node's own
// WebSocket, and with neither), Deno, webpack 5, Vite's dev server and
// build, and the script tag at the path 1.0.0 used. The 1.0.0 README's Node
// samples run unchanged. Pages run in Chromium and may not throw.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, copyFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { build as viteBuild, createServer as viteServer } from "vite";
import { root, startRelay } from "./relays.mjs";
import { launch, open } from "./pages.mjs";
import { readmeSamples } from "../../scripts/samples.mjs";

const version = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8")).version;
const npm = (args, cwd) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], { cwd, encoding: "utf8" });
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

let work, tarball, packed, app, bare, relay, www, browser;
before(async () => {
  work = mkdtempSync(join(tmpdir(), "ragents-package-"));
  [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", work], join(root, "pkg")));
  tarball = join(work, packed.filename);
  console.log(`tarball: ${packed.filename} ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.files.length} files`);
  // `app` has the package and `ws`; `bare` has only the package.
  for (const [dir, deps] of [[(app = join(work, "app")), [tarball, "ws@8"]], [(bare = join(work, "bare")), [tarball]]]) {
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true }));
    npm(["install", ...deps], dir);
  }
  relay = await startRelay();
  www = await startRelay(["--www", (mkdirSync(join(work, "www")), join(work, "www"))]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await relay?.stop();
  await www?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Starts `cmd args` in `dir`: `until(pattern)` waits for its output to match. */
function start(cmd, args, dir, env = {}) {
  const child = spawn(cmd, args, { cwd: dir, env: { ...process.env, ...env } });
  let out = "";
  const waiters = new Set();
  const check = () => waiters.forEach((w) => w());
  child.stdout.on("data", (chunk) => ((out += chunk), check()));
  child.stderr.on("data", (chunk) => ((out += chunk), check()));
  child.on("exit", (code) => ((out += `\n(exited with ${code})`), check()));
  const until = (pattern) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`no ${pattern} in 20 s:\n${out}`)), 20000);
      const done = (err, m) => (clearTimeout(timer), waiters.delete(w), err ? reject(err) : resolve(m));
      const w = () => {
        const m = out.match(pattern);
        if (m) done(null, m);
        else if (child.exitCode !== null || child.signalCode !== null) done(new Error(`exited before ${pattern}:\n${out}`));
      };
      waiters.add(w);
      w();
    });
  return { until, stop: () => child.kill() };
}

/** Runs `cmd args` in `dir` until its output matches `pattern`, then stops it. */
async function runUntil(cmd, args, dir, pattern, env) {
  const p = start(cmd, args, dir, env);
  try {
    return await p.until(pattern);
  } finally {
    p.stop();
  }
}

// The app of tests/bundler/app.js, as a Node program (no `location`).
function nodeApp(dir, file, importLine) {
  const src = readFileSync(join(root, "tests", "bundler", "app.js"), "utf8")
    .replace(/^import .*$/m, importLine)
    .replace(/new URLSearchParams\(location\.search\)\.get\("relay"\) \|\| "ws:\/\/" \+ location\.host/, JSON.stringify(relay.url));
  assert.ok(src.includes(relay.url));
  writeFileSync(join(dir, file), src);
}

test("the tarball holds the entries, their types, the script at 1.0.0's path, and no more", () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, ["LICENSE", "README.md", "package.json", "ragents-workers.d.ts", "ragents-workers.js", "ragents.cjs",
    "ragents.d.cts", "ragents.d.mts", "ragents.d.ts", "ragents.js", "ragents.mjs", "www/ragents-browser.d.ts",
    "www/ragents-browser.js", "www/ragents-worker.js", "www/ragents-workers.js"]);
  const readme = readFileSync(join(app, "node_modules", "ragents", "README.md"), "utf8");
  assert.doesNotMatch(readme, /npm start|npm test|\]\((?!https?:)/, "the package README is for users of the package");
});

test("Node require: the 1.0.0 README's samples run unchanged", async () => {
  const { server, client } = readmeSamples();
  // As 1.0.0's README has them: require, and a URL instead of the page's host.
  const node = (s) => `var ragents = require("ragents")\n\n` + s.replace('"ws://" + location.host', JSON.stringify(relay.url));
  writeFileSync(join(app, "server.js"), node(server));
  writeFileSync(join(app, "client.js"), node(client));
  const serving = start(process.execPath, ["server.js"], app);
  const calling = start(process.execPath, ["client.js"], app);
  try {
    await serving.until(/agent 1 created, waiting for echo requests/);
    await calling.until(/agent 1 sent: +\{ a: 1 \}[\s\S]*agent 1 echoed: \{ a: 1 \}/);
    await serving.until(/agent responded to echo request/);
  } finally {
    serving.stop();
    calling.stop();
  }
});

test("Node require and import share one instance and run the Promise example", async () => {
  nodeApp(app, "esm.mjs", 'import ragents, { createSession, version } from "ragents";');
  await runUntil(process.execPath, ["esm.mjs"], app, new RegExp(`^bundled ${version} \\{"a":1\\} \\{"a":1\\}$`, "m"));
  writeFileSync(join(app, "same.mjs"), `import { createRequire } from "node:module";
import * as esm from "ragents";
const cjs = createRequire(import.meta.url)("ragents");
console.log(esm.default === cjs && esm.createSession === cjs.createSession ? "same" : "different");`);
  await runUntil(process.execPath, ["same.mjs"], app, /^same$/m);
});

test("Node without a WebSocket fails with an error that names ws; Node's own WebSocket works", async (t) => {
  if (typeof WebSocket === "function") return t.skip("this Node has a global WebSocket");
  nodeApp(bare, "app.cjs", 'const ragents = require("ragents"), { createSession, version } = ragents;');
  await runUntil(process.execPath, ["app.cjs"], bare, /^failed ERR_CONNECT .*npm install ws/m);
  await runUntil(process.execPath, ["--no-warnings", "--experimental-websocket", "app.cjs"], bare, /^bundled .*\{"a":1\}$/m);
});

test("Deno imports the package", async () => {
  nodeApp(app, "deno.mjs", 'import ragents, { createSession, version } from "ragents";');
  writeFileSync(join(app, "deno.json"), JSON.stringify({ nodeModulesDir: "manual" }));
  const deno = join(root, "node_modules", ".bin", "deno");
  await runUntil(deno, ["run", "--quiet", "--allow-net", "--allow-read", "--allow-env", "deno.mjs"], app, /^bundled .*\{"a":1\}$/m,
    { DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(work, "deno-cache") });
});

async function page(path) {
  const { until, errors } = await open(browser, `http://127.0.0.1:${www.port}/${path}`);
  assert.equal(await until(/^(bundled|failed)/), `bundled ${version} {"a":1} {"a":1}`);
  assert.deepEqual(errors, []);
}

/** A folder of the www relay with an index.html and the app. */
function webDir(name) {
  const dir = join(work, "www", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

test("webpack 5 bundles the package with no setting for wasm", async () => {
  copyFileSync(join(root, "tests", "bundler", "app.js"), join(app, "app.js"));
  const dir = webDir("webpack");
  const stats = await new Promise((resolve, reject) =>
    webpack({ mode: "production", context: app, entry: "./app.js", output: { path: dir, filename: "app.js" }, performance: { hints: false } },
      (err, s) => (err ? reject(err) : resolve(s))));
  assert.equal(stats.hasErrors() || stats.hasWarnings(), false, stats.toString("errors-warnings"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><script src="app.js"></script>`);
  console.log(`webpack app: ${readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => `${f} ${gz(join(dir, f))} B gzipped`)}`);
  await page("webpack/");
});

test("webpack bundles ragents/workers, and a worker agent answers in the page", async () => {
  writeFileSync(join(app, "workers.js"), `import ragents from "ragents";
import { WorkerAgent } from "ragents/workers";
const url = "ws://" + location.host, key = "wk" + Math.random();
ragents.createSession({ url, key }).then(async (s) => {
  const wa = await s.spawnAgent({ name: "calc", text: "function add(a, b) { return a + b }" });
  console.log("workers", wa instanceof WorkerAgent, await s.request({ id: "calc", method: "add", params: [40, 2] }));
}).catch((e) => console.log("failed", e.code, e.message));
`);
  const dir = webDir("webpack-workers");
  const stats = await new Promise((resolve, reject) =>
    webpack({ mode: "production", context: app, entry: "./workers.js", output: { path: dir, filename: "app.js" }, performance: { hints: false } },
      (err, s) => (err ? reject(err) : resolve(s))));
  assert.equal(stats.hasErrors() || stats.hasWarnings(), false, stats.toString("errors-warnings"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><script src="app.js"></script>`);
  const { until, errors } = await open(browser, `http://127.0.0.1:${www.port}/webpack-workers/`);
  assert.equal(await until(/^(workers|failed)/), "workers true 42");
  assert.deepEqual(errors, []);
});

test("Vite's dev server serves the package with no plugin or setting", async () => {
  copyFileSync(join(root, "tests", "bundler", "app.js"), join(app, "app.js"));
  writeFileSync(join(app, "index.html"), `<!doctype html><script type="module" src="/app.js"></script>`);
  const server = await viteServer({ root: app, logLevel: "silent", server: { port: 0, host: "127.0.0.1" }, cacheDir: join(work, "vite-cache") });
  await server.listen();
  try {
    const { until, errors } = await open(browser, `${server.resolvedUrls.local[0]}?relay=${encodeURIComponent(relay.url)}`);
    assert.equal(await until(/^(bundled|failed)/, 30000), `bundled ${version} {"a":1} {"a":1}`);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

test("vite build bundles the package with no plugin or setting", async () => {
  copyFileSync(join(root, "tests", "bundler", "app.js"), join(app, "app.js"));
  writeFileSync(join(app, "index.html"), `<!doctype html><script type="module" src="/app.js"></script>`);
  const dir = webDir("vite");
  await viteBuild({ root: app, base: "./", logLevel: "silent", build: { outDir: dir, emptyOutDir: true } });
  const assets = readdirSync(join(dir, "assets"));
  console.log(`vite app: ${assets.map((f) => `${f} ${gz(join(dir, "assets", f))} B gzipped`)}`);
  await page("vite/");
});

test("the package's script tag file installs the global, as 1.0.0's did", async () => {
  const dir = webDir("script");
  copyFileSync(join(app, "node_modules", "ragents", "www", "ragents-browser.js"), join(dir, "ragents-browser.js"));
  const src = readFileSync(join(root, "tests", "bundler", "app.js"), "utf8").replace(/^import .*$/m, "var createSession = ragents.createSession, version = ragents.version;");
  writeFileSync(join(dir, "index.html"), `<!doctype html><script src="ragents-browser.js"></script><script>${src}</script>`);
  await page("script/");
});
