// A tiny app that imports the npm package `ragents` (the packed tarball,
// installed) and runs the echo example with Promises. The relay is the
// page's `?relay=` parameter, else the page's own host.
import ragents, { createSession, version } from "ragents";

async function main() {
  const url = new URLSearchParams(location.search).get("relay") || "ws://" + location.host;
  const key = "bundled-" + Math.random();
  const server = await createSession({ url, key });
  const agent = await server.createAgent({ name: "echoer", title: "an echo agent" });
  agent.receive("echo", (body, reply) => {
    reply(null, body);
    agent.emit("echoed", body);
  });
  const client = await ragents.createSession({ url, key, requestTimeout: 5000 });
  const [echoer] = await client.getRemoteAgents();
  const heard = new Promise((resolve) => echoer.once("echoed", resolve));
  const body = await echoer.send("echo", { a: 1 });
  console.log("bundled", version, JSON.stringify(body), JSON.stringify(await heard));
  server.close();
  client.close();
}

main().catch((e) => console.log("failed", e.code, e.message));
