"""Declarations: redeclaration errors between let/const/class/function/var,
parameters, catch parameters and imports (ECMA-262 LexicallyDeclaredNames /
VarDeclaredNames rules, with Annex B.3.2.4 and B.3.4).

Where V8 reports a clash (it matters when several errors compete for the
first report, and for the offset): at the later declaration, except that a
`var` clashing with a lexical declaration of an enclosing *block* is
reported at the `var`, whichever comes first.
"""

from minijs.syntax.early_errors import messages as M
from minijs.syntax.early_errors.context import Scope, VAR_COMPATIBLE


class DeclarationChecks:
    def push_scope(self, is_var_scope=False, lexical_functions=False):
        self.scope = Scope(self.scope, is_var_scope, lexical_functions)
        return self.scope

    def pop_scope(self):
        self.scope = self.scope.parent

    def declare_lexical(self, name, kind, offset):
        """let / const / class / block function / import / catch parameter."""
        scope = self.scope
        prev = scope.lexical.get(name)
        if prev is not None:
            if not (prev == "sloppy_function" and kind == "sloppy_function"):
                self.error(M.REDECLARED % name, offset)
        elif name in scope.vars:
            self.error(M.REDECLARED % name, offset if scope.is_var_scope else scope.vars[name])
        scope.lexical[name] = kind

    def declare_var(self, name, offset):
        """`var`: hoists to the function scope through every block."""
        scope = self.scope
        while True:
            prev = scope.lexical.get(name)
            if prev is not None and prev not in VAR_COMPATIBLE:
                self.error(M.REDECLARED % name, offset)
            if name not in scope.vars:
                scope.vars[name] = offset
            if scope.is_var_scope:
                return
            scope = scope.parent

    def declare_function(self, node):
        """A function declaration: lexical in blocks and at module top level,
        var-like at the top of function bodies and scripts."""
        scope = self.scope
        name = node.id.name
        if scope.lexical_functions:
            plain = not (self.ctx.strict or node.generator or node.is_async or scope.is_var_scope)
            self.declare_lexical(name, "sloppy_function" if plain else "function", node.start)
            return
        prev = scope.lexical.get(name)
        if prev is not None and prev not in VAR_COMPATIBLE:
            self.error(M.REDECLARED % name, node.start)
        if name not in scope.vars:
            scope.vars[name] = node.start

    def declare_pattern(self, pattern, kind):
        """The names a var / let / const declaration binds."""
        if kind == "var":
            self.bind_pattern(pattern, lambda ident: self.declare_var(ident.name, ident.start))
        else:
            self.bind_pattern(pattern, lambda ident: self.declare_let(ident, kind))

    def declare_let(self, ident, kind):
        if ident.name == "let":
            self.error(M.LET_BINDING, ident.start)
        self.declare_lexical(ident.name, kind, ident.start)

    def is_declared_at_top(self, name):
        scope = self.top_scope
        return name in scope.lexical or name in scope.vars
