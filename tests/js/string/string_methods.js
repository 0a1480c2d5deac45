// String.prototype methods on code units and Unicode text
var s = "Hello, World";
console.log(s.at(0), s.at(-1), s.at(99), s.charAt(4), s.charCodeAt(1), s.codePointAt(0));
console.log(s.indexOf("o"), s.indexOf("o", 5), s.lastIndexOf("o"), s.lastIndexOf("o", 5), s.includes("World"));
console.log(s.startsWith("Hell"), s.startsWith("World", 7), s.endsWith("Hello", 5), s.endsWith("d"));
console.log(s.slice(-5), s.slice(2, -2), s.substring(5, 0), s.substr(-5, 3), s.substr(2));
console.log(s.toUpperCase(), s.toLowerCase(), "straße".toUpperCase(), "İ".toLowerCase().length);
console.log("[" + "  \t x \n".trim() + "]", "[" + "  x  ".trimStart() + "]", "[" + "  x  ".trimEnd() + "]");
console.log("abc".padStart(8, "12"), "abc".padEnd(6), "abc".padStart(2), "ab".repeat(3), "x".concat(1, null, undefined));
console.log("a-b-c".split("-"), "a-b-c".split("-", 2), "abc".split(""), "".split(","), "abc".split());
console.log("e\u0301".normalize() === "\u00e9", "\ufb01".normalize("NFKD"), "a".localeCompare("b"), "b".localeCompare("a"));
var emoji = "a\ud83d\ude00b";
console.log(emoji.length, emoji.codePointAt(1), emoji.codePointAt(2), Array.from(emoji).length, [...emoji].join("|"));
console.log(String.fromCharCode(72, 105), String.fromCodePoint(0x1f600).length, String(Symbol("s")), String(null), String());
console.log(typeof new String("x"), new String("abc").length, Object("q") instanceof String, "abc"[1]);
console.log("aXbXc".replace("X", "-"), "aXbXc".replaceAll("X", "-"), "abc".replace("b", "[$`|$&|$']"), "abc".replace("b", "$$"));
console.log("aXbXc".replaceAll("X", function (m, i, str) { return i + str.length; }), "abc".replace("", "_"), "abc".replaceAll("", "_"));
console.log("x".anchor('a"b'), "x".bold(), "x".link("u"), "x".fontsize(7));
var it = "hi"[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), Object.prototype.toString.call(it));
/* expected
H d undefined o 101 72
4 8 8 4 true
true true true true
World llo, Wor Hello Wor llo, World
HELLO, WORLD hello, world STRASSE 2
[x] [x  ] [  x]
12121abc abc    abc ababab x1nullundefined
[ 'a', 'b', 'c' ] [ 'a', 'b' ] [ 'a', 'b', 'c' ] [ '' ] [ 'abc' ]
true fi -1 1
4 128512 56832 3 a|😀|b
Hi 2 Symbol(s) null 
object 3 true b
a-bXc a-b-c a[a|b|c]c a$c
a6b8c _abc _a_b_c_
<a name="a&quot;b">x</a> <b>x</b> <a href="u">x</a> <font size="7">x</font>
{ value: 'h', done: false } { value: 'i', done: false } { value: undefined, done: true } [object String Iterator]
*/
