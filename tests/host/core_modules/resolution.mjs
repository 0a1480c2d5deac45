import fs, { readFileSync, existsSync } from 'node:fs';
import path from 'path';
import { join, sep } from 'node:path';
import * as util from 'util';
import assert, { strictEqual, deepStrictEqual } from 'assert';
import EventEmitter, { once } from 'events';
import os, { EOL } from 'os';
import { createRequire, builtinModules } from 'module';
import { readFile } from 'fs/promises';
console.log(typeof fs.readFileSync, readFileSync === fs.readFileSync, existsSync(import.meta.filename), join('a', 'b'), sep, path.sep);
console.log(typeof util.format, util.default.format === util.format, Object.keys(util).includes('default'));
strictEqual(1, 1); deepStrictEqual([1], [1]); assert.ok(true);
console.log(typeof EventEmitter, typeof once, EOL === os.EOL, import.meta.resolve('fs'), import.meta.resolve('node:path'), builtinModules.length);
const require = createRequire(import.meta.url);
console.log(require('fs') === fs, require.resolve('node:fs'), (await readFile(import.meta.filename, 'utf8')).length > 0);
const dyn = await import('node:os');
console.log(dyn.default === os, typeof dyn.cpus);
try { await import('node:nope'); } catch (e) { console.log(e.code, e.message); }
