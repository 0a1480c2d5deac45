"""Globals that node takes from its module system: `Buffer`, an accessor
on the global object (as in node) that loads the buffer module on first
use, so that a program that never touches it does not pay for it; and
for `-e` code, node's [eval] globals (require, module, exports,
__filename, __dirname)."""

import os

from minijs.builtins.support import define_accessor, define_value
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import UNDEFINED
from minijs.syntax.source import to_utf16_units

__all__ = ["install_core_globals", "install_eval_globals"]


def install_core_globals(host):
    realm = host.realm
    target = realm.global_object

    def getter(this, args):
        return host.core_modules.require("buffer").get("Buffer")

    def setter(this, args):
        # node: assigning replaces the accessor with a plain value
        define_value(target, "Buffer", args[0] if args else UNDEFINED, WRITABLE | CONFIGURABLE)
        return UNDEFINED
    define_accessor(realm, target, "Buffer", getter, setter, CONFIGURABLE)


def install_eval_globals(host, filename):
    """What node's evalScript defines for `node -e` / piped code."""
    realm = host.realm
    cwd = os.getcwd()
    module = JSObject(realm.intrinsics["ObjectPrototype"])
    exports = JSObject(realm.intrinsics["ObjectPrototype"])
    for key, value in (("id", filename), ("filename", to_utf16_units(os.path.join(cwd, filename))),
                       ("exports", exports), ("loaded", False)):
        define_value(module, key, value, WRITABLE | ENUMERABLE | CONFIGURABLE)
    for key, value in (("module", module), ("exports", exports), ("__dirname", "."),
                       ("require", host.make_require(cwd)), ("__filename", filename)):
        define_value(realm.global_object, key, value, WRITABLE | ENUMERABLE | CONFIGURABLE)
