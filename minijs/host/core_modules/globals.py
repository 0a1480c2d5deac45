"""Globals that node takes from its core modules: `Buffer`, an accessor
on the global object (as in node) that loads the buffer module on first
use, so that a program that never touches it does not pay for it."""

from minijs.builtins.support import define_accessor, define_value
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
from minijs.runtime.values import UNDEFINED

__all__ = ["install_core_globals"]


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
