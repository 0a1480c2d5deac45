"""Module namespace exotic objects (ECMA-262 10.4.6).

The object's string keys are the module's unambiguous export names,
sorted by code units; each reads the live binding it resolves to.  The
resolution of a name never changes once the module is linked, so the
cell (or the namespace of a re-exported `* as ns`) is cached per name.
"""

from minijs.interpreter.frame import THE_HOLE
from minijs.runtime import errors
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import ordinary_define_own_property
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, same_value

__all__ = ["ModuleNamespace"]


class ModuleNamespace(JSObject):
    __slots__ = ("module", "exports", "export_set", "targets")

    exotic = True
    class_name = "Module"

    def __init__(self, module, names):
        JSObject.__init__(self, NULL)
        self.module = module
        self.exports = sorted(names)
        self.export_set = frozenset(names)
        self.targets = {}           # name -> Cell or ModuleNamespace
        self._add_named(WELL_KNOWN.toStringTag, "Module", 0)
        self.extensible = False

    # -- binding values ----------------------------------------------------

    def _value(self, name):
        """10.4.6.8 steps 3-12: the current value of export `name`."""
        target = self.targets.get(name)
        if target is None:
            from minijs.interpreter.module_records import NAMESPACE, get_module_namespace
            binding = self.module.resolve_export(name)
            if binding.binding_name is NAMESPACE:
                target = get_module_namespace(binding.module)
            else:
                target = binding.module.cell_of(binding.binding_name)
            self.targets[name] = target
        if type(target) is ModuleNamespace:
            return target
        v = target.value
        if v is THE_HOLE:
            raise errors.reference_error("Cannot access '%s' before initialization" % name)
        return v

    # -- internal methods -------------------------------------------------------

    def get_prototype_of(self):
        return NULL

    def set_prototype_of(self, proto):         # SetImmutablePrototype (10.4.7.2)
        return proto is NULL

    def is_extensible(self):
        return False

    def prevent_extensions(self):
        return True

    def get_own_property(self, key):
        if type(key) is not str:
            return JSObject.get_own_property(self, key)
        if key not in self.export_set:
            return None
        return PropertyDescriptor(self._value(key), True, None, None, True, False)

    def has_own_property(self, key):
        if type(key) is not str:
            return JSObject.get_own_property(self, key) is not None
        return key in self.export_set

    def define_own_property(self, key, desc):
        if type(key) is not str:
            return ordinary_define_own_property(self, key, desc)
        current = self.get_own_property(key)
        if current is None:
            return False
        if desc.configurable is True or desc.enumerable is False or desc.is_accessor() \
                or desc.writable is False:
            return False
        if desc.value is not None:
            return same_value(desc.value, current.value)
        return True

    def has_property(self, key):
        if type(key) is not str:
            return JSObject.get_own_property(self, key) is not None
        return key in self.export_set

    def get(self, key, receiver=None):
        if type(key) is not str:
            return JSObject.get(self, key, receiver)
        if key not in self.export_set:
            return UNDEFINED
        return self._value(key)

    def get_fast(self, key):
        return None if type(key) is str else JSObject.get_fast(self, key)

    def get_index_fast(self, idx):
        return None

    def set(self, key, value, receiver=None):
        return False

    def set_fast(self, key, value):
        return False

    def set_index_fast(self, idx, value):
        return False

    def _receive_set(self, key, value):
        return False

    def delete(self, key):
        if type(key) is not str:
            return JSObject.delete(self, key)
        return key not in self.export_set

    def own_property_keys(self):
        keys = list(self.exports)
        keys.extend(k for k in self.shape.keys() if type(k) is not str)
        return keys

    def _set_integrity_fast(self, frozen):
        return False
