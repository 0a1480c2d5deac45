'use strict';
// node's `buffer`, the part fs needs and most programs use: Buffer is a
// Uint8Array subclass (node's FastBuffer) with from / alloc / concat /
// byteLength / isBuffer / compare, toString and write in node's encodings,
// equals / compare / indexOf / includes / copy / slice / toJSON, and
// node's `<Buffer 68 69>` inspection.  Not here: the read/write*Int*
// family, swap*, the `buffer` module's Blob / File / atob extras.
// minijs defines no global `Buffer`: require('buffer').Buffer.

const binding = internalBinding('buffer');
const { inspect } = require('util');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  makeNodeError,
} = require('internal/errors');

const kMaxLength = 2 ** 32;
const INSPECT_MAX_BYTES = 50;

const encodings = {
  utf8: 'utf8', 'utf-8': 'utf8', hex: 'hex', base64: 'base64', base64url: 'base64url',
  latin1: 'latin1', binary: 'latin1', ascii: 'ascii', ucs2: 'utf16le', 'ucs-2': 'utf16le',
  utf16le: 'utf16le', 'utf-16le': 'utf16le',
};

function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  return encodings[String(encoding).toLowerCase()];
}

function encodingOrThrow(encoding) {
  const name = normalizeEncoding(encoding);
  if (name === undefined) {
    throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  return name;
}

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function wrap(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
}

// The old `new Buffer(...)` / `Buffer(...)`.
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

function checkSize(size) {
  if (typeof size !== 'number') throw ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    throw ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return wrap(binding.encode(value, encodingOrThrow(encodingOrOffset)));
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) {
      const offset = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
      const count = length === undefined ? value.byteLength - offset : +length || 0;
      return new FastBuffer(value, offset, count);
    }
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value &&
        (typeof primitive === 'string' || typeof primitive === 'object')) {
      return Buffer.from(primitive, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value) || Array.isArray(value) || typeof value.length === 'number') {
      const copy = new FastBuffer(value.length >>> 0);
      for (let i = 0; i < copy.length; i++) copy[i] = value[i];
      return copy;
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const prim = value[Symbol.toPrimitive]('string');
      if (typeof prim === 'string') return Buffer.from(prim, encodingOrOffset);
    }
  }
  throw ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) buf.fill(fill, 0, size, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return new FastBuffer(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer ||
        string instanceof SharedArrayBuffer) {
      return string.byteLength;
    }
    throw ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  return binding.byteLength(string, normalizeEncoding(encoding) || 'utf8');
};

Buffer.compare = function compare(a, b) {
  if (!(a instanceof Uint8Array)) throw ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], a);
  if (!(b instanceof Uint8Array)) throw ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], b);
  return compareBytes(a, 0, a.length, b, 0, b.length);
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la === lb ? 0 : la < lb ? -1 : 1;
}

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (totalLength === undefined) {
    totalLength = 0;
    for (let i = 0; i < list.length; i++) {
      if (!(list[i] instanceof Uint8Array)) {
        throw ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      }
      totalLength += list[i].length;
    }
  }
  const result = Buffer.alloc(totalLength);
  let pos = 0;
  for (const item of list) {
    if (pos >= totalLength) break;
    const part = item.length > totalLength - pos ? item.subarray(0, totalLength - pos) : item;
    result.set(part, pos);
    pos += part.length;
  }
  return result;
};

const proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.decode(this, 'utf8', 0, this.length);
  const len = this.length;
  start = start === undefined || start <= 0 ? 0 : start >= len ? len : Math.trunc(start) || 0;
  end = end === undefined || end > len ? len : Math.trunc(end) || 0;
  if (end <= start) return '';
  return binding.decode(this, encodingOrThrow(encoding), start, end);
};

proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    length = this.length;
  } else if (typeof length === 'string') {
    encoding = length;
    length = this.length - (offset || 0);
  }
  offset = offset === undefined ? 0 : offset >>> 0;
  const remaining = this.length - offset;
  if (length === undefined || length > remaining) length = remaining;
  const bytes = binding.encode(string, encodingOrThrow(encoding));
  const count = Math.min(bytes.length, length);
  this.set(bytes.subarray(0, count), offset);
  return count;
};

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  if (typeof value === 'string') {
    const bytes = value.length === 1 && value.charCodeAt(0) < 128 ?
      [value.charCodeAt(0)] : binding.encode(value, encodingOrThrow(encoding));
    if (bytes.length === 0) return Uint8Array.prototype.fill.call(this, 0, offset, end);
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
    return this;
  }
  if (value instanceof Uint8Array) {
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % value.length) this[i] = value[j];
    return this;
  }
  return Uint8Array.prototype.fill.call(this, typeof value === 'boolean' ? +value : value & 255, offset, end);
};

proto.equals = function equals(other) {
  if (!(other instanceof Uint8Array)) {
    throw ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], other);
  }
  return this === other || compareBytes(this, 0, this.length, other, 0, other.length) === 0;
};

proto.compare = function compare(target, targetStart = 0, targetEnd = target.length,
  sourceStart = 0, sourceEnd = this.length) {
  if (!(target instanceof Uint8Array)) {
    throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  const count = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
  if (count > 0) target.set(this.subarray(sourceStart, sourceStart + count), targetStart);
  return count;
};

// node's Buffer#slice shares memory (unlike TypedArray#slice)
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function toBytes(value, encoding) {
  if (typeof value === 'string') return binding.encode(value, encodingOrThrow(encoding));
  if (typeof value === 'number') return [value & 255];
  if (value instanceof Uint8Array) return value;
  throw ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

proto.indexOf = function indexOf(value, byteOffset = 0, encoding) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = 0;
  }
  const needle = toBytes(value, encoding);
  let from = byteOffset < 0 ? Math.max(0, this.length + byteOffset) : byteOffset;
  if (needle.length === 0) return Math.min(from, this.length);
  for (; from + needle.length <= this.length; from++) {
    let i = 0;
    while (i < needle.length && this[from + i] === needle[i]) i++;
    if (i === needle.length) return from;
  }
  return -1;
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset = this.length, encoding) {
  const needle = toBytes(value, encoding);
  let from = Math.min(byteOffset < 0 ? this.length + byteOffset : byteOffset, this.length - needle.length);
  for (; from >= 0; from--) {
    let i = 0;
    while (i < needle.length && this[from + i] === needle[i]) i++;
    if (i === needle.length) return from;
  }
  return -1;
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

proto.readUInt8 = proto.readUint8 = function readUInt8(offset = 0) {
  if (offset < 0 || offset >= this.length) {
    throw ERR_OUT_OF_RANGE('offset', `>= 0 and <= ${this.length - 1}`, offset);
  }
  return this[offset];
};

proto.writeUInt8 = proto.writeUint8 = function writeUInt8(value, offset = 0) {
  this[offset] = value;
  return offset + 1;
};

proto[inspect.custom] = function inspectBuffer(recurseTimes, ctx) {
  const shown = Math.min(INSPECT_MAX_BYTES, this.length);
  const remaining = this.length - INSPECT_MAX_BYTES;
  let str = binding.decode(this, 'hex', 0, shown).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras = [];
    for (const key of Object.keys(this)) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(key)) extras.push(`${key}: ${inspect(this[key], { ...ctx, breakLength: Infinity, compact: true })}`);
    }
    if (extras.length > 0) str += `${str ? ', ' : ''}${extras.join(', ')}`;
  }
  return `<${this.constructor.name} ${str}>`;
};

module.exports = {
  Buffer,
  INSPECT_MAX_BYTES,
  kMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
};
