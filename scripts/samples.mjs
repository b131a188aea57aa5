// The README's two sample scripts, and pages that run them: the demo page
// (www/index.html) and the page test use the README's text itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./setup.mjs";

export function readmeSamples() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const sample = (name) => {
    const m = readme.match(new RegExp(`<!-- sample:${name} -->\\n\`\`\`js\\n([\\s\\S]*?)\`\`\``));
    if (!m) throw new Error(`README.md has no sample:${name}`);
    return m[1];
  };
  return { server: sample("server"), client: sample("client"), token: sample("token") };
}

/**
 * A page that loads the bundle, shows console.log on the page, runs
 * scripts; `extra` (HTML) comes between the bundle and the scripts.
 */
export function samplePage(title, scripts, bundle = "ragents-browser.js", extra = "") {
  const esc = (s) => s.replace(/<\/script/gi, "<\\/script");
  return `<!doctype html>
<meta charset="utf-8">
<title>${title}</title>
<style>body{font:15px system-ui,sans-serif;margin:2em;max-width:60em}pre{background:#f4f4f4;padding:1em;white-space:pre-wrap}</style>
<h1>${title}</h1>
<p>This page runs the README's two sample scripts, with the ragents browser client
(<code>${bundle}</code>) and the relay that serves this page. Open it in another tab too.</p>
<pre id="log"></pre>
<script>
(function () {
  var log = document.getElementById("log"), original = console.log;
  console.log = function () {
    original.apply(console, arguments);
    log.textContent += Array.prototype.map.call(arguments, function (a) {
      return typeof a === "string" ? a : JSON.stringify(a);
    }).join(" ") + "\\n";
  };
})();
</script>
<script src="${bundle}"></script>
${extra}${scripts.map((s) => `<script>\n${esc(s)}</script>`).join("\n")}
`;
}
