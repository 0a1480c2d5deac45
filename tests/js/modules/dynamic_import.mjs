// import(): a promise of the namespace, the same module record each time;
// failures reject with node's errors.
const first = import('./fixtures/dynamic_target.mjs');
console.log(first instanceof Promise);
const ns = await first;
const again = await import('./fixtures/' + 'dynamic_target.mjs');
console.log(ns === again, ns.answer, ns.default, Object.keys(ns));

const legacy = await import('./fixtures/legacy.cjs');
console.log(Object.keys(legacy), legacy.default.kind);

for (const spec of ['./fixtures/nope.mjs', 'no-such-package', './fixtures/throws.mjs',
                    './fixtures/throws.mjs', './fixtures/bad_syntax.mjs', './fixtures/missing_export.mjs']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(spec, '->', e.name, e.code, e.message.split(' imported from')[0].replace(/\/.*\/tests/, '...'));
  }
}
const { answer } = await import({ toString() { return './fixtures/dynamic_target.mjs'; } });
console.log(answer);
/* expected
true
dynamic_target evaluates once
true 42 the default [ 'answer', 'default' ]
legacy.cjs runs, this === module.exports: true
[ 'default' ] commonjs
./fixtures/nope.mjs -> Error ERR_MODULE_NOT_FOUND Cannot find module '.../js/modules/fixtures/nope.mjs'
no-such-package -> Error ERR_MODULE_NOT_FOUND Cannot find package 'no-such-package'
./fixtures/throws.mjs -> RangeError undefined thrown while evaluating
./fixtures/throws.mjs -> RangeError undefined thrown while evaluating
./fixtures/bad_syntax.mjs -> SyntaxError undefined Unexpected token ';'
./fixtures/missing_export.mjs -> SyntaxError undefined The requested module './dynamic_target.mjs' does not provide an export named 'nothing'
42
*/
