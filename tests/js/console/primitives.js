// Primitives at top level (strings raw) and inside containers (quoted).
console.log("top level string", 'it\'s raw');
console.log(1, -0, 0.1 + 0.2, 1e21, 1e-7, NaN, Infinity, -Infinity);
console.log(true, false, null, undefined, 10n, -5n, Symbol("s"), Symbol(), Symbol(""));
console.log([1, -0, 1.5, NaN, 12345678901234567890n]);
console.log(["a", "it's", 'say "hi" it\'s', 'it\'s "x" `y`', 'it\'s "x" ${y}']);
console.log(["back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f\x85", "caf\u00e9"]);
console.log(["\ud83d\ude00", "lone\ud800x", "lone\udc00"]);
console.log({ s: "line1\nline2\nline3 and a long tail that makes the string long enough to split" });
console.log(["x".repeat(100)]);
console.log({ key: "y".repeat(73), k2: "short" });
/* expected
top level string it's raw
1 -0 0.30000000000000004 1e+21 1e-7 NaN Infinity -Infinity
true false null undefined 10n -5n Symbol(s) Symbol() Symbol()
[ 1, -0, 1.5, NaN, 12345678901234567890n ]
[ 'a', "it's", `say "hi" it's`, 'it\'s "x" `y`', 'it\'s "x" ${y}' ]
[ 'back\\slash', 'tab\tnl\ncr\r', '\x00\x01\x1F\x7F\x85', 'café' ]
[ '😀', 'lone\ud800x', 'lone\udc00' ]
{
  s: 'line1\n' +
    'line2\n' +
    'line3 and a long tail that makes the string long enough to split'
}
[
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
]
{
  key: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
  k2: 'short'
}
*/
