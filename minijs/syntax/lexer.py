"""The tokenizer: ply.lex rules for every ES2022 input element.

The raw lexer is context-free except for two things the spec makes lexical:
  * a `}` that closes a template substitution continues the template
    (a brace stack tells), and
  * `/` starts a regular expression only where the grammar cannot take a
    division; the *parser driver* decides that (it knows the LR state) and
    calls `relex_regex` to rescan the `/` token as a RegularExpressionLiteral.

Keywords are not decided here either: every word is a NAME token whose
`value` is the identifier's cooked name; the driver classifies words into
keyword / contextual-keyword / identifier token types (see driver.py).

Every token carries `lexpos` (start offset), `end`, and `nl` (a line
terminator stands between it and the previous token: ASI and the
"no LineTerminator here" rules need it).  Offsets are UTF-16 code units
(source.py).
"""

import re

import ply.lex

from minijs.syntax import unicode_id
from minijs.syntax.errors import JSSyntaxError

# --- character classes --------------------------------------------------------

LINE_TERMINATORS = "\n\r\u2028\u2029"
# WhiteSpace: TAB VT FF SP NBSP ZWNBSP and category Zs.
WHITESPACE = "\t\x0b\x0c \xa0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
    "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

_ID_START = "$_" + unicode_id.ID_START_BMP
_ID_CONTINUE = "$_\u200c\u200d" + unicode_id.ID_CONTINUE_BMP
_ESCAPE = r"\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})"
_PAIR = "[\ud800-\udbff][\udc00-\udfff]"
IDENT_RE = (
    f"(?:[{_ID_START}]|{_ESCAPE}|{_PAIR})"
    f"(?:[{_ID_CONTINUE}]|{_ESCAPE}|{_PAIR})*"
)
_IDENT_PART = re.compile(f"[{_ID_CONTINUE}]|{_PAIR}|\\\\")


def _in_ranges(cp, ranges):
    lo, hi = 0, len(ranges)
    while lo < hi:
        mid = (lo + hi) // 2
        a, b = ranges[mid]
        if cp < a:
            hi = mid
        elif cp > b:
            lo = mid + 1
        else:
            return True
    return False


_ID_START_ONE = re.compile(f"[{_ID_START}]")
_ID_CONTINUE_ONE = re.compile(f"[{_ID_CONTINUE}]")


def is_id_start(cp):
    if cp < 0x10000:
        return _ID_START_ONE.match(chr(cp)) is not None
    return _in_ranges(cp, unicode_id.ID_START_ASTRAL)


def is_id_continue(cp):
    if cp < 0x10000:
        return _ID_CONTINUE_ONE.match(chr(cp)) is not None
    return _in_ranges(cp, unicode_id.ID_CONTINUE_ASTRAL)


def code_point_to_units(cp):
    """A code point as a JS string (UTF-16 code units)."""
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


# --- escape sequences (strings, templates, identifiers) -----------------------

_ESCAPES = re.compile(
    r"\\(?:u\{([0-9a-fA-F]*)\}?|u([0-9a-fA-F]{0,4})|x([0-9a-fA-F]{0,2})"
    r"|([0-7]{1,3})|(\r\n|[\s\S]))"
)
_SINGLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f",
                   "v": "\x0b", "\n": "", "\r": "", "\r\n": "", "\u2028": "",
                   "\u2029": ""}


class EscapeError(Exception):
    def __init__(self, message, offset):
        super().__init__(message)
        self.message = message
        self.offset = offset  # relative to the text being cooked


def cook(text, template=False):
    """Apply the escape sequences of a string literal (or template chunk).

    Returns (value, octal): `octal` is True when a legacy octal escape or
    \\8 / \\9 was used (strict-mode error).  Raises EscapeError; templates
    reject octal escapes outright.
    """
    octal = False

    def repl(m):
        nonlocal octal
        braced, u4, x2, oct_digits, other = m.groups()
        if braced is not None:
            if not m.group().endswith("}") or not braced:
                raise EscapeError("Invalid Unicode escape sequence", m.start())
            if int(braced, 16) > 0x10FFFF:
                raise EscapeError("Undefined Unicode code-point", m.start())
            return code_point_to_units(int(braced, 16))
        if u4 is not None:
            if len(u4) != 4:
                raise EscapeError("Invalid Unicode escape sequence", m.start())
            return chr(int(u4, 16))
        if x2 is not None:
            if len(x2) != 2:
                raise EscapeError("Invalid hexadecimal escape sequence", m.start())
            return chr(int(x2, 16))
        if oct_digits is not None:
            if oct_digits == "0" and not _next_is_digit(m):
                return "\0"
            if template:
                raise EscapeError("Octal escape sequences are not allowed in template strings.", m.start())
            octal = True
            # LegacyOctalEscapeSequence: at most \377
            digits = oct_digits
            if len(digits) == 3 and digits[0] > "3":
                digits = digits[:2]
                value = chr(int(digits, 8)) + oct_digits[2]
                return value
            return chr(int(digits, 8))
        if other in "89":
            if template:
                raise EscapeError("\\8 and \\9 are not allowed in template strings.", m.start())
            octal = True
            return other
        return _SINGLE_ESCAPES.get(other, other)

    def _next_is_digit(m):
        end = m.end()
        return end < len(text) and text[end] in "0123456789"

    return _ESCAPES.sub(repl, text), octal


def normalize_newlines(text):
    """Template raw/cooked text: CR LF and CR become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def cook_identifier(raw, offset):
    """Resolve \\u escapes in an identifier; verify every code point."""
    out = []
    pos = 0
    first = True
    while pos < len(raw):
        if raw[pos] == "\\":
            m = re.compile(_ESCAPE).match(raw, pos)
            if m is None:
                raise JSSyntaxError("Invalid Unicode escape sequence", offset + pos)
            body = m.group()[2:]
            cp = int(body.strip("{}"), 16)
            if cp > 0x10FFFF:
                raise JSSyntaxError("Undefined Unicode code-point", offset + pos)
            ok = (cp in (0x24, 0x5F) or is_id_start(cp)) if first else \
                (cp in (0x24, 0x5F, 0x200C, 0x200D) or is_id_continue(cp))
            if not ok:
                raise JSSyntaxError("Invalid Unicode escape sequence", offset + pos)
            out.append(code_point_to_units(cp))
            pos = m.end()
        else:
            ch = raw[pos]
            if "\ud800" <= ch <= "\udbff" and pos + 1 < len(raw):
                cp = 0x10000 + ((ord(ch) - 0xD800) << 10) + (ord(raw[pos + 1]) - 0xDC00)
                ok = is_id_start(cp) if first else is_id_continue(cp)
                if not ok:
                    raise JSSyntaxError("Invalid or unexpected token", offset + pos)
                out.append(raw[pos:pos + 2])
                pos += 2
            else:
                out.append(ch)
                pos += 1
        first = False
    return "".join(out)


# --- numbers ------------------------------------------------------------------

_NUM_DECIMAL = re.compile(
    r"(?:(?:0|[1-9](?:_?[0-9])*)(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)"
    r"(?:[eE][+-]?[0-9](?:_?[0-9])*)?\Z")
_NUM_BIGINT_DEC = re.compile(r"(?:0|[1-9](?:_?[0-9])*)n\Z")
_NUM_PREFIXED = {
    "x": (re.compile(r"0[xX][0-9a-fA-F](?:_?[0-9a-fA-F])*n?\Z"), 16),
    "o": (re.compile(r"0[oO][0-7](?:_?[0-7])*n?\Z"), 8),
    "b": (re.compile(r"0[bB][01](?:_?[01])*n?\Z"), 2),
}
_LEGACY_OCTAL_PREFIX = re.compile(r"0[0-7]+(?![0-9_])")
_NUM_LEGACY = re.compile(r"0[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?\Z")


def number_value(raw, offset):
    """(value, kind) of a numeric literal: kind is 'number', 'bigint',
    'octal' (legacy 017) or 'leading-zero' (08, 09.5: legal only sloppy)."""
    if len(raw) > 1 and raw[0] == "0" and raw[1] in "xXoObB":
        rx, base = _NUM_PREFIXED[raw[1].lower()]
        if not rx.match(raw):
            raise _num_error(raw, offset)
        digits = raw[2:].replace("_", "")
        if digits.endswith("n"):
            return int(digits[:-1], base), "bigint"
        return float(int(digits, base)), "number"
    if raw.endswith("n"):
        if not _NUM_BIGINT_DEC.match(raw):
            raise _num_error(raw, offset)
        return int(raw[:-1].replace("_", "")), "bigint"
    if len(raw) > 1 and raw[0] == "0" and raw[1] in "0123456789_":
        if "_" in raw:
            raise JSSyntaxError(
                "Numeric separator can not be used after leading 0." if raw[1] == "_"
                else "Invalid or unexpected token", offset)
        if not _NUM_LEGACY.match(raw):
            raise _num_error(raw, offset)
        int_part = re.match(r"[0-9]+", raw).group()
        if all(c in "01234567" for c in int_part):
            if len(int_part) != len(raw):
                raise JSSyntaxError("Invalid or unexpected token", offset)
            return float(int(int_part, 8)), "octal"
        return float(raw), "leading-zero"
    if not _NUM_DECIMAL.match(raw):
        raise _num_error(raw, offset)
    return float(raw.replace("_", "")), "number"


def _num_error(raw, offset):
    if "__" in raw:
        return JSSyntaxError("Only one underscore is allowed as numeric separator", offset)
    if "_" in raw:
        return JSSyntaxError("Numeric separators are not allowed at the end of numeric literals", offset)
    return JSSyntaxError("Invalid or unexpected token", offset)


# --- the ply lexer ----------------------------------------------------------------

PUNCTUATORS = {
    "{": "LBRACE", "}": "RBRACE", "(": "LPAREN", ")": "RPAREN", "[": "LBRACKET",
    "]": "RBRACKET", ".": "DOT", "...": "ELLIPSIS", ";": "SEMI", ",": "COMMA",
    "<": "LT", ">": "GT", "<=": "LE", ">=": "GE", "==": "EQ", "!=": "NE",
    "===": "STRICT_EQ", "!==": "STRICT_NE", "+": "PLUS", "-": "MINUS",
    "*": "STAR", "%": "PERCENT", "**": "STARSTAR", "++": "PLUSPLUS",
    "--": "MINUSMINUS", "<<": "LSHIFT", ">>": "RSHIFT", ">>>": "URSHIFT",
    "&": "BITAND", "|": "BITOR", "^": "BITXOR", "!": "NOT", "~": "BITNOT",
    "&&": "AND", "||": "OR", "??": "NULLISH", "?": "QUESTION", "?.": "OPTIONAL",
    ":": "COLON", "=": "ASSIGN", "+=": "PLUS_ASSIGN", "-=": "MINUS_ASSIGN",
    "*=": "STAR_ASSIGN", "%=": "PERCENT_ASSIGN", "**=": "STARSTAR_ASSIGN",
    "<<=": "LSHIFT_ASSIGN", ">>=": "RSHIFT_ASSIGN", ">>>=": "URSHIFT_ASSIGN",
    "&=": "BITAND_ASSIGN", "|=": "BITOR_ASSIGN", "^=": "BITXOR_ASSIGN",
    "&&=": "AND_ASSIGN", "||=": "OR_ASSIGN", "??=": "NULLISH_ASSIGN",
    "=>": "ARROW", "/": "DIV", "/=": "DIV_ASSIGN",
}

# Token types the raw lexer produces.
RAW_TOKENS = tuple(sorted(set(PUNCTUATORS.values()))) + (
    "NAME", "PRIVATE_NAME", "NUMBER", "BIGINT", "STRING",
    "TEMPLATE", "TEMPLATE_HEAD", "TEMPLATE_MIDDLE", "TEMPLATE_TAIL", "REGEX",
)

_TEMPLATE_CHUNK = re.compile(r"(?:[^`\\$]|\\[\s\S]|\$(?!\{))*(`|\$\{)")
_NATIVE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_REGEX_BODY = re.compile(
    r"/((?:[^\\/\[\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029]"
    r"|\[(?:[^\]\\\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029])*\])*)/"
    f"((?:[{_ID_CONTINUE}]|\\\\u[0-9a-fA-F]{{4}})*)")


def _punctuator_regex():
    # Longest first, so that Python's first-match alternation is maximal munch.
    words = sorted((p for p in PUNCTUATORS if p not in "{}"), key=len, reverse=True)
    parts = []
    for p in words:
        rx = re.escape(p)
        if p == "?.":
            rx += r"(?![0-9])"  # `a?.5:0` is a conditional
        parts.append(rx)
    return "|".join(parts)


class _Rules:
    """ply.lex rule set. Function rules match in definition order."""

    tokens = RAW_TOKENS
    t_ignore = WHITESPACE

    # Rules are tried in this order (ply: function rules in definition order).
    # Trivia is skipped before the master regex runs (Lexer.next), so the
    # most frequent token kinds come first.

    def t_NAME(self, t):
        raw = t.value
        t.escaped = "\\" in raw
        if t.escaped or not raw.isascii():
            t.value = cook_identifier(raw, t.lexpos)
        return t
    t_NAME.__doc__ = IDENT_RE

    def t_newline(self, t):
        r"[\n\r\u2028\u2029]+"
        self.nl = True

    def t_comment(self, t):
        r"/\*[\s\S]*?\*/|//[^\n\r\u2028\u2029]*"
        if t.value[1] == "*" and any(c in t.value for c in LINE_TERMINATORS):
            self.nl = True

    def t_unterminated_comment(self, t):
        r"/\*"
        raise JSSyntaxError("Invalid or unexpected token", t.lexpos)

    def t_html_open_comment(self, t):
        r"<!--[^\n\r\u2028\u2029]*"
        if self.module:
            raise JSSyntaxError("HTML comments are not allowed in modules", t.lexpos)

    def t_html_close_comment(self, t):
        r"-->[^\n\r\u2028\u2029]*"
        if self.module or not (self.nl or self.at_start(t.lexpos)):
            self.lexer.lexpos = t.lexpos + 2
            t.type, t.value = "MINUSMINUS", "--"
            return t

    def t_NUMBER(self, t):
        r"(?:0[xXoObB][0-9a-zA-Z_]*|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?n?|\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]+)?)"
        legacy = _LEGACY_OCTAL_PREFIX.match(t.value)
        if legacy is not None and legacy.end() < len(t.value):
            # `07.toString()`: a legacy octal literal has no fraction
            t.value = legacy.group()
            self.lexer.lexpos = t.lexpos + legacy.end()
        end = self.lexer.lexpos
        data = self.lexer.lexdata
        if end < len(data) and _IDENT_PART.match(data, end):
            raise JSSyntaxError("Invalid or unexpected token", t.lexpos)
        t.raw = t.value
        t.value, kind = number_value(t.value, t.lexpos)
        t.kind = kind
        if kind == "bigint":
            t.type = "BIGINT"
        return t

    def t_STRING(self, t):
        r'"(?:[^"\\\n\r]|\\(?:\r\n|[\s\S]))*"|\'(?:[^\'\\\n\r]|\\(?:\r\n|[\s\S]))*\''
        t.raw = raw = t.value
        body = raw[1:-1]
        if "\\" in body:
            try:
                t.value, t.octal = cook(body)
            except EscapeError as e:
                raise JSSyntaxError(e.message, t.lexpos + 1 + e.offset) from None
        else:
            t.value, t.octal = body, False
        return t

    def t_unterminated_string(self, t):
        r"[\"']"
        m = re.compile(f"[^{LINE_TERMINATORS}]*").match(self.lexer.lexdata, t.lexpos)
        raise JSSyntaxError("Invalid or unexpected token", t.lexpos, end=m.end())

    def t_TEMPLATE(self, t):
        r"`"
        return self.template_chunk(t, t.lexpos + 1, head=True)

    def t_PRIVATE_NAME(self, t):
        raw = t.value[1:]
        t.escaped = "\\" in raw
        if t.escaped or not raw.isascii():
            raw = cook_identifier(raw, t.lexpos + 1)
        t.value = raw
        return t
    t_PRIVATE_NAME.__doc__ = "\\#" + IDENT_RE


    def t_LBRACE(self, t):
        r"\{"
        self.braces.append(False)
        return t

    def t_RBRACE(self, t):
        r"\}"
        if self.braces and self.braces.pop():
            # closes a `${`: the template continues
            return self.template_chunk(t, t.lexpos + 1, head=False)
        return t

    def t_punctuator(self, t):
        t.type = PUNCTUATORS[t.value]
        return t
    t_punctuator.__doc__ = _punctuator_regex()

    def t_error(self, t):
        raise JSSyntaxError("Invalid or unexpected token", t.lexpos)

    # -- helpers (not rules) --

    def at_start(self, pos):
        """Only trivia precede `pos` in the input (HTML close comment rule)."""
        return self.lexer.lexdata[:pos].strip(WHITESPACE) == ""

    def template_chunk(self, t, body_start, head):
        data = self.lexer.lexdata
        m = _TEMPLATE_CHUNK.match(data, body_start)
        if m is None:
            raise JSSyntaxError("Unexpected end of input", len(data))
        closer = m.group(1)
        body_end = m.end() - len(closer)
        raw_text = data[body_start:body_end]
        self.lexer.lexpos = m.end()
        if closer == "${":
            self.braces.append(True)
            t.type = "TEMPLATE_HEAD" if head else "TEMPLATE_MIDDLE"
        else:
            t.type = "TEMPLATE" if head else "TEMPLATE_TAIL"
        raw = normalize_newlines(raw_text)
        cooked_error = None
        try:
            cooked = cook(raw, template=True)[0] if "\\" in raw else raw
        except EscapeError as e:
            cooked = None
            cooked_error = (e.message, body_start + e.offset)
        t.value = (cooked, raw)
        t.cooked_error = cooked_error
        t.body_start, t.body_end = body_start, body_end
        return t


_MASTER = None


def _master_lexer(validate=False):
    """ply's lexer for the rules.  ply's validation of the rules (which
    recompiles every rule's regex) is skipped at start-up: the test suite
    runs it (`validate=True`)."""
    global _MASTER
    if _MASTER is None or validate:
        rules = _Rules()
        lexer = ply.lex.lex(module=rules, optimize=not validate, lextab=None, reflags=0,
                            errorlog=ply.lex.NullLogger())
        if _MASTER is None:
            _MASTER = lexer
        return lexer
    return _MASTER


# Whitespace, line terminators and complete comments between two tokens,
# skipped in one match (ply's t_ignore would loop once per character).
_TRIVIA = re.compile(
    f"(?:[{WHITESPACE}{LINE_TERMINATORS}]+|//[^{LINE_TERMINATORS}]*|/\\*[\\s\\S]*?\\*/)*")
_HAS_LINE_TERMINATOR = re.compile(f"[{LINE_TERMINATORS}]")


# What `Lexer.next` does with each group of the master regex.
_GENERIC, _PUNCTUATOR, _NAME = 0, 1, 2
_SCANNER = None   # (trivia + master regex, per-group kind), built once


def _scanner(lexer):
    """ply's master regex prefixed by the trivia pattern: one match per
    token.  The prefix has no capturing group, so ply's group numbers (and
    its index of rule functions) stay valid."""
    global _SCANNER
    if _SCANNER is None:
        if len(lexer.lexre) != 1:
            raise RuntimeError("the lexer rules no longer fit one master regex")
        regex, index = lexer.lexre[0]
        # atomic: a comment must never be given back to match a token inside it
        combined = re.compile("(?>" + _TRIVIA.pattern + ")(?:" + regex.pattern + ")", regex.flags)
        kinds = [_GENERIC] * len(index)
        for i, entry in enumerate(index):
            if entry and entry[0] is not None:
                name = entry[0].__name__
                kinds[i] = _PUNCTUATOR if name == "t_punctuator" else _NAME if name == "t_NAME" else _GENERIC
        _SCANNER = (combined, kinds)
    return _SCANNER


class Lexer:
    """Raw tokens of one source text.

    The rules, their order and the master regex are ply.lex's; `next` is a
    specialised version of ply's token loop: trivia and token in one match,
    punctuators and plain ASCII names without a rule call, and the facts
    ASI needs (`end`, `nl`, `rtype`) recorded on each token.
    """

    def __init__(self, source, module=False):
        rules = _Rules()
        rules.nl = False
        rules.module = module
        rules.braces = []
        self.rules = rules
        lexer = _master_lexer().clone(rules)
        lexer.begin("INITIAL")  # ply's clone() leaves lexre bound to the master's rules
        rules.lexer = self.lexer = lexer
        self.source = source
        lexer.input(source)
        self.index = lexer.lexre[0][1]
        self.scanner, self.kinds = _scanner(lexer)
        self._skip_hashbang()
        rules.nl = True  # the start of input counts as a line start (for -->)

    def _skip_hashbang(self):
        if self.source.startswith("#!"):
            m = re.compile(f"[^{LINE_TERMINATORS}]*").match(self.source, 2)
            self.lexer.lexpos = m.end()

    def next(self):
        """The next raw token; at the end of input an `$end` token."""
        lexer = self.lexer
        rules = self.rules
        data = self.source
        pos = lexer.lexpos
        while True:
            m = self.scanner.match(data, pos)
            if m is None:        # only trivia left, or no rule matches
                end = _TRIVIA.match(data, pos).end()
                if _HAS_LINE_TERMINATOR.search(data, pos, end):
                    rules.nl = True
                lexer.lexpos = end
                if end >= len(data):
                    return self.eof_token()
                raise JSSyntaxError("Invalid or unexpected token", end)
            group = m.lastindex
            start = m.start(group)
            if start != pos and _HAS_LINE_TERMINATOR.search(data, pos, start):
                rules.nl = True
            text = m.group(group)
            tok = ply.lex.LexToken()
            tok.lexpos = start
            kind = self.kinds[group]
            if kind == _PUNCTUATOR:
                tok.type = tok.rtype = PUNCTUATORS[text]
                tok.value = text
                tok.end = end = m.end()
            elif kind == _NAME and text.isascii() and "\\" not in text:
                tok.type = tok.rtype = "NAME"
                tok.value = text
                tok.end = end = m.end()
            else:
                func, ttype = self.index[group]
                tok.type = ttype
                tok.value = text
                lexer.lexpos = m.end()
                if func is not None:
                    tok.lexer = lexer
                    tok = func(tok)
                    if tok is None:          # a comment or line break rule
                        pos = lexer.lexpos
                        continue
                tok.end = end = lexer.lexpos
                tok.rtype = tok.type
            lexer.lexpos = end
            tok.nl = rules.nl
            rules.nl = False
            return tok

    def eof_token(self):
        tok = ply.lex.LexToken()
        tok.type = tok.rtype = "$end"
        tok.value = None
        tok.lexpos = tok.end = len(self.source)
        tok.lineno = 0
        tok.nl = self.rules.nl
        return tok

    def relex_native_name(self, tok):
        """Rescan the PERCENT token `tok` as the name `%Name` of a V8
        runtime function (--allow-natives-syntax)."""
        m = _NATIVE_NAME.match(self.source, tok.lexpos + 1)
        if m is None:
            return tok
        tok.type = tok.rtype = "NAME"
        tok.value = "%" + m.group(0)
        tok.end = m.end()
        self.lexer.lexpos = m.end()
        return tok

    def relex_regex(self, tok):
        """Rescan the DIV / DIV_ASSIGN token `tok` as a regular expression."""
        m = _REGEX_BODY.match(self.source, tok.lexpos)
        if m is None:
            raise JSSyntaxError("Invalid regular expression: missing /", tok.lexpos)
        tok.type = "REGEX"
        tok.value = (m.group(1), m.group(2))
        tok.end = m.end()
        self.lexer.lexpos = m.end()
        return tok
