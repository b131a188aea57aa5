// The shipped declarations type-check a strict program using the whole API,
// and reject the misuses marked @ts-expect-error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./relays.mjs";

test("pkg/ragents.d.ts and www/ragents-browser.d.ts type-check real usage", () => {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", join(root, "tests", "types")], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test("the declarations say `any` only where a body is free-form", () => {
  const dts = readFileSync(join(root, "pkg", "ragents.d.ts"), "utf8");
  const anys = dts.split("\n").filter((l) => /\bany\b/.test(l) && !/^\s*(\/\/|\*|\/\*)/.test(l));
  for (const line of anys) assert.match(line, /body|Listener =|args: any|T = any|\[name: string\]: \(body: any\)/, line);
});
