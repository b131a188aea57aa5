// The JavaScript API reference (`npm run docs`) builds from the shipped
// declarations without a warning, and documents every class of the API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsReference } from "../../scripts/docs.mjs";

test("the TypeDoc reference documents each class and createSession", () => {
  const out = mkdtempSync(join(tmpdir(), "ragents-docs-"));
  try {
    jsReference(out);
    for (const c of ["Session", "Agent", "RAgent", "RagentsError"]) {
      assert.match(readFileSync(join(out, "classes", `${c}.html`), "utf8"), new RegExp(`<h1>Class ${c}`));
    }
    const session = readFileSync(join(out, "classes", "Session.html"), "utf8");
    assert.match(session, /createAgent/);
    assert.match(readFileSync(join(out, "functions", "createSession.html"), "utf8"), /requestTimeout|SessionConfig/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
