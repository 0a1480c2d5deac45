'use strict';
// node's `fs`: the synchronous API over internalBinding('fs'), the
// callback API and fs.promises on top of it.  minijs's I/O is
// synchronous: an asynchronous call does its work at once and its
// callback / promise settles in the event loop's next poll phase.
// Not here: streams, watch, fd-based promises (FileHandle), opendir.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  makeNodeError,
} = require('internal/errors');
const { validateFunction, validateBoolean, validateObject } = require('internal/validators');

const { constants } = binding;
const kType = Symbol('type');

// -- arguments ---------------------------------------------------------------

function fileURLToPath(url) {
  if (url.protocol !== 'file:') {
    throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  return decodeURIComponent(url.pathname);
}

function getPath(path, name = 'path') {
  if (typeof path !== 'string') {
    if (path instanceof Uint8Array) {
      path = Buffer.from(path.buffer, path.byteOffset, path.length).toString();
    } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
               path.protocol !== undefined) {
      path = fileURLToPath(path);
    } else {
      throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
    }
  }
  if (path.includes('\u0000')) {
    throw ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

const isFd = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function getPathOrFd(path) {
  return isFd(path) ? path : getPath(path);
}

function getFd(fd) {
  if (typeof fd !== 'number') throw ERR_INVALID_ARG_TYPE('fd', 'number', fd);
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw ERR_OUT_OF_RANGE('fd', Number.isInteger(fd) ? '>= 0 && <= 2147483647' : 'an integer', fd);
  }
  return fd;
}

function getEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return encoding;
  if (!Buffer.isEncoding(encoding)) {
    throw ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  return encoding;
}

// (options) where options is an encoding name or { encoding, flag, ... }
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: getEncoding(options) };
  if (typeof options !== 'object') {
    throw ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  const merged = { ...defaults, ...options };
  getEncoding(merged.encoding);
  return merged;
}

function getMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode === 'string') return parseInt(mode, 8);
  return mode;
}

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function asBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// -- Stats and Dirent -----------------------------------------------------------

function dateOf(ms) {
  return new Date(Math.round(ms));
}

class StatsBase {
  isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
  isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
  isBlockDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFBLK; }
  isCharacterDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFCHR; }
  isSymbolicLink() { return (this.mode & constants.S_IFMT) === constants.S_IFLNK; }
  isFIFO() { return (this.mode & constants.S_IFMT) === constants.S_IFIFO; }
  isSocket() { return (this.mode & constants.S_IFMT) === constants.S_IFSOCK; }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super();
    Object.assign(this, {
      dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
      atimeMs, mtimeMs, ctimeMs, birthtimeMs,
    });
    this.atime = dateOf(atimeMs);
    this.mtime = dateOf(mtimeMs);
    this.ctime = dateOf(ctimeMs);
    this.birthtime = dateOf(birthtimeMs);
  }
}

function makeStats(values) {
  return values === undefined ? undefined : new Stats(...values);
}

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// -- the synchronous API ------------------------------------------------------------

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const data = asBuffer(binding.readFile(getPathOrFd(path), options.flag || 'r'));
  return options.encoding && options.encoding !== 'buffer' ? data.toString(options.encoding) : data;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.writeFile(getPathOrFd(path), toBytes(data, options.encoding), options.flag || 'w',
    getMode(options.mode, 0o666));
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function existsSync(path) {
  try {
    path = getPath(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

function accessSync(path, mode = constants.F_OK) {
  binding.access(getPath(path), mode);
}

function statSync(path, options = { throwIfNoEntry: true }) {
  const throwIfNoEntry = options.throwIfNoEntry === undefined ? true : options.throwIfNoEntry;
  return makeStats(binding.stat(getPath(path), true, throwIfNoEntry));
}

function lstatSync(path, options = { throwIfNoEntry: true }) {
  const throwIfNoEntry = options.throwIfNoEntry === undefined ? true : options.throwIfNoEntry;
  return makeStats(binding.stat(getPath(path), false, throwIfNoEntry));
}

function fstatSync(fd) {
  return makeStats(binding.fstat(getFd(fd)));
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = getPath(path);
  if (options.withFileTypes) {
    const [names, types] = binding.readdir(path, true);
    return names.map((name, i) => new Dirent(name, types[i], path));
  }
  const names = binding.readdir(path, false);
  return options.encoding === 'buffer' ? names.map((n) => Buffer.from(n)) : names;
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = getMode(options, 0o777);
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = getMode(options.mode, 0o777);
  }
  validateBoolean(recursive, 'options.recursive');
  return binding.mkdir(getPath(path), mode, recursive);
}

function rmdirSync(path, options) {
  path = getPath(path);
  if (options && options.recursive) {
    binding.stat(path, true, true);
    return binding.removeTree(path);
  }
  binding.rmdir(path);
}

// node's SystemError: errno / syscall / path read through to `info`
function systemError(code, info) {
  const message = `Path is a directory: ${info.syscall} returned ${info.code} (${info.message}) ${info.path}`;
  const err = makeNodeError(Error, code, message);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  err.stack = `SystemError [${code}]: ${message}${err.stack.slice(err.stack.split('\n')[0].length)}`;
  err.info = info;
  for (const key of ['errno', 'syscall', 'path']) {
    Object.defineProperty(err, key, {
      get() { return info[key]; },
      set(value) { info[key] = value; },
      enumerable: true,
      configurable: true,
    });
  }
  return err;
}

function rmSync(path, options) {
  path = getPath(path);
  options = options === undefined ? {} : options;
  validateObject(options, 'options');
  const { recursive = false, force = false } = options;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  let stats;
  try {
    stats = binding.stat(path, false, true);
  } catch (err) {
    if (force && err.code === 'ENOENT') return;
    throw err;
  }
  if ((stats[1] & constants.S_IFMT) === constants.S_IFDIR && !recursive) {
    throw systemError('ERR_FS_EISDIR', {
      code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
    });
  }
  binding.removeTree(path);
}

function unlinkSync(path) {
  binding.unlink(getPath(path));
}

function renameSync(oldPath, newPath) {
  binding.rename(getPath(oldPath, 'oldPath'), getPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode = 0) {
  binding.copyFile(getPath(src, 'src'), getPath(dest, 'dest'), mode);
}

function realpathSync(path, options) {
  options = getOptions(options, {});
  const resolved = binding.realpath(getPath(path));
  return options.encoding === 'buffer' ? Buffer.from(resolved) : resolved;
}
realpathSync.native = function realpathSyncNative(path) {
  path = getPath(path);
  binding.access(path, constants.F_OK);
  return binding.realpath(path);
};

function readlinkSync(path) {
  return binding.readlink(getPath(path));
}

function symlinkSync(target, path) {
  binding.symlink(getPath(target, 'target'), getPath(path));
}

function chmodSync(path, mode) {
  binding.chmod(getPath(path), getMode(mode, 0o666));
}

function mkdtempSync(prefix) {
  if (typeof prefix !== 'string') throw ERR_INVALID_ARG_TYPE('prefix', 'string', prefix);
  return binding.mkdtemp(prefix);
}

function openSync(path, flags = 'r', mode = 0o666) {
  return binding.open(getPath(path), flags, getMode(mode, 0o666));
}

function closeSync(fd) {
  binding.close(getFd(fd));
}

function readSync(fd, buffer, offsetOrOptions = 0, length, position = null) {
  getFd(fd);
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (length === undefined) length = buffer.byteLength - offset;
  const target = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return binding.read(fd, target, offset, length, position);
}

function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  getFd(fd);
  if (typeof data === 'string') {
    const encoding = typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8';
    return binding.write(fd, Buffer.from(data, encoding), offsetOrPosition);
  }
  const bytes = toBytes(data, undefined, 'buffer');
  const offset = offsetOrPosition === undefined || offsetOrPosition === null ? 0 : offsetOrPosition;
  const length = typeof lengthOrEncoding === 'number' ? lengthOrEncoding : bytes.length - offset;
  return binding.write(fd, bytes.subarray(offset, offset + length), position);
}

// -- the callback API -----------------------------------------------------------------

const isIOError = (err) => err !== null && typeof err === 'object' && err.syscall !== undefined;

// The error of an asynchronous call has no frames (node's have none of the
// caller's either: the call completed in the event loop).
function asyncError(err) {
  if (isIOError(err) && typeof err.stack === 'string') {
    err.stack = err.stack.split('\n')[0];
  }
  return err;
}

// fn(...args, callback): run `sync` now, the callback in the poll phase.
// Invalid arguments throw at once, as in node; I/O errors go to the callback.
function withCallback(name, sync) {
  return {
    [name](...args) {
      const callback = args.length > 1 ? args.pop() : undefined;
      validateFunction(callback, 'cb');
      let result;
      let error = null;
      try {
        result = sync(...args);
      } catch (err) {
        if (!isIOError(err)) throw err;
        error = asyncError(err);
      }
      binding.defer(() => (error === null ? callback(null, result) : callback(error)));
    },
  }[name];
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  const found = existsSync(path);
  binding.defer(() => callback(found));
}

// -- fs.promises --------------------------------------------------------------------

function withPromise(name, sync) {
  return {
    [name](...args) {
      return new Promise((resolve, reject) => {
        let result;
        let error;
        let failed = false;
        try {
          result = sync(...args);
        } catch (err) {
          failed = true;
          error = asyncError(err);
        }
        binding.defer(() => (failed ? reject(error) : resolve(result)));
      });
    },
  }[name];
}

const syncFunctions = {
  access: accessSync, appendFile: appendFileSync, chmod: chmodSync, copyFile: copyFileSync,
  lstat: lstatSync, mkdir: mkdirSync, mkdtemp: mkdtempSync, readdir: readdirSync,
  readFile: readFileSync, readlink: readlinkSync, realpath: realpathSync, rename: renameSync,
  rm: rmSync, rmdir: rmdirSync, stat: statSync, symlink: symlinkSync, unlink: unlinkSync,
  writeFile: writeFileSync,
};

// fs.promises takes paths (a FileHandle, which minijs lacks, instead of fds)
const pathOnly = (sync) => (path, ...rest) => sync(getPath(path), ...rest);
const promises = { constants };
for (const [name, sync] of Object.entries(syncFunctions)) {
  const takesFd = name === 'readFile' || name === 'writeFile' || name === 'appendFile';
  promises[name] = withPromise(name, takesFd ? pathOnly(sync) : sync);
}

module.exports = {
  appendFileSync, accessSync, chmodSync, closeSync, copyFileSync, existsSync, fstatSync,
  lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync,
  readSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, symlinkSync, unlinkSync,
  writeFileSync, writeSync,
  exists,
  close: withCallback('close', closeSync),
  fstat: withCallback('fstat', fstatSync),
  open: withCallback('open', openSync),
  Stats,
  Dirent,
  constants,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  promises,
};
for (const [name, sync] of Object.entries(syncFunctions)) {
  module.exports[name] = withCallback(name, sync);
}
module.exports.realpath.native = withCallback('realpath', realpathSync.native);
