// Node's event emitter methods for `Session` and `RAgent`, in JavaScript:
// the listeners are page objects and are only ever called from here, so
// keeping them out of the wasm saves its code and a crossing per call. The
// wasm reaches them through `ragentsEvents` (src/client/js.rs); the package's
// JavaScript puts this file in the scope of the glue, as scripts/error.js.
var listenersOf = new WeakMap();

function listOf(o) {
  var l = listenersOf.get(o);
  if (!l) listenersOf.set(o, (l = []));
  return l;
}

function adder(once) {
  return function (name, f) {
    if (typeof f != "function") throw new RagentsError("listener is not a function", "ERR_INVALID_ARG");
    listOf(this).push({ n: name, f: f, o: once });
    return this;
  };
}

// Removes the most recently added instance of `f` for `name`, as Node does.
function remover(name, f) {
  var l = listOf(this);
  for (var i = l.length; i--; ) {
    if (l[i].n === name && l[i].f === f) {
      l.splice(i, 1);
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
    for (var i = l.length; i--; ) if (name === undefined || l[i].n === name) l.splice(i, 1);
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
    listenersOf.set(
      this,
      l.filter(function (x) {
        return !(x.o && x.n === name);
      })
    );
    for (var i = 0; i < called.length; i++) called[i].f.apply(this, args);
    return called.length > 0;
  },
};

export var ragentsEvents = {
  // Gives the class of `o` the emitter methods (once per class).
  adopt: function (o) {
    var p = Object.getPrototypeOf(o);
    if (!p.emit) Object.assign(p, emitterMethods);
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
  // Whether `o` has listeners of `name`.
  heard: function (o, name) {
    return o.listenerCount(name) > 0;
  },
  // Lets every listener of `o` go (the object is done with).
  release: function (o) {
    listenersOf.delete(o);
  },
};
