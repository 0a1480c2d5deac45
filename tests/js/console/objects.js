// Objects: depth limit, line breaking at 80 columns, nesting.
function obj(n, f) {
  var o = {};
  for (var i = 0; i < n; i++) o["key" + i] = f ? f(i) : i;
  return o;
}
[1, 3, 4, 5, 6, 8, 10, 20, 26].forEach(function (n) { console.log(obj(n)); });
console.log(obj(8, function (i) { return "v".repeat(i + 1); }));
console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[[1]]]]]);
console.log({ a: [1, 2, { b: [3, { c: 4 }] }], d: { e: { f: [5, 6] } } });
console.log({ level1: { alpha: { x: 1, y: 2 }, beta: [1, 2, 3], gamma: "text" },
  other: { deep: { deeper: { deepest: true } } }, list: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
console.log({ first: { second: { third: "a string long enough to wrap the line around" } },
  fourth: ["array", "of", "words", "that", "are", "short", "enough"] });
console.log({ o: {}, a: [], n: null, u: undefined });
for (var w = 60; w < 80; w += 3) console.log({ k: "v".repeat(w - 12) }, ["a".repeat(w - 8), "b"]);
console.log([{ name: "alpha", value: 1, tags: ["x", "y"] }, { name: "beta", value: 2, tags: [] }]);
/* expected
{ key0: 0 }
{ key0: 0, key1: 1, key2: 2 }
{ key0: 0, key1: 1, key2: 2, key3: 3 }
{ key0: 0, key1: 1, key2: 2, key3: 3, key4: 4 }
{ key0: 0, key1: 1, key2: 2, key3: 3, key4: 4, key5: 5 }
{
  key0: 0,
  key1: 1,
  key2: 2,
  key3: 3,
  key4: 4,
  key5: 5,
  key6: 6,
  key7: 7
}
{
  key0: 0,
  key1: 1,
  key2: 2,
  key3: 3,
  key4: 4,
  key5: 5,
  key6: 6,
  key7: 7,
  key8: 8,
  key9: 9
}
{
  key0: 0,
  key1: 1,
  key2: 2,
  key3: 3,
  key4: 4,
  key5: 5,
  key6: 6,
  key7: 7,
  key8: 8,
  key9: 9,
  key10: 10,
  key11: 11,
  key12: 12,
  key13: 13,
  key14: 14,
  key15: 15,
  key16: 16,
  key17: 17,
  key18: 18,
  key19: 19
}
{
  key0: 0,
  key1: 1,
  key2: 2,
  key3: 3,
  key4: 4,
  key5: 5,
  key6: 6,
  key7: 7,
  key8: 8,
  key9: 9,
  key10: 10,
  key11: 11,
  key12: 12,
  key13: 13,
  key14: 14,
  key15: 15,
  key16: 16,
  key17: 17,
  key18: 18,
  key19: 19,
  key20: 20,
  key21: 21,
  key22: 22,
  key23: 23,
  key24: 24,
  key25: 25
}
{
  key0: 'v',
  key1: 'vv',
  key2: 'vvv',
  key3: 'vvvv',
  key4: 'vvvvv',
  key5: 'vvvvvv',
  key6: 'vvvvvvv',
  key7: 'vvvvvvvv'
}
{ a: { b: { c: [Object] } } }
[ [ [ [Array] ] ] ]
{ a: [ 1, 2, { b: [Array] } ], d: { e: { f: [Array] } } }
{
  level1: { alpha: { x: 1, y: 2 }, beta: [ 1, 2, 3 ], gamma: 'text' },
  other: { deep: { deeper: [Object] } },
  list: [
    0, 1, 2, 3, 4,
    5, 6, 7, 8, 9
  ]
}
{
  first: { second: { third: 'a string long enough to wrap the line around' } },
  fourth: [
    'array',  'of',
    'words',  'that',
    'are',    'short',
    'enough'
  ]
}
{ o: {}, a: [], n: null, u: undefined }
{ k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' } [ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'b' ]
{ k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' } [ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'b' ]
{ k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' } [ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'b' ]
{ k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' } [
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'b'
]
{ k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' } [
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'b'
]
{
  k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
} [
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'b'
]
{
  k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
} [
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'b'
]
[
  { name: 'alpha', value: 1, tags: [ 'x', 'y' ] },
  { name: 'beta', value: 2, tags: [] }
]
*/
