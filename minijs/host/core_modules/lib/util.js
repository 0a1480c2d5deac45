'use strict';
// node's `util`: format / inspect (the host's, which console.log uses),
// promisify / callbackify, inherits, deprecate, debuglog,
// isDeepStrictEqual, types, and the old is* checks.

const { format, formatWithOptions, inspect } = internalBinding('util');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const types = require('util/types');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

function copyProperties(target, source) {
  Object.setPrototypeOf(target, Object.getPrototypeOf(source));
  return Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) result[argumentNames[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyProperties(fn, original);
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => {
        if (!reason) reason = ERR_FALSY_VALUE_REJECTION(reason);
        process.nextTick(callback, reason);
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return Object.defineProperties(callbackified, descriptors);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecationCodesWarned = new Set();

function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!deprecationCodesWarned.has(code)) {
        deprecationCodesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// debuglog('net')(...) writes "NET <pid>: message" to stderr when NODE_DEBUG
// names the section (comma separated, '*' wildcards).
function debuglog(section, callback) {
  const sections = String(process.env.NODE_DEBUG || '').split(/[\s,]+/).filter(Boolean);
  const wanted = sections.some((pattern) => new RegExp(`^${pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
    .replace(/\*/g, '.*')}$`, 'i').test(section));
  const prefix = `${section.toUpperCase()} ${process.pid}:`;
  function debug(...args) {
    if (wanted) process.stderr.write(`${prefix} ${format(...args)}\n`);
  }
  Object.defineProperty(debug, 'enabled', { get: () => wanted, configurable: true, enumerable: true });
  if (typeof callback === 'function') callback(debug);
  return debug;
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  // eslint-disable-next-line no-control-regex
  return str.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
}

function toUSVString(input) {
  return String(input).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

function isDeepStrictEqual(a, b) {
  return require('internal/deep_equal').isDeepStrictEqual(a, b);
}

const isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => require('buffer').Buffer.isBuffer(v),
  isDeepStrictEqual,
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  TextDecoder: globalThis.TextDecoder,
  TextEncoder: globalThis.TextEncoder,
  types,
};
