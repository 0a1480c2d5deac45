"""V8's wording for syntax errors that the LR tables only see as
"unexpected token".

When the driver has no action for a token, the generic message names that
token ("Unexpected identifier 'x'").  For a few well-known mistakes V8 says
something more helpful; each rule below recognises one from the token, the
previous token and the top of the value stack, the way a reader would.
"""

from minijs.syntax.errors import JSSyntaxError


def _is_token(value, type_):
    return getattr(value, "type", None) == type_ and hasattr(value, "lexpos")


def _in_static_block(parser):
    for frame in reversed(parser.contexts):
        if frame[0] in ("static_block",):
            return True
        if frame[0] not in ("for_head", "arrow"):
            return False
    return False


def refine(parser, tok):
    """A JSSyntaxError with V8's message for `tok`, or None for the default."""
    prev = parser.prev
    values = parser.values or []
    below = values[-2] if len(values) >= 2 else None
    top = values[-1] if values else None
    t = tok.rtype

    if prev is not None and prev.rtype == "NAME" and prev.value == "await" and not prev.escaped \
            and not tok.nl and t not in ("SEMI", "RPAREN", "RBRACKET", "RBRACE", "COMMA", "$end"):
        if parser.module or _in_static_block(parser):
            return JSSyntaxError("Unexpected reserved word", prev.lexpos, end=prev.end)
        return JSSyntaxError(
            "await is only valid in async functions and the top level bodies of modules",
            prev.lexpos, end=prev.end)
    if t == "NAME" and tok.value == "await" and prev is not None and prev.type == "FOR":
        return JSSyntaxError("Unexpected reserved word", tok.lexpos, end=tok.end)
    if prev is not None and prev.rtype == "PRIVATE_NAME" and t != "NAME":
        return JSSyntaxError("Unexpected identifier '#%s'" % prev.value, prev.lexpos, end=prev.end)
    if t == "PRIVATE_NAME" and prev is not None and prev.type == "DOT" and _is_token(below, "SUPER"):
        return JSSyntaxError("Unexpected private field", tok.lexpos, end=tok.end)
    if t == "OPTIONAL" and _is_token(below, "NEW"):
        return JSSyntaxError("Invalid optional chain from new expression", tok.lexpos, end=tok.end)
    if t == "LPAREN" and prev is not None and prev.type == "IMPORT" and _is_token(below, "NEW"):
        return JSSyntaxError("Cannot use new with import", below.lexpos, end=prev.end)
    if t == "RPAREN" and prev is not None and prev.type == "LPAREN" and _is_token(below, "IMPORT"):
        return JSSyntaxError("import() requires a specifier", below.lexpos, end=tok.end)
    last = top[-1] if isinstance(top, list) and top else top
    if _is_token(below, "ELLIPSIS") or getattr(last, "type", None) == "RestElement":
        if t == "ASSIGN":
            return JSSyntaxError("Rest parameter may not have a default initializer", tok.lexpos)
        if t == "COMMA":
            return JSSyntaxError("Rest parameter must be last formal parameter", tok.lexpos)
    if _is_token(below, "TRY") and getattr(top, "type", None) == "BlockStatement":
        return JSSyntaxError("Missing catch or finally after try", tok.lexpos, end=tok.end)
    if t == "NAME" and tok.value in ("of", "in") and parser.for_head is not None:
        return _for_head_declaration(values, tok.value)
    return None


def _for_head_declaration(values, keyword):
    """`for (var a, b of c)` / `for (let a = 1 of c)`: find the declaration
    that opens the for-head on the value stack."""
    for i in range(len(values) - 1, 1, -1):
        v = values[i]
        if _is_token(v, "LPAREN") and _is_token(values[i - 1], "FOR"):
            return None
        if getattr(v, "type", None) in ("VAR", "LET", "CONST") and hasattr(v, "lexpos") \
                and _is_token(values[i - 1], "LPAREN"):
            rest = values[i + 1:]
            loop = "for-%s" % keyword
            if any(isinstance(x, list) and len(x) > 1 or _is_token(x, "COMMA") for x in rest):
                return JSSyntaxError(
                    "Invalid left-hand side in %s loop: Must have a single binding." % loop, v.lexpos)
            if any(_is_token(x, "ASSIGN") or isinstance(x, list) and x and x[0].init is not None
                   for x in rest):
                return JSSyntaxError(
                    "%s loop variable declaration may not have an initializer." % loop, v.lexpos)
            return None
    return None
