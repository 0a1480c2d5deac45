"""The static facts of a module (ECMA-262 16.2.1.6.1 ParseModule) and
where its bindings live at run time.

`module_layout(program, root)` -> ModuleLayout:

    requested     the module specifiers in source order, each once
                  ([[RequestedModules]])
    imports       ImportEntry list ([[ImportEntries]])
    local_exports / indirect_exports / star_exports
                  the three ExportEntry lists of ParseModule step 10
    cells         cell index -> (local name, initial) of the module's
                  bindings that other code can reach through the module
                  environment: exported locals (index 1, 2, ...; initial
                  is "hole" for let/const/class, "undefined" otherwise)
                  and imports (index -1, -2, ...; initial "import" or
                  "namespace").  LOAD_MODULE_VAR / STORE_MODULE_VAR carry
                  these indices; a module record keeps one Python list of
                  cell objects laid out the same way, so a negative index
                  reaches an import through Python's negative indexing.

Every other top-level binding of the module lives in a register or a
context slot like any local variable.
"""

from minijs.compiler import scope_model as M

__all__ = ["ModuleLayout", "ImportEntry", "ExportEntry", "module_layout",
           "NAMESPACE_OBJECT", "ALL", "ALL_BUT_DEFAULT"]


class _Sentinel:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# [[ImportName]] values that are not strings (Tables 59 and 61)
NAMESPACE_OBJECT = _Sentinel("namespace-object")
ALL = _Sentinel("all")
ALL_BUT_DEFAULT = _Sentinel("all-but-default")


class ImportEntry:
    __slots__ = ("module_request", "import_name", "local_name", "span")

    def __init__(self, module_request, import_name, local_name, span=None):
        self.module_request = module_request
        self.import_name = import_name
        self.local_name = local_name
        self.span = span            # (start, end) of the name in the source, for errors

    def __repr__(self):
        return "ImportEntry(%r, %r, %r)" % (self.module_request, self.import_name, self.local_name)


class ExportEntry:
    __slots__ = ("export_name", "module_request", "import_name", "local_name", "span")

    def __init__(self, export_name, module_request, import_name, local_name, span=None):
        self.export_name = export_name
        self.module_request = module_request
        self.import_name = import_name
        self.local_name = local_name
        self.span = span

    def __repr__(self):
        return "ExportEntry(%r, %r, %r, %r)" % (
            self.export_name, self.module_request, self.import_name, self.local_name)


class ModuleLayout:
    def __init__(self):
        self.requested = []
        self.imports = []
        self.local_exports = []
        self.indirect_exports = []
        self.star_exports = []
        self.cells = {}             # index -> (local name, initial)
        self.index = {}             # local name -> cell index
        self.has_tla = False

    def cell_index(self, binding):
        return self.index[binding.name]


def _name(node):
    """ModuleExportName: an IdentifierName or a string literal."""
    return node.name if node.type == "Identifier" else node.value


def _declared_names(decl):
    from minijs.syntax.static_semantics import declaration_identifiers
    return [ident.name for ident in declaration_identifiers(decl)]


def module_layout(program, root):
    """ParseModule's entry lists for `program` and the cell layout of its
    module scope `root` (after the scope analysis allocated it)."""
    layout = ModuleLayout()
    requested = layout.requested
    exports = []
    for node in program.body:
        t = node.type
        source = getattr(node, "source", None)
        if source is not None and t != "ExpressionStatement" and source.value not in requested:
            requested.append(source.value)
        if t == "ImportDeclaration":
            for spec in node.specifiers:
                if spec.type == "ImportNamespaceSpecifier":
                    imported = NAMESPACE_OBJECT
                elif spec.type == "ImportDefaultSpecifier":
                    imported = "default"
                else:
                    imported = _name(spec.imported)
                named = spec.imported if spec.type == "ImportSpecifier" else spec.local
                layout.imports.append(ImportEntry(source.value, imported, spec.local.name,
                                                  (named.start, named.end)))
        elif t == "ExportNamedDeclaration":
            if node.declaration is not None:
                for name in _declared_names(node.declaration):
                    exports.append(ExportEntry(name, None, None, name))
            elif source is not None:
                for spec in node.specifiers:
                    exports.append(ExportEntry(_name(spec.exported), source.value,
                                               _name(spec.local), None,
                                               (spec.local.start, spec.local.end)))
            else:
                for spec in node.specifiers:
                    exports.append(ExportEntry(_name(spec.exported), None, None, spec.local.name,
                                               (spec.local.start, spec.local.end)))
        elif t == "ExportDefaultDeclaration":
            decl = node.declaration
            local = "*default*"
            if decl.type in ("FunctionDeclaration", "ClassDeclaration") and decl.id is not None:
                local = decl.id.name
            exports.append(ExportEntry("default", None, None, local))
        elif t == "ExportAllDeclaration":
            if node.exported is None:
                exports.append(ExportEntry(None, source.value, ALL_BUT_DEFAULT, None))
            else:
                exports.append(ExportEntry(_name(node.exported), source.value, ALL, None))
    imported = {ie.local_name: ie for ie in layout.imports}
    for ee in exports:                       # ParseModule step 10
        if ee.module_request is None:
            ie = imported.get(ee.local_name)
            if ie is None:
                layout.local_exports.append(ee)
            else:
                # a re-export of an import; of an imported namespace it is
                # `export * as name` (so two modules re-exporting the same
                # namespace do not make the name ambiguous, ecma262 PR 3386)
                name = ALL if ie.import_name is NAMESPACE_OBJECT else ie.import_name
                layout.indirect_exports.append(
                    ExportEntry(ee.export_name, ie.module_request, name, None, ee.span))
        elif ee.import_name is ALL_BUT_DEFAULT:
            layout.star_exports.append(ee)
        else:
            layout.indirect_exports.append(ee)
    _allocate_cells(layout, root, {ie.local_name for ie in layout.imports
                                   if ie.import_name is NAMESPACE_OBJECT})
    layout.has_tla = root.contains_await
    return layout


def _allocate_cells(layout, root, namespaces):
    exported = imported = 0
    for b in root.bindings.values():
        loc = b.location
        if not loc or loc[0] != "module":
            continue
        if loc[1] == "import":
            imported += 1
            index = -imported
            initial = "namespace" if b.name in namespaces else "import"
        else:
            exported += 1
            index = exported
            initial = "hole" if b.kind in (M.LET, M.CONST, M.CLASS_DECL) else "undefined"
        layout.cells[index] = (b.name, initial)
        layout.index[b.name] = index
