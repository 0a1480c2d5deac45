'use strict';
// node's `assert` (legacy and strict mode): every failure is an
// AssertionError with node's message, code 'ERR_ASSERTION', actual,
// expected and operator, and a stack that starts at the caller.

const AssertionError = require('internal/assert/assertion_error');
const { inspect, types: { isPromise, isRegExp } } = require('util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
  },
  makeNodeError,
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
// loaded on first use: most programs never compare deeply
const isDeepEqual = (a, b) => require('internal/deep_equal').isDeepEqual(a, b);
const isDeepStrictEqual = (a, b) => require('internal/deep_equal').isDeepStrictEqual(a, b);
const { callSource } = internalBinding('assert');

const NO_EXCEPTION = {};
const isError = (v) => v instanceof Error || require('util').types.isNativeError(v);

function innerFail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

let failWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let internalMessage = false;
  if (actual == null && argCount <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.',
      'DeprecationWarning', 'DEP0094');
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual, expected, message,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

// "The expression evaluated to a falsy value:\n\n  assert(x)\n": the
// caller's source, continuation lines unindented up to the call's column.
function falsyMessage(fn) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  const holder = {};
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = limit;
  const frame = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(String(holder.stack).split('\n')[1]);
  if (frame === null || frame[1].startsWith('node:')) return undefined;
  const found = callSource(frame[1], Number(frame[2]) - 1, Number(frame[3]) - 1);
  if (found === undefined) return undefined;
  const [column, code] = found;
  const [first, ...rest] = code.split('\n');
  let message = first;
  for (const line of rest) {
    let pos = 0;
    while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    message += `\n  ${line.slice(pos)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

function innerOk(fn, argCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

function needTwo(args) {
  if (args < 2) throw ERR_MISSING_ARGS('actual', 'expected');
}

assert.equal = function equal(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// The keys of an expected-error object, shown as a "Comparison" diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Does the thrown `actual` satisfy `expected` (a class, a RegExp, a
// validation function or an object of expected properties)?
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
        `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function thrownBy(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isThenable(value) {
  return isPromise(value) || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

async function rejectionOf(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument ' +
          `is ambiguous. The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument ' +
        `is ambiguous. The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: stackStartFn.name,
      message: `Missing expected ${kind}${details}`, stackStartFn,
    });
  }
  if (error) expectedException(actual, error, message, stackStartFn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: stackStartFn.name, stackStartFn,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
    });
  }
  throw actual;
}

assert.throws = function throws(fn, ...args) {
  expectsError(throws, thrownBy(fn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await rejectionOf(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, thrownBy(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await rejectionOf(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  // the original error's frames follow the assertion's own
  const origStack = err && err.stack;
  if (typeof origStack === 'string') {
    const origFrames = origStack.split('\n');
    origFrames.shift();
    let newFrames = newErr.stack.split('\n');
    for (const frame of origFrames) {
      const pos = newFrames.indexOf(frame);
      if (pos !== -1) {
        newFrames = newFrames.slice(0, pos);
        break;
      }
    }
    newErr.stack = `${newFrames.join('\n')}\n${origFrames.join('\n')}`;
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
      `${match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression '}` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// the class loads when first constructed
assert.CallTracker = require('util').deprecate(function CallTracker() {
  return new (require('internal/assert/call_tracker'))();
}, 'assert.CallTracker is deprecated.', 'DEP0173');

// Strict mode: the loose comparisons are the strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
