// Loaded first by each test page in engines driven through WebDriver
// (tests/node/webdriver.mjs): records console lines and uncaught errors in
// window.__wd, which classic WebDriver cannot report, for the tests to read.
(() => {
  if (window.__wd) return;
  const wd = (window.__wd = { lines: [], errors: [] });
  // As Chromium writes a console line's values: strings as they are,
  // objects as a preview, `{a: 1, b: 'x'}`.
  const inner = (v, depth) => {
    if (typeof v === "string") return depth ? `'${v}'` : v;
    if (v instanceof Error) return v.stack ? `${v.name}: ${v.message}` : String(v);
    if (Array.isArray(v)) return depth > 2 ? "Array" : `[${v.map((x) => inner(x, depth + 1)).join(", ")}]`;
    if (v && typeof v === "object") {
      if (depth > 2) return "Object";
      return `{${Object.keys(v).map((k) => `${k}: ${inner(v[k], depth + 1)}`).join(", ")}}`;
    }
    return String(v);
  };
  const fmt = (v) => inner(v, 0);
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    const orig = console[level].bind(console);
    console[level] = (...args) => {
      wd.lines.push({ level, text: args.map(fmt).join(" ") });
      orig(...args);
    };
  }
  const err = (e, fallback) => ({
    message: e && e.message !== undefined ? String(e.message) : String(fallback),
    name: e && e.name, stack: e && e.stack ? String(e.stack) : undefined,
  });
  addEventListener("error", (ev) => wd.errors.push({ kind: "error", ...err(ev.error, ev.message) }));
  addEventListener("unhandledrejection", (ev) => wd.errors.push({ kind: "unhandledrejection", ...err(ev.reason, ev.reason) }));
})();
