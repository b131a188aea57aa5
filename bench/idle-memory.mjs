// `node bench/idle-memory.mjs [RAGENTSD...]`: the relay's memory per idle
// connection, plain and resumable (`"resume": true` in connect), for each
// ragentsd binary given (default: this tree's release build), three runs
// of 5,000 connections each, medians. For comparing builds by hand; the
// benchmark's own row is in run.mjs.
import { join } from "node:path";
import { idle } from "./relay-loads.mjs";
import { LOAD_ENV, root, startRelay } from "../tests/node/relays.mjs";

const binaries = process.argv.slice(2);
if (binaries.length === 0) binaries.push(join(root, "target", "release", "ragentsd"));

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const bin of binaries) {
  for (const resume of [false, true]) {
    const per = [];
    for (let run = 0; run < 3; run++) {
      const relay = await startRelay([], { bin, env: LOAD_ENV });
      const r = await idle(relay.url, relay.child.pid, { connections: 5000, resume });
      await relay.stop();
      if (!r.allAnswered) throw new Error("an idle session was not served");
      per.push(r.bytesPer);
    }
    console.log(`${bin} ${resume ? "resumable" : "plain"}: ${(median(per) / 1024).toFixed(2)} KiB per idle connection (${per.map((b) => (b / 1024).toFixed(2)).join(", ")})`);
  }
}
