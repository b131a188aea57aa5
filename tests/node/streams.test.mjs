// Streams in real pages through our relay: chunks in order under the
// caller's credit, a consumer that stops reading holds its producer,
// `break` cancels at the agent, and async generator handlers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { scriptTagSite, open, UNTIL } from "./pages.mjs";

let web;
before(async () => {
  web = await scriptTagSite("ragents-streams-");
});
after(() => web?.close());

/** In the page: a session with an agent "producer", and a caller. */
const SETUP = UNTIL + `
window.pair = async function (url, handlers) {
  const key = "streams-" + Math.random();
  const owner = await ragents.createSession({ url, key });
  const agent = await owner.createAgent({ name: "producer" });
  // ("*": the catch-all.)
  for (const [name, f] of Object.entries(handlers)) name === "*" ? agent.receive(f) : agent.receive(name, f);
  const asker = await ragents.createSession({ url, key });
  const [ragent] = await asker.getRemoteAgents();
  return { owner, asker, ragent, close: () => (owner.close(), asker.close()) };
};
`;

async function streamPage() {
  const page = await open(web.browser, web.url("index.html"));
  await page.page.evaluate(SETUP);
  return page;
}

test("10,000 chunks in order across 50 interleaved streams, each then its result", async () => {
  const page = await streamPage();
  const result = await page.page.evaluate(async (url) => {
    const { ragent, close } = await pair(url, {
      count: async (body, reply, ctx) => {
        for (let i = 0; i < body.n; i++) {
          if (!(await reply.write({ s: body.s, i }))) return;
        }
        reply(null, { done: body.s, stream: ctx.stream });
      },
    });
    const one = async (s) => {
      const st = ragent.stream("count", { s, n: 200 });
      const seen = [];
      for await (const c of st) seen.push(c.s === s ? c.i : -1);
      return { inOrder: seen.every((v, i) => v === i), count: seen.length, result: await st.result };
    };
    const all = await Promise.all(Array.from({ length: 50 }, (_, s) => one(s)));
    close();
    return all;
  }, web.relay.url);
  assert.equal(result.length, 50);
  for (const [s, r] of result.entries()) {
    assert.deepEqual(r, { inOrder: true, count: 200, result: { done: s, stream: true } });
  }
  assert.deepEqual(page.errors, []);
});

test("a caller that stops reading holds the producer to its credit; reading on lets it go", async () => {
  const page = await streamPage();
  const result = await page.page.evaluate(async (url) => {
    let written = 0;
    const { ragent, close } = await pair(url, {
      flood: async (body, reply) => {
        for (let i = 0; i < 100; i++) {
          if (!(await reply.write(i))) return;
          written++;
        }
        reply(null, "all");
      },
    });
    const st = ragent.stream("flood", null);
    const it = st[Symbol.asyncIterator]();
    const firstFive = [];
    for (let i = 0; i < 5; i++) firstFive.push((await it.next()).value);
    await new Promise((r) => setTimeout(r, 300));
    const held = written;
    const rest = [];
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      rest.push(r.value);
    }
    const final = await st.result;
    close();
    return { firstFive, held, total: firstFive.length + rest.length, last: rest[rest.length - 1], final };
  }, web.relay.url);
  assert.deepEqual(result.firstFive, [0, 1, 2, 3, 4]);
  assert.equal(result.held, 32, "the producer wrote its window, and waits");
  assert.equal(result.total, 100);
  assert.equal(result.last, 99);
  assert.equal(result.final, "all");
  assert.deepEqual(page.errors, []);
});

test("the window widens for small chunks (1,024 ahead) and stays at 32 for 64 KiB ones", async () => {
  const page = await streamPage();
  const held = await page.page.evaluate(async (url) => {
    let written = 0;
    const { ragent, close } = await pair(url, {
      flood: async (size, reply) => {
        const chunk = "x".repeat(size);
        for (;;) {
          if (!(await reply.write(chunk))) return;
          written++;
        }
      },
    });
    const held = [];
    for (const size of [100, 64 << 10]) {
      written = 0;
      const st = ragent.stream("flood", size);
      const it = st[Symbol.asyncIterator]();
      for (let i = 0; i < 16; i++) await it.next(); // half the first window: one grant
      await until(() => written >= (size == 100 ? 1040 : 48), 5000);
      await new Promise((r) => setTimeout(r, 300));
      held.push(written);
      await it.return();
      st.result.catch(() => {});
    }
    close();
    return held;
  }, web.relay.url);
  // 16 read: the window is then 1,024 chunks of 100 bytes ahead of the
  // reader, or 32 of 64 KiB (STREAM_BYTES, 2 MiB), and the producer waits.
  assert.deepEqual(held, [16 + 1024, 16 + 32]);
  assert.deepEqual(page.errors, []);
});

test("a loop of await reply.write(chunk) sends what its credit allows in one message, not one per chunk", async () => {
  const page = await streamPage();
  const result = await page.page.evaluate(async (url) => {
    // Counts the messages each socket sends (the owner's socket: the agent's).
    const sends = new Map();
    const send = WebSocket.prototype.send;
    WebSocket.prototype.send = function (data) {
      sends.set(this, (sends.get(this) || 0) + 1);
      return send.call(this, data);
    };
    const { ragent, close } = await pair(url, {
      count: async (n, reply) => {
        for (let i = 0; i < n; i++) if (!(await reply.write(i))) return;
        reply(null, n);
      },
    });
    const before = new Map(sends);
    const st = ragent.stream("count", 2000);
    let got = 0;
    for await (const c of st) if (c === got) got++;
    await st.result;
    const most = Math.max(...[...sends].map(([ws, n]) => n - (before.get(ws) || 0)));
    close();
    WebSocket.prototype.send = send;
    return { got, most };
  }, web.relay.url);
  assert.equal(result.got, 2000);
  // The agent's socket: a message per burst of credit (32, then 1,024
  // ahead), and the final reply; 2,000 before writes were gathered.
  assert.ok(result.most <= 20, `the busiest socket sent ${result.most} messages for 2,000 chunks`);
  assert.deepEqual(page.errors, []);
});

test("break cancels at the agent: its signal fires, its generator's finally runs; result rejects", async () => {
  const page = await streamPage();
  const result = await page.page.evaluate(async (url) => {
    const seen = { aborted: null, finally: false, yielded: 0 };
    const { ragent, close } = await pair(url, {
      gen: async function* (body, ctx) {
        ctx.signal.addEventListener("abort", () => (seen.aborted = ctx.signal.reason.name));
        try {
          for (let i = 0; ; i++) {
            seen.yielded++;
            yield i;
            await new Promise((r) => setTimeout(r, 1));
          }
        } finally {
          seen.finally = true;
        }
      },
    });
    const st = ragent.stream("gen", null);
    const got = [];
    for await (const c of st) {
      got.push(c);
      if (got.length === 10) break;
    }
    const rejected = await st.result.catch((e) => e.name);
    await until(() => seen.finally && seen.aborted);
    close();
    return { got, rejected, aborted: seen.aborted, finally: seen.finally };
  }, web.relay.url);
  assert.deepEqual(result.got, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(result.rejected, "AbortError");
  assert.equal(result.aborted, "AbortError");
  assert.equal(result.finally, true);
  assert.deepEqual(page.errors, []);
});

test("an async generator handler streams its yields and replies with its return; a plain send gets them gathered", async () => {
  const page = await streamPage();
  const result = await page.page.evaluate(async (url) => {
    const { ragent, close } = await pair(url, {
      five: async function* (body, ctx) {
        for (let i = 1; i <= 5; i++) yield i * body;
        return ctx.stream ? "streamed" : undefined;
      },
      plain: (body, reply, ctx) => {
        reply.write(1).then((ok) => reply(null, { wrote: ok, stream: ctx.stream }));
      },
      big: async function* () {
        yield 1;
        yield 2n; // JSON cannot carry it
      },
      "*": async function* (body, ctx, name) {
        yield name;
        return "any";
      },
    });
    const st = ragent.stream("five", 10);
    const chunks = [];
    for await (const c of st) chunks.push(c);
    const result = await st.result;
    const gathered = await ragent.send("five", 2);
    const plain = await ragent.send("plain", null);
    // A stream of an agent that only replies: no chunks, its reply.
    const once = ragent.stream("plain", null);
    const onceChunks = [];
    for await (const c of once) onceChunks.push(c);
    const onceResult = await once.result;
    const any = ragent.stream("whatever", null);
    const anyChunks = [];
    for await (const c of any) anyChunks.push(c);
    const anyResult = await any.result;
    const big = ragent.stream("big", null);
    const bigChunks = [];
    const bigEnd = await (async () => {
      for await (const c of big) bigChunks.push(c);
    })().catch((e) => e.code);
    close();
    return { chunks, result, gathered, plain, onceChunks, onceResult, anyChunks, anyResult, bigChunks, bigEnd };
  }, web.relay.url);
  assert.deepEqual(result.chunks, [10, 20, 30, 40, 50]);
  assert.equal(result.result, "streamed");
  assert.deepEqual(result.gathered, [2, 4, 6, 8, 10]);
  assert.deepEqual(result.plain, { wrote: false, stream: false });
  assert.deepEqual(result.onceChunks, [1]);
  assert.deepEqual(result.onceResult, { wrote: true, stream: true });
  assert.deepEqual([result.anyChunks, result.anyResult], [["whatever"], "any"], "a catch-all generator is told the name");
  assert.deepEqual([result.bigChunks, result.bigEnd], [[1], "ERR_REMOTE"], "a yield JSON cannot carry ends the call with its error");
  assert.deepEqual(page.errors, []);
});

/** Reads Server-Sent Events from `res` as [event, data] pairs, calling
 * `each` as each comes; stops when `each` returns true. */
async function events(res, each) {
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    text += decoder.decode(value, { stream: true });
    let end;
    while ((end = text.indexOf("\n\n")) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1];
      const data = [...block.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join("\n");
      if (each([name, JSON.parse(data)])) return reader.cancel();
    }
  }
}

test("HTTP JSON-RPC as Server-Sent Events: a chunk event per chunk, then the response; a caller that disconnects cancels at the agent", async () => {
  const page = await streamPage();
  const key = "sse-" + Math.random();
  await page.page.evaluate(async ({ url, key }) => {
    const owner = await ragents.createSession({ url, key });
    const agent = await owner.createAgent({ name: "producer" });
    window.stopped = null;
    agent.receive("count", async function* (n, ctx) {
      for (let i = 0; i < n; i++) yield { i };
      return { counted: n, stream: ctx.stream };
    });
    agent.receive("plain", (n, reply) => reply(null, n + 1));
    agent.receive("forever", async function* (n, ctx) {
      ctx.signal.addEventListener("abort", () => (window.stopped = ctx.signal.reason.message));
      for (let i = 0; ; i++) {
        yield i;
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    window.owner = owner;
  }, { url: web.relay.url, key });
  const post = (method, params, headers = {}, signal) =>
    fetch(`${web.url("rpc/" + key)}`, {
      method: "POST",
      headers,
      signal,
      body: JSON.stringify({ jsonrpc: "2.0", id: 7, method, params }),
    });
  const sse = { accept: "text/event-stream" };
  const res = await post("producer.count", 50, sse);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/event-stream");
  const got = [];
  await events(res, (e) => (got.push(e), e[0] === "response"));
  assert.equal(got.length, 51);
  assert.deepEqual(got.slice(0, 50), Array.from({ length: 50 }, (_, i) => ["chunk", { i }]));
  assert.deepEqual(got[50], ["response", { jsonrpc: "2.0", id: 7, result: { counted: 50, stream: true } }]);
  // An agent that does not stream: the response event is all there is.
  const once = [];
  await events(await post("producer.plain", 1, sse), (e) => (once.push(e), false));
  assert.deepEqual(once, [["response", { jsonrpc: "2.0", id: 7, result: 2 }]]);
  // Notifications alone: no event, the connection just closes.
  const note = await fetch(`${web.url("rpc/" + key)}`, {
    method: "POST",
    headers: sse,
    body: JSON.stringify({ jsonrpc: "2.0", method: "producer.plain", params: 1 }),
  });
  assert.deepEqual([note.status, await note.text()], [200, ""]);
  // Without the header: answered as ever, the generator's yields gathered.
  const plain = await (await post("producer.count", 3)).json();
  assert.deepEqual(plain, { jsonrpc: "2.0", id: 7, result: { counted: 3, stream: false } });
  // A caller that goes away mid-stream: its call is cancelled at the agent.
  const abort = new AbortController();
  const live = await post("producer.forever", null, sse, abort.signal);
  let seen = 0;
  await events(live, () => ++seen === 5).catch(() => {});
  abort.abort();
  const stopped = await page.page.evaluate(async () => {
    await until(() => window.stopped);
    window.owner.close();
    return window.stopped;
  });
  assert.equal(stopped, "caller left");
  assert.deepEqual(page.errors, []);
});
