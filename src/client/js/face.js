// The JavaScript face of the client's objects, beside the glue (the
// package's JavaScript puts this file and src/client/js/error.js in its scope):
// Node's event emitter methods for `Session` and `RAgent`, and the calls'
// arguments, callbacks and Promises for `Session`, `Agent` and `RAgent`.
// What is plain JavaScript (listeners, argument checks, a Promise's ends)
// stays here, where it costs neither wasm bytes nor crossings; the wasm
// reaches it through `ragentsFace` (src/client/js.rs, error.rs).
var listenersOf = new WeakMap();
// For an agent with `onInterest` callbacks: the event names it knows of
// (told, asked with `isHeard`, or emitted; up to 256) and whether each is
// heard, to tell what changed when many names may have.
var heardOf = new WeakMap();

function known(agent, name, heard) {
  var h = heardOf.get(agent);
  if (h && (h.has(name) || h.size < 256)) h.set(name, heard);
  return heard;
}

function listOf(o) {
  var l = listenersOf.get(o);
  if (!l) listenersOf.set(o, (l = []));
  return l;
}

// An ERR_INVALID_ARG (or `code`) whose stack starts at the caller of `from`
// (without `from`, the error is made under a wasm frame, and RagentsError
// starts its stack after the wasm and the glue).
function invalid(message, from, code) {
  var e = new RagentsError(message, code || "ERR_INVALID_ARG");
  if (from && Error.captureStackTrace) Error.captureStackTrace(e, from);
  return e;
}

function has(l, name) {
  for (var i = 0; i < l.length; i++) if (l[i].n === name) return true;
  return false;
}

// The event names each remote agent was said (`_listen`) to be listened to.
var toldOf = new WeakMap();

// A remote agent's first listener of an event, or its last gone: the wasm
// tells the relay (`_listen`), which then sends that event or no longer.
function ear(o, name) {
  if (!o._listen || typeof name != "string") return;
  var told = toldOf.get(o);
  if (!told) toldOf.set(o, (told = new Set()));
  var want = has(listOf(o), name);
  if (want == told.has(name)) return;
  if (want) told.add(name);
  else told.delete(name);
  o._listen(name, want);
}

function adder(once) {
  return function add(name, f) {
    if (typeof f != "function") throw invalid("listener is not a function", add);
    listOf(this).push({ n: name, f: f, o: once });
    ear(this, name);
    return this;
  };
}

// Removes the most recently added instance of `f` for `name`, as Node does.
function remover(name, f) {
  var l = listOf(this);
  for (var i = l.length; i--; ) {
    if (l[i].n === name && l[i].f === f) {
      l.splice(i, 1);
      ear(this, name);
      break;
    }
  }
  return this;
}

var emitterMethods = {
  on: adder(false),
  addListener: adder(false),
  once: adder(true),
  off: remover,
  removeListener: remover,
  // Every listener of `name`, or of every event.
  removeAllListeners: function (name) {
    var l = listOf(this);
    for (var i = l.length; i--; ) {
      if (name === undefined || l[i].n === name) ear(this, l.splice(i, 1)[0].n);
    }
    return this;
  },
  listeners: function (name) {
    return listOf(this)
      .filter(function (x) {
        return x.n === name;
      })
      .map(function (x) {
        return x.f;
      });
  },
  listenerCount: function (name) {
    return this.listeners(name).length;
  },
  // Calls the listeners of `name` in order with the arguments after it, once
  // listeners removed first; true if there were any. Throws what a listener
  // throws, and the listeners after it are not called (as Node).
  emit: function (name) {
    var args = [].slice.call(arguments, 1);
    var l = listOf(this);
    var called = l.filter(function (x) {
      return x.n === name;
    });
    var kept = l.filter(function (x) {
      return !(x.o && x.n === name);
    });
    listenersOf.set(this, kept);
    // (Later: a `once` listener that adds itself again costs no packet.)
    var self = this;
    if (kept.length < l.length) queueMicrotask(function () {
      ear(self, name);
    });
    for (var i = 0; i < called.length; i++) called[i].f.apply(this, args);
    return called.length > 0;
  },
};

// `done(err, value)` of one call: it calls the callback `cb` (an exception
// there is the page's, reported as an unhandled rejection, not thrown into
// the library), or settles a new Promise, `done.promise`, whose error
// carries the response's body, if any, as `body`.
function reply(cb, from) {
  var done, promise;
  if (cb == null) {
    promise = new Promise(function (resolve, reject) {
      done = function (e, v) {
        if (!e) return resolve(v);
        if (v !== undefined) e.body = v;
        reject(e);
      };
    });
  } else if (typeof cb == "function") {
    done = function (e, v) {
      try {
        cb(e, v);
      } catch (x) {
        Promise.reject(x);
      }
    };
  } else {
    throw invalid("callback is not a function", from);
  }
  done.promise = promise;
  return done;
}

// A body's JSON text (what has none is null); throws what JSON cannot carry.
function json(body, from) {
  try {
    var text = JSON.stringify(body);
  } catch (e) {
    throw invalid("body cannot be sent as JSON: " + (e && e.message), from);
  }
  return text === undefined ? "null" : text;
}

function isObject(v) {
  return typeof v == "object" && v !== null;
}

function ms(t) {
  return typeof t == "number" && t > 0 && t < 2147483647;
}

// `options.timeout` (ms) of a call, if `options` is an object with a number.
function timeoutOf(options, from) {
  var t = isObject(options) ? options.timeout : undefined;
  if (typeof t != "number") return undefined;
  if (!ms(t)) throw invalid("options.timeout must be a positive number of milliseconds", from);
  return t;
}

// `options.signal` of a call, if `options` has one: an AbortSignal.
function signalOf(options, from) {
  var s = isObject(options) ? options.signal : undefined;
  if (s == null) return undefined;
  if (typeof s.aborted != "boolean" || typeof s.addEventListener != "function") {
    throw invalid("options.signal is not an AbortSignal", from);
  }
  return s;
}

// Starts call `start(done)` (which returns the wasm's number for it) so
// that `signal` gives it up: it then fails with `signal.reason`, as `fetch`
// does, and a signal aborted already sends nothing.
function abortable(o, signal, done, start) {
  if (signal.aborted) return ragentsFace.later(done, signal.reason);
  var n;
  var onabort = function () {
    if (o._cancel(n)) done(signal.reason);
  };
  signal.addEventListener("abort", onabort);
  var off = function () {
    signal.removeEventListener("abort", onabort);
  };
  n = start(function (e, v) {
    off();
    done(e, v);
  });
  // For a call that ends another way (a stream cancelled or left).
  return off;
}

// A handler's `ctx` for the request packet `request`: `signal` (made when
// first read) is aborted when the request is given up: cancelled by its
// caller, past its deadline, its caller gone, or the session closed.
// `stream`: the caller asked for a streamed answer. `reply` answers it
// through the session's `port`; `reply.write(chunk)` streams a chunk,
// queued (`_q`) while the caller grants no more.
function Ctx(port, request, stream) {
  var ctx = this;
  this.stream = stream;
  this._q = [];
  var reply = (this.reply = function (err, body) {
    port.reply(request, err, body);
    ctx._flush(false);
  });
  reply.write = function write(chunk) {
    var text = json(chunk, write);
    return new Promise(function (resolve) {
      ctx._q.push([text, resolve]);
      if (ctx._q.length == 1) ctx._pump(port, request);
    });
  };
  this._pump = function () {
    // 0 sent, 1 no credit yet (`ragentsFace.credit` pumps again), 2 over.
    while (ctx._q.length) {
      var w = port.write(request, ctx._q[0][0]);
      if (w == 1) return;
      ctx._q.shift()[1](w == 0);
    }
  };
}
Ctx.prototype = {
  get signal() {
    return control(this).signal;
  },
  // Every write still waiting resolves `ok`.
  _flush: function (ok) {
    this._q.splice(0).forEach(function (w) {
      w[1](ok);
    });
  },
};
function control(ctx) {
  return ctx._c || (ctx._c = new AbortController());
}

// An async generator handler `f(body, ctx)` (`f(body, ctx, name)` for a
// catch-all): what it yields is written as
// chunks, each once the caller grants it; what it returns is the reply. A
// cancel (or a caller that asked for no stream, as `send` and 1.0.0 clients
// do) ends it with `return()`, so its `finally` runs; a caller that asked for
// no stream gets what it returns, else the array of what it yielded.
function generate(f, body, ctx, name) {
  // (A catch-all generator is told the request's name, third.)
  var it = f(body, ctx, name);
  var reply = ctx.reply;
  var gathered = [];
  ctx.signal.addEventListener("abort", function () {
    it.return();
  });
  var step = function () {
    it.next().then(function (r) {
      if (r.done) return reply(null, r.value === undefined && !ctx.stream ? gathered : r.value);
      if (!ctx.stream) return gathered.push(r.value), step();
      try {
        var written = reply.write(r.value);
      } catch (e) {
        // A yield JSON cannot carry ends the call with its error.
        return it.return(), reply(e);
      }
      written.then(function (ok) {
        if (ok) step();
        else it.return();
      });
    }, reply);
  };
  step();
}

// Runs `f` in a later task: a MessageChannel's in a page (where a hidden
// page's timers run once a second at most), setTimeout elsewhere (Node,
// Deno, workers: no such throttling, and no port to keep a process alive).
function inTask(f) {
  if (typeof document != "object") return setTimeout(f, 0);
  var c = new MessageChannel();
  c.port1.onmessage = f;
  c.port2.postMessage(0);
}

// The caller's side of a stream: an async iterator of its chunks, in order,
// that tells the core as they are read (`_step` at a time, as the core
// says: it grants the agent more); `result`, the final reply's body;
// `cancel(reason)`, as an abort. Breaking out of a `for await` cancels.
function RStream(ragent) {
  this._o = ragent;
  this._q = [];
  this._w = [];
  this._read = 0;
  this._step = 16; // half the core's first window (STREAM_WINDOW)
  this._over = false;
}
RStream.prototype = {
  _chunk: function (c) {
    if (this._w.length) this._w.shift()[0]({ value: c, done: false }), this._got();
    else this._q.push(c);
  },
  _end: function (e) {
    this._over = true;
    this._e = e;
    var w;
    while ((w = this._w.shift())) e ? w[1](e) : w[0]({ value: undefined, done: true });
  },
  _got: function () {
    if (++this._read < this._step || this._over) return;
    this._step = this._o._cancel(this._n, this._read) || 16;
    this._read = 0;
  },
  next: function () {
    var s = this;
    if (s._q.length) {
      var c = s._q.shift();
      s._got();
      return Promise.resolve({ value: c, done: false });
    }
    if (s._over) return s._e ? Promise.reject(s._e) : Promise.resolve({ value: undefined, done: true });
    return new Promise(function (resolve, reject) {
      s._w.push([resolve, reject]);
    });
  },
  return: function () {
    this.cancel();
    return Promise.resolve({ value: undefined, done: true });
  },
  cancel: function (reason) {
    if (!this._over && this._o._cancel(this._n)) {
      this._done(reason === undefined ? new DOMException("the stream was cancelled", "AbortError") : reason);
    }
  },
};
if (typeof Symbol == "function" && Symbol.asyncIterator) {
  RStream.prototype[Symbol.asyncIterator] = function () {
    return this;
  };
}

// The calls of each class, over the wasm's own (`_send`, ...), which take
// checked arguments and a `done`.
var callMethods = {
  Session: {
    createAgent: function createAgent(info, cb) {
      if (!isObject(info)) throw invalid("agentInfo is not an object", createAgent);
      var done = reply(cb, createAgent);
      this._createAgent(json(info, createAgent), done);
      return done.promise;
    },
    destroyAgent: function destroyAgent(info, cb) {
      var done = reply(cb, destroyAgent);
      var id = isObject(info) ? info.id : undefined;
      if (typeof id != "string") throw invalid("agentInfo.id is not a string", destroyAgent);
      this._destroyAgent(id, done);
      return done.promise;
    },
    getRemoteAgents: function getRemoteAgents(cb) {
      var done = reply(cb, getRemoteAgents);
      this._getRemoteAgents(done);
      return done.promise;
    },
    // `request({id, method, params}, [options,] cb?)`: the request `method`
    // of the agent *named* `id`.
    request: function request(call, options, cb) {
      if (typeof options == "function") (cb = options), (options = undefined);
      if (!isObject(call)) throw invalid("session.request(): the call is not an object {id, method, params}", request);
      if (typeof call.id != "string" || typeof call.method != "string") {
        throw invalid("session.request(): id (an agent's name) and method must be strings", request);
      }
      var timeout = timeoutOf(options, request);
      var signal = signalOf(options, request);
      var params = json(call.params, request);
      var done = reply(cb, request);
      var self = this;
      // (Without a signal, straight on: no closure on the hot path.)
      if (!signal) this._request(call.id, call.method, params, timeout, done);
      else abortable(this, signal, done, function (d) {
        return self._request(call.id, call.method, params, timeout, d);
      });
      return done.promise;
    },
  },
  Agent: {
    destroy: function destroy(cb) {
      var done = reply(cb, destroy);
      this._destroy(done);
      return done.promise;
    },
    // Broadcasts an event to the session: true if it went or is kept for
    // a session being resumed, false if it cannot go.
    // (`_emit`: 1 sent, 0 not, 2 the agent is destroyed.)
    emit: function emit(name, body) {
      if (typeof name != "string") throw invalid("name is not a string", emit);
      // (A name new to an agent with `onInterest`: known from now on.)
      var h = heardOf.get(this), k;
      if (h && !h.has(name) && (k = this._emit(name)) < 2) known(this, name, k == 1);
      var sent = this._emit(name, json(body, emit));
      if (sent > 1) throw invalid("destroyed", emit, "ERR_DESTROYED");
      return sent > 0;
    },
    // Whether anyone in the session hears the event `name` (a relay that
    // does not say hears every event).
    isHeard: function isHeard(name) {
      if (typeof name != "string") throw invalid("name is not a string", isHeard);
      var heard = this._emit(name);
      if (heard > 1) throw invalid("destroyed", isHeard, "ERR_DESTROYED");
      return known(this, name, heard > 0);
    },
    // `onInterest(cb(name, heard))`: told when an event of this agent
    // becomes heard, or no longer; returns the function that stops it.
    onInterest: function onInterest(cb) {
      if (typeof cb != "function") throw invalid("cb is not a function", onInterest);
      var l = listOf(this);
      var x = { f: cb };
      if (!heardOf.has(this)) heardOf.set(this, new Map());
      l.push(x);
      return function () {
        var i = l.indexOf(x);
        if (i >= 0) l.splice(i, 1);
      };
    },
    // `receive(name, cb(body, reply))` handles the requests named `name`;
    // `receive(cb(body, reply, name))` every name without a handler.
    receive: function receive(name, cb) {
      if (typeof name == "function") (cb = name), (name = undefined);
      else if (typeof name != "string") throw invalid("name is not a string", receive);
      else if (typeof cb != "function") throw invalid("cb is not a function", receive);
      if (!this._receive(name, cb)) throw invalid("destroyed", receive, "ERR_DESTROYED");
    },
  },
  RAgent: {
    // `send(name, body, [options,] cb?)`.
    send: function send(name, body, options, cb) {
      if (typeof options == "function") (cb = options), (options = undefined);
      if (typeof name != "string") throw invalid("name is not a string", send);
      var timeout = timeoutOf(options, send);
      var signal = signalOf(options, send);
      var text = json(body, send);
      var done = reply(cb, send);
      var self = this;
      if (!signal) this._send(name, text, timeout, done);
      else abortable(this, signal, done, function (d) {
        return self._send(name, text, timeout, d);
      });
      return done.promise;
    },
    // `stream(name, body, options?)`: an RStream (see above).
    stream: function stream(name, body, options) {
      if (typeof name != "string") throw invalid("name is not a string", stream);
      var timeout = timeoutOf(options, stream);
      var signal = signalOf(options, stream);
      var text = json(body, stream);
      var done = reply(undefined, stream);
      var s = new RStream(this);
      var self = this;
      s.result = done.promise;
      // A stream read to its end rejects its iterator as well: no
      // rejection of `result` is left unhandled.
      done.promise.catch(function () {});
      var off;
      s._done = function (e, v) {
        if (off) off();
        s._end(e);
        done(e, v);
      };
      var start = function (d) {
        return (s._n = self._send(name, text, timeout, d, function (c) {
          s._chunk(c);
        }));
      };
      if (signal) off = abortable(this, signal, s._done, start);
      else start(s._done);
      return s;
    },
  },
};

// `createSession(config, cb)`'s config, checked, with its defaults left to
// the wasm: `{url, key (JSON text), requestTimeout, debug, heartbeat (0:
// none), reconnect (false, true or {minDelay, ...}), done}`, or, for a
// config with declared `agents`, `{declared}`: what the worker agents file
// made of it.
function sessionConfig(config, cb, from) {
  var fail = function (what) {
    return invalid("ragents.createSession(): " + what, from);
  };
  if (config == null) throw fail("config is null");
  if (config.url == null) throw fail("config.url is null");
  if (config.key == null) throw fail("config.key is null");
  if (cb != null && typeof cb != "function") throw fail("callback is not a function");
  var key = typeof config.url == "string" ? JSON.stringify(config.key) : undefined;
  if (typeof key != "string") throw fail("config.url is not a string");
  var t = config.requestTimeout;
  if (t != null && !ms(t)) throw fail("config.requestTimeout must be a positive number of milliseconds");
  var debug = config.debug == null ? ragentsDebug() : config.debug;
  if (typeof debug != "boolean") throw fail("config.debug is not a boolean");
  var r = config.reconnect;
  if (isObject(r)) {
    var bad = (function () {
      var range = function (v, ok) {
        return typeof v == "number" && !ok(v);
      };
      if (range(r.minDelay, function (v) { return v >= 0 && v < 2147483647; })) return ".minDelay must be ms";
      if (range(r.maxDelay, function (v) { return v >= 0 && v < 2147483647; })) return ".maxDelay must be ms";
      if (range(r.factor, function (v) { return v >= 1; })) return ".factor must be 1 or more";
      if (range(r.jitter, function (v) { return v >= 0 && v <= 1; })) return ".jitter must be from 0 to 1";
      if (range(r.retries, function (v) { return v >= 0; })) return ".retries must be 0 or more";
    })();
    if (bad) throw fail("config.reconnect" + bad);
  } else if (r != null && typeof r != "boolean") {
    throw fail("config.reconnect must be true, false or an object");
  }
  var beat = config.heartbeat;
  if (beat === false) beat = 0;
  if (beat != null && !(beat === 0 || ms(beat))) throw fail("config.heartbeat must be a number of milliseconds, or false");
  if (config.agents != null) return { declared: ragentsDeclare(config, cb) };
  var done = reply(cb);
  return { url: config.url, key: key, requestTimeout: t, debug: debug, heartbeat: beat, reconnect: r, done: done };
}

var adopted = new WeakSet();

// Gives the class whose prototype is `p` its face (once): the emitter
// methods for `Session` and `RAgent`, and the calls of each.
function install(p, kind) {
  if (adopted.has(p)) return;
  adopted.add(p);
  if (kind != "Agent") Object.assign(p, emitterMethods);
  Object.assign(p, callMethods[kind]);
}

export var ragentsFace = {
  // The package, as it loads: pages may wrap the methods before any object
  // exists.
  classes: function (glue) {
    for (var kind in callMethods) install(glue[kind].prototype, kind);
  },
  // For each object the wasm makes (the browser tests load no package).
  adopt: function (o, kind) {
    install(Object.getPrototypeOf(o), kind);
  },
  // `ragents.createSession(config, cb)`: the config is checked at once;
  // the session connects (`connect`, the wasm's) once `loaded`, the
  // package's Promise of the wasm, is done. Set by the package (and by the
  // browser tests, which load no package).
  connect: null,
  loaded: null,
  createSession: function createSession(config, cb) {
    var c = sessionConfig(config, cb, createSession);
    // (What the worker agents file returns: undefined with a callback.)
    if ("declared" in c) return c.declared;
    ragentsFace.loaded.then(
      function () {
        ragentsFace.connect(c);
      },
      function (e) {
        c.done(new RagentsError("ragents: the client could not start: " + (e && e.message), "ERR_CONNECT"));
      }
    );
    return c.done.promise;
  },
  // `done(err)` in a later microtask: a call refused at once is told so
  // only after it has returned.
  later: function (done, err) {
    queueMicrotask(function () {
      done(err);
    });
  },
  // Emits from inside the library, with one argument or none: a listener's
  // exception becomes an unhandled rejection, never the library's.
  fire: function (o, name, arg) {
    try {
      if (arg === undefined) o.emit(name);
      else o.emit(name, arg);
    } catch (e) {
      Promise.reject(e);
    }
  },
  // A packet's type as a number, for the wasm (src/client/driver.rs
  // `packet_kind`): one call where reading the field and comparing it
  // took several. 1 request, 2 response, 3 event, 4 chunk, 5 credit, 6
  // cancel, 7 ack, 0 another type or not an object; + 8 with an error.
  kind: function (p) {
    if (p === null || typeof p != "object") return 0;
    var k = Math.max(0, ["", "request", "response", "event", "chunk", "credit", "cancel", "ack"].indexOf(p.type));
    return k && p.error ? k + 8 : k;
  },
  // Whether `o` has listeners of `name`.
  heard: function (o, name) {
    return o.listenerCount(name) > 0;
  },
  // A read-only copy of an agent's `{id, name, title}` (those it has).
  info: function (i) {
    var copy = {};
    ["id", "name", "title"].forEach(function (k) {
      if (isObject(i) && i[k] !== undefined) copy[k] = i[k];
    });
    return Object.freeze(copy);
  },
  // Tells an agent's `onInterest` callbacks (an exception in one is the
  // page's: an unhandled rejection, and the others are still told).
  // With no name, many names may have changed: those known are asked again.
  interest: function (agent, name, heard) {
    var h = heardOf.get(agent);
    if (!h) return;
    var told = [];
    if (name === undefined) {
      h.forEach(function (was, n) {
        var now = agent._emit(n) == 1;
        if (now != was) told.push([n, now]);
        h.set(n, now);
      });
    } else if (h.get(name) !== heard) {
      if (h.has(name) || h.size < 256) h.set(name, heard);
      told.push([name, heard]);
    }
    var l = listOf(agent).slice();
    told.forEach(function (t) {
      l.forEach(function (x) {
        try {
          x.f(t[0], t[1]);
        } catch (e) {
          Promise.reject(e);
        }
      });
    });
  },
  // Lets every listener of `o` go (the object is done with).
  release: function (o) {
    listenersOf.delete(o);
  },
  // A WebSocket to `url` whose events go to the session's `port` (the
  // wasm's `Port`, src/client/driver.rs: `port.on(what, data)`, `what`
  // being its `ON_` codes: 0 opened, 1 received, 2 failed, 3 closed).
  socket: function (url, port) {
    var ws = new WebSocket(url, "ragents-protocol");
    ws.onopen = function () {
      port.on(0);
    };
    ws.onmessage = function (e) {
      port.on(1 + (e.data.length | 0) * 8, e.data); // its length rides in the code
    };
    ws.onerror = function () {
      port.on(2);
      // WebKitGTK leaves a socket that could not connect CONNECTING, and
      // never closes it: it is closed, as the spec and other engines say.
      if (ws.readyState == 0 && ws.onerror) ws.onclose({ code: 1006 }), (ws.onerror = ws.onclose = null);
    };
    ws.onclose = function (e) {
      port.on(3, e.reason || "connection closed (code " + e.code + ")");
    };
    return ws;
  },
  // Detaches the socket's listeners; closes it with `code` unless closed.
  unplug: function (ws, code) {
    ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
    if (ws.readyState <= 1) ws.close(code, "close");
  },
  // The session's one timer: `port.on(4)` (timer) in `ms`.
  timer: function (port, ms) {
    return setTimeout(function () {
      port.on(4);
    }, ms);
  },
  // `port.on(what)` in a later microtask (what the wasm asks for), or with
  // `task`, in a later task.
  soon: function (port, what, task) {
    (task ? inTask : queueMicrotask)(function () {
      port.on(what);
    });
  },
  // `port.on(7)` (online) when the browser says it is online again;
  // returns what `offline` takes (nothing where the runtime has no such
  // event).
  online: function (port) {
    if (typeof addEventListener != "function") return;
    var f = function () {
      port.on(7);
    };
    addEventListener("online", f);
    return f;
  },
  offline: function (f) {
    if (f) removeEventListener("online", f);
  },
  context: function (port, request, stream) {
    return new Ctx(port, request, stream);
  },
  handle: function (f, body, ctx, name) {
    try {
      if (f[Symbol.toStringTag] == "AsyncGeneratorFunction") generate(f, body, ctx, name);
      else if (name === undefined) f(body, ctx.reply, ctx);
      else f(body, ctx.reply, name, ctx);
    } catch (e) {
      // A throwing handler answers with its error, whatever was thrown;
      // the session goes on.
      ctx.reply(e || String(e));
    }
  },
  credit: function (ctx) {
    ctx._pump();
  },
  abort: function (ctx, timeout, why) {
    ctx._flush(false);
    control(ctx).abort(new DOMException(why, timeout ? "TimeoutError" : "AbortError"));
  },
};
