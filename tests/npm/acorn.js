// acorn: parse modern JavaScript and walk the tree.
const acorn = require("acorn");

const source = `
class Point { #x = 1; static origin = new Point(); get x() { return this.#x; } }
const f = async function* (a, { b = 2, ...rest } = {}) { yield* [a ?? b, rest?.c]; };
label: for (const [k, v] of Object.entries({ a: 1 })) { if (k) continue label; }
let big = 10n ** 3n, tpl = tag\`x\${1 + 2}y\`, re = /(?<year>\\d{4})/u;
`;
const ast = acorn.parse(source, { ecmaVersion: 2022, sourceType: "module", locations: true });
const counts = {};
(function walk(node) {
  if (!node || typeof node.type !== "string") return;
  counts[node.type] = (counts[node.type] || 0) + 1;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") walk(value);
  }
})(ast);
console.log(Object.keys(counts).sort().map((k) => `${k}=${counts[k]}`).join(" "));
console.log(JSON.stringify(ast.body[0].body.body[0].key), ast.body[0].loc.end);
for (const bad of ["let let = 1", "class { }", "a => { 'use strict'; with (a) {} }"]) {
  try { acorn.parse(bad, { ecmaVersion: 2022 }); console.log("parsed", bad); }
  catch (e) { console.log(e.name, e.message, e.pos); }
}
const tokens = [...acorn.tokenizer("x = 0x1F + .5e3 // c", { ecmaVersion: 2022 })];
console.log(tokens.map((t) => `${t.type.label}:${t.value}`).join(" "));
console.log(acorn.version.split(".")[0]);
