'use strict';
// node's internal errors: an Error subclass instance with a `code`, whose
// stack's first line reads "TypeError [ERR_CODE]: message", and the
// message builders of the codes the core modules throw.

const { received, captureStack } = internalBinding('errors');

const classes = new Map();

function nodeErrorClass(Base) {
  let NodeError = classes.get(Base);
  if (NodeError === undefined) {
    NodeError = class extends Base {
      toString() {
        return `${this.name} [${this.code}]: ${this.message}`;
      }
    };
    Object.defineProperty(NodeError, 'name', { value: Base.name, configurable: true });
    classes.set(Base, NodeError);
  }
  return NodeError;
}

function makeNodeError(Base, code, message) {
  const error = new (nodeErrorClass(Base))(message);
  // the stack, made while `name` shows the code, starts at the public API
  Object.defineProperty(error, 'name', {
    value: `${Base.name} [${code}]`, writable: true, configurable: true,
  });
  captureStack(error);
  delete error.name;
  error.code = code;
  return error;
}

const classNames = /^[A-Z][a-zA-Z0-9]*$/;
const typeNames = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];

function orList(items) {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

// 'The "name" argument must be of type string. Received ...'
function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg;
  if (name.endsWith(' argument')) msg = `The ${name} `;
  else msg = `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (typeNames.includes(value)) types.push(value.toLowerCase());
    else if (classNames.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${orList(types)}`);
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${orList(instances)}`);
  }
  if (other.length > 0) {
    if (other.length > 1) parts.push(`one of ${orList(other)}`);
    else parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  }
  msg += parts.join(' or ');
  return `${msg}.${received(actual)}`;
}

const codes = {
  ERR_INVALID_ARG_TYPE: (name, expected, actual) =>
    makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual)),
  ERR_INVALID_ARG_VALUE: (name, value, reason = 'is invalid') => {
    let shown = require('util').inspect(value);
    if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`);
  },
  ERR_OUT_OF_RANGE: (name, range, value) =>
    makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${value}`),
  ERR_MISSING_ARGS: (...names) => {
    const quoted = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
    let which;
    if (quoted.length === 1) which = `${quoted[0]} argument`;
    else if (quoted.length === 2) which = `${quoted[0]} and ${quoted[1]} arguments`;
    else which = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
    return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The ${which} must be specified`);
  },
  ERR_UNHANDLED_ERROR: (err) =>
    makeNodeError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${require('util').inspect(err)})`),
  ERR_INVALID_RETURN_VALUE: (input, name, value) =>
    makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
      `Expected ${input} to be returned from the "${name}" function but got ` +
      `${received(value).replace(/^ Received /, '')}.`),
  ERR_METHOD_NOT_IMPLEMENTED: (name) =>
    makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`),
  ERR_FALSY_VALUE_REJECTION: (reason) => {
    const err = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    err.reason = reason;
    return err;
  },
};

module.exports = { makeNodeError, codes, invalidArgTypeMessage };
