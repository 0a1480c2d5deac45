// A CommonJS program loads ES modules with import() (also from eval code).
// The imports are chained: two import()s in flight at once finish in the
// order node's file reads happen to finish, which is not deterministic.
console.log('script starts');
import('./fixtures/dynamic_target.mjs').then((ns) => {
  console.log('loaded', ns.answer, ns[Symbol.toStringTag]);
  return import('./fixtures/counter.mjs');
}).then(({ increment, count, default: Counter }) => {
  increment();
  console.log(count, Counter.name);
  return eval("import('./fixtures/shapes.mjs')");
}).then((m) => console.log('from eval code:', m.square(3)))
  .catch((e) => console.log('unexpected', e));
console.log('script ends');
/* expected
script starts
script ends
dynamic_target evaluates once
loaded 42 Module
0 Counter
from eval code: 9
*/
