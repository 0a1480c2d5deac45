// Static imports: named, default, namespace; live bindings; re-exports.
import { count, increment, alias } from './fixtures/counter.mjs';
import Counter, * as counter from './fixtures/counter.mjs';
import * as re from './fixtures/reexports.mjs';
import anon, { square, later } from './fixtures/shapes.mjs';
import legacy from './fixtures/legacy.cjs';

console.log(count, alias);
increment();
increment();
console.log(count, alias, counter.count, re.count, re.counterNs.count);
console.log(Counter.name, typeof Counter, re.CounterClass === Counter, re.counterLabel);
console.log(anon.name, anon(), square(7), later);
console.log(Object.keys(re));
console.log(re.counterNs === counter, re.shapes.square === square);
console.log(Object.prototype.toString.call(counter), counter[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(counter), Object.isExtensible(counter), Object.isFrozen(counter));
console.log(Object.getOwnPropertyDescriptor(counter, 'count'));
console.log(Reflect.set(counter, 'count', 5), Reflect.deleteProperty(counter, 'count'),
            Reflect.deleteProperty(counter, 'nope'), 'count' in counter, 'nope' in counter);
try { counter.count = 1; } catch (e) { console.log(e.constructor.name); }
try { count = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(legacy.kind, legacy.add(2, 3));
console.log(this, (function () { return this; })(), typeof import.meta);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/modules/basics.mjs'));
console.log(Object.getPrototypeOf(import.meta), import.meta === import.meta);
console.log(counter);
/* expected
legacy.cjs runs, this === module.exports: true
0 0
2 2 2 2 2
Counter function true counter
default anonymous default 49 assigned later
[
  'CounterClass',
  'alias',
  'count',
  'counterLabel',
  'counterNs',
  'increment',
  'label',
  'shapes'
]
true true
[object Module] Module
null false false
{ value: 2, writable: true, enumerable: true, configurable: false }
false false true true false
TypeError
TypeError Assignment to constant variable.
commonjs 5
undefined undefined object
true true
null true
[Module: null prototype] {
  alias: 2,
  count: 2,
  default: [class Counter],
  increment: [Function: increment],
  label: 'counter'
}
*/
