// `npm run build`: the browser client, built once in release for size, and
// shipped two ways:
//   pkg/                    the wasm-pack package for bundlers (npm publish);
//   www/ragents-browser.js  one script-tag file: no-modules glue and the wasm
//                           inlined (base64), instantiated synchronously, so
//                           the global `ragents` exists when the tag has run.
import { readFileSync, writeFileSync, mkdirSync, appendFileSync, statSync } from "node:fs";
import { gzipSync, deflateRawSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, root, setup, toolEnv, targetDir } from "./setup.mjs";
import { readmeSamples, samplePage } from "./samples.mjs";

const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];

export function build({ env = toolEnv() } = {}) {
  // Size over speed for the wasm; the relay's release profile stays opt-level 3.
  // Panic locations name source files: keep this machine's paths out of them.
  const cargoHome = process.env.CARGO_HOME || join(process.env.HOME || "/root", ".cargo");
  const wasmEnv = {
    ...env,
    CARGO_PROFILE_RELEASE_OPT_LEVEL: "z",
    CARGO_PROFILE_RELEASE_PANIC: "abort",
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:
      `--remap-path-prefix=${join(cargoHome, "registry", "src")}=crates --remap-path-prefix=${root}=ragents`,
  };
  run("wasm-pack build --release --target bundler --weak-refs --out-dir pkg --out-name ragents", { env: wasmEnv });
  finishPkg();

  const out = join(targetDir, "www-build");
  mkdirSync(out, { recursive: true });
  const wasm = join(targetDir, "wasm32-unknown-unknown", "release", "ragents.wasm");
  run(`wasm-bindgen --target no-modules --weak-refs --out-dir ${out} ${wasm}`, { env });
  run(`wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals ${out}/ragents_bg.wasm -o ${out}/ragents_bg.opt.wasm`, { env });
  writeBundle(readFileSync(join(out, "ragents.js"), "utf8"), readFileSync(join(out, "ragents_bg.opt.wasm")));

  // The demo page: both README samples in one page, each in its own scope.
  const { server, client } = readmeSamples();
  const scoped = (s) => `(function () {\n${s}})();\n`;
  writeFileSync(join(root, "www", "index.html"), samplePage("ragents echo example", [scoped(server), scoped(client)]));
}

function finishPkg() {
  const pkgDir = join(root, "pkg");
  appendFileSync(join(pkgDir, "ragents.js"), `\nexport const version = ${JSON.stringify(version)};\n`);
  appendFileSync(join(pkgDir, "ragents.d.ts"), `\n/** The version of this package. */\nexport const version: string;\n`);
  const pkgJson = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  pkgJson.description = "ragents: agent messaging protocol over WebSocket (browser client, Rust/wasm)";
  pkgJson.keywords = ["websocket", "agents", "rpc", "wasm"];
  writeFileSync(join(pkgDir, "package.json"), JSON.stringify(pkgJson, null, 2) + "\n");
  writeFileSync(join(pkgDir, ".gitkeep"), "");

  // The script tag's global: the same declarations, in a namespace.
  const dts = readFileSync(join(pkgDir, "ragents.d.ts"), "utf8")
    .replace(/^\/\* @ts-self-types.*\n/m, "")
    .replace(/^export declare /gm, "export ")
    .replace(/^(?=.)/gm, "  ");
  writeFileSync(join(root, "www", "ragents-browser.d.ts"),
    `/** Declares the global \`ragents\` that www/ragents-browser.js installs. */\ndeclare namespace ragents {\n${dts}}\n`);
}

// The wasm goes in deflated, then base64: gzip cannot shrink base64 of the
// raw wasm much (46,532 B gzipped for the whole file when it was so), while
// the deflated bytes are small already; scripts/inflate.js restores them.
function writeBundle(glue, wasm) {
  const packed = deflateRawSync(wasm, { level: 9 });
  const inflate = readFileSync(join(root, "scripts", "inflate.js"), "utf8");
  const js = `/*! ragents ${version} | browser client (Rust/wasm) | Apache-2.0 */
(function () {
"use strict";
${glue}
${inflate}
var b = atob("@WASM@");
var z = new Uint8Array(b.length);
for (var i = 0; i < b.length; i++) z[i] = b.charCodeAt(i);
wasm_bindgen.initSync({ module: inflate(z, ${wasm.length}) });
var ragents = {
  createSession: wasm_bindgen.createSession,
  version: ${JSON.stringify(version)},
  Session: wasm_bindgen.Session,
  Agent: wasm_bindgen.Agent,
  RAgent: wasm_bindgen.RAgent
};
if (typeof module === "object" && module && module.exports) module.exports = ragents;
globalThis.ragents = ragents;
})();
`;
  // Minified (terser, licence banner kept), then the wasm put in.
  const file = join(root, "www", "ragents-browser.js");
  const loose = join(targetDir, "www-build", "bundle.js");
  writeFileSync(loose, js);
  run(`terser ${loose} --compress --mangle --keep-classnames --comments /^!/ -o ${file}`, { env: toolEnv() });
  const min = readFileSync(file, "utf8");
  if (min.split("@WASM@").length !== 2) throw new Error("the minified bundle lost its wasm placeholder");
  writeFileSync(file, min.replace("@WASM@", packed.toString("base64")) + "\n");
  const raw = statSync(file).size;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`www/ragents-browser.js: ${raw} bytes, ${gz} gzipped; wasm ${wasm.length} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  setup();
  build();
}
