// A tiny app that imports the npm package in pkg/ through a bundler and runs
// the echo example with Promises. The relay URL is the page's host.
import * as ragents from "ragents";

async function main() {
  const url = "ws://" + location.host;
  const key = "bundled-" + Math.random();
  const server = await ragents.createSession({ url, key });
  const agent = await server.createAgent({ name: "echoer", title: "an echo agent" });
  agent.receive("echo", (body, reply) => {
    reply(null, body);
    agent.emit("echoed", body);
  });
  const client = await ragents.createSession({ url, key, requestTimeout: 5000 });
  const [echoer] = await client.getRemoteAgents();
  const heard = new Promise((resolve) => echoer.once("echoed", resolve));
  const body = await echoer.send("echo", { a: 1 });
  console.log("bundled", ragents.version, JSON.stringify(body), JSON.stringify(await heard));
  server.close();
  client.close();
}

main().catch((e) => console.log("failed", e.code, e.message));
