"""ESTree AST nodes, exactly as acorn 8 shapes them.

Nodes are plain data (DESIGN.md habit 6): every node has `start`/`end`
offsets in UTF-16 code units (the source is held as UTF-16 code units, see
`source.py`) and the fields ESTree names, in the order acorn writes them, so
that `estree.to_json` reproduces `JSON.stringify(acorn.parse(...))` byte for
byte.  Line/column locations are derived from offsets when needed, never
stored.

A few nodes carry *internal* attributes that are not part of ESTree and are
never serialised; they record facts the grammar saw but the tree would lose
(parentheses, legacy octal spelling, escaped keywords) for the early-error
pass and the compiler.
"""

# type -> public fields in acorn's order
NODE_FIELDS = {
    "Program": ("body", "sourceType"),
    # statements
    "ExpressionStatement": ("expression", "directive"),
    "BlockStatement": ("body",),
    "StaticBlock": ("body",),
    "EmptyStatement": (),
    "DebuggerStatement": (),
    "WithStatement": ("object", "body"),
    "ReturnStatement": ("argument",),
    "LabeledStatement": ("body", "label"),
    "BreakStatement": ("label",),
    "ContinueStatement": ("label",),
    "IfStatement": ("test", "consequent", "alternate"),
    "SwitchStatement": ("discriminant", "cases"),
    "SwitchCase": ("consequent", "test"),
    "ThrowStatement": ("argument",),
    "TryStatement": ("block", "handler", "finalizer"),
    "CatchClause": ("param", "body"),
    "WhileStatement": ("test", "body"),
    "DoWhileStatement": ("body", "test"),
    "ForStatement": ("init", "test", "update", "body"),
    "ForInStatement": ("left", "right", "body"),
    "ForOfStatement": ("await", "left", "right", "body"),
    # declarations
    "FunctionDeclaration": ("id", "expression", "generator", "async", "params", "body"),
    "VariableDeclaration": ("declarations", "kind"),
    "VariableDeclarator": ("id", "init"),
    "ClassDeclaration": ("id", "superClass", "body"),
    "ClassExpression": ("id", "superClass", "body"),
    "ClassBody": ("body",),
    "MethodDefinition": ("static", "computed", "key", "kind", "value"),
    "PropertyDefinition": ("static", "computed", "key", "value"),
    # expressions
    "Identifier": ("name",),
    "PrivateIdentifier": ("name",),
    "Literal": ("value", "raw"),          # + regex / bigint, see below
    "ThisExpression": (),
    "Super": (),
    "ArrayExpression": ("elements",),
    "ObjectExpression": ("properties",),
    "Property": ("method", "shorthand", "computed", "key", "value", "kind"),
    "FunctionExpression": ("id", "expression", "generator", "async", "params", "body"),
    "ArrowFunctionExpression": ("id", "expression", "generator", "async", "params", "body"),
    "UnaryExpression": ("operator", "prefix", "argument"),
    "UpdateExpression": ("operator", "prefix", "argument"),
    "BinaryExpression": ("left", "operator", "right"),
    "LogicalExpression": ("left", "operator", "right"),
    "AssignmentExpression": ("operator", "left", "right"),
    "MemberExpression": ("object", "property", "computed", "optional"),
    "ChainExpression": ("expression",),
    "ConditionalExpression": ("test", "consequent", "alternate"),
    "CallExpression": ("callee", "arguments", "optional"),
    "NewExpression": ("callee", "arguments"),
    "SequenceExpression": ("expressions",),
    "YieldExpression": ("delegate", "argument"),
    "AwaitExpression": ("argument",),
    "TemplateLiteral": ("expressions", "quasis"),
    "TaggedTemplateExpression": ("tag", "quasi"),
    "TemplateElement": ("value", "tail"),
    "MetaProperty": ("meta", "property"),
    "ImportExpression": ("source",),
    "SpreadElement": ("argument",),
    # patterns
    "ObjectPattern": ("properties",),
    "ArrayPattern": ("elements",),
    "RestElement": ("argument",),
    "AssignmentPattern": ("left", "right"),
    # modules
    "ImportDeclaration": ("specifiers", "source"),
    "ImportSpecifier": ("imported", "local"),
    "ImportDefaultSpecifier": ("local",),
    "ImportNamespaceSpecifier": ("local",),
    "ExportNamedDeclaration": ("declaration", "specifiers", "source"),
    "ExportSpecifier": ("local", "exported"),
    "ExportDefaultDeclaration": ("declaration",),
    "ExportAllDeclaration": ("exported", "source"),
}

# Fields written only when present (acorn adds them conditionally).
OPTIONAL_FIELDS = {
    "ExpressionStatement": ("directive",),   # only on directive-prologue entries
    "Literal": ("regex", "bigint"),
}

# Internal, never-serialised attributes (all default to None/False).
#   parenthesized: the expression was written inside ( ) -- needed for
#                  assignment-target validity, `-x ** y`, `a ?? (b || c)`...
#   octal:        Literal: legacy octal number (010, 08) or string escape
#                 (\01, \8): strict-mode early errors.
#   escaped:      Identifier: the name was written with \u escapes.
#   shorthand_init: Property: the `a = 1` cover form in an object literal
#                 (legal only once converted to a pattern).
#   trailing_comma: Array/ObjectExpression ended with `,` (illegal after a
#                 rest element once converted to a pattern).
#   cooked_error: TemplateElement: (message, offset) of an invalid escape
#                 (legal only in tagged templates, where cooked is null).
# They live in the instance __dict__ (created only when one is set) and
# default to None through class attributes, so creating a node costs only
# its public fields.
INTERNAL_FIELDS = ("parenthesized", "octal", "escaped", "shorthand_init",
                   "trailing_comma", "cooked_error")


# ESTree field names that are Python keywords get a Python attribute name;
# serialisation maps them back.
PY_ATTR = {"async": "is_async", "await": "is_await"}
JSON_NAME = {v: k for k, v in PY_ATTR.items()}


class Node:
    """Base of every AST node. Subclasses are generated from NODE_FIELDS."""

    type = "Node"
    fields = ()
    parenthesized = octal = escaped = shorthand_init = None
    trailing_comma = cooked_error = None

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f, None)!r}" for f in self.fields)
        return f"{self.type}({inner})"

    def iter_fields(self):
        """(attribute, value) of every public field, in acorn's order."""
        for name in self.fields:
            yield name, getattr(self, name, None)

    def iter_children(self):
        """Every child node, depth one, in source order of the fields."""
        for _, value in self.iter_fields():
            if isinstance(value, Node):
                yield value
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, Node):
                        yield item


def _make_node_class(type_name, fields, optional):
    fields = tuple(PY_ATTR.get(f, f) for f in fields)
    slots = tuple(fields) + tuple(f for f in optional if f not in fields)
    params = ", ".join(f"{f}=None" for f in fields)
    body = "".join(f"    self.{f} = {f}\n" for f in fields)
    body += "".join(f"    self.{f} = None\n" for f in optional if f not in fields)
    src = (
        f"def __init__(self, start, end{', ' if params else ''}{params}):\n"
        f"    self.start = start\n    self.end = end\n{body}"
    )
    namespace = {}
    exec(src, namespace)  # generated constructor: one assignment per field
    cls = type(type_name, (Node,), {
        "__slots__": ("start", "end") + slots,
        "__init__": namespace["__init__"],
        "type": type_name,
        "fields": slots,
    })
    return cls


NODE_CLASSES = {}
for _name, _fields in NODE_FIELDS.items():
    _opt = tuple(f for f in OPTIONAL_FIELDS.get(_name, ()) if f not in _fields)
    NODE_CLASSES[_name] = _make_node_class(_name, _fields, _opt)
    globals()[_name] = NODE_CLASSES[_name]
del _name, _fields, _opt


def walk(node):
    """Yield `node` and every node below it, parents before children."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        children = list(n.iter_children())
        children.reverse()
        stack.extend(children)


class NodeVisitor:
    """Calls `visit_<Type>` for each node; `generic_visit` walks children."""

    def visit(self, node):
        method = getattr(self, "visit_" + node.type, None)
        if method is None:
            return self.generic_visit(node)
        return method(node)

    def generic_visit(self, node):
        for child in node.iter_children():
            self.visit(child)
