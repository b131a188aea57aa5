// `npm run docs`: the API references, generated into target/doc/:
//   target/doc/js/       the JavaScript API (TypeDoc, from pkg/ragents.d.ts,
//                        the declarations the package ships);
//   target/doc/ragents/  the Rust crate (cargo doc: the cores, the relay,
//                        the Rust client).
// Builds the package first if pkg/ has no declarations yet.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, root, setup, toolEnv, targetDir } from "./setup.mjs";
import { build } from "./build.mjs";

const version = () => JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8")).version;

export function jsReference(out = join(targetDir, "doc", "js"), env = toolEnv()) {
  run(
    `typedoc --entryPoints ${join(root, "pkg", "ragents.d.ts")} --tsconfig ${join(root, "scripts", "docs-tsconfig.json")} ` +
      `--name "ragents ${version()}" --readme ${join(root, "docs", "npm-package.md")} ` +
      `--out ${out} --disableSources --treatWarningsAsErrors --logLevel Warn`,
    { env },
  );
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  setup();
  const env = toolEnv();
  if (!existsSync(join(root, "pkg", "ragents.d.ts"))) await build({ env });
  const js = jsReference(undefined, env);
  run("cargo doc --no-deps --locked --lib --features rust-client", { env });
  console.log(`\nJavaScript API: ${join(js, "index.html")}\nRust crate:     ${join(targetDir, "doc", "ragents", "index.html")}`);
}
