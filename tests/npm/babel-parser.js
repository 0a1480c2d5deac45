// @babel/parser: a large modern parser (classes, private fields, unicode tables).
const parser = require("@babel/parser");

const source = `
class A { #x = 1; static async *m() { yield await 1; } get #y() { return this.#x; } static { A.z = 1; } }
const f = (a, ...b) => a?.b ?? c ** 2;
export default async function g({ p = 1, ...q }, [r, , s] = []) { for await (const t of q) label: { break label; } }
let re = /(?<n>\\p{L}+)/gu, big = 1_000n, tpl = tag\`\${x}\\n\`;
`;
const ast = parser.parse(source, { sourceType: "module", plugins: [] });
console.log(ast.program.body.map((n) => n.type).join(" "));
console.log(JSON.stringify(ast.program.body[1].declarations[0].init.body, (k, v) => (k === "loc" || k === "start" || k === "end" ? undefined : v)));
console.log(ast.tokens === undefined, ast.comments.length, ast.program.body[0].body.body.map((m) => m.type + ":" + (m.key ? m.key.name || m.key.id?.name : "")).join(" "));
try { parser.parse("let x = ;"); } catch (e) { console.log(e.message, e.loc.line, e.loc.column); }
const expr = parser.parseExpression("a => ({ ...a, [b]: c?.[d] })");
console.log(expr.type, expr.body.type, expr.body.properties.map((p) => p.type).join());
