// The npm package in pkg/, imported by an app through a real bundler
// (webpack 5, the target of wasm-pack's bundler output), run in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import webpack from "webpack";
import { root } from "./relays.mjs";
import { site, open } from "./chromium.mjs";

let web;
before(async () => {
  web = await site("ragents-bundler-", async (dir) => {
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
    // What a bundled app downloads for the client (a figure, not a bar).
    const files = readdirSync(dir).filter((f) => /\.(js|wasm)$/.test(f));
    const gz = files.map((f) => `${f} ${gzipSync(readFileSync(join(dir, f)), { level: 9 }).length}`);
    console.log(`webpack app, gzip -9: ${gz.join(", ")}`);
    writeFileSync(join(dir, "index.html"), `<!doctype html><script src="app.js"></script>`);
  });
});
after(() => web?.close());

test("an app bundled by webpack imports pkg/ and runs the echo example", async () => {
  const { until, errors } = await open(web.browser, web.url());
  const version = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8")).version;
  assert.equal(await until(/^(bundled|failed)/), `bundled ${version} {"a":1} {"a":1}`);
  assert.deepEqual(errors, []);
});
