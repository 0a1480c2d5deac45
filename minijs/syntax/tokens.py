"""`minijs tokens`: the token stream as the parser saw it.

Which terminal a raw token is (keyword or identifier, regex or division,
`{` block or object) is decided by the parser (driver.py), so the listing
comes from a parse that records every token it shifts.  Semicolons inserted
by ASI are listed too, marked `(auto)`.
"""

from minijs.syntax.source import LineTable


class TokenRecord:
    __slots__ = ("type", "value", "start", "end", "line", "column", "auto")

    def __init__(self, type, value, start, end, line, column, auto):
        self.type = type
        self.value = value
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.auto = auto

    def __repr__(self):
        return f"Token({self.type}, {self.value!r}, {self.line}:{self.column})"


def token_list(source, module=False):
    from minijs.syntax.driver import Parser
    parser = Parser(source, module)
    shifted = []
    parser.collect = shifted
    parser.parse()
    lines = LineTable(source)
    out = []
    for tok in shifted:
        line, col = lines.position(tok.lexpos)
        out.append(TokenRecord(tok.type, tok.value, tok.lexpos, tok.end, line, col, tok.auto))
    return out
