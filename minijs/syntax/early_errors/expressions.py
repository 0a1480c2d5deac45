"""Expressions: identifiers, strict-mode literals and `delete`, assignment
targets, `super`, `new.target`, `yield` / `await` where they may not be,
`__proto__` duplicates, private names in member accesses.

Member/call chains and binary/logical chains are walked along their spine
without recursion: minified code has chains thousands of links long.
"""

from minijs.syntax.early_errors import messages as M
from minijs.syntax.early_errors.context import FIELD
from minijs.syntax.early_errors.functions import octal_escape
from minijs.syntax.early_errors.statements import leftmost

_CHAIN = frozenset(("MemberExpression", "CallExpression"))
_BINARY = frozenset(("BinaryExpression", "LogicalExpression"))


def _proto_key(prop):
    """True for a `__proto__: value` property (not shorthand, computed or method)."""
    if prop.type != "Property" or prop.computed or prop.shorthand or prop.method or prop.kind != "init":
        return False
    key = prop.key
    if key.type == "Identifier":
        return key.name == "__proto__"
    return key.type == "Literal" and key.value == "__proto__"


class ExpressionChecks:
    def visit_Identifier(self, node):
        self.check_name(node, "ref")

    def visit_Literal(self, node):
        octal = node.octal
        if octal and self.ctx.strict:
            if octal == "escape":
                self.error(*octal_escape(node))
            self.error(M.OCTAL_LITERAL if octal == "octal" else M.LEADING_ZERO, node.start)

    def visit_Super(self, node):
        # `super` outside a member access or call never reaches here from
        # the parser; be safe anyway
        self.error(M.SUPER, node.start)

    def visit_PrivateIdentifier(self, node):
        # only `obj.#x` and `#x in obj` may hold one (safety net: the
        # grammar should not let any other through)
        self.error("Unexpected identifier '#%s'" % node.name, node.start)

    def visit_MetaProperty(self, node):
        if node.meta.name == "new" and not self.ctx.new_target:
            self.error(M.NEW_TARGET, node.property.start)

    # --- chains ------------------------------------------------------------------

    def visit_chain(self, node):
        spine = []
        while node.type in _CHAIN:
            spine.append(node)
            node = node.object if node.type == "MemberExpression" else node.callee
        if node.type == "Super":
            ctx = self.ctx
            allowed = ctx.super_call if spine[-1].type == "CallExpression" else ctx.super_prop
            if not allowed:
                self.error(M.SUPER, node.start)
        else:
            self.visit(node)
        visit = self.visit
        for link in reversed(spine):
            if link.type == "MemberExpression":
                prop = link.property
                if link.computed:
                    visit(prop)
                elif prop.type == "PrivateIdentifier":
                    # V8 points at the `.` / `?.` before the name
                    self.use_private(prop, prop.start - (2 if link.optional else 1))
            else:
                for arg in link.arguments:
                    visit(arg)

    visit_MemberExpression = visit_chain
    visit_CallExpression = visit_chain

    def visit_binary(self, node):
        spine = []
        while node.type in _BINARY:
            spine.append(node)
            node = node.left
        if node.type == "PrivateIdentifier":      # `#x in obj`
            self.use_private(node, node.start)
        else:
            self.visit(node)
        visit = self.visit
        for link in reversed(spine):
            visit(link.right)

    visit_BinaryExpression = visit_binary
    visit_LogicalExpression = visit_binary

    # --- operators -------------------------------------------------------------------

    def visit_UnaryExpression(self, node):
        if node.operator == "delete":
            arg = node.argument
            par = arg.parenthesized
            if arg.type == "Identifier" and self.ctx.strict:
                # V8 points at the closing parenthesis when there is one
                self.error(M.DELETE_IDENTIFIER, par[1] - 1 if par else arg.start)
            target = arg.expression if arg.type == "ChainExpression" else arg
            if target.type == "MemberExpression" and target.property.type == "PrivateIdentifier":
                self.error(M.PRIVATE_DELETE, par[1] - 1 if par else target.property.start)
        self.visit(node.argument)

    def check_call_target(self, node, message):
        """Annex B.3.6: `f() = 1` is a run-time ReferenceError in sloppy code
        only; in strict code a call is no assignment target (static semantics
        AssignmentTargetType).  V8 accepts both; test262 follows the spec."""
        if node.type == "CallExpression" and self.ctx.strict:
            self.error(message, node.start)

    def visit_UpdateExpression(self, node):
        arg = node.argument
        self.check_call_target(arg, M.INVALID_LHS_PREFIX if node.prefix else M.INVALID_LHS_POSTFIX)
        if arg.type == "Identifier":
            self.check_assigned_name(arg)
        else:
            self.visit(arg)

    def visit_AssignmentExpression(self, node):
        left = node.left
        self.check_call_target(left, M.INVALID_LHS_ASSIGNMENT)
        if node.operator == "=":
            self.assign_target(left)
        elif left.type == "Identifier":
            self.check_assigned_name(left)
        else:
            self.visit(left)
        self.visit(node.right)

    def visit_YieldExpression(self, node):
        ctx = self.ctx
        if ctx.kind == FIELD:
            # an initializer is not part of the generator: V8 reads `yield`
            # there as an identifier, reserved in (strict) class bodies
            self.error(M.STRICT_RESERVED, node.start)
        if ctx.in_params:
            self.error(M.YIELD_IN_PARAMETER, node.start)
        if node.argument is not None:
            self.visit(node.argument)

    def visit_AwaitExpression(self, node):
        ctx = self.ctx
        if ctx.kind == FIELD:
            self.await_in_initializer(node)
        if ctx.in_params:
            self.error(M.AWAIT_IN_PARAMETER, node.start)
        self.visit(node.argument)

    def await_in_initializer(self, node):
        """An initializer is not part of the async function around the class:
        V8 reads `await` there as an identifier, so `await x` is `await`
        followed by an unexpected token.  (Where `await` could go on as an
        identifier -- `await (x)`, `await [x]`, `await - x` -- the tree
        cannot say what V8 saw; leave it.)"""
        first = leftmost(node.argument)
        if first.start != node.argument.start or node.argument.parenthesized:
            return
        if first.type == "Identifier":
            self.error("Unexpected identifier '%s'" % first.name, first.start)
        if first.type == "Literal" and getattr(first, "regex", None) is None:
            kind = "string" if isinstance(first.value, str) else "number"
            if first.value is None or isinstance(first.value, bool):
                kind = None
            if kind:
                self.error("Unexpected " + kind, first.start)

    # --- object literals -------------------------------------------------------------

    def visit_ObjectExpression(self, node):
        seen_proto = False
        for prop in node.properties:
            if prop.type == "SpreadElement":
                self.visit(prop.argument)
                continue
            if prop.shorthand_init is not None:     # safety net, see the parser
                self.error(M.SHORTHAND_INITIALIZER, prop.start)
            if _proto_key(prop):
                if seen_proto:
                    self.error(M.DUPLICATE_PROTO, prop.key.start)
                seen_proto = True
            self.visit_property_key(prop)
            value = prop.value
            if prop.method or prop.kind != "init":
                self.visit_method(value)
            elif prop.shorthand and value.type == "Identifier":
                self.check_name(value, "short")
            else:
                self.visit(value)
