"""Identifier checks: words reserved by context, eval/arguments, `arguments`.

The parser already rejects words reserved everywhere, and reads `yield` /
`await` as keywords where the grammar says so.  What is left depends on
strictness or on where the identifier is: strict-mode reserved words,
`yield` in strict code, `await` in modules, static blocks and async arrow
parameters, keywords written with escapes, `arguments` in class field
initializers and static blocks, and binding or assigning `eval` /
`arguments` in strict code.

Roles: "ref" (IdentifierReference), "label", "bind" (BindingIdentifier of
a variable or parameter), "name" (BindingIdentifier of a function, class
or catch parameter) and "short" (the reference of a `{x}` shorthand
property).  V8 words some errors differently by role.
"""

from minijs.syntax.early_errors import messages as M
from minijs.syntax.early_errors.context import ARROW, STATIC_BLOCK

STRICT_RESERVED = frozenset((
    "implements", "interface", "let", "package", "private", "protected",
    "public", "static"))
_WATCHED = STRICT_RESERVED | {"yield", "await", "eval", "arguments"}
EVAL_ARGUMENTS = frozenset(("eval", "arguments"))


def paren_start(node):
    """Start offset of `node`, including parentheses written around it."""
    par = node.parenthesized
    return par[0] if par else node.start


class IdentifierChecks:
    def await_reason(self):
        """Why `await` cannot be an identifier here, or None."""
        ctx = self.ctx
        while ctx.kind == ARROW and ctx.in_params:
            if ctx.is_async:
                return "async_arrow"
            ctx = ctx.parent          # arrow parameters belong to the outer context
        if ctx.kind == STATIC_BLOCK:
            return "static_block"
        if self.module:
            return "module"
        if ctx.is_async:
            return "async"
        return None

    def yield_is_keyword(self):
        ctx = self.ctx
        while ctx.kind == ARROW and ctx.in_params:
            ctx = ctx.parent
        return ctx.generator

    def check_name(self, node, role, strict=None):
        """Context-dependent reserved words and `arguments`."""
        name = node.name
        if name not in _WATCHED:
            return
        if strict is None:
            strict = self.ctx.strict
        plain_ref = role == "ref" or role == "label"   # else "Unexpected reserved word" & co
        if name == "await":
            reason = self.await_reason()
            if reason == "async_arrow":
                self.error(M.AWAIT_IN_ASYNC_ARROW, node.start)
            if reason == "static_block":
                self.error(M.RESERVED, node.start)
            if reason is not None:
                self.error(M.ESCAPED_KEYWORD if node.escaped and plain_ref else M.RESERVED, node.start)
        elif name == "yield":
            if strict and not node.escaped:   # V8 names strictness first
                self.error(M.STRICT_RESERVED, node.start)
            if self.yield_is_keyword():
                self.error(M.ESCAPED_KEYWORD if plain_ref else M.UNEXPECTED_YIELD, node.start)
            if strict:
                self.error(M.ESCAPED_KEYWORD if node.escaped else M.STRICT_RESERVED, node.start)
        elif name in STRICT_RESERVED:
            if strict:
                self.error(M.ESCAPED_KEYWORD if node.escaped else M.STRICT_RESERVED, node.start)
        elif name == "arguments" and role != "name" and self.ctx.arguments_banned:
            self.error(M.ARGUMENTS_IN_INITIALIZER, node.start)

    def check_binding_name(self, node, nested=None, strict=None, role="bind"):
        """A BindingIdentifier.  `nested` says where it sits in a pattern:
        None (not in a pattern), "element" (array element, rest, property
        value), "short" (shorthand property) or "default" (has a default)."""
        if strict is None:
            strict = self.ctx.strict
        self.check_name(node, role, strict)
        if strict and node.name in EVAL_ARGUMENTS:
            self.eval_arguments_error(node, nested)

    def check_assigned_name(self, node, nested=None):
        """An identifier assigned to (`=`, `+=`, `++`, for-in/of heads)."""
        self.check_name(node, "short" if nested == "short" else "ref")
        if self.ctx.strict and node.name in EVAL_ARGUMENTS:
            self.eval_arguments_error(node, nested)

    def eval_arguments_error(self, node, nested):
        if nested == "element":
            self.error(M.DESTRUCTURING_TARGET, node.start)
        self.error(M.EVAL_ARGUMENTS, paren_start(node))
