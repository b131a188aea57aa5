// The three browser engines the tests run in, as Debian ships them:
// Chromium (chromedriver), Firefox ESR (geckodriver, from crates.io) and
// WebKitGTK (WebKitWebDriver, driving its MiniBrowser). WebKitGTK has no
// headless mode: it gets a display of its own, an Xvfb started here.
import { spawn } from "node:child_process";

export const ENGINES = ["chromium", "firefox", "webkit"];

/**
 * What wasm-bindgen-test-runner needs to drive `engine`. The runner takes
 * the first of GECKODRIVER, SAFARIDRIVER, CHROMEDRIVER that is set (then
 * looks on PATH in that order), so each run sets one and clears the
 * others. WebKitWebDriver passes for Safari's driver; it starts
 * MiniBrowser by itself.
 */
export function runnerEnv(engine, display) {
  const none = { GECKODRIVER: "", SAFARIDRIVER: "", CHROMEDRIVER: "", WASM_BINDGEN_TEST_WEBDRIVER_JSON: "" };
  const env = {
    chromium: { CHROMEDRIVER: "/usr/bin/chromedriver" },
    firefox: { GECKODRIVER: "geckodriver" },
    webkit: { SAFARIDRIVER: "/usr/bin/WebKitWebDriver", DISPLAY: display },
  }[engine];
  const set = { ...none, ...env };
  // (An empty variable still counts as set for the runner: drop them.)
  return (base) => {
    const out = { ...base, ...set };
    for (const [k, v] of Object.entries(out)) if (v === "" || v === undefined) delete out[k];
    return out;
  };
}

/** An X display for WebKitGTK: `{ display, stop() }`. Xvfb picks a free
 * display itself and writes its number once it is ready (-displayfd). */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let out = "", err = "";
    child.stderr.on("data", (d) => { err += d; });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`Xvfb exited ${code}: ${err}`)));
    child.stdio[3].on("data", (d) => {
      out += d;
      if (!out.includes("\n")) return;
      resolve({
        display: `:${out.trim()}`,
        stop: () => new Promise((r) => {
          if (child.exitCode !== null) return r();
          child.once("exit", r);
          child.kill();
        }),
      });
    });
  });
}
