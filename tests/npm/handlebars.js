// handlebars: compiles templates to JavaScript functions (Function constructor, helpers).
const Handlebars = require("handlebars");

Handlebars.registerHelper("upper", (s) => String(s).toUpperCase());
Handlebars.registerHelper("list", function (items, options) {
  return "<ul>" + items.map((it) => "<li>" + options.fn(it) + "</li>").join("") + "</ul>";
});
Handlebars.registerPartial("person", "{{name}} ({{age}})");
const template = Handlebars.compile(`{{title}} {{{title}}} {{upper title}}
{{#list people}}{{> person}}{{#if admin}} *{{/if}}{{/list}}
{{#each tags}}{{@index}}:{{this}}{{#unless @last}}, {{/unless}}{{/each}}
{{#with boss}}{{name}} is {{../title}}{{/with}} {{lookup tags 1}}`);
console.log(template({
  title: "A & <B>", tags: ["x", "y", "z"], boss: { name: "Ann" },
  people: [{ name: "Bob", age: 30, admin: true }, { name: "Cy", age: 4 }],
}));
const ast = Handlebars.parse("{{#if a}}b{{else}}c{{/if}}");
console.log(ast.body[0].type, ast.body[0].program.body[0].value, ast.body[0].inverse.body[0].value);
const pre = Handlebars.precompile("{{x}}");
console.log(typeof pre, pre.length > 50);
try { Handlebars.compile("{{#if}}")(); } catch (e) { console.log(e.message.split("\n")[0]); }
