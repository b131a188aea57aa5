// Pages in Firefox and WebKit for the Node tests, which playwright-core
// cannot drive as Debian ships them: a small W3C WebDriver (classic)
// client over fetch, for geckodriver and WebKitGTK's WebKitWebDriver.
// `browser()` gives what tests/node/pages.mjs needs: `newPage()` and
// `close()`; a page has `goto`, `evaluate(fn | script, arg)`, `close`,
// and its console lines and uncaught errors (read from capture.js, which
// each test page loads first: classic WebDriver reports neither).
//
// Each driver allows one session at a time: a page is a driver process
// and a session of its own. geckodriver runs one command at a time per
// session, so `evaluate` starts the function with a synchronous script
// and then polls for its outcome: a long evaluate and short ones can
// overlap, as they do with playwright.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./relays.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const DRIVERS = {
  firefox: {
    command: () => [process.env.GECKODRIVER || "geckodriver"],
    capabilities: (profile) => ({
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX || "/usr/bin/firefox-esr",
        args: ["-headless", "-profile", profile],
        prefs: { "network.proxy.type": 0 },
      },
    }),
  },
  // MiniBrowser, which WebKitWebDriver starts, has no headless mode: it
  // needs DISPLAY (tests/node/engines.mjs starts an Xvfb).
  webkit: {
    command: () => [process.env.WEBKITWEBDRIVER || "/usr/bin/WebKitWebDriver"],
    capabilities: () => ({}),
  },
};

async function startDriver(engine) {
  const port = await freePort();
  const [command] = DRIVERS[engine].command();
  const child = spawn(command, [`--port=${port}`], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => { log += d; });
  child.stderr.on("data", (d) => { log += d; });
  const exited = new Promise((r) => child.once("exit", r));
  const url = `http://127.0.0.1:${port}`;
  for (const start = Date.now(); ;) {
    if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}:\n${log}`);
    if (await fetch(`${url}/status`).then((r) => r.ok, () => false)) break;
    if (Date.now() - start > 10000) {
      child.kill();
      throw new Error(`${command} did not listen on ${port}:\n${log}`);
    }
    await sleep(20);
  }
  return { url, child, exited, log: () => log };
}

async function newPage(engine) {
  const profile = engine === "firefox" ? mkdtempSync(join(tmpdir(), "ragents-firefox-")) : null;
  const driver = await startDriver(engine);
  const request = async (method, path, body, ms = 60000) => {
    const r = await fetch(driver.url + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(ms),
    });
    const j = await r.json();
    if (!r.ok) throw new Error(`WebDriver ${method} ${path}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  };
  let sid;
  try {
    const session = await request("POST", "/session", {
      capabilities: { alwaysMatch: DRIVERS[engine].capabilities(profile) },
    });
    sid = `/session/${session.sessionId}`;
    await request("POST", `${sid}/timeouts`, { script: 60000, pageLoad: 60000 });
  } catch (e) {
    driver.child.kill();
    throw new Error(`${e.message}\n${driver.log()}`);
  }
  const exec = (script, args = []) => request("POST", `${sid}/execute/sync`, { script, args });
  const lines = [];
  const errors = [];
  let seen = { lines: 0, errors: 0 };
  let runs = 0;
  const page = {
    lines,
    errors,
    /** Copies the console lines and errors the page recorded since. */
    async drain() {
      const got = await exec(`const w = window.__wd; if (!w) return null; const [l, e] = arguments;
        return { lines: w.lines.slice(l), errors: w.errors.slice(e), total: [w.lines.length, w.errors.length] };`,
      [seen.lines, seen.errors]).catch(() => null);
      if (!got) return;
      lines.push(...got.lines.map((l) => l.text));
      errors.push(...got.errors.map((e) => Object.assign(new Error(e.message), { kind: e.kind })));
      seen = { lines: got.total[0], errors: got.total[1] };
    },
    async goto(url) {
      await request("POST", `${sid}/url`, { url });
      seen = { lines: 0, errors: 0 };
    },
    /** `fn(arg)` in the page (or a script's text), awaited; its value comes back JSON-cloned. */
    async evaluate(fn, arg) {
      if (typeof fn === "string") {
        await exec(fn);
        await page.drain();
        return undefined;
      }
      const id = `r${++runs}`;
      await exec(`const [id, arg] = arguments;
        const runs = (window.__wdRuns ||= {});
        runs[id] = { done: false };
        Promise.resolve().then(() => (${fn.toString()})(arg)).then(
          (value) => { runs[id] = { done: true, value: value === undefined ? null : value }; },
          (e) => { runs[id] = { done: true, error: e && e.stack ? e.name + ": " + e.message + "\\n" + e.stack : String(e) }; });`,
      [id, arg === undefined ? null : arg]);
      for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
        const r = await exec(`const r = window.__wdRuns && window.__wdRuns[arguments[0]];
          if (!r) return { done: true, error: "the page went away" };
          if (r.done) delete window.__wdRuns[arguments[0]];
          return r;`, [id]);
        if (r.done) {
          await page.drain();
          if ("error" in r) throw new Error(`evaluate: ${r.error}`);
          return r.value === null ? undefined : r.value;
        }
        await sleep(wait);
      }
    },
    async close() {
      await request("DELETE", sid, undefined, 10000).catch(() => {});
      driver.child.kill();
      await Promise.race([driver.exited, sleep(3000)]);
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return page;
}

/** A "browser" of `engine` ("firefox" or "webkit"): pages, each with its own driver. */
export function browser(engine) {
  const pages = new Set();
  return {
    async newPage() {
      const page = await newPage(engine);
      pages.add(page);
      const close = page.close;
      page.close = async () => {
        pages.delete(page);
        await close();
      };
      return page;
    },
    async close() {
      await Promise.all([...pages].map((p) => p.close()));
    },
  };
}
