// A plain HTML page loads www/ragents-browser.js with a script tag and runs
// the README's sample scripts verbatim, one per page, through our relay.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./relays.mjs";
import { site, open } from "./pages.mjs";
import { readmeSamples, samplePage } from "../../scripts/samples.mjs";

let web;
before(async () => {
  web = await site("ragents-page-", (dir) => {
    copyFileSync(join(root, "www", "ragents-browser.js"), join(dir, "ragents-browser.js"));
    const { server, client } = readmeSamples();
    writeFileSync(join(dir, "server.html"), samplePage("sample server", [server]));
    writeFileSync(join(dir, "client.html"), samplePage("sample client", [client]));
    writeFileSync(join(dir, "global.html"), `<script src="ragents-browser.js"></script>
<script>console.log("global", typeof ragents.createSession, ragents.version)</script>`);
    // A runtime that cannot inflate the wasm (no DecompressionStream).
    writeFileSync(join(dir, "unable.html"), `<script>delete globalThis.DecompressionStream</script>
<script src="ragents-browser.js"></script>
<script>function tryIt(when) {
  ragents.createSession({ url: "ws://127.0.0.1:1", key: "k" }).then(function () {
    console.log("connected?");
  }, function (e) {
    console.log(when, "failed", e instanceof ragents.RagentsError, e.code, e.message);
  });
}
// At once (the wasm still loading), and once its loading is over.
tryIt("at once");
setTimeout(function () { tryIt("later"); }, 300);</script>`);
  });
});
after(() => web?.close());

test("the script tag installs the global ragents before the next script runs", async () => {
  const { until, errors } = await open(web.browser, web.url("global.html"));
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  assert.equal(await until(/^global/), `global function ${version}`);
  assert.deepEqual(errors, []);
});

test("where the wasm cannot load, the global is still there, the page sees no error, and createSession says why", async () => {
  const page = await open(web.browser, web.url("unable.html"));
  for (const when of ["at once", "later"]) {
    const failed = await page.until(new RegExp(`^(${when} failed|connected)`));
    assert.match(failed, /failed true ERR_CONNECT ragents: the client could not start: .*DecompressionStream/);
  }
  assert.deepEqual(page.errors, []);
});

test("README samples, verbatim, in two pages", async () => {
  const server = await open(web.browser, web.url("server.html"));
  await server.until(/created, waiting for echo requests/);
  const client = await open(web.browser, web.url("client.html"));
  await client.until(/^agent \d+ sent: /);
  const echoed = await client.until(/^agent \d+ echoed: /);
  assert.match(echoed, /^agent \d+ echoed: \{a: 1\}$/);
  await server.until(/agent responded to echo request/);
  // A second client page is served too, as many times as you like.
  const again = await open(web.browser, web.url("client.html"));
  await again.until(/^agent \d+ sent: /);
  assert.deepEqual([...server.errors, ...client.errors, ...again.errors], []);
});
