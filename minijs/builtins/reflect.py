"""The Reflect object (ECMA-262 28.1): the internal methods as functions,
with V8's messages."""

from minijs.builtins.class_support import define_tag
from minijs.builtins.support import arg, define_methods, define_value
from minijs.runtime import errors
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call, construct
from minijs.runtime.descriptors import from_property_descriptor, to_property_descriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    create_list_from_array_like, to_property_key)
from minijs.runtime.values import NULL, is_callable, is_constructor, type_of

__all__ = ["install"]


def _target(args, name):
    target = arg(args, 0)
    if not isinstance(target, JSObject):
        raise errors.type_error("Reflect.%s called on non-object" % name)
    return target


def _not_a_function(v):
    """V8's message for Function.prototype.apply on a non-callable."""
    if v is NULL:
        kind = "null"
    else:
        t = type_of(v)
        kind = "an object" if t == "object" else "a " + t
    return errors.type_error("Function.prototype.apply was called on %s, which is %s and not a function"
                             % (errors.display_value(v), kind))


def reflect_apply(this, args):                                      # 28.1.1
    target = arg(args, 0)
    if not is_callable(target):
        raise _not_a_function(target)
    return call(target, arg(args, 1), create_list_from_array_like(arg(args, 2)))


def reflect_construct(this, args):                                  # 28.1.2
    target = arg(args, 0)
    if not is_constructor(target):
        raise errors.type_error("%s is not a constructor" % errors.display_value(target))
    new_target = args[2] if len(args) > 2 else target
    if not is_constructor(new_target):
        raise errors.type_error("%s is not a constructor" % errors.display_value(new_target))
    return construct(target, create_list_from_array_like(arg(args, 1)), new_target)


def reflect_define_property(this, args):                            # 28.1.3
    target = _target(args, "defineProperty")
    key = to_property_key(arg(args, 1))
    return target.define_own_property(key, to_property_descriptor(arg(args, 2)))


def reflect_delete_property(this, args):                            # 28.1.4
    target = _target(args, "deleteProperty")
    return target.delete(to_property_key(arg(args, 1)))


def reflect_get(this, args):                                        # 28.1.5
    target = _target(args, "get")
    key = to_property_key(arg(args, 1))
    receiver = args[2] if len(args) > 2 else target
    return target.get(key, receiver)


def _realm_object():
    from minijs.runtime import realm as realms
    return JSObject(realms.current().intrinsics["ObjectPrototype"])


def reflect_get_own_property_descriptor(this, args):                # 28.1.6
    target = _target(args, "getOwnPropertyDescriptor")
    key = to_property_key(arg(args, 1))
    return from_property_descriptor(target.get_own_property(key), _realm_object)


def reflect_get_prototype_of(this, args):                           # 28.1.7
    return _target(args, "getPrototypeOf").get_prototype_of()


def reflect_has(this, args):                                        # 28.1.8
    target = _target(args, "has")
    return target.has_property(to_property_key(arg(args, 1)))


def reflect_is_extensible(this, args):                              # 28.1.9
    return _target(args, "isExtensible").is_extensible()


def reflect_own_keys(this, args):                                   # 28.1.10
    from minijs.runtime import realm as realms
    keys = _target(args, "ownKeys").own_property_keys()
    return create_array_from_list(list(keys), realms.current().intrinsics["ArrayPrototype"])


def reflect_prevent_extensions(this, args):                         # 28.1.11
    return _target(args, "preventExtensions").prevent_extensions()


def reflect_set(this, args):                                        # 28.1.12
    target = _target(args, "set")
    key = to_property_key(arg(args, 1))
    receiver = args[3] if len(args) > 3 else target
    return target.set(key, arg(args, 2), receiver)


def reflect_set_prototype_of(this, args):                           # 28.1.13
    target = _target(args, "setPrototypeOf")
    proto = arg(args, 1)
    if proto is not NULL and not isinstance(proto, JSObject):
        raise errors.type_error("Object prototype may only be an Object or null: %s"
                                % errors.display_value(proto))
    return target.set_prototype_of(proto)


def install(realm):
    reflect = JSObject(realm.intrinsics["ObjectPrototype"])
    define_methods(realm, reflect, [
        ("defineProperty", reflect_define_property, 3),
        ("deleteProperty", reflect_delete_property, 2),
        ("apply", reflect_apply, 3),
        ("construct", reflect_construct, 2),
        ("get", reflect_get, 2),
        ("getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2),
        ("getPrototypeOf", reflect_get_prototype_of, 1),
        ("has", reflect_has, 2),
        ("isExtensible", reflect_is_extensible, 1),
        ("ownKeys", reflect_own_keys, 1),
        ("preventExtensions", reflect_prevent_extensions, 1),
        ("set", reflect_set, 3),
        ("setPrototypeOf", reflect_set_prototype_of, 2),
    ])
    define_tag(reflect, "Reflect")
    realm.intrinsics["Reflect"] = reflect
    define_value(realm.global_object, "Reflect", reflect)
    return reflect

