// immutable: persistent collections (hash array mapped tries, iterators, Symbols).
const Immutable = require("immutable");

const m = Immutable.Map({ a: 1, b: Immutable.List([1, 2, 3]) });
const m2 = m.setIn(["b", 1], 42).update("a", (x) => x + 1);
console.log(JSON.stringify(m2.toJS()), m.equals(m2), Immutable.is(m, Immutable.Map({ a: 1, b: Immutable.List([1, 2, 3]) })));
console.log(Immutable.Seq([1, 2, 3, 4]).filter((x) => x % 2).map((x) => x * 10).toArray());
console.log(Immutable.Set([3, 1, 3]).size, Immutable.Range(0, 10, 3).toList().toString(), Immutable.OrderedMap([["z", 1], ["a", 2]]).keySeq().join());
let big = Immutable.Map();
for (let i = 0; i < 2000; i++) big = big.set("k" + i, i);
console.log(big.size, big.get("k1234"), big.delete("k5").has("k5"), big.reduce((s, v) => s + v, 0));
const Rec = Immutable.Record({ x: 0, y: 0 });
console.log(String(new Rec({ x: 3 })), [...Immutable.List.of(1, 2).push(3)].join(), Immutable.fromJS({ a: [{ b: 1 }] }).getIn(["a", 0, "b"]));
