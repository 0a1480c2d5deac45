// mustache: logic-less templates (sections, partials, escaping, lambdas).
const Mustache = require("mustache");

const view = {
  title: "Fruit <list>",
  items: [{ name: "apple", price: 1.5 }, { name: "pear", price: 2 }],
  empty: [],
  total() { return this.items.reduce((s, i) => s + i.price, 0); },
  bold() { return (text, render) => "<b>" + render(text) + "</b>"; },
};
const template = `{{title}} / {{{title}}}
{{#items}}- {{name}}: {{price}}
{{/items}}{{^empty}}no empties{{/empty}}
total {{total}} {{#bold}}{{title}}{{/bold}}
{{> footer}}`;
console.log(Mustache.render(template, view, { footer: "-- {{items.length}} items --" }));
console.log(JSON.stringify(Mustache.parse("a {{b}} {{#c}}d{{/c}}")));
console.log(Mustache.render("{{=<% %>=}}<% title %>", view));
try { Mustache.render("{{#a}}", {}); } catch (e) { console.log(e.message); }
