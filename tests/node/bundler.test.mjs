// The npm package in pkg/, imported by an app through a real bundler
// (webpack 5, the target of wasm-pack's bundler output), run in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { startRelay, root } from "./relays.mjs";
import { launch, open } from "./chromium.mjs";

let relay, browser, dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "ragents-bundler-"));
  const stats = await new Promise((resolve, reject) =>
    webpack(
      {
        mode: "production",
        context: root,
        entry: "./tests/bundler/app.js",
        output: { path: dir, filename: "app.js" },
        resolve: { alias: { ragents: join(root, "pkg") } },
        experiments: { asyncWebAssembly: true },
        performance: { hints: false },
      },
      (err, stats) => (err ? reject(err) : resolve(stats)),
    ));
  assert.equal(stats.hasErrors(), false, stats.toString("errors-only"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><script src="app.js"></script>`);
  relay = await startRelay(["--www", dir]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await relay?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("an app bundled by webpack imports pkg/ and runs the echo example", async () => {
  const { until, errors } = await open(browser, `http://127.0.0.1:${relay.port}/`);
  const version = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8")).version;
  assert.equal(await until(/^(bundled|failed)/), `bundled ${version} {"a":1} {"a":1}`);
  assert.deepEqual(errors, []);
});
