// console methods writing to stdout: info/debug, group, count, dir,
// assert (stderr, not shown), table.
console.info("info", 1);
console.debug("debug", [2]);
console.group("G");
console.log("a\nb");
console.log({ a: 1, b: "x".repeat(77) });
console.group();
console.log([1, 2]);
console.groupEnd();
console.groupCollapsed("C");
console.log("in");
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log("out");
console.count();
console.count();
console.count("x");
console.countReset();
console.count();
console.count(1);
console.assert(true, "never");
console.assert(false, "to stderr");
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir("str");
console.dir([1, [2, [3, [4, [5]]]]], { depth: null });
console.table([{ a: 1, b: "xyz" }, { a: 22, c: [1, 2, 3, 4] }, 5]);
console.table({ r1: { c: 1 }, r2: { c: { x: 1, y: 2, z: 3 } } });
console.table([[1, 2], [3]], ["0"]);
console.table([{ name: "日本", v: "ok" }, { name: "abc", v: "été" }]);
console.table(3);
console.table([]);
console.group();
console.table([1]);
console.groupEnd();
/* expected
info 1
debug [ 2 ]
G
  a
  b
  {
    a: 1,
    b: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  }
    [ 1, 2 ]
  C
    in
out
default: 1
default: 2
x: 1
default: 1
1: 1
{ a: { b: { c: [Object] } } }
{ a: [Object] }
'str'
[
  1,
  [
    2,
    [ 3, [ 4, [ 5 ] ] ]
  ]
]
┌─────────┬────┬───────┬──────────────────────────────┬────────┐
│ (index) │ a  │ b     │ c                            │ Values │
├─────────┼────┼───────┼──────────────────────────────┼────────┤
│ 0       │ 1  │ 'xyz' │                              │        │
│ 1       │ 22 │       │ [ 1, 2, 3, ... 1 more item ] │        │
│ 2       │    │       │                              │ 5      │
└─────────┴────┴───────┴──────────────────────────────┴────────┘
┌─────────┬──────────┐
│ (index) │ c        │
├─────────┼──────────┤
│ r1      │ 1        │
│ r2      │ [Object] │
└─────────┴──────────┘
┌─────────┬───┐
│ (index) │ 0 │
├─────────┼───┤
│ 0       │ 1 │
│ 1       │ 3 │
└─────────┴───┘
┌─────────┬────────┬───────┐
│ (index) │ name   │ v     │
├─────────┼────────┼───────┤
│ 0       │ '日本' │ 'ok'  │
│ 1       │ 'abc'  │ 'été' │
└─────────┴────────┴───────┘
3
┌─────────┐
│ (index) │
├─────────┤
└─────────┘
  ┌─────────┬────────┐
  │ (index) │ Values │
  ├─────────┼────────┤
  │ 0       │ 1      │
  └─────────┴────────┘
*/
