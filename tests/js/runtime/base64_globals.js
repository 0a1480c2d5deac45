// atob / btoa as node defines them (forgiving base64, Latin-1 strings,
// DOMException InvalidCharacterError), and the enumerable globals in
// node's order (minijs has no fetch or crypto).
console.log(Object.keys(globalThis).filter((k) => k !== "fetch" && k !== "crypto").join());
console.log(btoa("héllo"), atob(" aGVsbG8 = "), atob("aGk"), JSON.stringify(atob("")), JSON.stringify(btoa("")));
console.log(btoa(undefined), atob(null) === "\x9e\xe9e", atob("YQ"), atob("YR=="), atob("\taGk\n\f\r"));
for (const bad of ["a", "ab=c", "abc==", "abcd=", "a===", "é", "ab\x0bcd", "ab-_"]) {
  try {
    console.log(JSON.stringify(atob(bad)));
  } catch (e) {
    console.log(JSON.stringify(bad), e.name, e.message, e.code, e instanceof DOMException);
  }
}
try { btoa("€"); } catch (e) { console.log(e.name, e.message, e.code); }
try { atob(); } catch (e) { console.log(e.name, e.message, e.code); }
try { btoa(Symbol()); } catch (e) { console.log(e.name, e.message); }
console.log(atob.length, btoa.name);
const bytes = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
console.log(btoa(bytes));
console.log(atob(btoa(bytes)) === bytes);
/* expected
global,clearImmediate,setImmediate,clearInterval,clearTimeout,setInterval,setTimeout,queueMicrotask,structuredClone,atob,btoa,performance
aOlsbG8= hello hi "" ""
dW5kZWZpbmVk true a a hi
"a" InvalidCharacterError The string to be decoded is not correctly encoded. 5 true
"ab=c" InvalidCharacterError Invalid character 5 true
"abc==" InvalidCharacterError Invalid character 5 true
"abcd=" InvalidCharacterError Invalid character 5 true
"a===" InvalidCharacterError Invalid character 5 true
"é" InvalidCharacterError Invalid character 5 true
"ab\u000bcd" InvalidCharacterError Invalid character 5 true
"ab-_" InvalidCharacterError Invalid character 5 true
InvalidCharacterError Invalid character 5
TypeError The "input" argument must be specified ERR_MISSING_ARGS
TypeError Cannot convert a Symbol value to a string
1 btoa
AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==
true
*/
