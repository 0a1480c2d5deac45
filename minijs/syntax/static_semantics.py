"""Static semantics read off the tree (ECMA-262 8.2-8.6), shared by the
early-error pass and the compiler's scope analysis: BoundNames,
ContainsExpression, IsSimpleParameterList, ExpectedArgumentCount, the
directive prologue, and whether a statement list declares anything
lexically (LexicallyScopedDeclarations is non-empty).
"""


def bound_identifiers(pattern):
    """BoundNames (8.2.1) as Identifier nodes, in source order."""
    out = []
    stack = [pattern]
    while stack:
        p = stack.pop()
        if p is None:
            continue
        t = p.type
        if t == "Identifier":
            out.append(p)
        elif t == "ObjectPattern":
            for prop in reversed(p.properties):
                stack.append(prop.argument if prop.type == "RestElement" else prop.value)
        elif t == "ArrayPattern":
            stack.extend(reversed(p.elements))
        elif t == "RestElement":
            stack.append(p.argument)
        elif t == "AssignmentPattern":
            stack.append(p.left)
    return out


def declaration_identifiers(declaration):
    """BoundNames of a VariableDeclaration / FunctionDeclaration / ClassDeclaration."""
    if declaration.type == "VariableDeclaration":
        out = []
        for d in declaration.declarations:
            out.extend(bound_identifiers(d.id))
        return out
    return [declaration.id] if declaration.id is not None else []


def contains_expression(pattern):
    """ContainsExpression (8.5.2): a default value or a computed key."""
    stack = [pattern]
    while stack:
        p = stack.pop()
        if p is None:
            continue
        t = p.type
        if t == "AssignmentPattern":
            return True
        if t == "ObjectPattern":
            for prop in p.properties:
                if prop.type == "RestElement":
                    stack.append(prop.argument)
                else:
                    if prop.computed:
                        return True
                    stack.append(prop.value)
        elif t == "ArrayPattern":
            stack.extend(p.elements)
        elif t == "RestElement":
            stack.append(p.argument)
    return False


def expected_argument_count(params):
    """ExpectedArgumentCount (15.1.5): the function's `length`."""
    count = 0
    for p in params:
        if p.type in ("AssignmentPattern", "RestElement"):
            break
        count += 1
    return count


def use_strict_directive(statements):
    """The "use strict" statement of the directive prologue (11.2.1), or
    None; `directive` is the raw text between the quotes, so escaped
    spellings do not count."""
    for s in statements:
        if s.type != "ExpressionStatement" or s.directive is None:
            return None
        if s.directive == "use strict":
            return s
    return None


def has_use_strict(statements):
    return use_strict_directive(statements) is not None


def _unlabel(statement):
    while statement.type == "LabeledStatement":
        statement = statement.body
    return statement


def declares_lexically(statements):
    """Does a block-level statement list declare any name (let, const,
    class, or a function, possibly labelled: 14.2.2 LexicallyScopedDeclarations)?"""
    for s in statements:
        s = _unlabel(s)
        t = s.type
        if t == "VariableDeclaration":
            if s.kind != "var":
                return True
        elif t in ("FunctionDeclaration", "ClassDeclaration"):
            return True
    return False
