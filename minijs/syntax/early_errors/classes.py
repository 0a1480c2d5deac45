"""Classes: strictness, constructors, special property names, private names.

Private names are declared as the class body is walked and a use is
resolved when the body is complete (a method may use a name declared
after it); uses no enclosing class declares are reported when the
outermost class ends, the earliest first.
"""

from minijs.syntax.early_errors import messages as M
from minijs.syntax.early_errors.context import PrivateEnv


def key_name(node):
    """The name of a non-computed, non-private class element key, or None."""
    if node.computed:
        return None
    key = node.key
    if key.type == "Identifier":
        return key.name
    if key.type == "Literal" and isinstance(key.value, str):
        return key.value
    return None


def last_token_start(field):
    """Where V8 reports a duplicate private field: its last token (the `;`
    when written, else the initializer's last token, else the name).  The
    tree gives that token exactly for `;` and one-token initializers."""
    value = field.value
    end = field.key.end if value is None else value.end
    if field.end > end:                 # the field ends with its `;`
        return field.end - 1
    if value is None:
        return field.key.start
    if value.type in ("Identifier", "Literal", "ThisExpression") and not value.parenthesized:
        return value.start
    return value.end - 1


class ClassChecks:
    def visit_ClassDeclaration(self, node):
        self.visit_class(node, declare=True)

    def visit_ClassExpression(self, node):
        self.visit_class(node)

    def visit_class(self, node, declare=False):
        ctx = self.ctx
        saved_strict = ctx.strict
        ctx.strict = True                     # all of a class is strict code
        if node.id is not None:
            self.check_binding_name(node.id, role="name")
            if declare:
                self.declare_lexical(node.id.name, "class", node.start)
        if node.superClass is not None:
            self.visit(node.superClass)       # outside the class's private scope
        env = self.private = PrivateEnv(self.private)
        derived = node.superClass is not None
        has_constructor = False
        for element in node.body.body:
            kind = element.type
            if kind == "MethodDefinition":
                if self.visit_class_method(element, derived, has_constructor):
                    has_constructor = True
            elif kind == "PropertyDefinition":
                self.visit_class_field(element)
            else:
                self.visit_StaticBlock(element)
        self.private = env.parent
        self.resolve_private(env)
        ctx.strict = saved_strict

    def visit_class_method(self, node, derived, has_constructor):
        """Returns True when `node` is the class constructor."""
        key = node.key
        value = node.value
        is_constructor = False
        if key.type == "PrivateIdentifier":
            if key.name == "constructor":
                self.error(M.CONSTRUCTOR_PRIVATE, key.start)
        else:
            name = key_name(node)
            if name == "constructor" and not node.static:
                if node.kind == "get" or node.kind == "set":
                    self.error(M.CONSTRUCTOR_ACCESSOR, key.start)
                if value.generator:
                    self.error(M.CONSTRUCTOR_GENERATOR, key.start)
                if value.is_async:
                    self.error(M.CONSTRUCTOR_ASYNC, key.start)
                if has_constructor:
                    self.error(M.DUPLICATE_CONSTRUCTOR, key.start)
                is_constructor = True
            elif name == "prototype" and node.static:
                self.error(M.STATIC_PROTOTYPE, key.start)
            self.visit_property_key(node)
        self.visit_method(value, super_call=is_constructor and derived)
        if key.type == "PrivateIdentifier":
            kind = node.kind if node.kind in ("get", "set") else "method"
            # V8 declares a private method once its body is parsed
            self.declare_private(key, kind, node.static, value.end - 1)
        return is_constructor

    def visit_class_field(self, node):
        key = node.key
        value = node.value
        if key.type == "PrivateIdentifier":
            if key.name == "constructor":
                self.error(M.FIELD_CONSTRUCTOR, key.start)
            self.declare_private(key, "field", node.static, last_token_start(node))
        else:
            name = key_name(node)
            if name == "constructor":
                self.error(M.FIELD_CONSTRUCTOR, key.start)
            if name == "prototype" and node.static:
                self.error(M.STATIC_PROTOTYPE, key.start)
            self.visit_property_key(node)
        if value is not None:
            self.visit_field_value(value)

    # --- private names ---------------------------------------------------------------

    def declare_private(self, key, kind, static, offset):
        if not self.private.declare(key.name, kind, static):
            self.error(M.REDECLARED % ("#" + key.name), offset)

    def use_private(self, ident, offset):
        env = self.private
        if env is None:
            self.error(M.PRIVATE_UNDECLARED % ident.name, offset)
        env.uses.append((ident.name, offset))

    def resolve_private(self, env):
        names = env.names
        unresolved = [use for use in env.uses if use[0] not in names]
        if not unresolved:
            return
        if env.parent is not None:
            env.parent.uses.extend(unresolved)
            return
        name, offset = min(unresolved, key=lambda use: use[1])
        self.error(M.PRIVATE_UNDECLARED % name, offset)
