// A CommonJS program loads ES modules with import().
console.log('script starts');
import('./fixtures/dynamic_target.mjs').then((ns) => {
  console.log('loaded', ns.answer, ns[Symbol.toStringTag]);
  return import('./fixtures/counter.mjs');
}).then(({ increment, count, default: Counter }) => {
  increment();
  console.log(count, Counter.name);
}).catch((e) => console.log('unexpected', e));
const viaEval = eval("import('./fixtures/shapes.mjs')");
viaEval.then((m) => console.log('from eval code:', m.square(3)));
console.log('script ends');
/* expected
script starts
script ends
dynamic_target evaluates once
loaded 42 Module
from eval code: 9
0 Counter
*/
