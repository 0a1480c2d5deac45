// String methods through RegExp.prototype[@@match/@@replace/@@split/@@search/@@matchAll]
console.log("a-b-c".split(/-/), "abc".replace(/b/g, "[$&]"), "aaa".match(/a/g), "abc".match(/x/g));
console.log([..."a1b2".matchAll(/\d/g)].map(m => m[0] + m.index));
console.log("x".replace(/x/, (m, i, s) => m + i + s), "abc".search(/c/), "abc".search(/z/));
console.log("a,b;c".split(/([,;])/, 3), "".split(/x/), "".split(/(?:)/), "ab".split(/(?:)/));
console.log("\u{1F600}x".split(/(?:)/u).length, "\u{1F600}".replace(/(?:)/gu, "-").length);
console.log("2020-01-02".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y> $1 $$ $' $`"));
console.log("aXbX".replace(/x/gi, (m, off) => off), "abc".replace(/(z)?b/, "[$1]"));
console.log("aaa".replace(/a*?/g, "-"), "abc".match(/(?<l>b)/).groups.l);
const it = "ab".matchAll(/./g);
console.log(Object.prototype.toString.call(it), it.next().value[0], it.next().value[0], it.next());
try { "a".matchAll(/a/); } catch (e) { console.log(e.name + ": " + e.message); }
// a user exec is honoured by the protocol
const u = /x/g; let calls = 0;
u.exec = function (s) { calls++; return calls < 3 ? { 0: "q", index: calls, length: 1 } : null; };
console.log("abcdef".replace(u, "Z"), calls);
const sp = /\d/; sp.constructor = undefined;
console.log("a1b2".split(sp), /b/g[Symbol.replace]("abab", "c"), "a1b2".split(/\d/, 2));
const sticky = /b/y; console.log("abab".split(sticky), "abab".replace(sticky, "x"));
const s = /./g; s.lastIndex = 5; console.log("abc".search(s), s.lastIndex);
/* expected
[ 'a', 'b', 'c' ] a[b]c [ 'a', 'a', 'a' ] null
[ '11', '23' ]
x0x 2 -1
[ 'a', ',', 'b' ] [ '' ] [] [ 'a', 'b' ]
2 4
02/01/2020 2020 $  
a1b3 a[]c
-a-a-a- b
[object RegExp String Iterator] a b { value: undefined, done: true }
TypeError: String.prototype.matchAll called with a non-global RegExp argument
aZZdef 3
[ 'a', 'b', '' ] acac [ 'a', 'b' ]
[ 'a', 'a', '' ] abab
0 5
*/
