// A cyclic module graph: evaluation order, hoisting and TDZ across modules.
import { result, late } from './fixtures/cycle_a.mjs';
import * as b from './fixtures/cycle_b.mjs';
console.log(result);
console.log(late, b.fromB);
/* expected
b runs first: hoisted a function
ReferenceError: Cannot access 'late' before initialization
via namespace ReferenceError
keys while uninitialised: [ 'hoisted', 'late', 'result', Symbol(Symbol.toStringTag) ]
a runs; b says hello from b
late binding seen from b
late binding hello from b
*/
