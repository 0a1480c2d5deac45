const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'fs_sync_dir');
fs.rmSync(dir, { recursive: true, force: true });
console.log(fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true }) === dir, fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true }));
const f = path.join(dir, 'hello.txt');
fs.writeFileSync(f, 'héllo\n');
fs.appendFileSync(f, 'world\n');
fs.appendFileSync(f, Buffer.from('bytes\n'));
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f), fs.readFileSync(f, { encoding: 'hex' }), fs.readFileSync(f).toString().length);
console.log(fs.existsSync(f), fs.existsSync(path.join(dir, 'nope')), fs.existsSync(), fs.existsSync(''));
const st = fs.statSync(f);
console.log(st.isFile(), st.isDirectory(), st.size, typeof st.mtimeMs, st.mtime instanceof Date, Object.keys(st).join(','), st.constructor.name, Math.abs(st.mtimeMs - Date.now()) < 60000);
console.log(fs.statSync(dir).isDirectory(), fs.lstatSync(f).isSymbolicLink(), fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ x: 1 }));
console.log(fs.readdirSync(dir), fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.constructor.name, d.path === dir]));
console.log(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'))));
fs.renameSync(path.join(dir, 'b.json'), path.join(dir, 'c.json'));
fs.copyFileSync(path.join(dir, 'c.json'), path.join(dir, 'd.json'));
fs.unlinkSync(path.join(dir, 'c.json'));
console.log(fs.readdirSync(dir));
fs.symlinkSync(f, path.join(dir, 'link'));
console.log(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(), fs.readlinkSync(path.join(dir, 'link')) === f, fs.realpathSync(path.join(dir, 'link')) === f);
const fd = fs.openSync(f, 'r');
const buf = Buffer.alloc(5);
console.log(fs.readSync(fd, buf, 0, 5, 0), buf.toString(), fs.fstatSync(fd).size);
fs.closeSync(fd);
const wfd = fs.openSync(path.join(dir, 'w.txt'), 'w');
console.log(fs.writeSync(wfd, 'abc'), fs.writeSync(wfd, Buffer.from('def')));
fs.closeSync(wfd);
console.log(fs.readFileSync(path.join(dir, 'w.txt'), 'latin1'));
fs.writeSync(1, 'to stdout via fd 1\n');
const errs = [
  () => fs.readFileSync(path.join(dir, 'nope.txt')), () => fs.readFileSync(dir), () => fs.mkdirSync(dir),
  () => fs.rmdirSync(dir), () => fs.rmSync(dir), () => fs.unlinkSync(path.join(dir, 'nope')),
  () => fs.renameSync(path.join(dir, 'nope'), path.join(dir, 'x')), () => fs.readdirSync(f),
  () => fs.statSync(path.join(dir, 'nope')), () => fs.lstatSync(path.join(dir, 'nope')), () => fs.writeFileSync(dir, 'x'),
  () => fs.readFileSync(123456), () => fs.readFileSync({}), () => fs.writeFileSync(f, 5), () => fs.readFileSync(f, 'nope'),
  () => fs.readFileSync('a\0b'), () => fs.mkdirSync(path.join(f, 'x'), { recursive: true }), () => fs.copyFileSync(path.join(dir, 'nope'), path.join(dir, 'y')),
  () => fs.accessSync(path.join(dir, 'nope')), () => fs.closeSync(99999), () => fs.openSync(path.join(dir, 'nope')),
  () => fs.rmSync(path.join(dir, 'nope')), () => fs.mkdirSync(path.join(dir, 'q/r')), () => fs.symlinkSync(f, f),
  () => fs.readlinkSync(f), () => fs.openSync(f, 'bogus'), () => fs.closeSync('x'), () => fs.rmSync(dir, { recursive: 'yes' }),
];
for (const e of errs) {
  try { e(); console.log('no error'); } catch (err) { console.log(err.name, err.code, err.errno, err.syscall, err.path === undefined ? '-' : path.relative(__dirname, err.path), err.dest === undefined ? '-' : path.relative(__dirname, err.dest), err.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>')); }
}
fs.rmSync(path.join(dir, 'nope'), { force: true });
fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir), typeof fs.promises.readFile, fs.constants.O_CREAT, fs.F_OK, require('fs/promises') === fs.promises, require('node:fs') === fs);
