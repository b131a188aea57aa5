// Builds the fuzz targets (fuzz/, libFuzzer through libfuzzer-sys) on
// stable Rust with cargo-fuzz's coverage flags, then runs each for a set
// time and reports executions, coverage and crashes. The committed corpus
// (fuzz/corpus/TARGET) seeds each run; what a run finds goes to
// target/fuzz-corpus, crashes to target/fuzz-artifacts. Exits 1 on a crash.
//
//   npm run fuzz [-- --seconds N] [-- TARGET...]
import { spawnSync } from "node:child_process";
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { root, targetDir, toolEnv } from "./setup.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--seconds");
const seconds = at >= 0 ? Number(args.splice(at, 2)[1]) : 60;
const all = ["frames", "handshake", "packets", "session"];
const targets = args.length ? args : all;

const host = spawnSync("rustc", ["-vV"], { encoding: "utf8" }).stdout.match(/host: (\S+)/)[1];
const flags = [
  "--cfg fuzzing",
  "-Cpasses=sancov-module",
  "-Cllvm-args=-sanitizer-coverage-level=4",
  "-Cllvm-args=-sanitizer-coverage-inline-8bit-counters",
  "-Cllvm-args=-sanitizer-coverage-pc-table",
  "-Cllvm-args=-sanitizer-coverage-trace-compares",
  "-Cdebuginfo=1",
];
const fuzzTarget = join(targetDir, "fuzz");
// --target: the flags then reach the targets, not the build scripts.
const built = spawnSync(
  "cargo",
  ["build", "--locked", "--release", "--target", host, "--manifest-path", join(root, "fuzz", "Cargo.toml")],
  { stdio: "inherit", env: { ...toolEnv(), RUSTFLAGS: flags.join(" "), CARGO_TARGET_DIR: fuzzTarget } },
);
if (built.status !== 0) process.exit(1);

const rows = [];
let crashed = false;
for (const target of targets) {
  const corpus = join(targetDir, "fuzz-corpus", target);
  const artifacts = join(targetDir, "fuzz-artifacts", target) + "/";
  mkdirSync(corpus, { recursive: true });
  rmSync(artifacts, { recursive: true, force: true }); // this run's crashes only
  mkdirSync(artifacts, { recursive: true });
  cpSync(join(root, "fuzz", "corpus", target), corpus, { recursive: true });
  const dict = ["packets", "session"].includes(target) ? [`-dict=${join(root, "fuzz", "protocol.dict")}`] : [];
  // libFuzzer's log goes to a file: a long run writes more than a pipe's
  // buffer would hold.
  const log = join(targetDir, "fuzz-artifacts", `${target}.log`);
  const fd = openSync(log, "w");
  const run = spawnSync(
    join(fuzzTarget, host, "release", target),
    [`-max_total_time=${seconds}`, "-print_final_stats=1", `-artifact_prefix=${artifacts}`, "-rss_limit_mb=1024", ...dict, corpus],
    { stdio: ["ignore", fd, fd], timeout: (seconds + 60) * 1000 },
  );
  closeSync(fd);
  const out = readFileSync(log, "utf8");
  const stat = (name) => Number(out.match(new RegExp(`stat::${name}:\\s+(\\d+)`))?.[1] ?? NaN);
  const coverage = out.match(/cov: (\d+)/g)?.pop()?.split(" ")[1] ?? "?";
  const crashes = readdirSync(artifacts).filter((f) => /^(crash|leak|timeout|oom)-/.test(f));
  const ok = run.status === 0 && crashes.length === 0;
  const status = ok ? "ok" : run.signal ? `killed (${run.signal})` : `exit ${run.status}`;
  if (!ok) {
    crashed = true;
    console.log(out.split("\n").slice(-40).join("\n"));
  }
  rows.push({ target, seconds, executions: stat("number_of_executed_units"), "per second": stat("average_exec_per_sec"), coverage, "corpus files": readdirSync(corpus).length, crashes: crashes.length, status });
}
console.table(rows);
if (crashed) {
  console.log(`Crashing inputs are in ${join(targetDir, "fuzz-artifacts")}: fix the cause, then add the input to fuzz/corpus/TARGET.`);
  process.exit(1);
}
