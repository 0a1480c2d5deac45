"""Grammar, part 1: expressions (ECMA-262 section 13).

Reading notes for the whole grammar (DESIGN.md habit 5):
  * One nonterminal per `p_` method; `*_unit` methods hold pass-through
    alternatives (`a : b`), which the driver reduces without a call.
  * Binary and unary operators share one nonterminal, `binary`, ordered by
    the `precedence` table -- ECMA-262's ten cascading levels would cost ten
    reductions per operand.  Rules the cascade expressed (`-x ** y`, mixing
    `??` with `||`) are checked in the actions.
  * Cover grammars, as in the spec: an assignment target or arrow parameter
    list is parsed as an expression first and converted (patterns.py).
  * Tokens that the spec tells apart by lookahead restrictions or context
    (`{` block vs object, `function` declaration vs expression, `/` vs
    regex, `in` inside a for-head, contextual keywords) arrive as distinct
    terminals chosen by the driver; see driver.py.
"""

from minijs.syntax import ast as A
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax import patterns

BINARY_OPERATORS = {
    "NULLISH": "??", "OR": "||", "AND": "&&", "BITOR": "|", "BITXOR": "^",
    "BITAND": "&", "EQ": "==", "NE": "!=", "STRICT_EQ": "===", "STRICT_NE": "!==",
    "LT": "<", "GT": ">", "LE": "<=", "GE": ">=", "INSTANCEOF": "instanceof",
    "IN": "in", "LSHIFT": "<<", "RSHIFT": ">>", "URSHIFT": ">>>", "PLUS": "+",
    "MINUS": "-", "STAR": "*", "DIV": "/", "PERCENT": "%", "STARSTAR": "**",
}
LOGICAL = {"??", "||", "&&"}
ASSIGN_OPERATORS = (
    "ASSIGN", "PLUS_ASSIGN", "MINUS_ASSIGN", "STAR_ASSIGN", "DIV_ASSIGN",
    "PERCENT_ASSIGN", "STARSTAR_ASSIGN", "LSHIFT_ASSIGN", "RSHIFT_ASSIGN",
    "URSHIFT_ASSIGN", "BITAND_ASSIGN", "BITOR_ASSIGN", "BITXOR_ASSIGN",
    "AND_ASSIGN", "OR_ASSIGN", "NULLISH_ASSIGN",
)

PRECEDENCE = (
    ("left", "NULLISH", "OR"),
    ("left", "AND"),
    ("left", "BITOR"),
    ("left", "BITXOR"),
    ("left", "BITAND"),
    ("left", "EQ", "NE", "STRICT_EQ", "STRICT_NE"),
    ("left", "LT", "GT", "LE", "GE", "INSTANCEOF", "IN"),
    ("left", "LSHIFT", "RSHIFT", "URSHIFT"),
    ("left", "PLUS", "MINUS"),
    ("left", "STAR", "DIV", "PERCENT"),
    ("right", "STARSTAR"),
    ("right", "UNARY"),
    ("left", "POSTFIX", "PLUSPLUS", "MINUSMINUS"),   # tokens too: postfix binds tightest
)


def S(node):
    """Start offset of a node including any parentheses around it."""
    par = node.parenthesized
    return par[0] if par else node.start


def E(node):
    """End offset of a node including any parentheses around it."""
    par = node.parenthesized
    return par[1] if par else node.end


def literal_node(t):
    """Literal node of a NUMBER / BIGINT / STRING token."""
    node = A.Literal(t.lexpos, t.end, t.value, t.raw)
    if t.type == "STRING":
        if t.octal:
            node.octal = "escape"
    elif t.kind == "bigint":
        node.bigint = str(t.value)
    elif t.kind != "number":
        node.octal = t.kind   # 'octal' (017) or 'leading-zero' (08)
    return node


def computed_member(obj, key, close):
    """`obj[key]` (close: the `]` token)."""
    return A.MemberExpression(S(obj), close.end, obj, key, True, False)


def tagged_template(tag, quasi):
    return A.TaggedTemplateExpression(S(tag), quasi.end, tag, quasi)


def separated_list(p):
    """`xs : x | xs SEPARATOR x` as a Python list."""
    if len(p) == 2:
        return [p[1]]
    p[1].append(p[3])
    return p[1]


def growing_list(p):
    """`xs : empty | xs x` as a Python list (None items dropped)."""
    if len(p) == 2:
        return []
    if p[2] is not None:
        p[1].append(p[2])
    return p[1]


class ExpressionGrammar:
    # --- primary expressions -------------------------------------------------

    def p_primary_unit(self, p):
        """primary : identifier_reference
                   | literal
                   | array_literal
                   | object_literal
                   | function_expression
                   | class_expression
                   | template_primary"""
        p[0] = p[1]

    def p_primary_this(self, p):
        """primary : THIS"""
        t = p[1]
        p[0] = A.ThisExpression(t.lexpos, t.end)

    def p_primary_regex(self, p):
        """primary : REGEX"""
        t = p[1]
        pattern, flags = t.value
        self.check_regex(pattern, flags, t.lexpos)
        node = A.Literal(t.lexpos, t.end, None, self.source[t.lexpos:t.end])
        node.regex = {"pattern": pattern, "flags": flags}
        p[0] = node

    def p_primary_paren(self, p):
        """primary : cover_paren"""
        cover = p[1]
        if cover.error:
            la = self.lookahead or self.pending or self.peek()
            if la.rtype == "ARROW":
                # `a * () => b`: parameters where only an operand may stand
                raise JSSyntaxError("Malformed arrow function parameter list", cover.start)
        p[0] = patterns.parenthesized_expression(cover)

    def p_cover_paren(self, p):
        """cover_paren : LPAREN expression RPAREN
                       | LPAREN expression COMMA RPAREN
                       | LPAREN RPAREN
                       | LPAREN ELLIPSIS binding_target RPAREN
                       | LPAREN expression COMMA ELLIPSIS binding_target RPAREN"""
        p[0] = patterns.CoverParen(p, len(p))

    def p_identifier_reference(self, p):
        """identifier_reference : NAME"""
        t = p[1]
        p[0] = self.identifier(t)

    def p_binding_identifier(self, p):
        """binding_identifier : NAME"""
        p[0] = self.identifier(p[1])

    def p_literal(self, p):
        """literal : NUMBER
                   | STRING
                   | BIGINT"""
        p[0] = literal_node(p[1])

    def p_literal_keyword(self, p):
        """literal : NULL
                   | TRUE
                   | FALSE"""
        t = p[1]
        value = {"NULL": None, "TRUE": True, "FALSE": False}[t.type]
        p[0] = A.Literal(t.lexpos, t.end, value, t.value)

    # --- array literal: items, with `None` for the empty slots ---------------

    def p_array_literal(self, p):
        """array_literal : LBRACKET array_items RBRACKET"""
        items, trailing = patterns.finish_items(p[2])
        node = A.ArrayExpression(p[1].lexpos, p[3].end, items)
        node.trailing_comma = trailing
        p[0] = node

    def p_array_items(self, p):
        """array_items : array_item
                       | array_items COMMA array_item"""
        p[0] = separated_list(p)

    def p_array_item(self, p):
        """array_item : empty
                      | assignment_expression"""
        p[0] = p[1]

    def p_array_item_spread(self, p):
        """array_item : ELLIPSIS assignment_expression"""
        p[0] = A.SpreadElement(p[1].lexpos, E(p[2]), p[2])

    def p_empty(self, p):
        """empty :"""
        p[0] = None

    # --- object literal -------------------------------------------------------

    def p_object_literal(self, p):
        """object_literal : OBJ_LBRACE RBRACE
                          | OBJ_LBRACE property_list RBRACE
                          | OBJ_LBRACE property_list COMMA RBRACE"""
        props = p[2] if len(p) > 3 else []
        node = A.ObjectExpression(p[1].lexpos, p[len(p) - 1].end, props)
        node.trailing_comma = len(p) == 5 or None
        p[0] = node

    def p_property_list(self, p):
        """property_list : property_definition
                         | property_list COMMA property_definition"""
        p[0] = separated_list(p)

    def p_property_shorthand(self, p):
        """property_definition : identifier_reference"""
        key = p[1]
        value = A.Identifier(key.start, key.end, key.name)
        value.escaped = key.escaped
        p[0] = A.Property(key.start, key.end, False, True, False, key, value, "init")

    def p_property_cover_initialized(self, p):
        """property_definition : identifier_reference ASSIGN assignment_expression"""
        key = p[1]
        left = A.Identifier(key.start, key.end, key.name)
        value = A.AssignmentPattern(key.start, E(p[3]), left, p[3])
        node = A.Property(key.start, E(p[3]), False, True, False, key, value, "init")
        node.shorthand_init = p[2].lexpos  # legal only if this becomes a pattern
        p[0] = node

    def p_property_colon(self, p):
        """property_definition : property_name COLON assignment_expression"""
        key, computed, start, _ = p[1]
        p[0] = A.Property(start, E(p[3]), False, False, computed, key, p[3], "init")

    def p_property_method(self, p):
        """property_definition : method_definition"""
        m = p[1]
        if m.key.type == "PrivateIdentifier":
            raise JSSyntaxError("Unexpected identifier '#%s'" % m.key.name, m.key.start)
        p[0] = A.Property(m.start, m.end, m.kind == "method", False, m.computed,
                          m.key, m.value, "init" if m.kind == "method" else m.kind)

    def p_property_spread(self, p):
        """property_definition : ELLIPSIS assignment_expression"""
        p[0] = A.SpreadElement(p[1].lexpos, E(p[2]), p[2])

    def p_property_name(self, p):
        """property_name : NAME
                         | STRING
                         | NUMBER
                         | BIGINT"""
        t = p[1]
        if t.type == "NAME":
            key = A.Identifier(t.lexpos, t.end, t.value)
        else:
            key = literal_node(t)
        p[0] = (key, False, t.lexpos, t.end)

    def p_property_name_computed(self, p):
        """property_name : LBRACKET assignment_expression RBRACKET"""
        p[0] = (p[2], True, p[1].lexpos, p[3].end)

    # --- templates ------------------------------------------------------------

    def p_template_primary(self, p):
        """template_primary : template_literal"""
        node = p[1]
        for quasi in node.quasis:
            if quasi.value["cooked"] is None:
                message, offset = quasi.cooked_error
                raise JSSyntaxError(message, offset)
        p[0] = node

    def p_template_literal(self, p):
        """template_literal : TEMPLATE
                            | TEMPLATE_HEAD template_spans"""
        first = p[1]
        quasis = [self.template_element(first, tail=len(p) == 2)]
        exprs = []
        end = first.end
        if len(p) == 3:
            for expr, tok in p[2]:
                exprs.append(expr)
                quasis.append(self.template_element(tok, tok.type == "TEMPLATE_TAIL"))
                end = tok.end
        p[0] = A.TemplateLiteral(first.lexpos, end, exprs, quasis)

    def p_template_spans(self, p):
        """template_spans : expression TEMPLATE_TAIL
                          | expression TEMPLATE_MIDDLE template_spans"""
        spans = [(p[1], p[2])]
        if len(p) == 4:
            spans.extend(p[3])
        p[0] = spans

    # --- member, call, new ------------------------------------------------------

    def p_member_unit(self, p):
        """member : primary
                  | super_property
                  | meta_property"""
        p[0] = p[1]

    def p_member_dot(self, p):
        """member : member DOT NAME
                  | member DOT PRIVATE_NAME"""
        p[0] = self.member_dot(p[1], p[3], optional=False)

    def p_member_index(self, p):
        """member : member LBRACKET expression RBRACKET"""
        p[0] = computed_member(p[1], p[3], p[4])

    def p_member_tagged(self, p):
        """member : member template_literal"""
        p[0] = tagged_template(p[1], p[2])

    def p_member_new(self, p):
        """member : NEW member arguments"""
        args, end, _ = p[3]
        p[0] = A.NewExpression(p[1].lexpos, end, p[2], args)

    def p_super_property(self, p):
        """super_property : SUPER DOT NAME
                          | SUPER LBRACKET expression RBRACKET"""
        sup = A.Super(p[1].lexpos, p[1].end)
        if len(p) == 4:
            t = p[3]
            prop = A.Identifier(t.lexpos, t.end, t.value)
            p[0] = A.MemberExpression(sup.start, t.end, sup, prop, False, False)
        else:
            p[0] = A.MemberExpression(sup.start, p[4].end, sup, p[3], True, False)

    def p_meta_property(self, p):
        """meta_property : NEW DOT NAME
                         | IMPORT DOT NAME"""
        kw, name = p[1], p[3]
        expected = "target" if kw.type == "NEW" else "meta"
        if name.value != expected or name.escaped:
            if kw.type == "NEW":
                raise JSSyntaxError("Unexpected identifier '%s'" % name.value, name.lexpos)
            raise JSSyntaxError("Unexpected identifier '%s'" % name.value, name.lexpos)
        if kw.type == "IMPORT" and not self.module:
            raise JSSyntaxError("Cannot use 'import.meta' outside a module", kw.lexpos)
        meta = A.Identifier(kw.lexpos, kw.end, kw.value)
        prop = A.Identifier(name.lexpos, name.end, name.value)
        p[0] = A.MetaProperty(kw.lexpos, name.end, meta, prop)

    def p_new_expression_unit(self, p):
        """new_expression : member"""
        p[0] = p[1]

    def p_new_expression(self, p):
        """new_expression : NEW new_expression"""
        callee = p[2]
        p[0] = A.NewExpression(p[1].lexpos, E(callee), callee, [])

    def p_call_expression(self, p):
        """call_expression : member arguments
                           | call_expression arguments"""
        args, end, trailing = p[2]
        callee = p[1]
        node = A.CallExpression(S(callee), end, callee, args, False)
        if trailing:
            node.trailing_comma = True   # `async (...a,) =>` must be rejected
        p[0] = node

    def p_call_super(self, p):
        """call_expression : SUPER arguments"""
        args, end, _ = p[2]
        sup = A.Super(p[1].lexpos, p[1].end)
        p[0] = A.CallExpression(sup.start, end, sup, args, False)

    def p_call_import(self, p):
        """call_expression : IMPORT LPAREN assignment_expression RPAREN"""
        p[0] = A.ImportExpression(p[1].lexpos, p[4].end, p[3])

    def p_call_dot(self, p):
        """call_expression : call_expression DOT NAME
                           | call_expression DOT PRIVATE_NAME"""
        p[0] = self.member_dot(p[1], p[3], optional=False)

    def p_call_index(self, p):
        """call_expression : call_expression LBRACKET expression RBRACKET"""
        p[0] = computed_member(p[1], p[3], p[4])

    def p_call_tagged(self, p):
        """call_expression : call_expression template_literal"""
        p[0] = tagged_template(p[1], p[2])

    def p_arguments(self, p):
        """arguments : LPAREN RPAREN
                     | LPAREN argument_list RPAREN
                     | LPAREN argument_list COMMA RPAREN"""
        # (arguments, end offset, trailing comma)
        p[0] = (p[2] if len(p) > 3 else [], p[len(p) - 1].end, len(p) == 5)

    def p_argument_list(self, p):
        """argument_list : argument
                         | argument_list COMMA argument"""
        p[0] = separated_list(p)

    def p_argument_unit(self, p):
        """argument : assignment_expression"""
        p[0] = p[1]

    def p_argument_spread(self, p):
        """argument : ELLIPSIS assignment_expression"""
        p[0] = A.SpreadElement(p[1].lexpos, E(p[2]), p[2])

    # --- optional chains: a?.b.c(d) -> ChainExpression ---------------------------

    def p_optional_expression(self, p):
        """optional_expression : member optional_chain
                               | call_expression optional_chain"""
        p[0] = self.build_chain(p[1], p[2])

    def p_optional_expression_more(self, p):
        """optional_expression : optional_expression optional_chain"""
        p[0] = self.build_chain(p[1], p[2])

    def p_optional_chain_start(self, p):
        """optional_chain : OPTIONAL arguments
                          | OPTIONAL LBRACKET expression RBRACKET
                          | OPTIONAL NAME
                          | OPTIONAL PRIVATE_NAME"""
        p[0] = [(True, p[2] if len(p) == 3 else ("index", p[3], p[4].end))]

    def p_optional_chain_template(self, p):
        """optional_chain : OPTIONAL template_literal
                          | optional_chain template_literal"""
        raise JSSyntaxError("Invalid tagged template on optional chain", p[2].start)

    def p_optional_chain_more(self, p):
        """optional_chain : optional_chain arguments
                          | optional_chain LBRACKET expression RBRACKET
                          | optional_chain DOT NAME
                          | optional_chain DOT PRIVATE_NAME"""
        link = p[2] if len(p) == 3 else (
            ("index", p[3], p[4].end) if p[2].type == "LBRACKET" else p[3])
        p[1].append((False, link))
        p[0] = p[1]

    # --- left-hand-side, update and unary/binary expressions ----------------

    def p_lhs_unit(self, p):
        """lhs_expression : new_expression
                          | call_expression"""
        p[0] = p[1]

    def p_lhs_optional(self, p):
        """lhs_expression : optional_expression"""
        inner = p[1]
        p[0] = A.ChainExpression(inner.start, inner.end, inner)

    def p_binary_unit(self, p):
        """binary : lhs_expression"""
        p[0] = p[1]

    def p_binary(self, p):
        """binary : binary NULLISH binary
                  | binary OR binary
                  | binary AND binary
                  | binary BITOR binary
                  | binary BITXOR binary
                  | binary BITAND binary
                  | binary EQ binary
                  | binary NE binary
                  | binary STRICT_EQ binary
                  | binary STRICT_NE binary
                  | binary LT binary
                  | binary GT binary
                  | binary LE binary
                  | binary GE binary
                  | binary INSTANCEOF binary
                  | binary IN binary
                  | binary LSHIFT binary
                  | binary RSHIFT binary
                  | binary URSHIFT binary
                  | binary PLUS binary
                  | binary MINUS binary
                  | binary STAR binary
                  | binary DIV binary
                  | binary PERCENT binary
                  | binary STARSTAR binary"""
        left, op_tok, right = p[1], p[2], p[3]
        op = BINARY_OPERATORS[op_tok.type]
        if op in LOGICAL:
            self.check_coalesce_mix(left, op, right, op_tok)
            p[0] = A.LogicalExpression(S(left), E(right), left, op, right)
            return
        if op == "**" and not left.parenthesized and left.type in ("UnaryExpression", "AwaitExpression"):
            raise JSSyntaxError(
                "Unary operator used immediately before exponentiation expression. "
                "Parenthesis must be used to disambiguate operator precedence", op_tok.lexpos)
        p[0] = A.BinaryExpression(S(left), E(right), left, op, right)

    def p_binary_private_in(self, p):
        """binary : PRIVATE_NAME IN binary"""
        t, right = p[1], p[3]
        if right.type == "BinaryExpression" and right.left.type == "PrivateIdentifier" \
                and not right.parenthesized:
            # the right operand is a ShiftExpression: `#a in #b in o` is invalid
            raise JSSyntaxError("Unexpected token 'in'", p[2].lexpos)
        left = A.PrivateIdentifier(t.lexpos, t.end, t.value)
        p[0] = A.BinaryExpression(t.lexpos, E(right), left, "in", right)

    def p_binary_unary(self, p):
        """binary : DELETE binary %prec UNARY
                  | VOID binary %prec UNARY
                  | TYPEOF binary %prec UNARY
                  | PLUS binary %prec UNARY
                  | MINUS binary %prec UNARY
                  | BITNOT binary %prec UNARY
                  | NOT binary %prec UNARY"""
        t, arg = p[1], p[2]
        p[0] = A.UnaryExpression(t.lexpos, E(arg), t.value, True, arg)

    def p_binary_await(self, p):
        """binary : AWAIT binary %prec UNARY"""
        p[0] = A.AwaitExpression(p[1].lexpos, E(p[2]), p[2])

    def p_binary_prefix_update(self, p):
        """binary : PLUSPLUS binary %prec UNARY
                  | MINUSMINUS binary %prec UNARY
                  | PREFIX_INC binary %prec UNARY
                  | PREFIX_DEC binary %prec UNARY"""
        t, arg = p[1], p[2]
        patterns.check_simple_target(arg, "Invalid left-hand side expression in prefix operation")
        op = "++" if t.type in ("PLUSPLUS", "PREFIX_INC") else "--"
        p[0] = A.UpdateExpression(t.lexpos, E(arg), op, True, arg)

    def p_binary_postfix_update(self, p):
        """binary : binary PLUSPLUS %prec POSTFIX
                  | binary MINUSMINUS %prec POSTFIX"""
        arg, t = p[1], p[2]
        patterns.check_simple_target(arg, "Invalid left-hand side expression in postfix operation")
        p[0] = A.UpdateExpression(S(arg), t.end, t.value, False, arg)

    # --- conditional, assignment, arrow, yield, sequence ----------------------

    def p_conditional_unit(self, p):
        """conditional : binary"""
        p[0] = p[1]

    def p_conditional(self, p):
        """conditional : binary QUESTION assignment_expression COLON assignment_expression"""
        test = p[1]
        p[0] = A.ConditionalExpression(S(test), E(p[5]), test, p[3], p[5])

    def p_assignment_unit(self, p):
        """assignment_expression : conditional
                                 | arrow_function
                                 | yield_expression"""
        p[0] = p[1]

    def p_assignment(self, p):
        """assignment_expression : binary ASSIGN assignment_expression
                                 | binary PLUS_ASSIGN assignment_expression
                                 | binary MINUS_ASSIGN assignment_expression
                                 | binary STAR_ASSIGN assignment_expression
                                 | binary DIV_ASSIGN assignment_expression
                                 | binary PERCENT_ASSIGN assignment_expression
                                 | binary STARSTAR_ASSIGN assignment_expression
                                 | binary LSHIFT_ASSIGN assignment_expression
                                 | binary RSHIFT_ASSIGN assignment_expression
                                 | binary URSHIFT_ASSIGN assignment_expression
                                 | binary BITAND_ASSIGN assignment_expression
                                 | binary BITOR_ASSIGN assignment_expression
                                 | binary BITXOR_ASSIGN assignment_expression
                                 | binary AND_ASSIGN assignment_expression
                                 | binary OR_ASSIGN assignment_expression
                                 | binary NULLISH_ASSIGN assignment_expression"""
        left, op, right = p[1], p[2].value, p[3]
        if op == "=":
            left = patterns.to_assignment_target(left)
        elif op in ("&&=", "||=", "??="):   # no Annex B call targets here
            patterns.check_simple_target(left, "Invalid left-hand side in assignment", calls=False)
        else:
            patterns.check_simple_target(left, "Invalid left-hand side in assignment")
        p[0] = A.AssignmentExpression(S(p[1]), E(right), op, left, right)

    def p_yield_expression(self, p):
        """yield_expression : YIELD
                            | YIELD_BARE
                            | YIELD assignment_expression
                            | YIELD STAR assignment_expression"""
        t = p[1]
        if len(p) == 2:
            p[0] = A.YieldExpression(t.lexpos, t.end, False, None)
        elif len(p) == 3:
            p[0] = A.YieldExpression(t.lexpos, E(p[2]), False, p[2])
        else:
            p[0] = A.YieldExpression(t.lexpos, E(p[3]), True, p[3])

    def p_expression_unit(self, p):
        """expression : assignment_expression"""
        p[0] = p[1]

    def p_expression_sequence(self, p):
        """expression : expression COMMA assignment_expression"""
        first, last = p[1], p[3]
        if first.type == "SequenceExpression" and not first.parenthesized:
            first.expressions.append(last)
            first.end = E(last)
            p[0] = first
        else:
            p[0] = A.SequenceExpression(S(first), E(last), [first, last])

    def p_expression_opt(self, p):
        """expression_opt : empty
                          | expression"""
        p[0] = p[1]
