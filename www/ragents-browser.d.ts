/** Declares the global `ragents` that www/ragents-browser.js installs. */
declare namespace ragents {
  /* tslint:disable */
  /* eslint-disable */

  /** What describes an agent. `id` is given by the relay. */
  export interface AgentInfo {
      readonly id: string;
      readonly name?: string;
      readonly title?: string;
  }

  /** `createSession`'s config. */
  export interface SessionConfig {
      /** The relay's WebSocket URL, e.g. "ws://localhost:9000". */
      url: string;
      /** The session key: every client with the same key shares the session. */
      key: string | number;
      /** Fail every request (connecting included) not answered within this many ms. */
      requestTimeout?: number;
      /**
       * Log every packet in and out with `console.debug`. Defaults to on when
       * `localStorage.debug` (pages) or `DEBUG` (Node) names `ragents:packets`,
       * e.g. "ragents*", as with the npm package `debug`.
       */
      debug?: boolean;
      /**
       * After a lost socket, reconnect by itself (the default): local agents are
       * made again, calls made meanwhile go once back. `false`: one socket, as
       * 1.0.0: the session ends with it. An object tunes the backoff.
       */
      reconnect?: boolean | ReconnectOptions;
      /**
       * ms of silence before the client asks the relay for a sign of life; with
       * nothing for twice that, the socket counts as dead (default 15000;
       * `false` or 0: none).
       */
      heartbeat?: number | false;
      /**
       * Worker agents to spawn once the session is open, by name (needs the
       * worker agents file: www/ragents-workers.js, or `import "ragents/workers"`).
       * The session resolves when they are ready; `session.agents[name]` is each.
       */
      agents?: { [name: string]: WorkerAgentSpec };
  }

  /** The reconnection backoff: each delay is `minDelay * factor^attempt`, at most `maxDelay`, shortened by up to `jitter` of itself. */
  export interface ReconnectOptions {
      /** ms (default 500). */
      minDelay?: number;
      /** ms (default 10000). */
      maxDelay?: number;
      /** default 2. */
      factor?: number;
      /** 0 to 1 (default 0.5). */
      jitter?: number;
      /** Attempts in a row before the session ends (default: no end). */
      retries?: number;
  }

  /** How a worker agent is made (`spawnAgent`, or `SessionConfig.agents`). */
  export interface WorkerAgentSpec {
      title?: string;
      /** The agent's code: a script URL (relative to the page)... */
      url?: string;
      /** ...or its inline text. Its global functions are the agent's methods. */
      text?: string;
      /** The events its `$agent.trigger` may emit; any other is refused. */
      events?: string[];
      /** How long a request may run in the worker, ms (default 30000). */
      timeout?: number;
      /**
       * A same-origin URL of www/ragents-worker.js, for pages whose Content
       * Security Policy refuses blob: workers.
       */
      bootstrap?: string;
  }

  /**
   * A named call, as in JSON-RPC: `id` names the agent (its `info.name`),
   * `method` is the request's name, `params` its body (an array or an object).
   */
  export interface NamedCall {
      id: string;
      method: string;
      params?: unknown;
  }

  /** The options of `RAgent.send` and `Session.request`. */
  export interface SendOptions {
      /** Fail the request if it is not answered within this many ms. Through
       * our relay, the deadline reaches the agent too (its `ctx.signal`). */
      timeout?: number;
      /** Gives the call up when aborted: it fails with `signal.reason`, as
       * `fetch` does, and its agent's `ctx.signal` fires (through our relay).
       * An aborted signal sends nothing. */
      signal?: AbortSignal;
  }

  /** What a handler is told of the request it answers. */
  export interface RequestContext {
      /** Aborted when the request is given up: its caller aborted it
       * (`AbortError`, "cancelled"), its deadline passed (`TimeoutError`), its
       * caller left for good ("caller left"), or this session closed. Only our
       * relay tells of the first three. */
      readonly signal: AbortSignal;
      /** Whether the caller asked for a stream (`RAgent.stream`, through our
       * relay): `reply.write` then sends chunks. */
      readonly stream: boolean;
      /** The handler's `reply`, as its second argument. */
      readonly reply: Reply;
  }

  export type ErrorCode =
  | "ERR_INVALID_ARG"
  | "ERR_CONNECT"
  | "ERR_CLOSED"
  | "ERR_TIMEOUT"
  | "ERR_AGENT_DESTROYED"
  | "ERR_AGENT_NOT_FOUND"
  | "ERR_REMOTE"
  | "ERR_DESTROYED"
  | "ERR_WORKER"
  | "ERR_DISCONNECTED";

  /**
   * Every error of this library: an `Error` with a stable `code`, whose message
   * says what failed and where (the URL). Its stack starts at the caller.
   */
  export class RagentsError extends Error {
      private constructor();
      readonly code: ErrorCode;
      /** With ERR_REMOTE: the body the agent answered along with its error. */
      body?: unknown;
  }

  /** A Node-style callback. */
  export type Callback<T> = (err: RagentsError | null, value: T) => void;

  /** How an agent's handler answers: only an error's message travels. */
  export type Reply = ((err: Error | string | null | undefined, body?: unknown) => void) & {
      /** Streams one chunk of the answer: resolves true once it goes, within
       * the caller's credit (it waits while the caller reads no more); false
       * when the call is over (cancelled, timed out, answered, caller gone) or
       * the caller asked for no stream. The final `reply` ends the stream. */
      write(chunk: unknown): Promise<boolean>;
  };

  /** A streamed answer (`RAgent.stream`): an async iterator of its chunks, in
   * order. Reading grants the agent more; breaking out of `for await`
   * cancels the call at the agent. */
  export interface RStream<T = any, R = any> extends AsyncIterableIterator<T> {
      /** The body of the agent's final reply (rejected as the call fails). */
      readonly result: Promise<R>;
      /** Gives the call up: `result` and the iterator fail with `reason`
       * (an `AbortError` by default), and the agent's `ctx.signal` fires. */
      cancel(reason?: unknown): void;
  }

  /** Handles one request's body. */
  export type Handler = (body: any, reply: Reply, ctx: RequestContext) => void;

  /** An async generator handler: its yields are the chunks of its answer,
   * its return the reply. */
  export type StreamHandler = (body: any, ctx: RequestContext) => AsyncGenerator<unknown, unknown, void>;

  type Listener = (...args: any[]) => void;

  /** Node's event emitter methods, typed by event name. */
  interface Emitter<Events extends { [K in keyof Events]: Listener }> {
      on<K extends keyof Events & string>(name: K, listener: Events[K]): this;
      addListener<K extends keyof Events & string>(name: K, listener: Events[K]): this;
      once<K extends keyof Events & string>(name: K, listener: Events[K]): this;
      off<K extends keyof Events & string>(name: K, listener: Events[K]): this;
      removeListener<K extends keyof Events & string>(name: K, listener: Events[K]): this;
      removeAllListeners(name?: keyof Events & string): this;
      listeners<K extends keyof Events & string>(name: K): Events[K][];
      listenerCount(name: keyof Events & string): number;
      /** Calls the listeners with the arguments after `name`; true if there were any. */
      emit<K extends keyof Events & string>(name: K, ...args: Parameters<Events[K]>): boolean;
  }

  /** A session's events: any other name is a type error. */
  export interface SessionEvents {
      /** The session is over for good (close(), retries spent, or a lost socket with `reconnect: false`). */
      close: () => void;
      /** The socket was lost; the session is reconnecting. */
      disconnect: (err: RagentsError) => void;
      /** The next attempt, `delay` ms from now. */
      reconnecting: (info: { attempt: number; delay: number }) => void;
      /** Back: local agents made again (`resumed` false: with new ids). */
      reconnect: (info: { resumed: boolean }) => void;
      error: (err: RagentsError) => void;
      ragentCreated: (ragent: RAgent) => void;
      ragentDestroyed: (ragent: RAgent) => void;
  }

  /** The events a remote agent's agent emits: any name, one body. */
  export interface RAgentEvents {
      [name: string]: (body: any) => void;
  }

  /** The connection to every client that joined with the same key. */
  export interface Session extends Emitter<SessionEvents> {}
  export class Session {
      private constructor();
      /** Whether the session is connected. */
      readonly isOpen: boolean;
      /** Closes the session: local agents are destroyed, pending requests fail. */
      close(): void;
      createAgent(info: { name?: string; title?: string }, cb: Callback<Agent>): void;
      createAgent(info: { name?: string; title?: string }): Promise<Agent>;
      destroyAgent(info: AgentInfo, cb: Callback<Agent>): void;
      destroyAgent(info: AgentInfo): Promise<Agent>;
      getRemoteAgents(cb: Callback<RAgent[]>): void;
      getRemoteAgents(): Promise<RAgent[]>;
      /**
       * Calls `method` of the agent named `id` (the oldest, if several share the
       * name). If there is none yet, the call waits until one appears; waiting
       * included, it is bounded by `options.timeout`, else the session's
       * `requestTimeout`, else 30 s.
       */
      request<T = any>(call: NamedCall, cb: Callback<T>): void;
      request<T = any>(call: NamedCall, options: SendOptions, cb: Callback<T>): void;
      request<T = any>(call: NamedCall, options?: SendOptions): Promise<T>;
      /** Closes the session (as `close()`) and frees its memory at once. */
      free(): void;
      /**
       * Creates a local agent whose requests are handled in a Web Worker (needs
       * the worker agents file); resolves once its code has run.
       */
      spawnAgent(spec: WorkerAgentSpec & { name: string }, cb: Callback<WorkerAgent>): void;
      spawnAgent(spec: WorkerAgentSpec & { name: string }): Promise<WorkerAgent>;
      /** This session's worker agents, by name. */
      readonly agents: { [name: string]: WorkerAgent };
  }

  export interface WorkerAgentEvents {
      /** The worker called `$agent.href(href)`. */
      href: (href: string) => void;
      /** The worker failed after it started. */
      error: (err: RagentsError) => void;
  }

  /** A local agent run by a Web Worker (see `Session.spawnAgent`). */
  export interface WorkerAgent extends Emitter<WorkerAgentEvents> {}
  export class WorkerAgent {
      private constructor();
      readonly info: AgentInfo;
      /** Restarts the worker from its source; resolves when it is ready. */
      refresh(): Promise<WorkerAgent>;
      /** Replaces the worker with an empty one: its methods are gone. */
      clear(): Promise<WorkerAgent>;
      /** Runs more code in the running worker; rejects on a load or syntax error. */
      inject(items: ({ url: string } | { text: string })[]): Promise<void>;
      /** Terminates the worker and destroys the agent. */
      destroy(cb: Callback<Agent>): void;
      destroy(): Promise<Agent>;
  }

  /** An agent of this client: answers requests, emits events. */
  export class Agent {
      private constructor();
      readonly info: AgentInfo;
      /** Handles requests named `name`. */
      receive(name: string, handler: Handler): void;
      /** Handles requests named `name` with an async generator (see
       * `StreamHandler`; in TypeScript, give its `ctx` its type,
       * `RequestContext`, so that this form is chosen). */
      receive(name: string, handler: StreamHandler): void;
      /** Handles every request whose name has no handler of its own; told the name. */
      receive(handler: (body: any, reply: Reply, name: string, ctx: RequestContext) => void): void;
      /** Handles every request whose name has no handler of its own with an
       * async generator, told the name third. */
      receive(handler: (body: any, ctx: RequestContext, name: string) => AsyncGenerator<unknown, unknown, void>): void;
      /** Broadcasts an event to the session: true if it went, or is kept for a session being resumed (sent once the relay takes the session's place back: lost with the place if it does not); false if it cannot go (the session is closed, or down without a place the relay keeps), or if nobody hears it (see `isHeard`): then nothing is sent. */
      emit(name: string, body?: unknown): boolean;
      /** Whether anyone in the session listens to this agent's event `name`:
       * a client that listens to it, or one that hears every event (a 1.0.0
       * client). Always true through a relay that does not tell (the 1.0.0
       * relay). */
      isHeard(name: string): boolean;
      /** Calls `cb(name, heard)` when an event of this agent becomes heard, or
       * no longer: for the names listened to one by one, and, when every event
       * becomes heard or unheard at once, for the names this agent emitted or
       * asked `isHeard` about (up to 256). Returns the function that stops it. */
      onInterest(cb: (name: string, heard: boolean) => void): () => void;
      destroy(cb: Callback<Agent>): void;
      destroy(): Promise<Agent>;
      free(): void;
  }

  /** An agent of the session, seen from here: send it requests, hear its events. */
  export interface RAgent extends Emitter<RAgentEvents> {}
  export class RAgent {
      private constructor();
      readonly info: AgentInfo;
      send<T = any>(name: string, body: unknown, cb: Callback<T>): void;
      send<T = any>(name: string, body: unknown, options: SendOptions, cb: Callback<T>): void;
      send<T = any>(name: string, body: unknown, options?: SendOptions): Promise<T>;
      /** Sends a request whose answer comes in chunks (an agent's
       * `reply.write`, or an async generator handler's yields), then its final
       * reply. With the 1.0.0 relay, or an agent that does not stream, there
       * are no chunks: the answer is `result`. */
      stream<T = any, R = any>(name: string, body: unknown, options?: SendOptions): RStream<T, R>;
      free(): void;
  }

  /** Connects to a session. Throws at once on a missing config, url or key. */
  export function createSession(config: SessionConfig, cb: Callback<Session>): void;
  export function createSession(config: SessionConfig): Promise<Session>;

  /** The version of this package. */
  export const version: string;
}
