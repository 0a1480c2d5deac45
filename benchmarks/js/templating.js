// String templating: a small mustache-like template language ({{name}},
// {{#each list}}...{{/each}}, {{#if flag}}...{{/if}}, {{@index}}) is
// compiled into node objects once, then rendered for many records with
// HTML escaping; the output is hashed.  String scanning, concatenation,
// slicing and property lookups by name.
// The same algorithm in Python: benchmarks/python/templating.py.
'use strict';

var REPS = 4; // repetitions at scale 1 (benchmarks/compare.py multiplies)

var TEMPLATE =
  '<section class="customer" id="c{{id}}">\n' +
  '  <h2>{{name}}</h2>\n' +
  '  {{#if vip}}<p class="vip">VIP since {{since}}</p>{{/if}}\n' +
  '  <ul>\n' +
  '  {{#each orders}}  <li data-i="{{@index}}">{{item}} x{{qty}}: {{price}}{{#if note}} <em>{{note}}</em>{{/if}}</li>\n' +
  '  {{/each}}</ul>\n' +
  '  <p>Total: {{total}}</p>\n' +
  '</section>\n';

function TextNode(text) { this.kind = 0; this.text = text; }
function VarNode(name) { this.kind = 1; this.name = name; }
function EachNode(name, body) { this.kind = 2; this.name = name; this.body = body; }
function IfNode(name, body) { this.kind = 3; this.name = name; this.body = body; }

// Parse template text from `pos` until `{{/closing}}` (or the end).
function compile(text) {
  var state = { pos: 0 };
  var nodes = compileUntil(text, state, null);
  return nodes;
}

function compileUntil(text, state, closing) {
  var nodes = [];
  for (;;) {
    var open = text.indexOf('{{', state.pos);
    if (open < 0) {
      if (closing !== null) throw new Error('unclosed {{#' + closing + '}}');
      if (state.pos < text.length) nodes.push(new TextNode(text.slice(state.pos)));
      state.pos = text.length;
      return nodes;
    }
    if (open > state.pos) nodes.push(new TextNode(text.slice(state.pos, open)));
    var close = text.indexOf('}}', open);
    var tag = text.slice(open + 2, close).trim();
    state.pos = close + 2;
    if (tag.charAt(0) === '#') {
      var space = tag.indexOf(' ');
      var block = tag.slice(1, space);
      var name = tag.slice(space + 1);
      var body = compileUntil(text, state, block);
      nodes.push(block === 'each' ? new EachNode(name, body) : new IfNode(name, body));
    } else if (tag.charAt(0) === '/') {
      if (tag.slice(1) !== closing) throw new Error('unexpected {{' + tag + '}}');
      return nodes;
    } else {
      nodes.push(new VarNode(tag));
    }
  }
}

var ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(s) {
  var out = '';
  var start = 0;
  for (var i = 0; i < s.length; i++) {
    var entity = ENTITIES[s[i]];
    if (entity !== undefined) {
      out += s.slice(start, i) + entity;
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

function lookup(scopes, name) {
  for (var i = scopes.length - 1; i >= 0; i--) {
    var value = scopes[i][name];
    if (value !== undefined) return value;
  }
  return '';
}

function render(nodes, scopes, out) {
  for (var i = 0; i < nodes.length; i++) {
    var node = nodes[i];
    if (node.kind === 0) {
      out.push(node.text);
    } else if (node.kind === 1) {
      out.push(escapeHtml(String(lookup(scopes, node.name))));
    } else if (node.kind === 2) {
      var list = lookup(scopes, node.name);
      for (var j = 0; j < list.length; j++) {
        var item = list[j];
        item['@index'] = j;
        scopes.push(item);
        render(node.body, scopes, out);
        scopes.pop();
      }
    } else if (lookup(scopes, node.name)) {
      render(node.body, scopes, out);
    }
  }
}

function money(cents) {
  var rest = cents % 100;
  return Math.floor(cents / 100) + '.' + (rest < 10 ? '0' : '') + rest;
}

function makeCustomers(count) {
  var customers = [];
  var x = 99;
  var goods = ['tea & biscuits', 'lamp <small>', 'rope', '"fine" paper', 'kettle'];
  for (var i = 0; i < count; i++) {
    var orders = [];
    var total = 0;
    x = (x * 16807) % 2147483647;
    var n = x % 5 + 2;
    for (var k = 0; k < n; k++) {
      x = (x * 16807) % 2147483647;
      var cents = x % 20000;
      var qty = x % 4 + 1;
      total += cents * qty;
      orders.push({ item: goods[x % goods.length], qty: qty, price: money(cents),
        note: x % 3 === 0 ? 'gift for ' + (x % 50) + ' > friends' : '' });
    }
    customers.push({ id: i, name: 'Customer #' + i + ' "' + (x % 1000) + '"', vip: x % 4 === 0,
      since: 1990 + x % 30, orders: orders, total: money(total) });
  }
  return customers;
}

function renderAll(template, customers) {
  var out = [];
  for (var i = 0; i < customers.length; i++) render(template, [{ shop: 'minijs' }, customers[i]], out);
  var html = out.join('');
  var h = 0;
  for (var c = 0; c < html.length; c++) h = (h * 31 + html.charCodeAt(c)) % 1000000007;
  return (html.length * 7 + h) % 1000000007;
}

// One repetition renders 150 customers (about 60 KB of HTML).
function run(reps) {
  var template = compile(TEMPLATE);
  var customers = makeCustomers(150);
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = renderAll(template, customers);
    if (v !== 50808032) throw new Error('templating checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('templating: ' + run(reps));
}
