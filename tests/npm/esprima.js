// esprima: an ES2017 parser and tokenizer.
const esprima = require("esprima");

const program = "const answer = (a, ...b) => a * 42; for (let x of y) { if (x) break; } `t${answer}`";
const ast = esprima.parseScript(program, { range: true });
console.log(JSON.stringify(ast.body[0].declarations[0].init));
console.log(ast.body.map((n) => `${n.type}@${n.range}`).join(" "));
console.log(esprima.tokenize("var x = /ab+c/g.test('s') // hi", { comment: true }).map((t) => `${t.type}(${t.value})`).join(" "));
const mod = esprima.parseModule("import a, { b as c } from 'm'; export default async function f() { await a; }");
console.log(mod.body.map((n) => n.type).join(","), mod.body[1].declaration.async);
try { esprima.parseScript("var = 1"); } catch (e) { console.log(e.index, e.lineNumber, e.description); }
