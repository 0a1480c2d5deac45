"""Functions, arrows, methods, class field initializers and static blocks:
contexts, directive prologues (strictness), names and parameters.

Order of reports follows V8: the name and the parameters are checked
before the body under the strictness known there; a "use strict" directive
makes the body strict at once, and applies to the parameters only after the
body (retroactively); duplicate parameters are found after the body, except
for arrows, whose parameter list is known complete before their body.
"""

from minijs.syntax.early_errors import messages as M
from minijs.syntax.static_semantics import use_strict_directive
from minijs.syntax.early_errors.context import (
    Context, ARROW, FUNCTION, METHOD, FIELD, STATIC_BLOCK)


def octal_escape(literal):
    """(message, offset) of the first legacy octal / \\8 \\9 escape of a
    string literal, at V8's offsets: the digit after the backslash for
    octal escapes, the backslash for \\8 and \\9."""
    raw = literal.raw
    i = 1
    end = len(raw) - 1
    while i < end:
        if raw[i] != "\\":
            i += 1
            continue
        c = raw[i + 1]
        if c in "01234567":
            if c != "0" or raw[i + 2] in "0123456789":
                return M.OCTAL_ESCAPE, literal.start + i + 1
        elif c in "89":
            return M.EIGHT_NINE_ESCAPE, literal.start + i
        i += 2
    return M.OCTAL_ESCAPE, literal.start


class FunctionChecks:
    def visit_body(self, statements, directive, outer_strict, deferred=True):
        """A function body / script: statements under a "use strict" of
        their own also condemn the octal escapes of the directives before
        it: V8 reports the last of them, after a function body (`deferred`)
        or before a script's."""
        if directive is None or outer_strict:
            self.visit_statements(statements)
            return
        index = next(i for i, s in enumerate(statements) if s is directive)
        octal = [s.expression for s in statements[:index] if s.expression.octal]
        if octal and not deferred:
            self.error(*octal_escape(octal[-1]))
        self.visit_statements(statements[index:])
        if octal:
            self.error(*octal_escape(octal[-1]))

    def visit_FunctionDeclaration(self, node):
        self.visit_function(node, FUNCTION, declare=node.id is not None)

    def visit_FunctionExpression(self, node):
        self.visit_function(node, FUNCTION)

    def visit_ArrowFunctionExpression(self, node):
        self.visit_function(node, ARROW)

    def visit_function(self, node, kind, declare=False, super_call=False):
        outer = self.ctx
        body = node.body
        block = body.type == "BlockStatement" and not node.expression
        directive = use_strict_directive(body.body) if block else None
        strict = outer.strict or directive is not None
        params = node.params
        simple = all(p.type == "Identifier" for p in params)
        if declare:
            # the name belongs to the enclosing scope, but the function's
            # own "use strict" applies to it
            self.check_binding_name(node.id, strict=strict, role="name")
            self.declare_function(node)

        ctx = self.ctx = Context(kind, outer, outer.strict, node.is_async, node.generator)
        ctx.super_call = ctx.super_call or super_call
        if node.id is not None and not declare:
            self.check_binding_name(node.id, strict=strict, role="name")
        scope = self.push_scope(is_var_scope=True)

        names = []

        def declare_param(ident):
            names.append(ident)
            scope.lexical.setdefault(ident.name, "param")

        ctx.in_params = True
        for param in params:
            self.bind_pattern(param, declare_param)
        ctx.in_params = False
        unique = kind != FUNCTION or not simple
        if kind == ARROW:
            self.check_duplicate_params(names)
        if directive is not None and not simple:
            self.error(M.NON_SIMPLE_USE_STRICT, directive.start)
        ctx.strict = strict
        if block:
            self.visit_body(body.body, directive, outer.strict)
        else:
            self.visit(body)
        if strict and not outer.strict:
            for ident in names:
                self.check_binding_name(ident)
        if kind != ARROW and (unique or strict):
            self.check_duplicate_params(names)
        self.pop_scope()
        self.ctx = outer

    def check_duplicate_params(self, names):
        if len(names) < 2:
            return
        seen = set()
        for ident in names:
            if ident.name in seen:
                self.error(M.DUPLICATE_PARAMETER, ident.start)
            seen.add(ident.name)

    def visit_method(self, node, super_call=False):
        """Object literal / class method, getter, setter or constructor
        (`node` is its FunctionExpression)."""
        self.visit_function(node, METHOD, super_call=super_call)

    def visit_initializer(self, node, kind):
        """A class field initializer (expression) or static block (statements)."""
        outer = self.ctx
        self.ctx = Context(kind, outer, True)
        self.push_scope(is_var_scope=True)
        if kind == STATIC_BLOCK:
            self.visit_statements(node.body)
        else:
            self.visit(node)
        self.pop_scope()
        self.ctx = outer

    def visit_StaticBlock(self, node):
        self.visit_initializer(node, STATIC_BLOCK)

    def visit_field_value(self, node):
        self.visit_initializer(node, FIELD)
