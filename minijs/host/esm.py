"""ES modules in the node-style host: node's ESM resolution and loading
on top of the engine's module records (interpreter/module_records.py).

    EsmLoader(host, js_is_module)
        load_imported_module   the engine's HostLoadImportedModule hook
        init_import_meta       import.meta: dirname, filename, resolve, url
        run_main(path)         load, link and evaluate the main module graph

Resolution follows node's ESM resolver for what minijs supports: core
modules ('fs', 'node:fs': a synthetic module of their exports object,
core_modules/), relative and absolute paths and file: URLs, the exact file (ESM does no
extension search), bare specifiers through node_modules packages
(`exports` as a string or with "." / "import" / "default", else `main`,
else index.js).  The format of a file: `.mjs` an ES module, `.cjs`
CommonJS, `.js` per the nearest package.json "type" (CommonJS when
absent, an ES module under `minijs run --module`, like node's
--experimental-default-type=module).  A CommonJS file imported from ESM
is a synthetic module whose `default` export is its `module.exports`.
Errors are node's: Error [ERR_MODULE_NOT_FOUND] and friends.
"""

import os
import re
from urllib.parse import quote, unquote, urlparse

from minijs.builtins.support import define_value, make_function, arg
from minijs.engine import parse_module
from minijs.host.cjs_resolve import read_package_json
from minijs.host.core_modules.names import core_module_name
from minijs.interpreter.module_records import (
    SourceTextModule, SyntheticModule, evaluate, finish_loading_imported_module, link,
    load_requested_modules)
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.source import decode_source_bytes, to_utf16_units

__all__ = ["EsmLoader", "path_to_url", "url_to_path"]

EXIT_UNSETTLED_TOP_LEVEL_AWAIT = 13     # node's kUnsettledTopLevelAwait


def path_to_url(path):
    """node's url.pathToFileURL for an absolute POSIX path."""
    return "file://" + quote(path, safe="/!$&'()*+,;=:@-._~")


def url_to_path(url):
    return unquote(urlparse(url).path)


def node_error(kind, code, message, **props):
    """An error as node's internal errors are: name shown as
    `Error [CODE]` in its stack, a `code` property."""
    err = errors.make_error(kind, message)
    define_value(err, "stack", "%s [%s]: %s" % (kind, code, message), WRITABLE | CONFIGURABLE)
    define_value(err, "code", code, WRITABLE | CONFIGURABLE | ENUMERABLE)
    for key, value in props.items():
        define_value(err, key, value, WRITABLE | CONFIGURABLE | ENUMERABLE)
    return JSThrow(err)


class EsmLoader:
    def __init__(self, host, js_is_module=False):
        self.host = host
        self.realm = host.realm
        self.js_is_module = js_is_module
        self.records = {}            # absolute path -> module record
        self.syntax_errors = {}      # id(error object) -> (url, text, JSSyntaxError)

    # -- resolution -------------------------------------------------------------

    def referrer_path(self, referrer):
        """The file of a module record / Script, or None (eval code, a realm)."""
        if isinstance(referrer, (SourceTextModule, SyntheticModule)):
            return referrer.host_defined
        filename = getattr(referrer, "filename", None)
        if filename and filename.startswith("file://"):
            return url_to_path(filename)
        if filename and os.path.isabs(filename):
            return filename
        return None

    def resolve(self, specifier, referrer_path):
        """The file `specifier` names, or "node:<name>" for a core module."""
        core = core_module_name(specifier)
        if core is not None:
            return "node:" + core
        base = os.path.dirname(referrer_path) if referrer_path else os.getcwd()
        shown_base = referrer_path or os.path.join(os.getcwd(), "[eval]")
        if specifier.startswith("file://"):
            target = url_to_path(specifier)
        elif specifier.startswith(("./", "../", "/")) or specifier in (".", ".."):
            target = os.path.normpath(os.path.join(base, url_to_path(specifier)))
        else:
            return self._resolve_package(specifier, base, shown_base)
        if os.path.isdir(target):
            raise node_error("Error", "ERR_UNSUPPORTED_DIR_IMPORT",
                             "Directory import '%s' is not supported resolving ES modules "
                             "imported from %s" % (target, shown_base),
                             url=path_to_url(target))
        if not os.path.isfile(target):
            raise node_error("Error", "ERR_MODULE_NOT_FOUND",
                             "Cannot find module '%s' imported from %s" % (target, shown_base),
                             url=path_to_url(target))
        return target

    def _resolve_package(self, specifier, base, shown_base):
        parts = specifier.split("/")
        package = "/".join(parts[:2]) if specifier.startswith("@") else parts[0]
        subpath = specifier[len(package):]
        d = base
        while True:
            candidate = os.path.join(d, "node_modules", package)
            if os.path.isdir(candidate):
                target = self._package_entry(candidate, subpath)
                if target is not None:
                    return target
                break
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        raise node_error("Error", "ERR_MODULE_NOT_FOUND",
                         "Cannot find package '%s' imported from %s" % (package, shown_base))

    @staticmethod
    def _package_entry(directory, subpath):
        if subpath:
            target = os.path.join(directory, subpath.lstrip("/"))
            return target if os.path.isfile(target) else None
        meta = read_package_json(directory) or {}
        entry = meta.get("exports")
        if isinstance(entry, dict):
            entry = entry.get(".", entry)
            while isinstance(entry, dict):
                entry = entry.get("import") or entry.get("default") or entry.get("node")
        if not isinstance(entry, str):
            entry = meta.get("main") if isinstance(meta.get("main"), str) else None
        for candidate in ([entry] if entry else []) + ["index.js"]:
            target = os.path.normpath(os.path.join(directory, candidate))
            for t in (target, target + ".js", os.path.join(target, "index.js")):
                if os.path.isfile(t):
                    return t
        return None

    def format_of(self, path, detect=True):
        """"module", "commonjs" or "json" (node's ESM loader formats).  A
        .js file outside any package "type" that fails to parse as a script
        but parses as a module is a module (node 20's syntax detection);
        `detect=False` leaves that to the caller."""
        if path.endswith(".mjs"):
            return "module"
        if path.endswith(".cjs"):
            return "commonjs"
        if path.endswith(".json"):
            return "json"
        if path.endswith(".js") or "." not in os.path.basename(path):
            kind = _package_type(os.path.dirname(path))
            if kind is None:
                if self.js_is_module or (detect and has_module_syntax(_read_text(path))):
                    return "module"
                return "commonjs"
            return kind
        raise node_error("TypeError", "ERR_UNKNOWN_FILE_EXTENSION",
                         'Unknown file extension "%s" for %s'
                         % (os.path.splitext(path)[1], path))

    # -- records -------------------------------------------------------------------

    def record_for(self, path):
        """The module record of the file at `path` (made once per path)."""
        record = self.records.get(path)
        if record is not None:
            return record
        if path.startswith("node:"):
            record = self.records[path] = self._core_module_record(path[5:])
            return record
        kind = self.format_of(path)
        if kind == "json":
            raise node_error("TypeError", "ERR_IMPORT_ATTRIBUTE_MISSING",
                             'Module "%s" needs an import attribute of "type: json"'
                             % path_to_url(path))
        if kind == "commonjs":
            record = self._commonjs_record(path)
        else:
            with open(path, "rb") as f:
                text = decode_source_bytes(f.read())
            url = path_to_url(path)
            try:
                record = parse_module(text, self.realm, url, host_defined=path)
            except JSSyntaxError as err:
                exc = errors.syntax_error(err.message)
                self.syntax_errors[id(exc.value)] = (url, text, err, exc.value)
                raise exc from None
            host = self.host
            if host.on_compile is not None:
                host.on_compile(record.code)
        self.records[path] = record
        return record

    def _commonjs_record(self, path):
        host = self.host

        def evaluate_steps(module):
            module.set_export("default", host.load_module(path).get("exports"))
        return SyntheticModule(self.realm, ["default"], evaluate_steps, host_defined=path,
                               name=path)

    def _core_module_record(self, name):
        """node's ESM facade of a core module: `default` is its exports
        object, and each of the object's own enumerable keys is a named
        export (as node, the values are read once, when it is loaded)."""
        exports = self.host.core_modules.require(name)
        names = [key for key in exports.own_property_keys()
                 if type(key) is str and exports.get_own_property(key).enumerable]

        def evaluate_steps(module):
            module.set_export("default", exports)
            for key in names:
                module.set_export(key, exports.get(key))
        return SyntheticModule(self.realm, ["default"] + [n for n in names if n != "default"],
                               evaluate_steps, host_defined=None, name="node:" + name)

    # -- the engine's host hooks ------------------------------------------------------

    def load_imported_module(self, referrer, specifier, payload):
        try:
            path = self.resolve(specifier, self.referrer_path(referrer))
            result = self.record_for(path)
        except JSThrow as exc:
            result = exc
        except OSError as e:
            result = node_error("Error", "ERR_MODULE_NOT_FOUND", "Cannot read '%s': %s"
                                % (specifier, e.strerror or e))
        finish_loading_imported_module(referrer, specifier, payload, result)

    def init_import_meta(self, meta, module):
        path = module.host_defined
        realm = self.realm
        loader = self

        def resolve(this, args):
            spec = ops.to_string(arg(args, 0))
            found = loader.resolve(spec, path)
            return found if found.startswith("node:") else to_utf16_units(path_to_url(found))
        define_value(meta, "dirname", to_utf16_units(os.path.dirname(path)), 7)
        define_value(meta, "filename", to_utf16_units(path), 7)
        define_value(meta, "resolve", make_function(realm, resolve, "resolve", 1), 7)
        define_value(meta, "url", to_utf16_units(path_to_url(path)), 7)

    # -- the main module -------------------------------------------------------------------

    def run_main(self, path):
        """Load and link the graph of the main module, and queue its
        evaluation; errors of the evaluation arrive through its promise
        (the host reports them as uncaught exceptions, as node does)."""
        from minijs.builtins.promise_core import REJECTED, perform_then
        path = os.path.abspath(path)
        try:
            record = self.record_for(path)
        except JSThrow as exc:
            self._raise_syntax_error(exc.value)
            raise
        loading = load_requested_modules(record)
        if loading.promise_state is REJECTED:
            loading.is_handled = True
            self._raise_syntax_error(loading.promise_result)
            raise JSThrow(loading.promise_result)
        link(record)
        stop_watching = self._watch_unsettled_evaluation()

        def fulfilled(value):
            stop_watching()

        def rejected(reason):
            stop_watching()
            self.host.uncaught(JSThrow(reason))

        def run():
            perform_then(evaluate(record), fulfilled, rejected)
        # node evaluates the graph from a promise job (its loader is
        # async): process.nextTick callbacks queued by module code run
        # only once the microtasks have drained
        self.host.enqueue_job(run, self.realm)

    def _watch_unsettled_evaluation(self):
        """node's handleProcessExit: an 'exit' listener, there while the
        main module's evaluation is pending, that turns a process ending
        with a top-level await still unsettled into exit status 13
        (unless process.exitCode was set).  Returns its remover."""
        process, emitter = self.host.process, self.host.process_emitter

        def handle_process_exit(this, args):
            if process.get("exitCode") in (UNDEFINED, NULL):
                process.set("exitCode", EXIT_UNSETTLED_TOP_LEVEL_AWAIT)
            return UNDEFINED
        listener = make_function(self.realm, handle_process_exit, "handleProcessExit", 0)
        emitter.add("exit", listener)
        return lambda: emitter.remove("exit", listener)

    def _raise_syntax_error(self, value):
        from minijs.host.errors import MainSyntaxError
        found = self.syntax_errors.get(id(value))
        if found is not None and found[3] is value:
            url, text, err, _ = found
            raise MainSyntaxError(url, text, err)


def _read_text(path):
    try:
        with open(path, "rb") as f:
            return decode_source_bytes(f.read())
    except OSError:
        return ""


_MODULE_WORDS = re.compile(r"\b(?:import|export|await)\b")


def has_module_syntax(text):
    """Does `text` fail to parse as a script but parse as a module?"""
    from minijs.syntax import parse
    if _MODULE_WORDS.search(text) is None:
        return False
    for module in (False, True):
        try:
            parse(to_utf16_units(text), module)
        except JSSyntaxError:
            continue
        except RecursionError:
            return False
        return module
    return False


def _package_type(directory):
    """The "type" of the nearest package.json ("module" / "commonjs"), or None."""
    d = directory
    while True:
        meta = read_package_json(d)
        if meta is not None:
            kind = meta.get("type")
            return kind if kind in ("module", "commonjs") else None
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent
