'use strict';
// Deep equality as assert.deepStrictEqual / assert.deepEqual and
// util.isDeepStrictEqual define it (node 20): strict compares primitives
// with Object.is, prototypes and enumerable symbol keys too; loose uses ==
// and ignores prototypes.  Both compare own enumerable keys, Map/Set
// contents in any order, Dates by time, RegExps by source/flags/lastIndex,
// errors by name/message (and cause/errors), typed arrays and array
// buffers by bytes, boxed primitives by value.  A pair of objects already
// being compared further up counts as equal (cycles).

const types = internalBinding('types');

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const objectToString = Object.prototype.toString;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function isIndex(key) {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

// Own enumerable keys that are not array indices (and the enumerable
// symbols when `withSymbols`).
function nonIndexKeys(value, withSymbols) {
  const keys = Object.keys(value).filter((k) => !isIndex(k));
  if (withSymbols) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer || a, a.byteOffset || 0, a.byteLength);
  const y = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameFloats(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  for (const [check, unbox] of [
    [types.isNumberObject, Number.prototype.valueOf],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ]) {
    if (check(a)) return check(b) && Object.is(unbox.call(a), unbox.call(b));
  }
  return false;
}

function isSpecialObject(v) {
  return Array.isArray(v) || types.isArrayBufferView(v) || types.isSet(v) || types.isMap(v) ||
    types.isDate(v) || types.isRegExp(v) || types.isAnyArrayBuffer(v) ||
    types.isBoxedPrimitive(v) || isError(v);
}

function equal(a, b, strict, inProgress) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (strict) {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null ||
        Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        return a == b || (Number.isNaN(a) && Number.isNaN(b)); // eslint-disable-line eqeqeq
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, inProgress, kIsArray, keys);
  }
  if (tag === '[object Object]') return compareKeys(a, b, strict, inProgress, kNoIterator);
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (types.isArrayBufferView(a)) {
    if (a[Symbol.toStringTag] !== b[Symbol.toStringTag]) return false;
    const floats = types.isFloat32Array(a) || types.isFloat64Array(a);
    if (!strict && floats ? !sameFloats(a, b) : !sameBytes(a, b)) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, inProgress, kNoIterator, keys);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, inProgress, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, inProgress, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b)) return false;
    for (const key of ['message', 'name', 'cause', 'errors']) {
      const enumerable = isEnumerable(a, key);
      if (enumerable !== isEnumerable(b, key)) return false;
      if (!enumerable) {
        if (key === 'message' || key === 'name' ? a[key] !== b[key]
          : !equal(a[key], b[key], strict, inProgress)) return false;
      }
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (isSpecialObject(b)) {
    return false;
  }
  return compareKeys(a, b, strict, inProgress, kNoIterator);
}

function compareKeys(a, b, strict, inProgress, iteration, keys) {
  const arrayLike = keys !== undefined;
  if (keys === undefined) keys = Object.keys(a);
  for (const key of keys) if (!isEnumerable(b, key)) return false;
  if (!arrayLike) {
    if (keys.length !== Object.keys(b).length) return false;
    if (strict) {
      let count = 0;
      for (const sym of Object.getOwnPropertySymbols(a)) {
        if (isEnumerable(a, sym)) {
          if (!isEnumerable(b, sym)) return false;
          keys.push(sym);
          count++;
        } else if (isEnumerable(b, sym)) {
          return false;
        }
      }
      const otherSymbols = Object.getOwnPropertySymbols(b).filter((s) => isEnumerable(b, s));
      if (otherSymbols.length !== count) return false;
    }
  }
  if (keys.length === 0 && (iteration === kNoIterator ||
      (iteration === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }
  // a pair met again while still being compared is a cycle: equal so far
  if (inProgress === undefined) inProgress = new Map();
  let partners = inProgress.get(a);
  if (partners !== undefined && partners.has(b)) return true;
  if (partners === undefined) inProgress.set(a, partners = new Set());
  partners.add(b);
  try {
    return compareContents(a, b, strict, keys, inProgress, iteration);
  } finally {
    partners.delete(b);
  }
}

function compareContents(a, b, strict, keys, inProgress, iteration) {
  for (const key of keys) {
    if (!equal(a[key], b[key], strict, inProgress)) return false;
  }
  if (iteration === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !equal(a[i], b[i], strict, inProgress)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      }
    }
  } else if (iteration === kIsSet) {
    return setContentsEqual(a, b, strict, inProgress);
  } else if (iteration === kIsMap) {
    return mapContentsEqual(a, b, strict, inProgress);
  }
  return true;
}

function takeEqual(candidates, value, strict, inProgress) {
  for (const candidate of candidates) {
    if (equal(candidate, value, strict, inProgress)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function setContentsEqual(a, b, strict, inProgress) {
  // values of `a` that `b` does not hold as they are: objects, and (loose
  // mode) primitives that may equal another by ==
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqual(pending, value, strict, inProgress)) return false;
    } else if (!strict && !a.has(value) && !takeEqual(pending, value, strict, inProgress)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapContentsEqual(a, b, strict, inProgress) {
  let pending = null;
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else if (!b.has(key) || !equal(value, b.get(key), strict, inProgress)) {
      if (strict) return false;
      (pending ??= new Set()).add(key);
    }
  }
  if (pending === null) return true;
  for (const [key, value] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEntry(pending, a, key, value, strict, inProgress)) return false;
    } else if (!strict && (!a.has(key) || !equal(a.get(key), value, strict, inProgress)) &&
               !takeEntry(pending, a, key, value, strict, inProgress)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEntry(pendingKeys, map, key, value, strict, inProgress) {
  for (const candidate of pendingKeys) {
    if (equal(candidate, key, strict, inProgress) &&
        equal(map.get(candidate), value, strict, inProgress)) {
      pendingKeys.delete(candidate);
      return true;
    }
  }
  return false;
}

module.exports = {
  isDeepEqual: (a, b) => equal(a, b, false, undefined),
  isDeepStrictEqual: (a, b) => equal(a, b, true, undefined),
};
