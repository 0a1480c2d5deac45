"""Helpers for the Python-level tests of the core built-ins (Object,
Function, Error, Symbol, Boolean): a fresh realm as the running realm,
and short ways to call built-ins and catch JS exceptions.  Expected
values in the tests are node's output (v20)."""

import pytest

from minijs.builtins import create_realm
from minijs.builtins.support import make_function
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.calls import call, construct
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import to_property_key
from minijs.runtime.ordinary import create_data_property_or_throw
from minijs.runtime.values import UNDEFINED


class Env:
    """A realm plus accessors: env.G("Object") is a global,
    env.get(obj, "a", "b") a path of [[Get]]s, env.call(...) a Call."""

    def __init__(self, realm):
        self.realm = realm

    def G(self, name):
        return self.realm.global_object.get(name)

    def get(self, obj, *path):
        for key in path:
            obj = obj.get(key, obj)
        return obj

    def fn(self, *path):
        """The built-in at global path e.g. fn("Object", "keys")."""
        return self.get(self.G(path[0]), *path[1:])

    def call(self, f, this=UNDEFINED, *args):
        return call(f, this, list(args))

    def new(self, f, *args, new_target=None):
        return construct(f, list(args), new_target)

    def obj(self, **props):
        """A plain object {k: v, ...} (keys in the given order)."""
        o = JSObject(self.realm.intrinsics["ObjectPrototype"])
        for k, v in props.items():
            create_data_property_or_throw(o, k, v)
        return o

    def obj_items(self, items, proto=None):
        o = JSObject(self.realm.intrinsics["ObjectPrototype"] if proto is None else proto)
        for k, v in items:
            create_data_property_or_throw(o, to_property_key(k), v)
        return o

    def array(self, *values):
        from minijs.runtime.arrays import create_array_from_list
        proto = self.realm.intrinsics.get("ArrayPrototype", self.realm.intrinsics["ObjectPrototype"])
        return create_array_from_list(list(values), proto)

    def native(self, py, name="f", length=0, ctor=None):
        """A JS function implemented by py(this, args)."""
        return make_function(self.realm, py, name, length, ctor)

    def throws(self, f, *args, this=UNDEFINED):
        """Call f expecting a JS throw; returns "Name: message"."""
        with pytest.raises(errors.JSThrow) as info:
            call(f, this, list(args))
        return self.describe(info.value.value)

    def describe(self, err):
        name = err.get("name", err)
        message = err.get("message", err)
        return "%s: %s" % (name, message)

    def list(self, arr):
        """A JS array-like as a Python list."""
        n = arr.get("length", arr)
        return [arr.get(str(i), arr) for i in range(n)]


@pytest.fixture
def env():
    realm = create_realm()
    previous = realms.set_current(realm)
    try:
        yield Env(realm)
    finally:
        realms.set_current(previous)
