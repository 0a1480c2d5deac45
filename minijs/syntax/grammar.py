"""The ES2022 grammar: terminals, precedence, and the action helpers.

The productions live in four mixins (expressions, functions and classes,
statements, modules).  `Grammar` adds the terminal list, the precedence
table and the small helpers the actions share.  ply.yacc turns the `p_`
docstrings into LALR tables (tables.py); the driver (driver.py) runs them.
"""

import re

from minijs.syntax import ast as A
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.lexer import RAW_TOKENS
from minijs.syntax.grammar_expressions import ExpressionGrammar, PRECEDENCE, S, E
from minijs.syntax.grammar_functions import FunctionGrammar
from minijs.syntax.grammar_statements import StatementGrammar
from minijs.syntax.grammar_modules import ModuleGrammar

# Reserved words (ECMA-262 12.7.2) -> terminal.  `enum` has no terminal:
# no production accepts it, so it is reported wherever it appears.
KEYWORDS = {w: w.upper() for w in (
    "break case catch class const continue debugger default delete do else "
    "export extends finally for function if import in instanceof new return "
    "super switch this throw try typeof var void while with null true false"
).split()}
RESERVED_WORDS = frozenset(KEYWORDS) | {"enum"}

# Terminals the driver can choose for a raw token besides its raw type.
DRIVER_TOKENS = (
    "OBJ_LBRACE",            # `{` opening an object literal (vs block/body)
    "FUNCTION_DECL", "CLASS_DECL",   # `function`/`class` starting a declaration
    "FOR_IN",                # `in` right after a for-head
    "PREFIX_INC", "PREFIX_DEC",      # `++`/`--` after a line break: prefix only
    "LET", "ASYNC", "ASYNC_METHOD", "GET", "SET", "STATIC", "OF", "AS", "FROM",
    "YIELD", "YIELD_BARE", "AWAIT",  # YIELD_BARE: `yield` before a line break
)

_TRIVIA_THEN_PAREN = re.compile(r"(?:[^\S\n\r\u2028\u2029]|/\*[\s\S]*?\*/)*([\n\r\u2028\u2029])?")
_LET_BRACKET = re.compile(r"let(?:\s|/\*[\s\S]*?\*/|//[^\n\r\u2028\u2029]*)*\[")


class Grammar(ExpressionGrammar, FunctionGrammar, StatementGrammar, ModuleGrammar):
    tokens = RAW_TOKENS + \
        tuple(sorted(set(KEYWORDS.values()))) + DRIVER_TOKENS
    precedence = PRECEDENCE + (
        ("nonassoc", "IF_WITHOUT_ELSE"),
        ("nonassoc", "ELSE"),
    )
    start = "program"

    # --- helpers used by the actions (state lives on the driver) --------------

    def identifier(self, tok):
        """Identifier node for a NAME token in a reference/binding position."""
        name = tok.value
        if name in RESERVED_WORDS:
            if tok.escaped:
                raise JSSyntaxError("Keyword must not contain escaped characters", tok.lexpos)
            if name == "enum":
                raise JSSyntaxError("Unexpected reserved word", tok.lexpos)
            raise JSSyntaxError("Unexpected token '%s'" % name, tok.lexpos)
        node = A.Identifier(tok.lexpos, tok.end, name)
        if tok.escaped:
            node.escaped = True
        return node

    def member_dot(self, obj, tok, optional):
        if tok.type == "PRIVATE_NAME":
            prop = A.PrivateIdentifier(tok.lexpos, tok.end, tok.value)
        else:
            prop = A.Identifier(tok.lexpos, tok.end, tok.value)
        return A.MemberExpression(S(obj), tok.end, obj, prop, False, optional)

    def build_chain(self, base, links):
        """Fold `?.` links onto `base`: calls, index and dot accesses."""
        node = base
        start = S(base)
        for optional, link in links:
            if isinstance(link, tuple):
                if link[0] == "index":      # ("index", expression, end)
                    node = A.MemberExpression(start, link[2], node, link[1], True, optional)
                else:                       # arguments: (list, end, trailing comma)
                    node = A.CallExpression(start, link[1], node, link[0], optional)
            else:
                node = self.member_dot(node, link, optional)
                node.start = start
        return node

    def check_coalesce_mix(self, left, op, right, op_tok):
        """`??` cannot be mixed with `||`/`&&` without parentheses."""
        def is_mix(node):
            if node.type != "LogicalExpression" or node.parenthesized:
                return False
            return (node.operator == "??") != (op == "??")
        if is_mix(left):
            raise JSSyntaxError("Unexpected token '%s'" % op, op_tok.lexpos)
        if is_mix(right):
            raise JSSyntaxError("Unexpected token '%s'" % right.operator, E(right.left))

    def template_element(self, tok, tail):
        cooked, raw = tok.value
        node = A.TemplateElement(tok.body_start, tok.body_end, {"raw": raw, "cooked": cooked}, tail)
        if tok.cooked_error:
            node.cooked_error = tok.cooked_error
        return node

    def mark_directives(self, statements):
        """Set `directive` on the directive prologue's statements."""
        for stmt in statements:
            if stmt.type != "ExpressionStatement":
                break
            expr = stmt.expression
            if expr.type != "Literal" or expr.parenthesized or not isinstance(expr.value, str) \
                    or expr.raw[0] not in "'\"":
                break
            stmt.directive = expr.raw[1:-1]
        return statements

    @staticmethod
    def key_name(key):
        if key.type == "Identifier":
            return key.name
        if key.type == "Literal" and isinstance(key.value, str):
            return key.value
        return None

    def newline_between(self, callee_end, call_end):
        """A line break between `async` and the `(` that follows it."""
        m = _TRIVIA_THEN_PAREN.match(self.source, callee_end, call_end)
        return m is not None and m.group(1) is not None

    def let_bracket_at(self, start):
        return _LET_BRACKET.match(self.source, start) is not None

    def check_export_local(self, local):
        if local.type == "Identifier" and local.name in RESERVED_WORDS:
            raise JSSyntaxError("Unexpected reserved word" if local.name == "enum"
                                else "Unexpected token '%s'" % local.name, local.start)

    def check_regex(self, pattern, flags, offset):
        try:
            from minijs.syntax import regexp
        except ImportError:   # the validator is optional until it lands
            return
        try:
            regexp.validate_flags(flags)
            regexp.parse_pattern(pattern, flags)
        except regexp.RegExpSyntaxError as e:
            raise JSSyntaxError(e.message, offset) from None
