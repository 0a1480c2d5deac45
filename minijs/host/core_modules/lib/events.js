'use strict';
// node's `events`: EventEmitter with node's observable layout (a
// null-prototype `_events` holding one listener as itself and several as
// an array, `_eventsCount`, `_maxListeners`), 'newListener' /
// 'removeListener' events, the max-listeners warning, errorMonitor, and
// events.once / events.on / getEventListeners / listenerCount.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNHANDLED_ERROR },
} = require('internal/errors');
const { validateFunction, validateBoolean, validateNumber, validateObject } =
  require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

Object.defineProperties(EventEmitter, {
  captureRejections: {
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  },
  defaultMaxListeners: {
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        if (typeof n !== 'number') throw ERR_INVALID_ARG_TYPE('defaultMaxListeners', 'number', n);
        throw ERR_OUT_OF_RANGE('defaultMaxListeners', 'a non-negative number', n);
      }
      defaultMaxListeners = n;
    },
  },
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.usingDomains = false;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    if (typeof n !== 'number') throw ERR_INVALID_ARG_TYPE('setMaxListeners', 'number', n);
    throw ERR_OUT_OF_RANGE('setMaxListeners', '>= 0', n);
  }
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// A promise returned by a listener of an emitter made with
// captureRejections: its rejection becomes an 'error' event (or the
// emitter's Symbol.for('nodejs.rejection') method).
function captureRejection(emitter, result, type, args) {
  if (result === undefined || result === null || typeof result.then !== 'function') return;
  result.then(undefined, (err) => {
    process.nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection](err, type, ...args);
      } else {
        const capture = emitter[kCapture];
        try {
          emitter[kCapture] = false;
          emitter.emit('error', err);
        } finally {
          emitter[kCapture] = capture;
        }
      }
    });
  });
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) throw er; // Unhandled 'error' event
    const err = ERR_UNHANDLED_ERROR(er);
    err.context = er;
    throw err; // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && this[kCapture]) captureRejection(this, result, type, args);
  } else {
    for (const listener of handler.slice()) {
      const result = Reflect.apply(listener, this, args);
      if (result !== undefined && this[kCapture]) captureRejection(this, result, type, args);
    }
  }
  return true;
};

function warnTooMany(target, type, count) {
  const { inspect } = require('util');
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${maxListenersOf(target)}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

function addListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events; // a 'newListener' listener may have replaced it
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnTooMany(target, type, existing.length);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// The wrapper a once() listener is stored as: removes itself, then calls
// the listener (reachable as wrapper.listener, as in node).
function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
    }
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  // 'removeListener' listeners hear about every removal, their own last
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') {
    return listener == null || listener === list || listener === list.listener ? 1 : 0;
  }
  if (list === undefined) return 0;
  if (listener == null) return list.length;
  return list.filter((l) => l === listener || l.listener === listener).length;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function getEventListeners(emitter, type) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(type);
  throw ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function getMaxListeners(emitter) {
  if (typeof emitter?.getMaxListeners === 'function') return emitter.getMaxListeners();
  throw ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'n', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (typeof target.setMaxListeners !== 'function') {
      throw ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
    target.setMaxListeners(n);
  }
}

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

// A promise of the arguments of the next `name` event (rejected by an
// 'error' event first).
function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal && typeof signal.addEventListener === 'function') {
      signal.addEventListener('abort', () => {
        emitter.removeListener(name, resolver);
        emitter.removeListener('error', errorListener);
        reject(abortError(signal));
      }, { once: true });
    }
  });
}

// An async iterator of the arguments of every `event` (ends with an error
// on 'error').
function on(emitter, event, options = {}) {
  validateObject(options, 'options');
  const queued = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const eventHandler = (...args) => {
    const pending = waiting.shift();
    if (pending) pending.resolve({ value: args, done: false });
    else queued.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const pending = waiting.shift();
    if (pending) pending.reject(err);
    else error = err;
    iterator.return();
  };
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  const iterator = {
    next() {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      finished = true;
      for (const pending of waiting.splice(0)) pending.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

module.exports = EventEmitter;
Object.assign(EventEmitter, {
  once, on, getEventListeners, getMaxListeners, EventEmitter, setMaxListeners,
});
