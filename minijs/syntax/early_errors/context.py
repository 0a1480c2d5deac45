"""The walker's state: function-like contexts, declaration scopes, classes.

Context: one per Script/Module, function, arrow, method, class field
    initializer and class static block -- everything that decides what
    `return`, `break`/labels, `super`, `new.target`, `arguments`, `yield`
    and `await` mean.  Arrows inherit `super`/`new.target`/`arguments` from
    the context they are written in.

Scope: one per declaration scope (function body, block, switch, catch,
    for head).  `lexical` maps a name to the kind of its lexical
    declaration; `vars` maps every name var-declared at or below the scope
    to the node of that declaration (var hoists through blocks, so a var in
    a nested block clashes with a `let` of any enclosing block up to the
    function).

PrivateEnv: one per class body: its private names and the `#x` uses to
    resolve once the body is complete (a use may precede the declaration).
"""

SCRIPT, MODULE, FUNCTION, ARROW, METHOD, FIELD, STATIC_BLOCK = (
    "script", "module", "function", "arrow", "method", "field", "static_block")

# Kinds of lexical bindings a later `var` of the same name may coexist with
# (parameters; a simple catch parameter, ECMA-262 B.3.4).
VAR_COMPATIBLE = frozenset(("param", "catch_simple"))


class Context:
    __slots__ = ("kind", "parent", "strict", "is_async", "generator",
                 "super_prop", "super_call", "new_target", "arguments_banned",
                 "in_params", "labels", "breakable", "loops")

    def __init__(self, kind, parent, strict, is_async=False, generator=False):
        self.kind = kind
        self.parent = parent
        self.strict = strict
        self.is_async = is_async
        self.generator = generator
        self.in_params = False
        self.labels = []          # [name, is_loop] of the enclosing labels
        self.breakable = 0        # enclosing loops and switches
        self.loops = 0            # enclosing loops
        if kind == ARROW:
            self.super_prop = parent.super_prop
            self.super_call = parent.super_call
            self.new_target = parent.new_target
            self.arguments_banned = parent.arguments_banned
        else:
            top = kind == SCRIPT or kind == MODULE
            self.super_prop = kind in (METHOD, FIELD, STATIC_BLOCK)
            self.super_call = False
            self.new_target = not top
            self.arguments_banned = kind == FIELD or kind == STATIC_BLOCK

    @property
    def returns(self):
        return self.kind in (FUNCTION, ARROW, METHOD)

    def label(self, name):
        for entry in self.labels:
            if entry[0] == name:
                return entry
        return None


class Scope:
    __slots__ = ("parent", "is_var_scope", "lexical", "vars", "lexical_functions")

    def __init__(self, parent, is_var_scope, lexical_functions=False):
        self.parent = parent
        self.is_var_scope = is_var_scope
        self.lexical = {}
        self.vars = {}
        # function declarations are lexical here (blocks, module top level);
        # elsewhere (function bodies, script top level) they are var-like
        self.lexical_functions = lexical_functions or not is_var_scope


class PrivateEnv:
    __slots__ = ("parent", "names", "uses")

    def __init__(self, parent):
        self.parent = parent
        self.names = {}           # name -> (kind, static): kind field/method/get/set/accessor
        self.uses = []            # (name, offset) not yet resolved

    def declare(self, name, kind, static):
        """False if `name` is already declared (a getter/setter pair of the
        same staticness is one declaration)."""
        prev = self.names.get(name)
        if prev is None:
            self.names[name] = (kind, static)
            return True
        prev_kind, prev_static = prev
        if prev_static == static and {prev_kind, kind} == {"get", "set"}:
            self.names[name] = ("accessor", static)
            return True
        return False
