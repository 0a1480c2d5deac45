// A JSON tokenizer and recursive-descent parser written in JS (not
// JSON.parse): a generated document of records with nested objects,
// arrays, escaped strings and numbers with fractions and exponents is
// tokenized into token objects, parsed into objects and arrays, and the
// result walked.  String-scanning, allocation and property-heavy work.
// The same algorithm in Python: benchmarks/python/json_parse.py.
'use strict';

var REPS = 3; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function makeDocument(count) {
  var parts = ['['];
  var x = 7;
  for (var i = 0; i < count; i++) {
    x = (x * 16807) % 2147483647;
    if (i > 0) parts.push(',');
    parts.push('\n  {"id": ' + i + ', "name": "item-' + i + '", "price": ' + (x % 10000) + '.' + (x % 97) +
      ', "ratio": ' + (x % 9 + 1) + '.' + (x % 10) + 'e-' + (x % 4 + 1) +
      ', "active": ' + (x % 3 === 0 ? 'true' : 'false') +
      ', "tags": ["t' + (x % 7) + '", "t' + (x % 5) + '", "line\\nbreak \\"q\\" \\u00e9\\/"]' +
      ', "owner": null, "nested": {"depth": [1, [2, [-3, {"leaf": ' + (x % 1000) + '}]]], "empty": {}, "none": []}}');
  }
  parts.push('\n]\n');
  return parts.join('');
}

function Token(type, value, pos) {
  this.type = type;   // one of { } [ ] : , s (string) n (number) t f z (null) $ (end)
  this.value = value;
  this.pos = pos;
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

function tokenize(text) {
  var tokens = [];
  var i = 0, n = text.length;
  while (i < n) {
    var c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
    } else if (c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44) {
      tokens.push(new Token(text[i], null, i));
      i++;
    } else if (c === 34) {
      var start = i;
      var out = '';
      i++;
      while (text.charCodeAt(i) !== 34) {
        var ch = text[i];
        if (ch === '\\') {
          var e = text[i + 1];
          if (e === 'n') out += '\n';
          else if (e === 't') out += '\t';
          else if (e === 'r') out += '\r';
          else if (e === 'b') out += '\b';
          else if (e === 'f') out += '\f';
          else if (e === 'u') {
            out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 4;
          } else out += e;
          i += 2;
        } else {
          out += ch;
          i++;
        }
      }
      i++;
      tokens.push(new Token('s', out, start));
    } else if (c === 45 || isDigit(c)) {
      var s = i;
      i++;
      while (i < n) {
        var d = text.charCodeAt(i);
        if (isDigit(d) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) i++;
        else break;
      }
      tokens.push(new Token('n', Number(text.slice(s, i)), s));
    } else if (text.startsWith('true', i)) {
      tokens.push(new Token('t', true, i));
      i += 4;
    } else if (text.startsWith('false', i)) {
      tokens.push(new Token('f', false, i));
      i += 5;
    } else if (text.startsWith('null', i)) {
      tokens.push(new Token('z', null, i));
      i += 4;
    } else {
      throw new SyntaxError('unexpected character at ' + i);
    }
  }
  tokens.push(new Token('$', null, n));
  return tokens;
}

function Parser(tokens) {
  this.tokens = tokens;
  this.pos = 0;
}
Parser.prototype.expect = function (type) {
  var tok = this.tokens[this.pos++];
  if (tok.type !== type) throw new SyntaxError('expected ' + type + ' at ' + tok.pos);
  return tok;
};
Parser.prototype.value = function () {
  var tok = this.tokens[this.pos++];
  switch (tok.type) {
    case '{': {
      var obj = {};
      if (this.tokens[this.pos].type === '}') {
        this.pos++;
        return obj;
      }
      for (;;) {
        var key = this.expect('s').value;
        this.expect(':');
        obj[key] = this.value();
        if (this.tokens[this.pos].type === ',') this.pos++;
        else break;
      }
      this.expect('}');
      return obj;
    }
    case '[': {
      var arr = [];
      if (this.tokens[this.pos].type === ']') {
        this.pos++;
        return arr;
      }
      for (;;) {
        arr.push(this.value());
        if (this.tokens[this.pos].type === ',') this.pos++;
        else break;
      }
      this.expect(']');
      return arr;
    }
    case 's': case 'n': case 't': case 'f': case 'z':
      return tok.value;
    default:
      throw new SyntaxError('unexpected ' + tok.type + ' at ' + tok.pos);
  }
};

function Stats() {
  this.values = 0;
  this.chars = 0;
  this.numbers = 0.0;
  this.trues = 0;
}

function walk(v, stats) {
  stats.values++;
  if (typeof v === 'string') {
    stats.chars += v.length;
  } else if (typeof v === 'number') {
    stats.numbers += v;
  } else if (v === true) {
    stats.trues++;
  } else if (Array.isArray(v)) {
    for (var i = 0; i < v.length; i++) walk(v[i], stats);
  } else if (v !== null && typeof v === 'object') {
    var keys = Object.keys(v);
    for (var k = 0; k < keys.length; k++) {
      stats.chars += keys[k].length;
      walk(v[keys[k]], stats);
    }
  }
}

function parseAndWalk(text) {
  var parser = new Parser(tokenize(text));
  var doc = parser.value();
  parser.expect('$');
  var stats = new Stats();
  walk(doc, stats);
  return ((stats.values * 1000 + stats.chars) * 100 + stats.trues) % 1000000007 +
    Math.floor(stats.numbers * 1000);
}

// One repetition parses a 250-record document (about 50 KB).
function run(reps) {
  var text = makeDocument(250);
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = parseAndWalk(text);
    if (v !== 1930113510) throw new Error('json_parse checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('json_parse: ' + run(reps));
}
