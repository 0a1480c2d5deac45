const path = require('path');
const cases = ['', '.', '..', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a//b', 'a/./b', 'a/../b', '../a', '../../a/b/..', '/..', '/../a', 'a/b/c/../../..', 'a/b/c/../../../..', '.a', 'a.', 'a..', '..a', '.a.b', 'a.b.c', '/a/b.js', '/a/b.js/', 'a/b.js//', '//a', '//a/b', './', './/', 'a/.', 'a/..', '/a/b/../../..', 'foo/bar/baz/asdf/quux/..', '/foo/bar//baz/asdf/quux/..', 'x/./y/.z', '/.', '/.a', '/a/.b.', 'c:\\x'];
for (const c of cases) {
  console.log(JSON.stringify(c), path.normalize(c), path.dirname(c), path.basename(c), path.extname(c), path.isAbsolute(c), JSON.stringify(path.parse(c)), path.format(path.parse(c)));
  console.log(path.join(c, 'x'), path.join('x', c), path.resolve('/r', c), path.relative('/a/b/c', path.resolve('/r', c)), path.relative(c, '/a'));
  for (const s of ['.js', 'js', 'b.js', 'a', '', 'xa', '.']) console.log(' ', path.basename(c, s));
}
console.log(path.join(), path.join(''), path.resolve(), path.resolve(''), path.relative('', ''), path.relative('/', '/a'), path.relative('/a', '/'), path.relative('/a/b', '/a/bc'), path.relative('/ab', '/a'));
console.log(path.format({root: '/', dir: '/home', base: 'f.txt'}), path.format({root: '/', name: 'f', ext: 'txt'}), path.format({name: 'f'}), path.format({dir: 'd', ext: '.e'}), path.format({}));
console.log(path.sep, path.delimiter, path.posix === path, path.posix.join('a', 'b'));
for (const bad of [() => path.join('a', null), () => path.resolve(undefined), () => path.normalize({}), () => path.basename('x', 1), () => path.format(null), () => path.relative('a', 3), () => path.dirname(), () => path.extname(Symbol('s')), () => path.parse([]), () => path.isAbsolute(() => 1)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message, String(e), e instanceof TypeError); }
}
