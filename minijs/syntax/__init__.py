"""Front end: source text -> tokens -> ESTree AST (acorn-compatible).

Public API:
    parse(source, module=False)    -> ast.Program   (raises JSSyntaxError)
    tokenize(source, module=False) -> list[Token]   (raises JSSyntaxError)
"""

from minijs.syntax.errors import JSSyntaxError  # noqa: F401
