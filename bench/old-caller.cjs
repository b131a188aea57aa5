// The same caller as examples/caller.rs, with the ragents@1.0.0 Node
// client: `node bench/old-caller.cjs URL KEY AGENT TOTAL WINDOW`. Prints
// `ready`, waits for a line on stdin, calls `echo` TOTAL times WINDOW at
// once, prints {"ms": elapsed}, and exits when stdin ends.
const ragents = require("ragents");
const [url, key, name, totalArg, windowArg] = process.argv.slice(2);
const total = Number(totalArg), window = Number(windowArg);
ragents.createSession({ url, key }, (err, session) => {
  if (err) throw err;
  session.getRemoteAgents((err, agents) => {
    if (err) throw err;
    const agent = agents.find((a) => a.info.name === name);
    if (!agent) throw new Error("no agent named " + name);
    console.log("ready");
    process.stdin.once("data", () => {
      const t0 = performance.now();
      let sent = 0, answered = 0;
      const next = () => {
        if (sent >= total) return;
        agent.send("echo", { n: sent++ }, (err) => {
          if (err) throw err;
          if (++answered === total) console.log(JSON.stringify({ ms: performance.now() - t0 }));
          else next();
        });
      };
      for (let i = 0; i < window; i++) next();
    });
    process.stdin.on("end", () => {
      session.close();
      process.exit(0);
    });
  });
});
