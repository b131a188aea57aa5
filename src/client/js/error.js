// RagentsError, the class of every error the client makes (so `instanceof`
// works), and `ragentsDebug()`, the `debug` option's default. The package's
// JavaScript puts them in the scope of the wasm-bindgen glue, whose imports
// name them (src/client/error.rs, session.rs). The wasm builds its errors with
// `new RagentsError(message, code)`, from inside its own frames: the stack
// is cut after the last wasm frame and the glue function the caller called,
// so that it starts at the caller's line.
export class RagentsError extends Error {
  // With `url`: says first what failed there, connecting (no `name`) or the
  // call `name` to `to` ("server" for the relay's own requests).
  constructor(message, code, url, name, to) {
    if (url != null) {
      var what = name == null ? "connect to " + url : (to == "server" ? name : "send " + JSON.stringify(name) + " to agent " + to) + " at " + url;
      message = what + ": " + message;
    }
    var limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    super(message);
    Error.stackTraceLimit = limit;
    this.code = code;
    var lines = String(this.stack).split("\n"), last = -1;
    for (var i = 0; i < lines.length; i++) if (/wasm:\/\/|wasm-function/.test(lines[i])) last = i;
    if (last >= 0) {
      // V8 heads its stack with "RagentsError: message"; others do not.
      var head = /^\s+at /.test(lines[0]) || /@/.test(lines[0]) ? [] : [lines[0]];
      this.stack = head.concat(lines.slice(last + 2)).join("\n");
    }
  }
}
Object.defineProperty(RagentsError.prototype, "name", { value: "RagentsError", writable: true, configurable: true });

// createSession({..., agents}): the worker agents file's `Session.declare`
// spawns them; it gets a createSession to call with the rest of the config.
// (`wasm_bindgen`, the glue, and `ragentsFace` are in scope where the
// package puts this file.)
export function ragentsDeclare(config, cb) {
  var declare = wasm_bindgen.Session.declare;
  if (!declare) {
    throw new RagentsError("ragents.createSession(): config.agents needs the worker agents: load ragents-workers.js (or import \"ragents/workers\") first", "ERR_INVALID_ARG");
  }
  var rest = Object.assign({}, config);
  delete rest.agents;
  return declare(config, cb, function (c, f) {
    return ragentsFace.createSession(c === config ? rest : c, f);
  });
}

// The `debug` convention of the npm package `debug`: localStorage.debug in
// pages, DEBUG in Node, a list of names with * wildcards and -exclusions;
// on for "*", "ragents", "ragents*", "ragents:*" and "ragents:packets".
export function ragentsDebug() {
  try {
    var spec = (typeof localStorage != "undefined" && localStorage.getItem("debug")) ||
      (typeof process != "undefined" && process.env && process.env.DEBUG) || "";
    return /(^|[\s,])(\*|ragents(\*|:\*|:packets)?)([\s,]|$)/.test(spec) && !/(^|[\s,])-ragents/.test(spec);
  } catch (e) {
    return false;
  }
}
