"""Module records and their abstract operations (ECMA-262 16.2.1).

    SourceTextModule     a Cyclic Module Record of JS source (16.2.1.6)
    SyntheticModule      a module whose exports a host computes (node's
                         wrapper of a CommonJS module or a JSON file)
    load_requested_modules, link, evaluate
                         LoadRequestedModules, Link, Evaluate (16.2.1.5),
                         with the async-module parts: ExecuteAsyncModule,
                         GatherAvailableAncestors,
                         AsyncModuleExecutionFulfilled / Rejected
    get_module_namespace GetModuleNamespace (16.2.1.10)
    import_dynamically   EvaluateImportCall (13.3.10.1) and ContinueDynamicImport

The module environment is a list of `Cell`s laid out as the compiler's
ModuleLayout says (compiler/module_entries.py): index i > 0 is an exported
local of this module, i < 0 an import.  An import's entry is the very
Cell of the binding it resolves to in the exporting module (a live
binding: both read the same object); `import * as ns` gets a Cell of its
own holding the namespace.  Every CodeObject of the module has
`code.module` set to its record, so LOAD_MODULE_VAR i is
`frame.code.module.cells[i].value` (interpreter/modules.py).

Module code runs on one Frame in two steps: InitializeEnvironment runs the
prologue up to MODULE_INITIALIZED (context, hoisted functions), which
suspends the frame; ExecuteModule resumes it.  A module with top-level
await then starts its body as an async function body, and the frame's
result is the promise ExecuteAsyncModule waits for.

The host protocol (duck-typed, on `realm.host`):

    host.load_imported_module(referrer, specifier, payload)
        HostLoadImportedModule (16.2.1.8): find or create the Module
        Record for `specifier` imported by `referrer` (a module record, an
        engine.Script, or a Realm), then call
        finish_loading_imported_module(referrer, specifier, payload, result)
        where result is the record or a JSThrow -- now or later.
    host.init_import_meta(meta, module)                      (optional)
        HostGetImportMetaProperties + HostFinalizeImportMeta: fill in the
        fresh import.meta object (node: `url`).
"""

from minijs.compiler.module_entries import ALL, NAMESPACE_OBJECT
from minijs.interpreter.frame import THE_HOLE, Frame
from minijs.interpreter.state import STATE
from minijs.runtime import errors
from minijs.runtime.errors import JSThrow
from minijs.runtime.values import UNDEFINED, NULL

__all__ = ["Cell", "SourceTextModule", "SyntheticModule", "load_requested_modules",
           "finish_loading_imported_module", "link", "evaluate", "get_module_namespace",
           "import_dynamically", "import_meta", "NAMESPACE"]

NEW, UNLINKED, LINKING, LINKED, EVALUATING, EVALUATING_ASYNC, EVALUATED = (
    "new", "unlinked", "linking", "linked", "evaluating", "evaluating-async", "evaluated")

NAMESPACE = NAMESPACE_OBJECT        # ResolvedBinding.[[BindingName]] of `export * as ns`
AMBIGUOUS = "ambiguous"             # ResolveExport's answer for conflicting star exports
DONE = "done"                       # [[AsyncEvaluationOrder]] once the module settled


class Cell:
    """One binding of a module environment."""

    __slots__ = ("value",)

    def __init__(self, value=THE_HOLE):
        self.value = value


class ResolvedBinding:
    __slots__ = ("module", "binding_name")

    def __init__(self, module, binding_name):
        self.module = module
        self.binding_name = binding_name


class _AsyncOrder:
    """The global counter of [[AsyncEvaluationOrder]] (16.2.1.5.3.4 step 12.b)."""
    next = 0


# ---------------------------------------------------------------- records

class ModuleRecord:
    """Abstract Module Record fields (Table 43) shared by both kinds."""

    cyclic = False

    def __init__(self, realm, host_defined=None):
        self.realm = realm
        self.namespace = None
        self.host_defined = host_defined
        self.loaded_modules = {}    # specifier -> ModuleRecord ([[LoadedModules]])

    def imported(self, specifier):
        """GetImportedModule (16.2.1.9)."""
        return self.loaded_modules[specifier]


class SourceTextModule(ModuleRecord):
    """A Source Text Module Record: a Cyclic Module Record (Table 45)."""

    cyclic = True

    def __init__(self, code, realm, host_defined=None):
        ModuleRecord.__init__(self, realm, host_defined)
        layout = code.module_layout
        self.code = code
        self.layout = layout
        self.status = NEW
        self.evaluation_error = None        # a JSThrow once evaluation failed
        self.dfs_index = self.dfs_ancestor_index = None
        self.cycle_root = None
        self.has_tla = layout.has_tla
        self.async_order = None             # unset, an int, or DONE
        self.top_level_capability = None
        self.async_parent_modules = []
        self.pending_async_dependencies = None
        self.requested_modules = layout.requested
        self.frame = None
        self.meta = None                    # [[ImportMeta]]
        # the environment's cells exist from the start, so importers in a
        # cycle that initialise first can already hold them
        n_exports = sum(1 for i in layout.cells if i > 0)
        n_imports = len(layout.cells) - n_exports
        self.cells = [None] + [Cell() for _ in range(n_exports + n_imports)]
        for c in code.walk():
            c.module = self

    def __repr__(self):
        return "<SourceTextModule %s %s>" % (self.code.script.filename if self.code.script else "?",
                                             self.status)

    def cell_of(self, local_name):
        return self.cells[self.layout.index[local_name]]

    # -- 16.2.1.6.2 GetExportedNames ---------------------------------------------

    def get_exported_names(self, export_star_set=None):
        if export_star_set is None:
            export_star_set = []
        if self in export_star_set:
            return []
        export_star_set.append(self)
        layout = self.layout
        names = [e.export_name for e in layout.local_exports]
        names.extend(e.export_name for e in layout.indirect_exports)
        for e in layout.star_exports:
            for n in self.imported(e.module_request).get_exported_names(export_star_set):
                if n != "default" and n not in names:
                    names.append(n)
        return names

    # -- 16.2.1.6.3 ResolveExport -------------------------------------------------

    def resolve_export(self, export_name, resolve_set=None):
        if resolve_set is None:
            resolve_set = []
        for m, n in resolve_set:
            if m is self and n == export_name:
                return None                         # a circular import request
        resolve_set.append((self, export_name))
        layout = self.layout
        for e in layout.local_exports:
            if e.export_name == export_name:
                return ResolvedBinding(self, e.local_name)
        for e in layout.indirect_exports:
            if e.export_name == export_name:
                imported = self.imported(e.module_request)
                if e.import_name is ALL:
                    return ResolvedBinding(imported, NAMESPACE)
                return imported.resolve_export(e.import_name, resolve_set)
        if export_name == "default":
            return None
        star = None
        for e in layout.star_exports:
            resolution = self.imported(e.module_request).resolve_export(export_name, resolve_set)
            if resolution is AMBIGUOUS:
                return AMBIGUOUS
            if resolution is not None:
                if star is None:
                    star = resolution
                elif resolution.module is not star.module or \
                        resolution.binding_name != star.binding_name:
                    return AMBIGUOUS
        return star

    # -- 16.2.1.6.4 InitializeEnvironment -------------------------------------------

    def initialize_environment(self):
        layout = self.layout
        for e in layout.indirect_exports:
            resolution = self.resolve_export(e.export_name)
            if resolution is None or resolution is AMBIGUOUS:
                raise self._unresolvable(e, e.import_name, resolution)
        cells = self.cells
        for index, (name, initial) in layout.cells.items():
            if initial == "hole":
                cells[index].value = THE_HOLE
            elif initial == "undefined":
                cells[index].value = UNDEFINED
        for ie in layout.imports:
            imported = self.imported(ie.module_request)
            index = layout.index[ie.local_name]
            if ie.import_name is NAMESPACE_OBJECT:
                cells[index].value = get_module_namespace(imported)
                continue
            resolution = imported.resolve_export(ie.import_name)
            if resolution is None or resolution is AMBIGUOUS:
                raise self._unresolvable(ie, ie.import_name, resolution)
            if resolution.binding_name is NAMESPACE:
                cells[index] = Cell(get_module_namespace(resolution.module))
            else:
                cells[index] = resolution.module.cell_of(resolution.binding_name)
        # the declarations: the module code's prologue, up to MODULE_INITIALIZED
        code = self.code
        frame = Frame(code, None, [UNDEFINED] * code.register_count, None, UNDEFINED,
                      UNDEFINED, (), STATE.frame, self.realm)
        self.frame = frame
        _run_frame(frame, self.realm)

    def _unresolvable(self, entry, name, resolution):
        """The SyntaxError of an unresolvable import / indirect export;
        `exc.module_span` = (script, start, end) of its name, for hosts
        that print it as node does."""
        exc = _unresolvable(entry.module_request, name, resolution)
        if entry.span is not None:
            exc.module_span = (self.code.script, entry.span[0], entry.span[1])
        return exc

    # -- 16.2.1.6.5 ExecuteModule ---------------------------------------------------------

    def execute_module(self):
        """Run the body; returns the promise of an async (TLA) body, else
        undefined.  A JSThrow propagates."""
        frame = self.frame
        frame.parent = STATE.frame
        return _run_frame(frame, self.realm)


def _run_frame(frame, realm):
    from minijs.interpreter.loop import execute
    from minijs.runtime.realm import set_current
    previous = set_current(realm)
    try:
        frame.entry = True
        return execute(frame)
    finally:
        set_current(previous)


def _unresolvable(specifier, name, resolution):
    if resolution is AMBIGUOUS:
        return errors.syntax_error("The requested module '%s' contains conflicting star exports "
                                   "for name '%s'" % (specifier, name))
    return errors.syntax_error("The requested module '%s' does not provide an export named '%s'"
                               % (specifier, name))


class SyntheticModule(ModuleRecord):
    """A module whose export names are known up front and whose values a
    host function sets when it is evaluated (node: a CommonJS module's
    `module.exports` as `default`; a JSON module).  Not cyclic: Link
    creates the cells, Evaluate runs `evaluate_steps(module)` once."""

    def __init__(self, realm, export_names, evaluate_steps, host_defined=None, name="<synthetic>"):
        ModuleRecord.__init__(self, realm, host_defined)
        self.export_names = list(export_names)
        self.evaluate_steps = evaluate_steps
        self.cell_map = {n: Cell() for n in self.export_names}
        self.promise = None
        self.name = name

    def __repr__(self):
        return "<SyntheticModule %s>" % self.name

    def cell_of(self, name):
        return self.cell_map[name]

    def set_export(self, name, value):
        self.cell_map[name].value = value

    def get_exported_names(self, export_star_set=None):
        return list(self.export_names)

    def resolve_export(self, export_name, resolve_set=None):
        if export_name in self.cell_map:
            return ResolvedBinding(self, export_name)
        return None

    def load_requested_modules(self, host_defined=None):
        from minijs.builtins.promise_core import new_capability
        cap = new_capability(self.realm)
        cap.resolve(UNDEFINED)
        return cap.promise

    def link(self):
        for cell in self.cell_map.values():
            if cell.value is THE_HOLE:
                cell.value = UNDEFINED

    def evaluate(self):
        from minijs.builtins.promise_core import new_capability
        if self.promise is None:
            cap = new_capability(self.realm)
            self.promise = cap.promise
            try:
                self.evaluate_steps(self)
            except JSThrow as exc:
                cap.reject(exc.value)
            else:
                cap.resolve(UNDEFINED)
        return self.promise


# ---------------------------------------------------------------- loading (16.2.1.5.1)

class GraphLoadingState:
    __slots__ = ("capability", "is_loading", "pending", "visited", "host_defined")

    def __init__(self, capability, host_defined):
        self.capability = capability
        self.is_loading = True
        self.pending = 1
        self.visited = []
        self.host_defined = host_defined


def load_requested_modules(module, host_defined=None):
    """LoadRequestedModules: a promise settled once the whole graph below
    `module` is loaded (with the host's synchronous loaders: at once)."""
    from minijs.builtins.promise_core import new_capability
    if not module.cyclic:
        return module.load_requested_modules(host_defined)
    state = GraphLoadingState(new_capability(module.realm), host_defined)
    _inner_module_loading(state, module)
    return state.capability.promise


def _inner_module_loading(state, module):
    if module.cyclic and module.status == NEW and module not in state.visited:
        state.visited.append(module)
        state.pending += len(module.requested_modules)
        for required in module.requested_modules:
            loaded = module.loaded_modules.get(required)
            if loaded is not None:
                _inner_module_loading(state, loaded)
            else:
                _host_load(module, required, state.host_defined, state)
            if not state.is_loading:
                return
    state.pending -= 1
    if state.pending == 0:
        state.is_loading = False
        for m in state.visited:
            if m.status == NEW:
                m.status = UNLINKED
        state.capability.resolve(UNDEFINED)


def _host_load(referrer, specifier, host_defined, payload):
    realm = getattr(referrer, "realm", None) or _referrer_realm(referrer)
    host = getattr(realm, "host", None)
    hook = getattr(host, "load_imported_module", None)
    if hook is None:
        # type_error is already the JSThrow (wrapping it again handed JS a Python object)
        error = errors.type_error("Cannot find module '%s': this host loads no modules" % specifier)
        finish_loading_imported_module(referrer, specifier, payload, error)
        return
    hook(referrer, specifier, payload)


def _referrer_realm(referrer):
    from minijs.runtime.realm import current
    return referrer if hasattr(referrer, "intrinsics") else current()


def _loaded_modules(referrer):
    loaded = getattr(referrer, "loaded_modules", None)
    if loaded is None:
        loaded = referrer.loaded_modules = {}
    return loaded


def finish_loading_imported_module(referrer, specifier, payload, result):
    """FinishLoadingImportedModule (16.2.1.9): `result` is a module
    record or a JSThrow."""
    if not isinstance(result, JSThrow):
        loaded = _loaded_modules(referrer)
        if specifier not in loaded:
            loaded[specifier] = result
    if type(payload) is GraphLoadingState:
        # ContinueModuleLoading (16.2.1.5.1.2)
        if not payload.is_loading:
            return
        if isinstance(result, JSThrow):
            payload.is_loading = False
            payload.capability.reject(result.value)
        else:
            _inner_module_loading(payload, result)
    else:
        _continue_dynamic_import(payload, result)


# ---------------------------------------------------------------- linking (16.2.1.5.2)

def link(module):
    """Link(): raises JSThrow (a SyntaxError of an unresolvable import)."""
    if not module.cyclic:
        module.link()
        return
    stack = []
    try:
        _inner_module_linking(module, stack, 0)
    except JSThrow:
        for m in stack:
            m.status = UNLINKED
            m.frame = None
        raise


def _inner_module_linking(module, stack, index):
    if not module.cyclic:
        module.link()
        return index
    if module.status in (LINKING, LINKED, EVALUATING_ASYNC, EVALUATED):
        return index
    module.status = LINKING
    module.dfs_index = module.dfs_ancestor_index = index
    index += 1
    stack.append(module)
    for required in module.requested_modules:
        req = module.imported(required)
        index = _inner_module_linking(req, stack, index)
        if req.cyclic and req.status == LINKING:
            module.dfs_ancestor_index = min(module.dfs_ancestor_index, req.dfs_ancestor_index)
    module.initialize_environment()
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = LINKED
            if m is module:
                break
    return index


# ---------------------------------------------------------------- evaluation (16.2.1.5.3)

def evaluate(module):
    """Evaluate(): the promise of the module graph's evaluation."""
    from minijs.builtins.promise_core import new_capability
    if not module.cyclic:
        return module.evaluate()
    if module.status in (EVALUATING_ASYNC, EVALUATED) and module.cycle_root is not None:
        module = module.cycle_root
    if module.top_level_capability is not None:
        return module.top_level_capability.promise
    stack = []
    capability = new_capability(module.realm)
    module.top_level_capability = capability
    try:
        _inner_module_evaluation(module, stack, 0)
    except JSThrow as exc:
        for m in stack:
            m.status = EVALUATED
            m.evaluation_error = exc
        capability.reject(exc.value)
    else:
        if module.async_order is None or module.async_order is DONE:
            capability.resolve(UNDEFINED)
    return capability.promise


def _inner_module_evaluation(module, stack, index):
    if not module.cyclic:
        from minijs.builtins.promise_core import REJECTED
        promise = module.evaluate()
        if promise.promise_state is REJECTED:
            raise JSThrow(promise.promise_result)
        return index
    if module.status in (EVALUATING_ASYNC, EVALUATED):
        if module.evaluation_error is None:
            return index
        raise module.evaluation_error
    if module.status == EVALUATING:
        return index
    module.status = EVALUATING
    module.dfs_index = module.dfs_ancestor_index = index
    module.pending_async_dependencies = 0
    index += 1
    stack.append(module)
    for required in module.requested_modules:
        req = module.imported(required)
        index = _inner_module_evaluation(req, stack, index)
        if not req.cyclic:
            continue
        if req.status == EVALUATING:
            module.dfs_ancestor_index = min(module.dfs_ancestor_index, req.dfs_ancestor_index)
        else:
            req = req.cycle_root
            if req.evaluation_error is not None:
                raise req.evaluation_error
        if type(req.async_order) is int:
            module.pending_async_dependencies += 1
            req.async_parent_modules.append(module)
    if module.pending_async_dependencies > 0 or module.has_tla:
        module.async_order = _AsyncOrder.next
        _AsyncOrder.next += 1
        if module.pending_async_dependencies == 0:
            _execute_async_module(module)
    else:
        module.execute_module()
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = EVALUATED if m.async_order is None else EVALUATING_ASYNC
            m.cycle_root = module
            if m is module:
                break
    return index


def _execute_async_module(module):
    """ExecuteAsyncModule (16.2.1.5.3.1): the body's promise (the frame
    runs it as an async function body) settles the module."""
    from minijs.builtins.promise_core import perform_then

    def fulfilled(value):
        _async_module_execution_fulfilled(module)
        return UNDEFINED

    def rejected(error):
        _async_module_execution_rejected(module, error)
        return UNDEFINED

    promise = module.execute_module()
    perform_then(promise, fulfilled, rejected)


def _gather_available_ancestors(module, exec_list):
    for m in module.async_parent_modules:
        if m not in exec_list and m.cycle_root.evaluation_error is None:
            m.pending_async_dependencies -= 1
            if m.pending_async_dependencies == 0:
                exec_list.append(m)
                if not m.has_tla:
                    _gather_available_ancestors(m, exec_list)


def _async_module_execution_fulfilled(module):
    if module.status == EVALUATED:
        return
    module.async_order = DONE
    module.status = EVALUATED
    if module.top_level_capability is not None:
        module.top_level_capability.resolve(UNDEFINED)
    exec_list = []
    _gather_available_ancestors(module, exec_list)
    exec_list.sort(key=lambda m: m.async_order)
    for m in exec_list:
        if m.status == EVALUATED:
            continue
        if m.has_tla:
            _execute_async_module(m)
            continue
        try:
            m.execute_module()
        except JSThrow as exc:
            _async_module_execution_rejected(m, exc.value)
            continue
        m.async_order = DONE
        m.status = EVALUATED
        if m.top_level_capability is not None:
            m.top_level_capability.resolve(UNDEFINED)


def _async_module_execution_rejected(module, error):
    if module.status == EVALUATED:
        return
    module.evaluation_error = JSThrow(error)
    module.status = EVALUATED
    module.async_order = DONE
    # its own promise first, then the importers' (ecma262 PR 3353: the
    # order test262's top-level-await/rejection-order.js checks)
    if module.top_level_capability is not None:
        module.top_level_capability.reject(error)
    for m in module.async_parent_modules:
        _async_module_execution_rejected(m, error)


# ---------------------------------------------------------------- namespaces (16.2.1.10)

def get_module_namespace(module):
    ns = module.namespace
    if ns is None:
        from minijs.interpreter.module_namespace import ModuleNamespace
        names = [n for n in module.get_exported_names()
                 if isinstance(module.resolve_export(n), ResolvedBinding)]
        ns = module.namespace = ModuleNamespace(module, names)
    return ns


# ---------------------------------------------------------------- import.meta, import()

def import_meta(module):
    """The module's import.meta object (13.3.12.1): made on first use,
    null prototype, filled in by the host."""
    meta = module.meta
    if meta is None:
        from minijs.runtime.objects import JSObject
        meta = module.meta = JSObject(NULL)
        host = getattr(module.realm, "host", None)
        init = getattr(host, "init_import_meta", None)
        if init is not None:
            init(meta, module)
    return meta


def import_dynamically(referrer, specifier, realm):
    """EvaluateImportCall steps 4-9 (13.3.10.1): the promise of import()."""
    from minijs.builtins.promise_core import new_capability
    from minijs.runtime.operations import to_string
    capability = new_capability(realm)
    try:
        specifier = to_string(specifier)
    except JSThrow as exc:
        capability.reject(exc.value)
        return capability.promise
    loaded = getattr(referrer, "loaded_modules", None) or {}
    if specifier in loaded:
        finish_loading_imported_module(referrer, specifier, capability, loaded[specifier])
    else:
        _host_load(referrer, specifier, None, capability)
    return capability.promise


def _continue_dynamic_import(capability, result):
    """ContinueDynamicImport (16.2.1.9.1)."""
    from minijs.builtins.promise_core import perform_then
    if isinstance(result, JSThrow):
        capability.reject(result.value)
        return
    module = result
    load_promise = load_requested_modules(module)

    def on_rejected(reason):
        capability.reject(reason)
        return UNDEFINED

    def link_and_evaluate(value):
        try:
            link(module)
        except JSThrow as exc:
            capability.reject(exc.value)
            return UNDEFINED
        evaluate_promise = evaluate(module)

        def on_fulfilled(value):
            capability.resolve(get_module_namespace(module))
            return UNDEFINED
        perform_then(evaluate_promise, on_fulfilled, on_rejected)
        return UNDEFINED

    perform_then(load_promise, link_and_evaluate, on_rejected)
