console.log(/[\w--\d]+/v.exec("12abc_3")[0], /[[a-z]&&[^aeiou]]+/v.exec("aebcdfi")[0]);
console.log("xabcd".match(/[\q{abc|d}x]+/gv), /^[\q{abc|ab}]$/v.test("ab"), /[\q{}]/v.exec("zz"));
console.log(/\d/v.test("5"), /[\p{L}--[a-z]]/v.test("a"), /[\p{L}--[a-z]]/v.test("A"));
console.log(/[^\d]/v.test("a"), /./v.flags, /a/v.unicodeSets);
for (const src of ["[a&&&b]", "[(]", "[a-z&&b]", "[^\\q{ab}]", "[a--]"]) {
  try { new RegExp(src, "v"); console.log("ok", src); } catch (e) { console.log(e.message); }
}
try { new RegExp("a", "uv"); } catch (e) { console.log(e.message); }
console.log("\u{1F600}x".match(/[\u{1F600}x]/gv), /[\q{\u{1F600}a}]/v.exec("\u{1F600}a")[0].length);
console.log(/^\p{Emoji_Keycap_Sequence}+$/v.test("1\uFE0F\u20E3#\uFE0F\u20E3"), /^[\d--\p{Emoji_Keycap_Sequence}]+$/v.test("12"))
/* expected
abc_ bcdf
[ 'xabcd' ] true [ '', index: 0, input: 'zz', groups: undefined ]
true false true
true v true
Invalid regular expression: /[a&&&b]/v: Invalid character in character class
Invalid regular expression: /[(]/v: Invalid character in character class
Invalid regular expression: /[a-z&&b]/v: Invalid set operation in character class
Invalid regular expression: /[^\q{ab}]/v: Negated character class may contain strings
Invalid regular expression: /[a--]/v: Invalid character in character class
Invalid flags supplied to RegExp constructor 'uv'
[ '😀', 'x' ] 3
true true
*/
