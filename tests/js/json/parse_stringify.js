// JSON.parse / JSON.stringify, with reviver, replacer, indent, toJSON, boxed primitives
console.log(JSON.stringify({ a: 1, b: [1, "x", null, true, undefined, function () {}], c: {} }));
console.log(JSON.stringify({ a: [1, { b: 2 }], e: [] }, null, 2));
console.log(JSON.stringify([1, [2, [3]]], null, "--"), JSON.stringify({ a: 1 }, null, 20).length);
console.log(JSON.stringify({ b: 1, a: 2, c: 3 }, ["c", "a", 1]), JSON.stringify([new Number(3), new String("s"), new Boolean(false)]));
console.log(JSON.stringify({ d: new Date(0), t: { toJSON(k) { return "key:" + k; } } }));
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === "a" ? undefined : v)));
console.log(JSON.stringify("\ud800\u2028\x07\"\\"), JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(undefined));
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041"}').a[2], JSON.parse(" [1e3, -0.5] "));
console.log(JSON.parse('{"a":1,"b":[2,3]}', (k, v) => (typeof v === "number" ? v * 10 : v)));
console.log(JSON.parse('{"__proto__": 5}').__proto__, Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')));
[
  '{"a":}', "", "[1,]", '{"a":1,}', "tru", "1 2", '"abc', "01", "{a:1}", "NaN", "[1}",
  '{"a":1 "b":2}', '"\\x"', "[" + "1,".repeat(20) + "x]",
].forEach(function (text) {
  try { JSON.parse(text); } catch (e) { console.log(e.name + ": " + e.message); }
});
const cyc = { x: { y: {} } }; cyc.x.y.z = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.stringify({ n: 1n }); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.prototype.toString.call(JSON), JSON.stringify.length, JSON.parse.length);
/* expected
{"a":1,"b":[1,"x",null,true,null,null],"c":{}}
{
  "a": [
    1,
    {
      "b": 2
    }
  ],
  "e": []
}
[
--1,
--[
----2,
----[
------3
----]
--]
] 20
{"c":3,"a":2} [3,"s",false]
{"d":"1970-01-01T00:00:00.000Z","t":"key:t"}
{"b":2}
"\ud800 \u0007\"\\" 0 null undefined
{ b: null } [ 1000, -0.5 ]
{ a: 10, b: [ 20, 30 ] }
5 [ '1', 'b', 'a' ]
SyntaxError: Unexpected token '}', "{"a":}" is not valid JSON
SyntaxError: Unexpected end of JSON input
SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
SyntaxError: Expected double-quoted property name in JSON at position 7
SyntaxError: Unexpected end of JSON input
SyntaxError: Unexpected non-whitespace character after JSON at position 2
SyntaxError: Unterminated string in JSON at position 4
SyntaxError: Unexpected number in JSON at position 1
SyntaxError: Expected property name or '}' in JSON at position 1
SyntaxError: "NaN" is not valid JSON
SyntaxError: Expected ',' or ']' after array element in JSON at position 2
SyntaxError: Expected ',' or '}' after property value in JSON at position 7
SyntaxError: Bad escaped character in JSON at position 2
SyntaxError: Unexpected token 'x', ..."1,1,1,1,1,x]" is not valid JSON
TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'x' -> object with constructor 'Object'
    |     property 'y' -> object with constructor 'Object'
    --- property 'z' closes the circle
TypeError: Do not know how to serialize a BigInt
[object JSON] 3 2
*/
