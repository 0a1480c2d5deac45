"""The early-error walker: one pass over the tree, source order, first
error wins (raised as JSSyntaxError).

`Checker` is assembled from small mixins, one per family of checks; each
handles the node types it names in `visit_<Type>` methods, and every other
node is walked generically (its children in field order).  The walker's
state: `ctx` (the innermost function-like Context), `scope` (the innermost
declaration Scope), `private` (the innermost class's PrivateEnv).
"""

from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.early_errors.context import Context, SCRIPT, MODULE
from minijs.syntax.early_errors.classes import ClassChecks
from minijs.syntax.early_errors.declarations import DeclarationChecks
from minijs.syntax.early_errors.expressions import ExpressionChecks
from minijs.syntax.early_errors.functions import FunctionChecks
from minijs.syntax.static_semantics import use_strict_directive
from minijs.syntax.early_errors.identifiers import IdentifierChecks
from minijs.syntax.early_errors.modules import ModuleChecks
from minijs.syntax.early_errors.patterns import PatternChecks
from minijs.syntax.early_errors.statements import StatementChecks


class Checker(IdentifierChecks, PatternChecks, DeclarationChecks, StatementChecks,
              FunctionChecks, ExpressionChecks, ClassChecks, ModuleChecks):
    def __init__(self, module):
        self.module = module
        self.ctx = None
        self.scope = None
        self.top_scope = None
        self.private = None
        self.exports = []           # (exported name, offset), in source order
        self.export_locals = []     # Identifier of each `export { x }` (no `from`)
        self.default_declared = False

    def error(self, message, offset):
        raise JSSyntaxError(message, offset)

    def visit(self, node):
        handler = _DISPATCH.get(node.type)
        if handler is not None:
            handler(self, node)
            return
        visit = self.visit
        for child in node.iter_children():
            visit(child)

    def check_program(self, program):
        body = program.body
        directive = use_strict_directive(body)
        strict = self.module or directive is not None
        self.ctx = Context(MODULE if self.module else SCRIPT, None, strict)
        self.top_scope = self.push_scope(is_var_scope=True, lexical_functions=self.module)
        self.visit_body(body, directive, self.module, deferred=False)
        if self.module:
            self.check_exports()


_DISPATCH = {name[len("visit_"):]: getattr(Checker, name)
             for name in dir(Checker) if name.startswith("visit_") and name[6:7].isupper()}
