// `npm run build`: the client, built once in release for size (wasm-pack,
// no-modules glue), and shipped as one piece of JavaScript with its wasm
// inlined (compiled as the script loads; sessions connect once it is
// ready), wrapped for each way it is loaded:
//   www/ragents-browser.js   the script tag (global `ragents`; also CommonJS);
//   pkg/                     the npm package `ragents`:
//     ragents.js             ES module for browsers, bundlers and Deno;
//     ragents.cjs            CommonJS for Node's require (the `ws` package
//                            stands in for a missing global WebSocket);
//     ragents.mjs            Node's import, the same instance as require's;
//     www/ragents-browser.js the script tag again, where 1.0.0 had it (CDNs).
// One artifact, no .wasm file to fetch: no bundler or dev server needs a
// plugin or a setting, and every runtime gets the global `ragents` at once.
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync, rmSync, copyFileSync } from "node:fs";
import { gzipSync, inflateSync } from "node:zlib";
import { join } from "node:path";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run, root, setup, toolEnv, targetDir } from "./setup.mjs";
import { readmeSamples, samplePage } from "./samples.mjs";

const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
/** The JavaScript that ships beside the wasm: the JS face of the client
 * (face.js, error.js) and the worker agents (workers.js, worker.js). */
const js = join(root, "src", "client", "js");

export async function build({ env = toolEnv() } = {}) {
  // Size over speed for the wasm; the relay's release profile stays opt-level 3.
  // The standard library is built with the client (`-Z build-std`), with
  // panics that trap at once (`panic = "immediate-abort"`): no panic site
  // keeps a message or core::fmt in the wasm (1,806 B of the script,
  // gzipped). These are unstable cargo flags, allowed on the stable
  // toolchain by RUSTC_BOOTSTRAP for this one build, as the Linux kernel
  // builds its Rust; the relay and the tests build without them.
  // Panic locations keep no file names (`-Zlocation-detail=none`), and
  // paths are remapped anyway: the wasm must name no path of this machine
  // (checked below).
  const cargoHome = process.env.CARGO_HOME || join(process.env.HOME || "/root", ".cargo");
  const sysroot = execSync("rustc --print sysroot", { env, cwd: root }).toString().trim();
  const wasmEnv = {
    ...env,
    RUSTC_BOOTSTRAP: "1",
    CARGO_PROFILE_RELEASE_OPT_LEVEL: "z",
    CARGO_PROFILE_RELEASE_PANIC: "immediate-abort",
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:
      `--remap-path-prefix=${join(cargoHome, "registry", "src")}=crates --remap-path-prefix=${root}=ragents ` +
      `--remap-path-prefix=${join(sysroot, "lib", "rustlib", "src", "rust")}=rust ` +
      // Panic locations without file, line or column: a trap tells nothing.
      "-Zlocation-detail=none " +
      // MIR inlining, which rustc runs at opt-level 2 and 3 but not at
      // "z": small functions inlined before monomorphization leave fewer
      // and smaller instances (1,606 B less wasm, deflated). Every crate's
      // functions may be inlined so (std's, wasm-bindgen's), under half
      // the usual bound for those marked #[inline]: 2,292 B less again.
      // (The bounds tried are in bench/NOTES.md.)
      "-Zinline-mir=yes -Zcross-crate-inline-threshold=always -Zinline-mir-hint-threshold=50 " +
      // JS values held in the glue's heap, by index, rather than in a wasm
      // externref table: the table's upkeep, inlined wherever a value is
      // dropped, cost more (700 B of the script, gzipped; the same CPU).
      "-Ctarget-feature=-reference-types",
  };
  const out = join(targetDir, "wasm-pack");
  // `lean`: no_std, a panic handler that formats nothing (src/lib.rs).
  run(`wasm-pack build --release --target no-modules --weak-refs --no-pack --out-dir ${out} --out-name ragents -- --features lean -Z build-std=std,core,alloc,panic_abort -Z panic-immediate-abort`, { env: wasmEnv });
  const { glue, wasm } = shortNames(syncOnly(readFileSync(join(out, "ragents.js"), "utf8")), readFileSync(join(out, "ragents_bg.wasm")));
  for (const path of [root, cargoHome, sysroot, targetDir]) {
    if (wasm.includes(path)) throw new Error(`the wasm names a path of this machine: ${path}`);
  }
  const api = apiDeclarations(readFileSync(join(out, "ragents.d.ts"), "utf8"));
  const { minify } = await import("terser");
  const worker = (await minify(readFileSync(join(js, "worker.js"), "utf8"), { compress: true, mangle: true })).code;
  const factory = await minifiedFactory(glue, wasm);
  writePackage(factory, api);
  await writeWorkers(worker);

  // The demo page: both README samples in one page, each in its own scope,
  // and beside their log the session live (www/demo.js).
  const { server, client } = readmeSamples();
  const scoped = (s) => `(function () {\n${s}})();\n`;
  const page = samplePage("ragents echo example", [scoped(server), scoped(client)], "ragents-browser.js",
    `<script src="ragents-workers.js"></script>\n<script src="demo.js"></script>\n`);
  writeFileSync(join(root, "www", "index.html"), page);
}

// The glue without its asynchronous loader (fetching a `.wasm` beside the
// script, found through `document.currentScript`): the package has its
// wasm inline and calls `initSync`, and what nothing returns, terser drops.
// Also without what no runtime the package supports needs: a polyfill of
// `TextEncoder.encodeInto`, and `initSync`'s warning for the old form of
// its argument and its compiling of bytes (the package calls it with
// `{ module }`, a module compiled already).
export function syncOnly(glue) {
  const cut = (from, to) => {
    if (!glue.includes(from)) throw new Error(`syncOnly: the glue has no ${JSON.stringify(from.slice(0, 60))}`);
    glue = glue.replace(from, to);
  };
  cut("return Object.assign(__wbg_init, { initSync }, exports);", "return Object.assign({ initSync }, exports);");
  cut(`    let script_src;
    if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
    }
`, "    let script_src;\n");
  cut(`    if (!('encodeInto' in cachedTextEncoder)) {
        cachedTextEncoder.encodeInto = function (arg, view) {
            const buf = cachedTextEncoder.encode(arg);
            view.set(buf);
            return {
                read: arg.length,
                written: buf.length
            };
        };
    }
`, "");
  cut(`        if (module !== undefined) {
            if (Object.getPrototypeOf(module) === Object.prototype) {
                ({module} = module)
            } else {
                console.warn('using deprecated parameters for \`initSync()\`; pass a single object instead')
            }
        }
`, "        ({ module } = module);\n");
  cut(`        if (!(module instanceof WebAssembly.Module)) {
            module = new WebAssembly.Module(module);
        }
`, "");
  return glue;
}

// The wasm's imports and exports renamed `a`, `b`, ... (the imports'
// module `r`) in the wasm and in the glue alike (its import object, its
// reads of `wasm.name`). wasm-bindgen names each import after its function
// and a hash (`__wbg_send_87416ee70481a190`): written twice, once in the
// deflated wasm and once in the script, whose gzip cannot match the two,
// they cost about a kilobyte.
export function shortNames(glue, wasm) {
  let at = 8;
  const leb = () => {
    let n = 0, shift = 0, b;
    do {
      b = wasm[at++];
      n |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return n >>> 0;
  };
  const encode = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  const name = () => {
    const len = leb();
    at += len;
    return wasm.subarray(at - len, at).toString("utf8");
  };
  const short = (i) => {
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let s = "";
    do {
      s += letters[i % 52];
      i = Math.floor(i / 52) - 1;
    } while (i >= 0);
    return s;
  };
  let imports = false;
  while (at < wasm.length) {
    const start = at, id = wasm[at++], size = leb(), body = at;
    if (id === 7) {
      // Exports: the glue reads them as `wasm.name`.
      const count = leb(), parts = [];
      for (let i = 0; i < count; i++) {
        const field = name(), from = at;
        at++;
        leb();
        const to = short(i);
        const uses = new RegExp(`\\bwasm\\.${field.replace(/\$/g, "\\$")}\\b`, "g");
        glue = glue.replace(uses, `wasm.${to}`);
        const f = Buffer.from(to);
        parts.push(encode(f.length), f, wasm.subarray(from, at));
      }
      if (/\bwasm\.[A-Za-z_$]{3,}/.test(glue)) throw new Error("shortNames: the glue reads an export by another name");
      const content = Buffer.concat([encode(count), ...parts]);
      wasm = Buffer.concat([wasm.subarray(0, start), Buffer.from([7]), encode(content.length), content, wasm.subarray(body + size)]);
      return { glue, wasm };
    }
    if (id !== 2 || imports) {
      at = body + size;
      continue;
    }
    imports = true;
    const parts = [], renamed = new Map();
    const count = leb();
    for (let i = 0; i < count; i++) {
      const module = name(), field = name(), from = at;
      const kind = wasm[at++];
      if (kind === 0 || kind === 4) {
        if (kind === 4) at++;
        leb();
      } else if (kind === 1 || kind === 2) {
        if (kind === 1) at++;
        const flags = wasm[at++];
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) at += 2;
      else throw new Error(`shortNames: import kind ${kind}`);
      let field2 = field;
      if (module === "./ragents_bg.js") {
        if (!renamed.has(field)) renamed.set(field, short(renamed.size));
        field2 = renamed.get(field);
      }
      const m = Buffer.from(module === "./ragents_bg.js" ? "r" : module), f = Buffer.from(field2);
      parts.push(encode(m.length), m, encode(f.length), f, wasm.subarray(from, at));
    }
    if (at !== body + size) throw new Error("shortNames: the import section did not parse");
    const content = Buffer.concat([encode(count), ...parts]);
    for (const [long, to] of renamed) {
      const key = new RegExp(`\\b${long}:`, "g");
      if ((glue.match(key) || []).length !== 1) throw new Error(`shortNames: ${long} is not one key of the glue`);
      glue = glue.replace(key, `${to}:`);
    }
    if (glue.split(`"./ragents_bg.js": import0`).length !== 2) throw new Error("shortNames: no import object in the glue");
    glue = glue.replace(`"./ragents_bg.js": import0`, "r: import0");
    wasm = Buffer.concat([wasm.subarray(0, start), Buffer.from([2]), encode(content.length), content, wasm.subarray(body + size)]);
    // Sections after it moved: read on from the end of the new one.
    at = start + 1 + encode(content.length).length + content.length;
  }
  throw new Error("shortNames: the wasm has no export section");
}

// The API's declarations, out of the no-modules glue's namespace.
function apiDeclarations(dts) {
  const m = dts.match(/^declare namespace wasm_bindgen \{\n([\s\S]*?)\n\}\n/);
  if (!m) throw new Error("no API namespace in the generated ragents.d.ts");
  return m[1].replace(/^ {4}/gm, "").trimEnd() + "\n\n/** The version of this package. */\nexport const version: string;\n";
}

// `function (WebSocket) { ... return ragents; }`, minified by terser; the
// wasm goes in after, deflated then base64: gzip cannot shrink base64 of the
// raw wasm much (46,532 B gzipped for the whole file when it was so), while
// the deflated bytes are small already. The runtime inflates them
// (DecompressionStream) and compiles the wasm off the main thread: the
// global is there at once, and `createSession` waits for the wasm
// (`ragentsFace.loaded`, src/client/js/face.js).
async function minifiedFactory(glue, wasm) {
  // Zopfli's deflate, in zlib's wrapper ("deflate" to DecompressionStream,
  // which every runtime with one reads): 5.8% smaller than zlib's level 9,
  // and the same format (checked here through zlib).
  const { zlibAsync } = await withoutProcessHandlers(() => import("@gfx/zopfli"));
  const packed = Buffer.from(await zlibAsync(wasm, { numiterations: 15 }));
  if (!inflateSync(packed).equals(wasm)) throw new Error("zopfli: the deflated wasm does not inflate back");
  // An ES module (the browser tests import it), inlined without its exports.
  const [error, events] = ["error.js", "face.js"].map((f) =>
    readFileSync(join(js, f), "utf8").replace(/^export /gm, ""));
  const source = `var ragentsFactory = function (WebSocket) {
"use strict";
${glue}
${error}
${events}
ragentsFace.connect = wasm_bindgen.connect;
ragentsFace.loaded = Promise.resolve().then(function () {
  var b = atob("@WASM@"), z = new Uint8Array(b.length);
  for (var i = 0; i < b.length; i++) z[i] = b.charCodeAt(i);
  return new Response(new Blob([z]).stream().pipeThrough(new DecompressionStream("deflate"))).arrayBuffer();
}).then(WebAssembly.compile).then(function (m) {
  wasm_bindgen.initSync({ module: m });
});
// (Told to each createSession: not an unhandled rejection of the page's.)
ragentsFace.loaded.catch(function () {});
ragentsFace.classes(wasm_bindgen);
return {
  createSession: ragentsFace.createSession,
  version: ${JSON.stringify(version)},
  Session: wasm_bindgen.Session,
  Agent: wasm_bindgen.Agent,
  RAgent: wasm_bindgen.RAgent,
  RagentsError: RagentsError
};
};
`;
  writeFileSync(join(targetDir, "wasm-pack", "factory.js"), source);
  const factory = await minifiedFunction("ragentsFactory", source);
  if (factory.split("@WASM@").length !== 2) throw new Error("the minified factory lost its wasm placeholder");
  return factory.replace("@WASM@", packed.toString("base64"));
}

// What `load` returns, without the process-wide handlers it set: the
// Emscripten module inside @gfx/zopfli, as it loads, rethrows every uncaught
// exception (printed as a line of its own minified source) and aborts on
// any unhandled rejection, in every process that builds (npm test, the
// benchmark).
async function withoutProcessHandlers(load) {
  const events = ["uncaughtException", "unhandledRejection"];
  const before = events.map((e) => process.listeners(e));
  const loaded = await load();
  events.forEach((e, i) => {
    for (const l of process.listeners(e)) if (!before[i].includes(l)) process.removeListener(e, l);
  });
  return loaded;
}

// The function `source` assigns to `var name`, minified by terser (a
// top-level var keeps its name: the text after `var name=` is the function).
async function minifiedFunction(name, source) {
  const { minify } = await import("terser");
  const { code } = await minify(source, { compress: true, mangle: true, keep_classnames: true });
  const m = code.match(new RegExp(`^var ${name}=(function\\([\\s\\S]*\\});?$`));
  if (!m) throw new Error(`the minified ${name} is not one function`);
  return m[1];
}

// Worker agents, a file of their own (src/client/js/workers.js) that pages load
// when they use them: www/ragents-workers.js after the client's script tag
// (it extends the global), pkg/ragents-workers.js for `import
// "ragents/workers"`; and the workers' bootstrap, www/ragents-worker.js,
// for pages whose CSP refuses blob: workers.
async function writeWorkers(worker) {
  const source = `var ragentsWorkers = function (ragents) {
"use strict";
var WORKER_SOURCE = ${JSON.stringify(worker)};
${readFileSync(join(js, "workers.js"), "utf8")}
return WorkerAgent;
};
`;
  const workers = await minifiedFunction("ragentsWorkers", source);
  const banner = `/*! ragents ${version} | worker agents | Apache-2.0 */\n`;
  const pkg = join(root, "pkg");
  const script = `${banner}(${workers})(globalThis.ragents);\n`;
  const esm = `${banner}import ragents from "./ragents.js";export const WorkerAgent=(${workers})(ragents);\n`;
  for (const dir of [join(root, "www"), join(pkg, "www")]) {
    writeFileSync(join(dir, "ragents-workers.js"), script);
    writeFileSync(join(dir, "ragents-worker.js"), `${banner}${worker}\n`);
  }
  writeFileSync(join(pkg, "ragents-workers.js"), esm);
  writeFileSync(join(pkg, "ragents-workers.d.ts"), `/** Worker agents: importing this module adds Session.spawnAgent and declared agents. */\nexport { WorkerAgent } from "./ragents.js";\n`);
  const gz = gzipSync(readFileSync(join(root, "www", "ragents-workers.js")), { level: 9 }).length;
  console.log(`www/ragents-workers.js: ${script.length} bytes, ${gz} gzipped`);
}

// What stands in for a missing WebSocket: a constructor that says so.
const noWebSocket = `function(){throw new Error("ragents: this runtime has no WebSocket (on Node 20 or 21: npm install ws)")}`;
const pickWebSocket = `typeof WebSocket=="function"?WebSocket:${noWebSocket}`;
const names = "createSession,version,Session,Agent,RAgent,RagentsError";

function writePackage(factory, api) {
  const banner = `/*! ragents ${version} | client (Rust/wasm) | Apache-2.0 */\n`;
  // Pages have a WebSocket; taken from globalThis, a runtime without one
  // still loads the file and fails at createSession.
  const script = `${banner}(function(){var ragents=(${factory})(globalThis.WebSocket);` +
    `if(typeof module=="object"&&module&&module.exports)module.exports=ragents;globalThis.ragents=ragents})();\n`;
  const esm = `${banner}const ragents=(${factory})(${pickWebSocket});export default ragents;export const{${names}}=ragents;\n`;
  const cjs = `${banner}"use strict";var W=typeof WebSocket=="function"?WebSocket:function(){try{return require("ws")}catch(e){}}();` +
    `module.exports=(${factory})(W||${noWebSocket});\n`;
  const mjs = `${banner}import{createRequire}from"node:module";const ragents=createRequire(import.meta.url)("./ragents.cjs");` +
    `export default ragents;export const{${names}}=ragents;\n`;

  const pkg = join(root, "pkg");
  mkdirSync(pkg, { recursive: true });
  for (const f of readdirSync(pkg)) if (f !== ".gitkeep") rmSync(join(pkg, f), { recursive: true, force: true });
  mkdirSync(join(pkg, "www"));
  writeFileSync(join(root, "www", "ragents-browser.js"), script);
  writeFileSync(join(pkg, "www", "ragents-browser.js"), script);
  writeFileSync(join(pkg, "ragents.js"), esm);
  writeFileSync(join(pkg, "ragents.cjs"), cjs);
  writeFileSync(join(pkg, "ragents.mjs"), mjs);

  // Declarations: ES modules get a default export too; CommonJS has only
  // the names (module.exports is the namespace); the script, a namespace.
  const head = "/** ragents: agent messaging protocol over WebSocket. */\n";
  writeFileSync(join(pkg, "ragents.d.ts"), `${head}${api}
declare const ragents: {
  createSession: typeof createSession; version: string; Session: typeof Session; Agent: typeof Agent; RAgent: typeof RAgent;
  RagentsError: typeof RagentsError;
};
export default ragents;
`);
  writeFileSync(join(pkg, "ragents.d.cts"), head + api);
  writeFileSync(join(pkg, "ragents.d.mts"), readFileSync(join(pkg, "ragents.d.ts")));
  const global = `/** Declares the global \`ragents\` that www/ragents-browser.js installs. */\ndeclare namespace ragents {\n${api.replace(/^export declare /gm, "export ").replace(/^(?=.)/gm, "  ")}}\n`;
  writeFileSync(join(root, "www", "ragents-browser.d.ts"), global);
  writeFileSync(join(pkg, "www", "ragents-browser.d.ts"), global);

  copyFileSync(join(root, "LICENSE"), join(pkg, "LICENSE"));
  copyFileSync(join(root, "docs", "npm-package.md"), join(pkg, "README.md"));
  const types = (file) => ({ types: `./${file}` });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({
    name: "ragents",
    version,
    description: "ragents: agent messaging protocol over WebSocket (client for browsers, bundlers, Node and Deno; Rust/wasm)",
    license: "Apache-2.0",
    repository: { type: "git", url: "https://github.com/ragents/ragents" },
    keywords: ["websocket", "agents", "rpc", "wasm"],
    type: "module",
    main: "./ragents.cjs",
    module: "./ragents.js",
    types: "./ragents.d.ts",
    unpkg: "./www/ragents-browser.js",
    jsdelivr: "./www/ragents-browser.js",
    // What the client needs of a browser (DecompressionStream, WebAssembly);
    // npm test runs it in the current Chromium, Firefox ESR and WebKitGTK.
    browserslist: ["chrome >= 80", "edge >= 80", "firefox >= 113", "safari >= 16.4", "ios_saf >= 16.4"],
    exports: {
      ".": {
        deno: { ...types("ragents.d.ts"), default: "./ragents.js" },
        node: {
          import: { ...types("ragents.d.mts"), default: "./ragents.mjs" },
          require: { ...types("ragents.d.cts"), default: "./ragents.cjs" },
        },
        browser: { ...types("ragents.d.ts"), default: "./ragents.js" },
        require: { ...types("ragents.d.cts"), default: "./ragents.cjs" },
        default: { ...types("ragents.d.ts"), default: "./ragents.js" },
      },
      "./www/ragents-browser.js": "./www/ragents-browser.js",
      "./workers": { types: "./ragents-workers.d.ts", default: "./ragents-workers.js" },
      "./www/ragents-workers.js": "./www/ragents-workers.js",
      "./www/ragents-worker.js": "./www/ragents-worker.js",
      "./package.json": "./package.json",
    },
    files: ["ragents.js", "ragents.cjs", "ragents.mjs", "ragents.d.ts", "ragents.d.cts", "ragents.d.mts",
      "ragents-workers.js", "ragents-workers.d.ts", "www/"],
    sideEffects: ["./www/ragents-browser.js", "./ragents-workers.js", "./www/ragents-workers.js"],
    engines: { node: ">=20" },
    peerDependencies: { ws: ">=8" },
    peerDependenciesMeta: { ws: { optional: true } },
  }, null, 2) + "\n");

  const file = join(root, "www", "ragents-browser.js");
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`www/ragents-browser.js: ${statSync(file).size} bytes, ${gz} gzipped`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  setup();
  await build();
}
