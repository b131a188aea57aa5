// Compiled with `tsc --noEmit --strict` against pkg/ragents.d.ts (see
// tests/node/types.test.mjs). Each @ts-expect-error line must fail to type
// check: it proves the declarations are not `any`.
import * as ragents from "ragents";
import type { RAgent, RagentsError, AgentInfo, RequestContext } from "ragents";

async function promises(): Promise<string> {
  const session = await ragents.createSession({ url: "ws://localhost:9000", key: "sample", requestTimeout: 5000 });
  const agent = await session.createAgent({ name: "echoer", title: "an echo agent" });
  const id: string = agent.info.id;
  agent.receive("echo", (body, reply) => reply(null, body));
  agent.emit("echoed", { a: 1 });
  const ragents_: RAgent[] = await session.getRemoteAgents();
  const answer = await ragents_[0].send<{ a: number }>("echo", { a: 1 }, { timeout: 1000 });
  const n: number = answer.a;
  // Streams, cancelling, and what a handler is told.
  const c = new AbortController();
  const st = ragents_[0].stream<string, { done: boolean }>("generate", { prompt: "hi" }, { signal: c.signal, timeout: 30000 });
  for await (const chunk of st) chunk.toUpperCase();
  const done: boolean = (await st.result).done;
  st.cancel("enough");
  agent.receive("generate", async (body, reply, ctx) => {
    const aborted: boolean = ctx.signal.aborted;
    const streaming: boolean = ctx.stream;
    const ok: boolean = await reply.write("tok");
    reply(null, { done: ok && aborted && streaming });
  });
  agent.receive("count", async function* (body: unknown, ctx: RequestContext) {
    yield ctx.stream;
    return "end";
  });
  // @ts-expect-error: a signal is an AbortSignal
  ragents_[0].send("echo", 1, { signal: "stop" });
  session.on("ragentCreated", (r) => r.info.name).once("close", () => {}).off("close", () => {});
  ragents_[0].on("echoed", (body) => body);
  const count: number = session.listenerCount("close");
  await session.destroyAgent(agent.info);
  session.close();
  // @ts-expect-error: the url is required
  ragents.createSession({ key: "k" });
  // @ts-expect-error: a session event listener has a fixed signature
  session.on("ragentCreated", (r: number) => r);
  // @ts-expect-error: a misspelled session event
  session.on("ragentCreatd", (r: RAgent) => r);
  // @ts-expect-error: a misspelled session event, once
  session.once("clsoe", () => {});
  // @ts-expect-error: info is read-only
  agent.info.id = "x";
  // @ts-expect-error: send needs a name string
  ragents_[0].send(1, {});
  return id + n + count + ragents.version;
}

async function errors(): Promise<string> {
  try {
    await ragents.createSession({ url: "ws://localhost:1", key: "k", debug: true });
  } catch (e) {
    if (e instanceof ragents.RagentsError) return e.code + e.message;
  }
  const again = await ragents.createSession({ url: "ws://localhost:9000", key: "k", heartbeat: 5000, reconnect: { minDelay: 100, retries: 5 } });
  again.on("reconnecting", (r) => r.attempt + r.delay).on("reconnect", (r) => r.resumed).on("disconnect", (e) => e.code);
  // @ts-expect-error: reconnect is a boolean or options
  ragents.createSession({ url: "ws://localhost:9000", key: "k", reconnect: "yes" });
  // @ts-expect-error: debug is a boolean
  ragents.createSession({ url: "ws://localhost:9000", key: "k", debug: "yes" });
  // @ts-expect-error: errors are made by the library only
  new ragents.RagentsError("m", "ERR_CLOSED");
  return ragents.default.version;
}

async function workers(): Promise<string> {
  const session = await ragents.createSession({
    url: "ws://localhost:9000",
    key: "k",
    agents: { crypto: { url: "crypto.js" }, sandbox: { text: "function f() {}", events: ["done"] } },
  });
  const wa: ragents.WorkerAgent = await session.spawnAgent({ name: "calc", text: "function add(a, b) { return a + b }", timeout: 1000 });
  wa.on("href", (href: string) => href).once("error", (e) => e.code);
  await wa.inject([{ url: "more.js" }, { text: "function g() {}" }]);
  await wa.refresh();
  await wa.clear();
  const sum: number = await session.request<number>({ id: "calc", method: "add", params: [1, 2] });
  // @ts-expect-error: a worker agent needs a name
  session.spawnAgent({ text: "" });
  // @ts-expect-error: a misspelled worker agent event
  wa.on("hreff", () => {});
  return session.agents.crypto.info.id + sum;
}

function callbacks(): void {
  ragents.createSession({ url: "ws://localhost:9000", key: "sample" }, (err, session) => {
    if (err) {
      const code: RagentsError["code"] = err.code;
      if (code === "ERR_CONNECT") return;
    }
    session.getRemoteAgents((err, list) => {
      list.forEach((r) => r.send("echo", {}, (err: RagentsError | null, body: unknown) => body));
    });
    session.createAgent({ name: "x" }, (err, agent) => {
      const info: AgentInfo = agent.info;
      agent.destroy((err) => info);
    });
  });
}

export { promises, callbacks, errors, workers };
