"""ECMAScript 2022 RegExp patterns: validation and AST.

    parse_pattern(pattern, flags="") -> nodes.Pattern  (raises RegExpSyntaxError)
    validate_flags(flags) -> None                      (raises RegExpSyntaxError)
    canonical_flags(flags) -> str                      ("ug" -> "gu")

Patterns and names are JS strings (UTF-16 code units); errors carry V8's
messages, e.g. "Invalid regular expression: /(/: Unterminated group".
Modules: parser (groups, atoms, quantifiers), classes ([...]), escapes,
reader (cursor and capture prescan), nodes (the AST), unicode_props
(\\p{...} name tables), errors (messages and flags).
"""

from minijs.syntax.regexp.errors import (  # noqa: F401
    RegExpSyntaxError, canonical_flags, validate_flags)
from minijs.syntax.regexp.parser import parse_pattern  # noqa: F401
from minijs.syntax.regexp import nodes  # noqa: F401
