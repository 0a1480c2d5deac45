"""Modules: imports are lexical declarations; exported names must be
unique; `export { x }` must name a top-level declaration.

Two anonymous default exports clash as declarations of the hidden binding
`.default` (reported at once, V8 wording); every other duplicate export
and every undeclared local export is reported after the whole module, the
duplicates first, as V8 does.
"""

from minijs.syntax.early_errors import messages as M
from minijs.syntax.static_semantics import bound_identifiers
from minijs.syntax.early_errors.identifiers import STRICT_RESERVED

_LOCAL_EXPORT_RESERVED = STRICT_RESERVED | {"yield", "await"}


def module_name(node):
    """Name of an Identifier or string Literal in an import/export clause."""
    return node.name if node.type == "Identifier" else node.value


class ModuleChecks:
    def visit_ImportDeclaration(self, node):
        for spec in node.specifiers:
            imported = getattr(spec, "imported", None)
            if imported is not None and imported.type == "Literal":
                self.visit(imported)
            local = spec.local
            self.check_binding_name(local)
            self.declare_lexical(local.name, "import", local.start)
        self.visit(node.source)

    def visit_ExportNamedDeclaration(self, node):
        declaration = node.declaration
        if declaration is not None:
            self.visit(declaration)
            if declaration.type == "VariableDeclaration":
                for declarator in declaration.declarations:
                    for ident in bound_identifiers(declarator.id):
                        self.exports.append((ident.name, ident.start))
            else:
                self.exports.append((declaration.id.name, declaration.start))
        for spec in node.specifiers:
            local = spec.local
            if node.source is None and local.type == "Identifier":
                if local.name in _LOCAL_EXPORT_RESERVED:
                    self.error(M.RESERVED, local.start)
                self.export_locals.append(local)
            elif local.type == "Literal":
                self.visit(local)
            if spec.exported.type == "Literal" and spec.exported is not local:
                self.visit(spec.exported)
            self.exports.append((module_name(spec.exported), spec.start))
        if node.source is not None:
            self.visit(node.source)

    def visit_ExportDefaultDeclaration(self, node):
        declaration = node.declaration
        self.visit(declaration)
        kind = declaration.type
        named = kind in ("FunctionDeclaration", "ClassDeclaration")
        keyword = node.start + len("export ")     # V8 points at `default`
        if not named or declaration.id is None:
            if self.default_declared:
                self.error(M.DEFAULT_REDECLARED, declaration.start if named else keyword)
            self.default_declared = True
        self.exports.append(("default", keyword))

    def visit_ExportAllDeclaration(self, node):
        exported = node.exported
        if exported is not None:
            if exported.type == "Literal":
                self.visit(exported)
            self.exports.append((module_name(exported), exported.start))
        self.visit(node.source)

    def check_exports(self):
        """After the module body: duplicates, then undeclared locals."""
        seen = set()
        for name, offset in self.exports:
            if name in seen:
                self.error(M.DUPLICATE_EXPORT % name, offset)
            seen.add(name)
        for local in self.export_locals:
            if not self.is_declared_at_top(local.name):
                self.error(M.UNDEFINED_EXPORT % local.name, local.start)
