"""A grammar-based generator of deterministic, terminating JS programs.

Each program is a list of cases; a case is a function whose body mixes
declarations, arithmetic and comparisons over every primitive type,
objects and arrays, property access, string and array built-ins,
closures, classes, generators, destructuring, try/catch/finally, and
bounded loops.  Values are printed by `P` (typeof and String of the
value, or the name of the error String threw), so outputs compare
exactly between engines without depending on console.log's object
formatting.  Nothing reads the clock or Math.random: the output is a
function of the source, and node's is the reference.

Termination by construction: loops count a fresh variable up to a small
constant and nothing else assigns it; functions only call functions
defined before them (no recursion).
"""

import random

__all__ = ["generate_program", "PRELUDE"]

PRELUDE = """\
function P(v) {
  let s;
  try { s = typeof v === 'symbol' ? v.toString() : String(v) } catch (e) { s = '<' + e.name + '>' }
  console.log(typeof v + ':' + s);
}
function CASE(name, f) {
  console.log('-- ' + name);
  try { f() } catch (e) { console.log('threw ' + (e instanceof Error ? e.name : typeof e)) }
}
"""

_NUMBERS = ["0", "-0", "1", "-1", "2", "3", "7", "10", "255", "256", "0.5", "-2.5", "1e21", "1e-7",
            "2147483647", "2147483648", "-2147483648", "4294967295", "9007199254740991",
            "9007199254740993", "NaN", "Infinity", "-Infinity", "0x1f", "1.5e300", "5e-324"]
_STRINGS = ['""', '"a"', '"abc"', '"10"', '" 12 "', '"1e3"', '"-0"', '"x y"', '"\\u00e9"', '"\\ud83d\\ude00"',
            '"true"', '"null"', '"0x10"', '"[object Object]"']
_OTHERS = ["true", "false", "null", "undefined", "10n", "-3n", "0n"]
_BINARY = ["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>", "==", "!=", "===", "!==",
           "<", "<=", ">", ">=", "&&", "||", "??", ","]
_UNARY = ["-", "+", "!", "~", "typeof ", "void "]
_STRING_METHODS = [("slice", 2), ("substring", 2), ("indexOf", 1), ("lastIndexOf", 1), ("charAt", 1),
                   ("charCodeAt", 1), ("codePointAt", 1), ("at", 1), ("padStart", 2), ("padEnd", 2),
                   ("repeat", 1), ("split", 1), ("toUpperCase", 0), ("trim", 0), ("includes", 1),
                   ("startsWith", 1), ("replace", 2), ("concat", 1), ("localeCompare", 1), ("normalize", 0)]
_ARRAY_METHODS = [("slice", 2), ("indexOf", 1), ("includes", 1), ("join", 1), ("concat", 1), ("at", 1),
                  ("reverse", 0), ("push", 1), ("pop", 0), ("shift", 0), ("unshift", 1), ("fill", 1),
                  ("flat", 0), ("splice", 2), ("sort", 0), ("lastIndexOf", 1), ("keys", 0)]
_CALLBACK_METHODS = ["map", "filter", "some", "every", "find", "findIndex", "forEach", "reduce", "flatMap",
                     "findLast", "sort"]
_MATH = ["abs", "floor", "ceil", "round", "trunc", "sign", "sqrt", "cbrt", "max", "min", "hypot", "clz32",
         "fround", "imul", "log2", "exp", "sin", "atan2", "pow"]
_GLOBAL_FNS = ["Number", "String", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite", "BigInt",
               "Array.isArray", "Object.keys", "JSON.stringify", "Number.isInteger", "Object.entries",
               "Array.from", "Object.getOwnPropertyNames", "Math.max", "String.fromCharCode"]


class _Gen:
    def __init__(self, rng, max_depth=4):
        self.rng = rng
        self.max_depth = max_depth
        self.counter = 0
        self.scopes = [[]]          # readable variables
        self.loop_vars = set()      # never assigned by generated code
        self.functions = []         # (name, arity) callable without recursion

    def fresh(self, prefix="v"):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def variables(self):
        return [v for scope in self.scopes for v in scope]

    def assignable(self):
        return [v for v in self.variables() if v not in self.loop_vars]

    # -- expressions -------------------------------------------------------------

    def literal(self):
        r = self.rng.random()
        if r < 0.45:
            return self.choice(_NUMBERS)
        if r < 0.75:
            return self.choice(_STRINGS)
        return self.choice(_OTHERS)

    def expr(self, depth=0):
        if depth >= self.max_depth or self.chance(0.25):
            vs = self.variables()
            if vs and self.chance(0.6):
                return self.choice(vs)
            return self.literal()
        d = depth + 1
        kind = self.rng.randrange(16)
        if kind == 0:
            return "(%s %s %s)" % (self.expr(d), self.choice(_BINARY), self.expr(d))
        if kind == 1:
            return "(%s%s)" % (self.choice(_UNARY), self.expr(d))
        if kind == 2:
            return "(%s ? %s : %s)" % (self.expr(d), self.expr(d), self.expr(d))
        if kind == 3:
            return "[%s]" % ", ".join(self.expr(d) for _ in range(self.rng.randrange(4)))
        if kind == 4:
            keys = ["a", "b", "length", "0", "valueOf", "toString", "x y"]
            props = []
            for _ in range(self.rng.randrange(4)):
                k = self.choice(keys)
                if k in ("valueOf", "toString") and self.chance(0.7):
                    props.append("%s() { return %s }" % (k, self.expr(d)))
                else:
                    props.append("%s: %s" % (repr(k).replace("'", '"'), self.expr(d)))
            return "({%s})" % ", ".join(props)
        if kind == 5:
            name, arity = self.choice(_STRING_METHODS)
            return "String(%s).%s(%s)" % (self.expr(d), name, ", ".join(self.expr(d) for _ in range(arity)))
        if kind == 6:
            name, arity = self.choice(_ARRAY_METHODS)
            return "[%s].%s(%s)" % (", ".join(self.expr(d) for _ in range(self.rng.randrange(1, 5))), name,
                                    ", ".join(self.expr(d) for _ in range(arity)))
        if kind == 7:
            method = self.choice(_CALLBACK_METHODS)
            two = method in ("reduce", "sort")
            self.scopes.append(["x", "y"] if two else ["x", "i"])
            body = self.expr(d)
            self.scopes.pop()
            extra = ", %s" % self.expr(d) if method == "reduce" else ""
            return "[%s].%s((%s) => %s%s)" % (
                ", ".join(self.expr(d) for _ in range(self.rng.randrange(1, 5))), method,
                "x, y" if two else "x, i", body, extra)
        if kind == 8:
            return "Math.%s(%s, %s)" % (self.choice(_MATH), self.expr(d), self.expr(d))
        if kind == 9:
            return "%s(%s)" % (self.choice(_GLOBAL_FNS), self.expr(d))
        if kind == 10 and self.functions:
            name, arity = self.choice(self.functions)
            return "%s(%s)" % (name, ", ".join(self.expr(d) for _ in range(arity)))
        if kind == 11:
            return "%s[%s]" % (self.expr(d), self.choice(['"length"', "0", "1", '"a"', self.expr(d)]))
        if kind == 12:
            return "`%s${%s}%s`" % (self.choice(["", "a", "x-"]), self.expr(d), self.choice(["", "b"]))
        if kind == 13:
            return "(%s).%s" % (self.expr(d), self.choice(["length", "a", "constructor.name", "toString()",
                                                           "valueOf()", "size", "description"]))
        if kind == 14:
            return "%s(%s)" % (self.choice(["new Map([[1, 2]]).get", "new Set([1, 2, 3]).has",
                                            "Number.prototype.toString.call", "Object.is.bind(null, 0)",
                                            "JSON.parse", "encodeURIComponent", "escape"]), self.expr(d))
        vs = self.assignable()
        if vs:
            return "(%s %s %s)" % (self.choice(vs), self.choice(["=", "+=", "-=", "*=", "||=", "??=", "|="]),
                                   self.expr(d))
        return self.literal()

    # -- statements --------------------------------------------------------------

    def block(self, depth, n=None):
        self.scopes.append([])
        lines = [self.statement(depth) for _ in range(n if n is not None else self.rng.randrange(1, 4))]
        self.scopes.pop()
        return lines

    def statement(self, depth=0):
        if depth >= 3:
            return "P(%s);" % self.expr()
        d = depth + 1
        kind = self.rng.randrange(12)
        if kind <= 1:
            name = self.fresh()
            line = "%s %s = %s;" % (self.choice(["let", "var", "const"]), name, self.expr())
            self.scopes[-1].append(name)
            return line
        if kind <= 3:
            return "P(%s);" % self.expr()
        if kind == 4:
            return "if (%s) { %s } else { %s }" % (self.expr(), " ".join(self.block(d)), " ".join(self.block(d)))
        if kind == 5:
            i = self.fresh("i")
            self.loop_vars.add(i)
            self.scopes.append([i])
            body = " ".join(self.block(d))
            self.scopes.pop()
            return "for (let %s = 0; %s < %d; %s++) { %s }" % (i, i, self.rng.randrange(1, 6), i, body)
        if kind == 6:
            return "try { %s } catch (e) { P(e instanceof Error ? e.name : e); } finally { %s }" % (
                " ".join(self.block(d)), " ".join(self.block(d, 1)))
        if kind == 7:
            name = self.fresh("f")
            params = ["a", "b"][:self.rng.randrange(3)]
            self.scopes.append(list(params))
            body = " ".join(self.block(d))
            ret = self.expr()
            self.scopes.pop()
            self.functions.append((name, len(params)))
            self.scopes[-1].append(name)
            return "function %s(%s) { %s return %s; }" % (name, ", ".join(params), body, ret)
        if kind == 8:
            x = self.fresh("x")
            self.loop_vars.add(x)
            self.scopes.append([x])
            body = " ".join(self.block(d))
            self.scopes.pop()
            return "for (const %s of %s) { %s }" % (x, self.choice(
                ["[1, 'a', null]", '"ab"', "new Set([3, 4])", "[[1, 2]].entries()", "Object.keys({p: 1, q: 2})"]),
                body)
        if kind == 9:
            name = self.fresh("C")
            field = self.expr()
            method = self.expr()
            self.scopes[-1].append(name)
            return ("class %s { constructor(v) { this.v = v; this.w = %s } m(k) { return %s } "
                    "get g() { return this.v } static s() { return 1 } }; P(new %s(%s).m(1)); P(new %s(%s).g);"
                    % (name, field, method, name, self.expr(), name, self.expr()))
        if kind == 10:
            name = self.fresh("g")
            self.scopes[-1].append(name)
            return ("function* %s() { yield %s; yield* [%s, %s]; return %s } P([...%s()].join('|'));"
                    % (name, self.expr(), self.expr(), self.expr(), self.expr(), name))
        a, b = self.fresh(), self.fresh()
        self.scopes[-1].extend([a, b])
        return "let [%s, ...%s] = [%s, %s, %s]; P(%s); P(%s.length);" % (
            a, b, self.expr(), self.expr(), self.expr(), a, b)


def generate_program(seed, cases=8, statements=6):
    """The source of a deterministic program (PRELUDE + `cases` cases)."""
    rng = random.Random(seed)
    parts = [PRELUDE]
    for k in range(cases):
        g = _Gen(rng)
        body = "\n  ".join(g.statement() for _ in range(rng.randrange(1, statements + 1)))
        parts.append("CASE('%d', () => {\n  %s\n});" % (k, body))
    return "\n".join(parts) + "\n"
