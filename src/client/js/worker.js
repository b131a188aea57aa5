// The inside of a worker agent (Jasonette's `$agent`): the classic Web
// Worker that runs an agent's code, started by `session.spawnAgent` (from a
// blob of this file, or from www/ragents-worker.js, the same file hosted by
// the page where a Content Security Policy refuses blob: workers). It needs
// no wasm and no WebSocket: the page's session carries everything, by
// postMessage both ways.
//
// Messages from the page: {t:"load", items, events, heard} (the agent's
// code and its declared events; answered {t:"loaded", error?}), {t:"interest",
// heard} (`heard`: whether each declared event is heard, those that
// changed or all), {t:"call", id,
// method, params, stream} (`stream`: its caller reads chunks), {t:"cancel",
// id, why} (its caller gave up), {t:"written", id, ok} (a chunk went, or
// the call is over), {t:"inject", n, items} (answered {t:"injected", n,
// error?}), {t:"answer", n, error, result} (of a $agent.request). To the
// page: {t:"answer", id, error, result}, {t:"chunk", id, body},
// {t:"trigger", name, body}, {t:"request", n, call}, {t:"href", href}.
(function () {
  "use strict";
  var queue = [], current = null, events = [], asked = 0, waiting = {};
  // Whether each declared event is heard (as the page's agent says), and
  // who is told when that changes.
  var heard = {}, interest = [];
  // The worker's own globals (postMessage, close, fetch...) are no methods:
  // the agent's are the functions its code adds.
  var builtin = {};
  Object.getOwnPropertyNames(self).forEach(function (n) {
    builtin[n] = true;
  });
  var post = function (m) {
    self.postMessage(m);
  };
  var text = function (e) {
    return e && typeof e.message == "string" ? e.message : String(e);
  };

  // Code by url (importScripts), or inline text (a blob of it: the same
  // rules as a script, and the functions it declares become methods).
  function load(items) {
    (items || []).forEach(function (item) {
      if (item.url != null) {
        importScripts(new URL(item.url, item.base).href);
      } else {
        var url = URL.createObjectURL(new Blob([String(item.text)], { type: "text/javascript" }));
        try {
          importScripts(url);
        } finally {
          URL.revokeObjectURL(url);
        }
      }
    });
  }

  // One request at a time: $agent.response always answers the current one.
  function next() {
    if (current || !queue.length) return;
    var call = (current = queue.shift());
    call.control = new AbortController();
    call.writes = [];
    var method = call.method, f = !builtin[method] && self[method];
    if (typeof f != "function") return answer(call, "agent does not handle messages named '" + method + "'");
    if (f[Symbol.toStringTag] == "AsyncGeneratorFunction") return generate(call, f);
    var result;
    try {
      result = Array.isArray(call.params) ? f.apply(self, call.params) : f.call(self, call.params);
    } catch (e) {
      return answer(call, text(e));
    }
    if (result !== undefined) {
      Promise.resolve(result).then(function (v) {
        answer(call, null, v);
      }, function (e) {
        answer(call, text(e));
      });
    }
  }

  function answer(call, error, result) {
    if (current !== call) return; // answered already, or given up
    end(call);
    post({ t: "answer", id: call.id, error: error, result: result });
    next();
  }

  // The current call is over: writes still waiting resolve false.
  function end(call) {
    current = null;
    call.writes.splice(0).forEach(function (w) {
      w(false);
    });
  }

  // Writes one chunk of the current call's answer: resolves true once it
  // went within its caller's credit, false when the call is over or its
  // caller reads no chunks.
  function write(call, chunk) {
    if (current !== call || !call.stream) return Promise.resolve(false);
    return new Promise(function (resolve) {
      call.writes.push(resolve);
      post({ t: "chunk", id: call.id, body: chunk });
    });
  }

  // An async generator method: its yields are the chunks, its return the
  // answer (for a caller that reads no chunks: what it returns, or else
  // the array of its yields); a cancel ends it with return().
  function generate(call, f) {
    var it, gathered = [];
    try {
      it = Array.isArray(call.params) ? f.apply(self, call.params) : f.call(self, call.params);
    } catch (e) {
      return answer(call, text(e));
    }
    call.control.signal.addEventListener("abort", function () {
      it.return();
    });
    var step = function () {
      it.next().then(function (r) {
        if (r.done) return answer(call, null, r.value === undefined && !call.stream ? gathered : r.value);
        if (!call.stream) return gathered.push(r.value), step();
        write(call, r.value).then(function (ok) {
          if (ok) step();
          else it.return();
        });
      }, function (e) {
        answer(call, text(e));
      });
    };
    step();
  }

  var $agent = {
    /** Answers the current request with `result`. */
    response: function (result) {
      if (current) answer(current, null, result);
    },
    /** Emits `event` to the session; only the events the page declared. */
    trigger: function (event, payload) {
      if (events.indexOf(event) < 0) throw new Error("event '" + event + "' was not declared by the page");
      post({ t: "trigger", name: event, body: payload });
    },
    /** Calls another agent by name: `callback(result)`, or a Promise. */
    request: function (call, callback) {
      var n = ++asked;
      var p = new Promise(function (resolve, reject) {
        waiting[n] = function (error, result) {
          if (error) reject(new Error(error));
          else resolve(result);
        };
      });
      post({ t: "request", n: n, call: { id: call && call.id, method: call && call.method, params: call && call.params } });
      if (typeof callback == "function") {
        p.then(callback, function () {});
      }
      return p;
    },
    /** Streams one chunk of the current request's answer: a Promise of
     * true once it went, false when the request is over or its caller
     * reads no chunks. */
    write: function (chunk) {
      return current ? write(current, chunk) : Promise.resolve(false);
    },
    /** The current request's AbortSignal: aborted when its caller gives it
     * up (cancelled, timed out, gone). */
    get signal() {
      return current ? current.control.signal : AbortSignal.abort();
    },
    /** Whether anyone in the session listens to declared event `event`
     * (true for a name it was not told of: a 1.0.0 relay's sessions hear
     * everything). */
    isHeard: function (event) {
      return heard[event] !== false;
    },
    /** `cb(event, heard)` when a declared event becomes heard, or no
     * longer; returns the function that stops it. */
    onInterest: function (cb) {
      if (typeof cb != "function") throw new TypeError("cb is not a function");
      interest.push(cb);
      return function () {
        interest = interest.filter(function (f) {
          return f !== cb;
        });
      };
    },
    /** Asks the page to go to `href` (an `href` event on its WorkerAgent). */
    href: function (href) {
      post({ t: "href", href: String(href) });
    },
  };
  self.$agent = $agent;

  // What the page says is heard now: each change told, in order; a
  // callback's throw is the worker's error, after the others were told.
  function hear(now) {
    Object.keys(now).forEach(function (name) {
      if (heard[name] === now[name]) return;
      heard[name] = now[name];
      interest.slice().forEach(function (cb) {
        try {
          cb(name, now[name]);
        } catch (e) {
          setTimeout(function () {
            throw e;
          });
        }
      });
    });
  }

  self.onmessage = function (e) {
    var m = e.data;
    if (m.t == "call") {
      queue.push(m);
      next();
    } else if (m.t == "cancel") {
      if (current && current.id == m.id) {
        var call = current;
        end(call);
        call.control.abort(new DOMException(m.why || "cancelled", m.timeout ? "TimeoutError" : "AbortError"));
        next();
      }
      queue = queue.filter(function (c) {
        return c.id != m.id;
      });
    } else if (m.t == "written") {
      var writes = current && current.id == m.id ? current.writes : [];
      if (writes.length) writes.shift()(m.ok);
    } else if (m.t == "answer") {
      var w = waiting[m.n];
      delete waiting[m.n];
      if (w) w(m.error, m.result);
    } else if (m.t == "interest") {
      hear(m.heard);
    } else if (m.t == "load" || m.t == "inject") {
      if (m.events) events = m.events;
      if (m.heard) heard = m.heard;
      var error = null;
      try {
        load(m.items);
      } catch (err) {
        error = text(err);
      }
      post({ t: m.t == "load" ? "loaded" : "injected", n: m.n, error: error });
    }
  };
})();
