"""Loading node's core modules into one NodeHost.

    CoreModules(host).require(name)      the exports of core module `name`

A module is lib/<name>.js, run once as
`function (exports, require, module, internalBinding)`: its `require`
reaches only other core modules and lib/internal/*; `internalBinding`
returns the host functions of bindings/<name>.py.  User code never sees
either: they exist only as parameters of those wrappers.  Frames of core
module code read "node:<name>:line:col" in stacks, as node's do.
"""

import importlib
import os

from minijs.builtins.support import define_value, make_function, arg
from minijs.engine import compile_function_wrapper
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject

__all__ = ["CoreModules"]

LIB = os.path.join(os.path.dirname(__file__), "lib")
_PARAMS = ("exports", "require", "module", "internalBinding")


def _source_path(module_id):
    path = os.path.join(LIB, module_id + ".js")
    return path if os.path.isfile(path) else None


class CoreModules:
    def __init__(self, host):
        self.host = host
        self.realm = host.realm
        self.modules = {}        # module id -> its `module` object
        self.bindings = {}       # binding name -> its JS object
        self._require = make_function(self.realm, self._internal_require, "require", 1)
        self._binding = make_function(self.realm, self._internal_binding, "internalBinding", 1)

    def require(self, name):
        """The exports of core module `name` (a public name from names.py)."""
        if _source_path(name) is None:
            err = errors.make_error(
                "Error", "Cannot find module '%s': node's core module '%s' is not "
                "implemented in minijs" % (name, name))
            define_value(err, "code", "MODULE_NOT_FOUND", 7)
            raise JSThrow(err)
        return self._load(name).get("exports")

    def _load(self, module_id):
        module = self.modules.get(module_id)
        if module is not None:
            return module
        path = _source_path(module_id)
        if path is None:
            raise errors.type_error("minijs: no core module source for '%s'" % module_id)
        realm = self.realm
        module = JSObject(realm.intrinsics["ObjectPrototype"])
        exports = JSObject(realm.intrinsics["ObjectPrototype"])
        define_value(module, "exports", exports, 7)
        self.modules[module_id] = module
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            fn = compile_function_wrapper(text, "node:" + module_id, _PARAMS, realm)
            call(fn, exports, (exports, self._require, module, self._binding))
        except BaseException:
            del self.modules[module_id]
            raise
        return module

    def _internal_require(self, this, args):
        return self._load(ops.to_string(arg(args, 0))).get("exports")

    def _internal_binding(self, this, args):
        name = ops.to_string(arg(args, 0))
        binding = self.bindings.get(name)
        if binding is None:
            if not name.isidentifier():
                raise errors.type_error("No such binding: %s" % name)
            source = importlib.import_module("minijs.host.core_modules.bindings.%s" % name)
            binding = source.make_binding(self.host)
            self.bindings[name] = binding
        return binding
