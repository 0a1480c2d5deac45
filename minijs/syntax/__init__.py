"""Front end: source text -> tokens -> ESTree AST (acorn-compatible).

Public API:
    parse(source, module=False)    -> ast.Program   (raises JSSyntaxError)
    tokenize(source, module=False) -> list[Token]   (raises JSSyntaxError)

`source` is a Python str as read from a file; it is converted to UTF-16 code
units first (source.py), and every offset in the result counts those units.
"""

from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.source import to_utf16_units, LineTable

__all__ = ["parse", "tokenize", "JSSyntaxError"]


def _locate(error, source):
    if error.line is None:
        error.line, error.column = LineTable(source).position(min(error.offset, len(source)))
    return error


def parse(source, module=False):
    """Parse a Script (or a Module) into an ESTree Program node."""
    from minijs.syntax.driver import Parser
    from minijs.syntax import early_errors
    source = to_utf16_units(source)
    try:
        program = Parser(source, module).parse()
        early_errors.check(program, module)
    except JSSyntaxError as e:
        raise _locate(e, source) from None
    except RecursionError:
        raise _locate(JSSyntaxError("Maximum call stack size exceeded", 0), source) from None
    return program


def tokenize(source, module=False):
    """Raw tokens of `source` (regex literals resolved by a full parse)."""
    from minijs.syntax.tokens import token_list
    source = to_utf16_units(source)
    try:
        return token_list(source, module)
    except JSSyntaxError as e:
        raise _locate(e, source) from None
