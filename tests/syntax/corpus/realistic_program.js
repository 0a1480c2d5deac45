'use strict';
/**
 * A small event emitter, written the way libraries are.
 */
const EventEmitter = (function () {
  function EventEmitter() {
    if (!(this instanceof EventEmitter)) return new EventEmitter();
    this._events = Object.create(null);
    this._maxListeners = 10;
  }

  EventEmitter.prototype.on = function on(type, listener) {
    if (typeof listener !== 'function') {
      throw new TypeError('The "listener" argument must be of type Function. Received ' + typeof listener);
    }
    const list = this._events[type] || (this._events[type] = []);
    list.push(listener);
    if (list.length > this._maxListeners && !list.warned) {
      list.warned = true;
      console.warn(`Possible memory leak: ${list.length} ${String(type)} listeners`);
    }
    return this;
  };

  EventEmitter.prototype.emit = function emit(type, ...args) {
    const list = this._events[type];
    if (list === undefined) return type === 'error' ? (() => { throw args[0]; })() : false;
    for (const fn of [...list]) {
      try {
        fn.apply(this, args);
      } catch (err) {
        if (type !== 'error') this.emit('error', err);
        else throw err;
      }
    }
    return true;
  };

  EventEmitter.prototype.off = function off(type, listener) {
    const list = this._events[type];
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; --i) {
      if (list[i] === listener || list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) delete this._events[type];
    return this;
  };

  EventEmitter.prototype.once = function once(type, listener) {
    const self = this;
    function wrapper(...args) {
      self.off(type, wrapper);
      return listener.apply(self, args);
    }
    wrapper.listener = listener;
    return this.on(type, wrapper);
  };

  return EventEmitter;
})();

class Store extends EventEmitter {
  #state;
  static #instances = 0;
  constructor(initial = {}) {
    super();
    this.#state = { ...initial };
    Store.#instances++;
  }
  get state() { return this.#state; }
  set(key, value) {
    const prev = this.#state[key];
    this.#state = { ...this.#state, [key]: value };
    this.emit('change', { key, prev, value });
  }
  async load(url) {
    const res = await fetch(url);
    const data = res.ok ? await res.json() : {};
    for (const [k, v] of Object.entries(data ?? {})) this.set(k, v);
    return this;
  }
  static get count() { return Store.#instances; }
}

if (typeof module !== 'undefined' && module.exports) {
  module.exports = { EventEmitter, Store };
}
