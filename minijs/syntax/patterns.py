"""Cover grammars: expressions reinterpreted as patterns.

ECMA-262 parses `[a, b] = c`, `({a = 1} = c)` and `(a, b = 1) => a` as
expressions first (CoverParenthesizedExpressionAndArrowParameterList,
ObjectLiteral with CoverInitializedName) and then reinterprets them as an
AssignmentPattern or as ArrowFormalParameters.  acorn does the same and so
does this module: the conversion keeps every node's offsets, only types
change (ObjectExpression -> ObjectPattern, SpreadElement -> RestElement,
AssignmentExpression `=` -> AssignmentPattern).
"""

from minijs.syntax import ast as A
from minijs.syntax.errors import JSSyntaxError

ASSIGN_MSG = "Invalid left-hand side in assignment"
DESTRUCT_MSG = "Invalid destructuring assignment target"


def _start(node):
    par = node.parenthesized
    return par[0] if par else node.start


class CoverParen:
    """`( ... )` before we know whether an arrow follows."""

    __slots__ = ("start", "end", "expression", "rest", "error")

    def __init__(self, p, n):
        self.start = p[1].lexpos
        self.end = p[n - 1].end
        self.expression = None
        self.rest = None
        self.error = None  # (message, offset) if this cannot be an expression
        if n == 4:                      # ( expression )
            self.expression = p[2]
        elif n == 3:                    # ( )
            self.error = ("Unexpected token ')'", p[2].lexpos)
        elif n == 5 and p[2].type == "ELLIPSIS":   # ( ...rest )
            self.rest = A.RestElement(p[2].lexpos, p[3].end, p[3])
            self.error = ("Unexpected token '...'", p[2].lexpos)
        elif n == 5:                    # ( expression , )
            self.expression = p[2]
            self.error = ("Unexpected token ')'", p[4].lexpos)
        else:                           # ( expression , ...rest )
            self.expression = p[2]
            self.rest = A.RestElement(p[4].lexpos, p[5].end, p[5])
            self.error = ("Unexpected token '...'", p[4].lexpos)


def parenthesized_expression(cover):
    """The expression inside `( )`, marked with the parentheses' span."""
    if cover.error:
        raise JSSyntaxError(*cover.error)
    expr = cover.expression
    expr.parenthesized = (cover.start, cover.end)
    return expr


def finish_items(items):
    """Array literal items with `None` for empty slots -> (elements, trailing).

    The grammar yields one item per comma-separated slot, so a final comma
    leaves an empty last slot that is not an element (`[a,]` has length 1).
    """
    trailing = len(items) > 1 and items[-1] is None
    if items and items[-1] is None:
        items.pop()
    return items, trailing or None


# Annex B.3.6 (web compatibility): in sloppy code a call may stand where an
# assignment target is expected and throws a ReferenceError when evaluated
# (`f() = 1`).  The early-error pass rejects it in strict code.
SIMPLE_TARGETS = ("Identifier", "MemberExpression", "CallExpression")


def check_simple_target(node, message, calls=True):
    """Operand of ++/--/compound assignment: identifier or member access
    (or, see SIMPLE_TARGETS, a call)."""
    if node.type not in SIMPLE_TARGETS or (not calls and node.type == "CallExpression"):
        raise JSSyntaxError(message, _start(node))


# --- assignment patterns ----------------------------------------------------------

def to_assignment_target(node, message=ASSIGN_MSG):
    """Left side of `=` / for-in / for-of, as an assignment target."""
    kind = node.type
    if kind in ("Identifier", "MemberExpression"):
        return node
    if kind == "CallExpression" and message is not DESTRUCT_MSG:
        return node   # Annex B.3.6, see SIMPLE_TARGETS
    if node.parenthesized is None:
        if kind == "ObjectExpression":
            return _object_to_pattern(node, _assignment_element, binding=False)
        if kind == "ArrayExpression":
            return _array_to_pattern(node, _assignment_element)
    raise JSSyntaxError(message, _start(node))


def _assignment_element(node):
    """An element nested in an assignment pattern (with optional default)."""
    if node.type == "AssignmentExpression" and node.operator == "=" and not node.parenthesized:
        return A.AssignmentPattern(node.start, node.end, node.left, node.right)
    if node.type == "AssignmentPattern":  # shorthand `{a = 1}`
        return node
    return to_assignment_target(node, DESTRUCT_MSG)


def _object_to_pattern(node, convert, binding):
    props = node.properties
    last = len(props) - 1
    for i, prop in enumerate(props):
        if prop.type == "SpreadElement":
            if i != last or node.trailing_comma:
                raise JSSyntaxError("Rest element must be last element", prop.start)
            arg = prop.argument
            if binding:
                ok = arg.type == "Identifier" and not arg.parenthesized
            else:
                ok = arg.type in ("Identifier", "MemberExpression")
            if not ok:
                raise JSSyntaxError(
                    "`...` must be followed by an identifier in declaration contexts" if binding
                    else "`...` must be followed by an assignable reference in assignment contexts",
                    _start(arg))
            props[i] = A.RestElement(prop.start, prop.end, arg)
            continue
        if prop.kind != "init" or prop.method:
            raise JSSyntaxError(DESTRUCT_MSG, prop.start)
        prop.shorthand_init = None
        prop.value = convert(prop.value)
    pattern = A.ObjectPattern(node.start, node.end, props)
    return pattern


def _array_to_pattern(node, convert):
    elements = node.elements
    last = len(elements) - 1
    for i, el in enumerate(elements):
        if el is None:
            continue
        if el.type == "SpreadElement":
            if i != last or node.trailing_comma:
                raise JSSyntaxError("Rest element must be last element", el.start)
            arg = el.argument
            if arg.type == "AssignmentExpression" and not arg.parenthesized:
                raise JSSyntaxError(DESTRUCT_MSG, _start(arg))
            elements[i] = A.RestElement(el.start, el.end, convert_rest(arg, convert))
            continue
        elements[i] = convert(el)
    return A.ArrayPattern(node.start, node.end, elements)


def convert_rest(arg, convert):
    target = convert(arg)
    if target.type == "AssignmentPattern":
        raise JSSyntaxError(DESTRUCT_MSG, target.start)
    return target


# --- binding patterns (arrow parameters) ------------------------------------------

def to_binding(node):
    """A parameter of an arrow function, from its cover expression."""
    kind = node.type
    if node.parenthesized is not None and kind != "AssignmentPattern":
        raise JSSyntaxError(DESTRUCT_MSG, _start(node))
    if kind == "Identifier":
        return node
    if kind == "AssignmentExpression" and node.operator == "=":
        return A.AssignmentPattern(node.start, node.end, to_binding(node.left), node.right)
    if kind == "AssignmentPattern":
        node.left = to_binding(node.left)
        return node
    if kind in ("ObjectExpression", "ObjectPattern"):
        if kind == "ObjectPattern":
            for prop in node.properties:
                if prop.type == "RestElement":
                    if prop.argument.type != "Identifier":
                        raise JSSyntaxError(DESTRUCT_MSG, prop.argument.start)
                else:
                    prop.value = to_binding(prop.value)
            return node
        return _object_to_pattern(node, to_binding, binding=True)
    if kind in ("ArrayExpression", "ArrayPattern"):
        if kind == "ArrayPattern":
            node.elements = [None if e is None else
                             (A.RestElement(e.start, e.end, to_binding(e.argument))
                              if e.type == "RestElement" else to_binding(e))
                             for e in node.elements]
            return node
        return _array_to_pattern(node, to_binding)
    if kind == "RestElement":
        node.argument = to_binding(node.argument)
        return node
    raise JSSyntaxError(DESTRUCT_MSG, _start(node))


def arrow_params(cover):
    """ArrowFormalParameters from a CoverParen, or [identifier]."""
    params = []
    expr = cover.expression
    if expr is not None:
        if expr.type == "SequenceExpression" and expr.parenthesized is None:
            items = expr.expressions
        else:
            items = [expr]
        for item in items:
            if item.type == "AwaitExpression" or item.type == "YieldExpression":
                raise JSSyntaxError("Invalid destructuring assignment target", item.start)
            params.append(to_binding(item))
    if cover.rest is not None:
        rest = cover.rest
        rest.argument = to_binding(rest.argument)
        params.append(rest)
    return params


def call_arguments_to_params(args, trailing_comma=False):
    """`async(a, ...b) => ...`: the call's arguments become parameters."""
    params = []
    last = len(args) - 1
    for i, arg in enumerate(args):
        if arg.type == "SpreadElement":
            if i != last or trailing_comma:
                raise JSSyntaxError("Rest parameter must be last formal parameter", arg.start)
            params.append(A.RestElement(arg.start, arg.end, to_binding(arg.argument)))
        else:
            params.append(to_binding(arg))
    return params
