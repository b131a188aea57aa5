// The bundle's inflate (scripts/inflate.js) against Node's zlib: every kind
// of DEFLATE block, and the real wasm the bundle carries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { root } from "./relays.mjs";
import { targetDir } from "../../scripts/setup.mjs";

const inflate = new Function(readFileSync(join(root, "scripts", "inflate.js"), "utf8") + "\nreturn inflate;")();

function roundTrip(data, options) {
  const packed = deflateRawSync(data, options);
  assert.deepEqual(Buffer.from(inflate(packed, data.length)), Buffer.from(data));
}

test("fixed and dynamic Huffman blocks, short and long matches", () => {
  roundTrip(Buffer.from(""));
  roundTrip(Buffer.from("a"));
  roundTrip(Buffer.from("hello hello hello hello, ragents!")); // fixed codes
  const text = Buffer.from(Array.from({ length: 4000 }, (_, i) => `line ${i % 97} of ${i % 13}\n`).join(""));
  roundTrip(text); // dynamic codes, distances up to 32 KB
  roundTrip(Buffer.alloc(100_000, 7)); // runs of length 258
  for (const level of [1, 6, 9]) roundTrip(text, { level });
});

test("stored blocks (incompressible data, and level 0)", () => {
  roundTrip(randomBytes(70_000));
  roundTrip(Buffer.from("stored as is"), { level: 0 });
});

test("the wasm of the built bundle", () => {
  const wasm = join(targetDir, "wasm-pack", "ragents_bg.wasm"); // built by npm test before this runs
  assert.ok(existsSync(wasm), `${wasm} is missing: run npm run build`);
  roundTrip(readFileSync(wasm), { level: 9 });
});

test("bad input is an error, not a hang or wrong bytes", () => {
  const packed = deflateRawSync(Buffer.from("some text to pack, some text to pack"));
  assert.throws(() => inflate(packed.subarray(0, 5), 36), /inflate/);
  assert.throws(() => inflate(Buffer.from([0x07]), 1), /inflate: bad block type/);
  assert.throws(() => inflate(packed, 35), /./);
});
