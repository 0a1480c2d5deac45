'use strict';
// assert.CallTracker (deprecated in node 20, DEP0173): functions that
// count their calls, checked by verify().

const AssertionError = require('internal/assert/assertion_error');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE } } =
  require('internal/errors');

function noop() {}

class CallTracker {
  #contexts = new Set();
  #tracked = new WeakMap();

  #contextOf(tracked) {
    const context = this.#tracked.get(tracked);
    if (context === undefined) {
      throw ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return context;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (typeof expected !== 'number') throw ERR_INVALID_ARG_TYPE('expected', 'number', expected);
    if (!Number.isInteger(expected) || expected < 1 || expected > 4294967295) {
      throw ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', expected);
    }
    const context = { expected, calls: [], name: fn.name || 'calls', stack: new Error() };
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#contexts.add(context);
    this.#tracked.set(tracked, context);
    return tracked;
  }

  getCalls(tracked) {
    return Object.freeze(this.#contextOf(tracked).calls.slice());
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#contexts) context.calls = [];
    } else {
      this.#contextOf(tracked).calls = [];
    }
  }

  report() {
    const errors = [];
    for (const { expected, calls, name, stack } of this.#contexts) {
      if (calls.length !== expected) {
        errors.push({
          message: `Expected the ${name} function to be executed ${expected} time(s) ` +
            `but was executed ${calls.length} time(s).`,
          actual: calls.length, expected, operator: name, stack,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
