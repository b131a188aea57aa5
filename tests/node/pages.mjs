// Pages for the Node tests, in the engine RAGENTS_ENGINE names: chromium
// (the default: Debian's, driven by playwright-core), firefox or webkit
// (Debian's Firefox ESR and WebKitGTK, through WebDriver: webdriver.mjs).
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, copyFileSync, writeFileSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startRelay, root } from "./relays.mjs";
import * as webdriver from "./webdriver.mjs";

/** The engine these tests run in. */
export const ENGINE = process.env.RAGENTS_ENGINE || "chromium";

export async function launch(engine = ENGINE) {
  if (engine !== "chromium") return webdriver.browser(engine);
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/** Opens a page, recording console lines and page errors. */
export async function open(browser, url) {
  const page = await browser.newPage();
  let { lines, errors } = page;
  if (ENGINE === "chromium") {
    [lines, errors] = [[], []];
    page.on("console", (m) => lines.push(m.text()));
    page.on("pageerror", (e) => errors.push(e));
  }
  await page.goto(url);
  const until = async (pattern, ms = 10000) => {
    const start = Date.now();
    while (Date.now() - start < ms) {
      await page.drain?.();
      const hit = lines.find((l) => pattern.test(l));
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no console line matching ${pattern} in ${ms} ms; saw:\n${lines.join("\n")}\nerrors: ${errors.join("\n")}`);
  };
  return { page, lines, errors, until };
}

/** For a page: `window.until(f, ms = 10000)` resolves once `f()` is true,
 * and rejects once `ms` have passed. */
export const UNTIL = `
window.until = (f, ms = 10000) => new Promise((resolve, reject) => {
  const start = performance.now();
  const t = setInterval(() => {
    if (f()) { clearInterval(t); resolve(); }
    else if (performance.now() - start > ms) { clearInterval(t); reject(new Error("until: timed out waiting for " + f)); }
  }, 5);
});
`;

/**
 * Runs `fn(args)` in a new page of `site` while the test drives what goes
 * on around it: in the page, `window.until(f, ms = 10000)` waits for `f()`
 * and `window.step` (0) says how far it got; `at(step)` waits for it.
 * `{ page, running, at }`: `page` as `open` gives it, `running` the result.
 */
export async function inPage(site, fn, args) {
  const page = await open(site.browser, site.url("index.html"));
  await page.page.evaluate(UNTIL + "window.step = 0;");
  const running = page.page.evaluate(fn, args);
  const at = async (step) => {
    while ((await page.page.evaluate(() => window.step)) < step) await new Promise((r) => setTimeout(r, 10));
  };
  return { page, running, at };
}

/**
 * A temporary folder that `fill(dir)` writes, served by our relay (`--www`;
 * `env` adds to the relay's environment), and a browser:
 * `{ dir, relay, browser, url(path), close() }`.
 */
export async function site(prefix, fill, { env, engine = ENGINE } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await fill(dir);
  if (engine !== "chromium") captureFirst(dir);
  const relay = await startRelay(["--www", dir], { env });
  const browser = await launch(engine);
  return {
    dir,
    relay,
    browser,
    url: (path = "") => `http://127.0.0.1:${relay.port}/${path}`,
    async close() {
      await browser.close();
      await relay.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A site with one page, index.html, that loads www/ragents-browser.js. */
export function scriptTagSite(prefix) {
  return site(prefix, (dir) => {
    copyFileSync(join(root, "www", "ragents-browser.js"), join(dir, "ragents-browser.js"));
    writeFileSync(join(dir, "index.html"), `<script src="ragents-browser.js"></script>`);
  });
}

/** Each page of `dir` loads capture.js first: WebDriver cannot report
 * console lines and uncaught errors, so the page records them. */
function captureFirst(dir) {
  copyFileSync(join(root, "tests", "node", "capture.js"), join(dir, "capture.js"));
  const tag = `<script src="capture.js"></script>`;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(join(dir, f), "utf8");
    const doctype = html.match(/^<!doctype[^>]*>/i)?.[0] ?? "";
    writeFileSync(join(dir, f), doctype + tag + html.slice(doctype.length));
  }
}
