"""Early errors (ECMA-262 "Static Semantics: Early Errors"), checked on the
finished tree, with V8's messages and offsets.

Division of labour with the parser.  The parser rejects what the grammar
(with its lookahead restrictions and cover-grammar conversions) rejects:
syntax errors, invalid assignment / update / for-in-of targets and
destructuring conversions, `{a = 1}` outside patterns, `??` mixed with
`||`/`&&`, `-x ** y`, bad escapes in untagged templates, regular
expression literals, ASI and no-LineTerminator-here rules, and words
reserved in every context used as identifiers.  This pass checks the rest:

* strictness (identifiers.py, functions.py, statements.py, expressions.py):
  directive prologues, retroactive "use strict" (name, parameters, earlier
  octal directives), "use strict" with non-simple parameters, `with`,
  legacy octal literals and escapes, `delete x`, binding or assigning
  eval/arguments, strict reserved words, function declarations as
  statement bodies;
* declarations (declarations.py): let/const/class/function/var/param/catch/
  import clashes with the Annex B allowances, `let` as a lexical name;
* functions (functions.py): duplicate parameters, parameter / body clashes,
  `yield` / `await` in parameters, contexts for `super`, `new.target`,
  `arguments`, `return`, `yield` and `await` identifiers;
* labels and jumps (statements.py);
* classes (classes.py): constructors, `prototype` / `constructor` names,
  private names (declared once, every use declared, no `delete`);
* object literals: duplicate `__proto__`;
* modules (modules.py): duplicate exports, undeclared local exports.

Public entry: `check(program, module)` raises JSSyntaxError(message, offset)
for the first early error, in V8's order where it matters.
"""

from minijs.syntax.early_errors.walker import Checker


def check(program, module=False):
    """Raise JSSyntaxError for the first early error in `program`."""
    Checker(module).check_program(program)
