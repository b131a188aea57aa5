// `npm start`: installs what is missing, builds the relay and the browser
// client, and runs ragentsd on port 9000 serving www/ (the demo page).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setup, run, root, toolEnv, targetDir } from "./setup.mjs";
import { build } from "./build.mjs";

setup();
const env = toolEnv();
run("cargo build --release --locked --bin ragentsd", { env });
await build({ env });
const port = process.env.PORT || "9000";
console.log(`\nopen http://localhost:${port}/ (Ctrl-C stops)\n`);
const relay = spawn(join(targetDir, "release", "ragentsd"), ["-p", port, "--www", join(root, "www")], {
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => relay.kill(sig));
relay.on("exit", (code) => process.exit(code ?? 0));
