'use strict';
// node's `path` for POSIX paths (path.posix; path.win32 is not provided).

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'
const DOT = 46; // '.'

// Resolve '.' and '..' segments; `keepAboveRoot`: a relative path keeps
// its leading '..' segments.  Never returns a leading or trailing slash.
function normalizeSegments(path, keepAboveRoot) {
  const out = [];
  let leadingUps = 0;
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > leadingUps) out.pop();
      else if (keepAboveRoot) {
        out.push('..');
        leadingUps++;
      }
    } else {
      out.push(segment);
    }
  }
  return out.join('/');
}

function cwd() {
  return process.cwd();
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let result = normalizeSegments(path, !absolute);
    if (result.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) result += '/';
    return absolute ? `/${result}` : result;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const ups = fromParts.slice(common).map(() => '..');
    return ups.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let sawName = false;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (sawName) {
          end = i;
          break;
        }
      } else {
        sawName = true;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const { start, end } = lastSegment(path);
    const base = path.slice(start, end);
    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
      return base;
    }
    // node's quirks: the whole path as the suffix gives '', a path of
    // slashes comes back as it is, and so do trailing slashes when the
    // name is a proper tail of a longer suffix
    if (suffix === path) return '';
    if (end === 0) return path;
    if (suffix.length > base.length) return suffix.endsWith(base) ? path.slice(start) : base;
    if (suffix.length < base.length && base.endsWith(suffix)) {
      return base.slice(0, base.length - suffix.length);
    }
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    const { start, end } = lastSegment(path);
    return extensionOf(path.slice(start, end));
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    let base = pathObject.base;
    if (!base) {
      let ext = pathObject.ext || '';
      if (ext && ext.charCodeAt(0) !== DOT) ext = `.${ext}`;
      base = `${pathObject.name || ''}${ext}`;
    }
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const result = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return result;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) result.root = '/';
    const { start, end } = lastSegment(path);
    const base = path.slice(start, end);
    let ext = extensionOf(base);
    // node's quirk: '..' right under the root parses as name '.', ext '.'
    if (absolute && start === 1 && base === '..') ext = '.';
    result.base = base;
    result.ext = ext;
    result.name = base.slice(0, base.length - ext.length);
    if (start > 1) result.dir = path.slice(0, start - 1);
    else if (absolute) result.dir = '/';
    return result;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// [start, end) of the last segment of `path`, trailing slashes ignored.
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return { start: path.lastIndexOf('/', end - 1) + 1, end };
}

// From the name's last '.', unless that dot starts the name or the name is '..'.
function extensionOf(name) {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || name === '..' ? '' : name.slice(dot);
}

posix.posix = posix;
delete posix.win32;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
