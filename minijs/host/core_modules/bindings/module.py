"""internalBinding('module'): node's builtin module names and a CommonJS
require() for a given directory (module.createRequire)."""

from minijs.builtins.support import arg
from minijs.host.core_modules.bindings import binding_object
from minijs.host.core_modules.names import NODE_BUILTINS
from minijs.runtime import operations as ops
from minijs.runtime.arrays import create_array_from_list


def make_binding(host):
    realm = host.realm

    def require_from(this, args):
        return host.make_require(ops.to_string(arg(args, 0)))

    return binding_object(realm, [("requireFrom", require_from, 1)], [
        ("builtinModules", create_array_from_list(list(NODE_BUILTINS),
                                                  realm.intrinsics["ArrayPrototype"]))])
