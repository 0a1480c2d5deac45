function f1([a, b]) {}
function f2({ c, d }) {}
function f3([a, , b] = [], { c: { d } } = {}, ...[e]) {}
function f4({ a = 1, b: { c = 2 } = {} }) {}
function f5(a, { b, ...c }) {}
var g1 = ([a]) => a;
var g2 = ({ a, b: [c] }) => c;
var g3 = ({ a } = {}, [b] = []) => 0;
var g4 = async ({ a }) => a;
var g5 = ([a, ...rest]) => rest;
class C { m({ a }, [b]) {} set s({ v }) {} }
var o = { m([a] = [1]) {}, set s([v]) {} };
try {} catch ({ a, b: [c] }) {}
for (const [a, { b }] of xs) {}
function f6({ if: i, class: c }) {}
