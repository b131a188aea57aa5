// Worker agents on the page's side (Jasonette's background agents), in a
// file of their own that a page loads when it uses them (www/ragents-workers.js
// after the client's script tag, or `import "ragents/workers"`): a page
// without workers downloads none of it.
// `session.spawnAgent({name, title, url | text, events, timeout, bootstrap})`
// creates a local agent whose every request (a catch-all handler) goes to a
// classic Web Worker running src/client/js/worker.js and the agent's code, and
// `createSession({agents: {name: spec}})` spawns declared ones (the client's
// createSession hands such configs to `Session.declare`, set here).
// The build wraps this in `function (ragents) {...}` (the client's API) and
// puts WORKER_SOURCE (src/client/js/worker.js, minified, as a string) in scope.
var RagentsError = ragents.RagentsError;

function workerError(message, code) {
  return new RagentsError(message, code || "ERR_INVALID_ARG");
}

// Checks a spawn's options, throwing at once as the other methods do.
function spawnSpec(o, what) {
  var bad = function (m) {
    throw workerError(what + ": " + m);
  };
  if (o == null || typeof o != "object") bad("the options are not an object");
  if (typeof o.name != "string") bad("name is not a string");
  if (o.url != null && o.text != null) bad("give url or text, not both");
  if (o.url != null && typeof o.url != "string") bad("url is not a string");
  if (o.text != null && typeof o.text != "string") bad("text is not a string");
  if (o.events != null && !(Array.isArray(o.events) && o.events.every(function (e) { return typeof e == "string"; }))) {
    bad("events is not an array of strings");
  }
  if (o.timeout != null && !(o.timeout > 0)) bad("timeout must be a positive number of milliseconds");
  if (typeof Worker != "function") bad("this runtime has no Web Workers");
  var base = typeof location != "undefined" ? location.href : undefined;
  return {
    name: o.name,
    title: o.title,
    items: o.url != null ? [{ url: o.url, base: base }] : o.text != null ? [{ text: o.text }] : [],
    events: (o.events || []).slice(),
    timeout: o.timeout || 30000,
    bootstrap: o.bootstrap,
    base: base,
  };
}

// Emits from inside the library: a listener's exception is the page's,
// reported as an unhandled rejection, not thrown into the worker's handler.
function fire(o, name, arg) {
  try {
    o.emit(name, arg);
  } catch (e) {
    Promise.reject(e);
  }
}

/** A local agent whose requests are handled in a Web Worker. */
class WorkerAgent {
  constructor(session, agent, spec) {
    this._session = session;
    this._agent = agent;
    this._spec = spec;
    this._calls = {}; // id -> {reply, timer}, posted or waiting
    this._waiting = []; // calls made while the worker (re)starts
    this._injects = {};
    this._n = 0;
    this.info = agent.info;
    // Who hears its declared events, told to its worker as it changes.
    var self = this;
    agent.onInterest(function (name) {
      if (self._worker) self._worker.postMessage({ t: "interest", heard: self._heard(name) });
    });
  }

  // Whether its declared events are heard: `name` alone if declared, all of
  // them when `name` is undefined (many may have changed).
  _heard(name) {
    var heard = {}, agent = this._agent;
    this._spec.events.forEach(function (e) {
      if (name === undefined || name === e) {
        try {
          heard[e] = agent.isHeard(e);
        } catch (err) {} // destroyed: nothing more to tell
      }
    });
    return heard;
  }

  // (Re)starts the worker with `items`; resolves once they ran.
  _start(items) {
    var self = this, spec = this._spec, blob;
    this._stop("agent restarted");
    var url = spec.bootstrap || (blob = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" })));
    var w;
    try {
      w = this._worker = new Worker(url);
    } catch (e) {
      // A CSP that refuses the worker's URL (blob:, without `bootstrap`).
      var why = "agent " + spec.name + ": cannot start its worker (" + (e && e.message) + ")";
      return Promise.reject(workerError(why, "ERR_WORKER"));
    }
    this._ready = false;
    return new Promise(function (resolve, reject) {
      self._loaded = function (error) {
        if (blob) URL.revokeObjectURL(blob);
        self._loaded = null;
        if (error) return reject(workerError("agent " + spec.name + ": its code failed to load: " + error, "ERR_WORKER"));
        self._ready = true;
        self._waiting.splice(0).forEach(function (m) {
          w.postMessage(m);
        });
        resolve(self);
      };
      w.onmessage = function (e) {
        self._message(e.data);
      };
      w.onerror = function (e) {
        e.preventDefault();
        var error = workerError("agent " + spec.name + ": " + (e.message || "the worker failed to start"), "ERR_WORKER");
        if (self._loaded) self._loaded(error.message);
        else fire(self, "error", error);
      };
      w.postMessage({ t: "load", items: items, events: spec.events, heard: self._heard() });
    });
  }

  // Terminates the worker; its calls fail with `why`.
  _stop(why) {
    if (this._worker) this._worker.terminate();
    this._worker = null;
    this._ready = false;
    var calls = this._calls;
    this._calls = {};
    this._waiting = [];
    Object.keys(calls).forEach(function (id) {
      clearTimeout(calls[id].timer);
      calls[id].reply(why);
    });
    var injects = this._injects;
    this._injects = {};
    Object.keys(injects).forEach(function (n) {
      injects[n](why);
    });
  }

  // A request for the agent (its catch-all handler); `ctx`, what its
  // handler is told (a stream, a signal).
  _call(method, params, reply, ctx) {
    var self = this, id = ++this._n, ms = this._spec.timeout;
    if (!this._worker) return reply("agent stopped");
    var m = { t: "call", id: id, method: method, params: params, stream: !!(ctx && ctx.stream) };
    // Its caller gives up: the worker is told, and goes on to the next.
    if (ctx) {
      ctx.signal.addEventListener("abort", function () {
        if (!self._calls[id]) return;
        clearTimeout(self._calls[id].timer);
        delete self._calls[id];
        var r = ctx.signal.reason;
        var why = { t: "cancel", id: id, why: r && r.message, timeout: !!r && r.name == "TimeoutError" };
        if (self._worker) self._worker.postMessage(why);
      });
    }
    this._calls[id] = {
      reply: reply,
      // A caller that gave up stops blocking the worker's next request.
      timer: setTimeout(function () {
        if (!self._calls[id]) return;
        delete self._calls[id];
        reply("request timed out in the worker after " + ms + " ms");
        if (self._worker) self._worker.postMessage({ t: "cancel", id: id });
      }, ms),
    };
    if (this._ready) this._worker.postMessage(m);
    else this._waiting.push(m);
  }

  _message(m) {
    var self = this;
    if (m == null || typeof m != "object") return;
    if (m.t == "loaded" && this._loaded) this._loaded(m.error);
    else if (m.t == "answer") {
      var c = this._calls[m.id];
      if (!c) return;
      delete this._calls[m.id];
      clearTimeout(c.timer);
      c.reply(m.error || null, m.result);
    } else if (m.t == "chunk") {
      var call = this._calls[m.id];
      var written = new Promise(function (resolve) {
        // (A chunk JSON cannot carry, a BigInt say, goes no further.)
        resolve(call ? call.reply.write(m.body) : false);
      }).catch(function () {
        return false;
      });
      written.then(function (ok) {
        if (self._worker) self._worker.postMessage({ t: "written", id: m.id, ok: ok });
      });
    } else if (m.t == "trigger") {
      // Checked here too: the worker's code can post anything.
      if (this._spec.events.indexOf(m.name) >= 0) this._agent.emit(m.name, m.body);
    } else if (m.t == "request") {
      var session = this._session;
      new Promise(function (resolve) {
        resolve(session.request(m.call || {}));
      }).then(function (result) {
        if (self._worker) self._worker.postMessage({ t: "answer", n: m.n, result: result });
      }, function (e) {
        if (self._worker) self._worker.postMessage({ t: "answer", n: m.n, error: e.message });
      });
    } else if (m.t == "href") fire(this, "href", m.href);
    else if (m.t == "injected" && this._injects[m.n]) {
      var done = this._injects[m.n];
      delete this._injects[m.n];
      done(m.error);
    }
  }

  /** Restarts the worker from its source; resolves when it is ready. */
  refresh() {
    return this._start(this._spec.items);
  }

  /** Replaces the worker with an empty one (its methods are gone). */
  clear() {
    return this._start([]);
  }

  /** Runs more code ([{url} | {text}, ...]) in the running worker. */
  inject(items) {
    var self = this, base = this._spec.base;
    if (!Array.isArray(items)) return Promise.reject(workerError("inject(): items is not an array"));
    if (!this._worker) return Promise.reject(workerError("agent stopped", "ERR_DESTROYED"));
    return new Promise(function (resolve, reject) {
      var n = ++self._n;
      self._injects[n] = function (error) {
        if (error) reject(workerError("agent " + self._spec.name + ": inject failed: " + error, "ERR_WORKER"));
        else resolve();
      };
      var m = {
        t: "inject",
        n: n,
        items: items.map(function (i) {
          return i && i.url != null ? { url: String(i.url), base: base } : { text: String(i && i.text) };
        }),
      };
      if (self._ready) self._worker.postMessage(m);
      else self._waiting.push(m);
    });
  }

  /** Terminates the worker and destroys the agent. */
  destroy(cb) {
    this._stop("agent destroyed");
    var agents = this._session.agents;
    if (agents[this._spec.name] === this) delete agents[this._spec.name];
    return this._agent.destroy(cb);
  }
}

// session.spawnAgent(options, cb?): a WorkerAgent, once its worker is ready.
function spawnAgent(o, cb) {
  var spec = spawnSpec(o, "session.spawnAgent()");
  if (cb != null && typeof cb != "function") throw workerError("session.spawnAgent(): callback is not a function");
  var session = this;
  var p = session.createAgent({ name: spec.name, title: spec.title }).then(function (agent) {
    var wa = new WorkerAgent(session, agent, spec);
    agent.receive(function (body, reply, name, ctx) {
      wa._call(name, body, reply, ctx);
    });
    session.agents[spec.name] = wa;
    session.on("close", function () {
      wa._stop("session closed");
    });
    return wa._start(spec.items).catch(function (e) {
      wa._stop(e.message);
      return agent.destroy().then(function () {
        throw e;
      }, function () {
        throw e;
      });
    });
  });
  if (!cb) return p;
  p.then(function (wa) {
    cb(null, wa);
  }, function (e) {
    cb(e);
  });
}

var Session = ragents.Session;
Session.prototype.spawnAgent = spawnAgent;
// Node's event emitter methods (for `href` and `error`): the client's own,
// which the package gives Session as it loads.
["on", "addListener", "once", "off", "removeListener", "removeAllListeners", "listeners", "listenerCount", "emit"].forEach(function (k) {
  WorkerAgent.prototype[k] = Session.prototype[k];
});
// The worker agents of a session by name (spawned, and declared).
Object.defineProperty(Session.prototype, "agents", {
  get: function () {
    return this._agents || (this._agents = {});
  },
});

// createSession({..., agents: {name: spec}}): the declared agents are
// spawned once the session is open; it resolves when they are ready.
// (`create` is the client's own createSession.)
Session.declare = function (config, cb, create) {
  var agents = config.agents;
  if (typeof agents != "object") throw workerError("ragents.createSession(): config.agents is not an object");
  var specs = Object.keys(agents).map(function (name) {
    var spec = Object.assign({}, agents[name], { name: name });
    spawnSpec(spec, "ragents.createSession(): config.agents." + name);
    return spec;
  });
  if (cb != null && typeof cb != "function") return create(config, cb); // throws
  var p = create(config).then(function (session) {
    return Promise.all(specs.map(function (spec) {
      return session.spawnAgent(spec);
    })).then(function () {
      return session;
    }, function (e) {
      session.close();
      throw e;
    });
  });
  if (!cb) return p;
  p.then(function (s) {
    cb(null, s);
  }, function (e) {
    cb(e);
  });
};

ragents.WorkerAgent = WorkerAgent;
