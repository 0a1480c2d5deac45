'use strict';
// node's `module`, the parts programs use: builtinModules, isBuiltin and
// createRequire (a require() resolving from a given file).

const binding = internalBinding('module');
const path = require('path');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const builtinModules = binding.builtinModules.slice();
const schemeOnly = ['test'];

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return builtinModules.includes(name) || schemeOnly.includes(name);
  }
  return builtinModules.includes(id);
}

function createRequire(filename) {
  let file = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    file = filename.href;
  }
  if (typeof file === 'string' && file.startsWith('file://')) {
    file = decodeURIComponent(file.slice(7));
  }
  if (typeof file !== 'string' || !path.isAbsolute(file)) {
    throw ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  // a directory is given with its trailing slash, as in node
  return binding.requireFrom(file.endsWith('/') ? file : path.dirname(file));
}

module.exports = { builtinModules, isBuiltin, createRequire };
