const fs = require('fs');
const path = require('path');
// a package named like a core module never shadows it
const shadow = path.join(__dirname, 'node_modules', 'fs');
fs.mkdirSync(shadow, { recursive: true });
fs.writeFileSync(path.join(shadow, 'index.js'), "module.exports = 'the package';");
const pkgTest = path.join(__dirname, 'node_modules', 'test');
fs.mkdirSync(pkgTest, { recursive: true });
fs.writeFileSync(path.join(pkgTest, 'index.js'), "module.exports = 'package test';");
console.log(typeof require('fs').readFileSync, require('fs') === require('node:fs'), require('test'));
console.log(require.resolve('fs'), require.resolve('node:fs'), require.resolve('path/posix'));
console.log(require('fs/promises') === fs.promises, require('path/posix') === path.posix, require('util/types') === require('util').types, require('assert/strict') === require('assert').strict, require('sys') === require('util'), require('process') === process, require('console') === console, require('timers').setTimeout === setTimeout);
const m = require('module');
console.log(m.builtinModules.length, m.builtinModules.includes('fs'), m.isBuiltin('node:fs'), m.isBuiltin('node:test'), m.isBuiltin('test'), m.isBuiltin('fs/promises'));
console.log(m.createRequire(__filename)('fs') === fs, m.createRequire(__dirname + '/')('./node_modules/fs'));
for (const spec of ['node:nope', 'node:', 'nope-not-installed']) {
  try { require(spec); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
}
try { require.resolve('node:nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
import('node:path').then((ns) => console.log('import()', ns.default === path, typeof ns.join, ns.sep));
import('fs').then((ns) => console.log('import()', ns.readFileSync === fs.readFileSync));
