// The size budgets: what a page downloads for the client, and what it adds
// for worker agents, gzip -9, may not grow past the numbers kept in
// tests/size-budget.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { root } from "./relays.mjs";

const budgets = JSON.parse(readFileSync(join(root, "tests", "size-budget.json"), "utf8"));

function within({ files, budget }, what) {
  const sizes = files.map((f) => gzipSync(readFileSync(join(root, f)), { level: 9 }).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`size, ${what}: ${files.map((f, i) => `${f} ${sizes[i]}`).join(", ")}; ${total} of ${budget} bytes gzipped`);
  assert.ok(total <= budget, `${total} bytes gzipped, over the budget of ${budget} (tests/size-budget.json)`);
}

test("what a page downloads stays within the size budget", () => within(budgets, "the client"));

test("the worker agents file stays within its budget", () => within(budgets.workers, "worker agents"));
