"""Proxy exotic objects (ECMA-262 10.5), with V8's messages.

A JSProxy has [[ProxyTarget]] / [[ProxyHandler]] in `target` / `handler`
(both NULL once revoked) and overrides every internal method with the
spec's algorithm: look the trap up on the handler, fall back to the
target when it is absent, otherwise call it and enforce the invariants.

How the rest of the engine stays honest (objects.py's contract):

* `exotic` and `is_proxy` are True: the prototype-chain loops of
  JSObject hand a proxy found on a chain to its own get/set/has_property,
  and every fast path (the interpreter's inline caches, which only cache
  non-exotic shapes, `type(o) is JSObject/JSArray` bulk paths, JSON,
  Object.keys, Array methods, inspect) either checks those flags or an
  exact Python type.  A proxy's own storage stays empty (shape ROOT, no
  slots, no elements), so the get_fast/get_index_fast family can only
  miss on it.
* `callable` / `constructible` are per-instance slots copied from the
  target at creation (10.5.14 ProxyCreate steps 5-7): `typeof` and the
  interpreter's call paths read them as for any function.
* `proxy_target()` is IsArray's step (and GetFunctionRealm's): the target,
  or the revoked-proxy TypeError.
* When a [[Set]], [[DefineOwnProperty]] or [[Delete]] returns false the
  proxy remembers whether its trap said so or its target refused, so the
  strict-mode error names the right reason without running traps again.
"""

from minijs.runtime import errors
from minijs.runtime.calls import call, construct
from minijs.runtime.descriptors import (
    complete_property_descriptor, from_property_descriptor, to_property_descriptor)
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import (
    is_compatible_property_descriptor, receive_set_generic)
from minijs.runtime.values import (
    NULL, UNDEFINED, JSSymbol, is_callable, key_to_display, same_value, to_boolean)

__all__ = ["JSProxy", "proxy_create"]


def _key(key):
    return key_to_display(key)


def _realm_intrinsic(name):
    from minijs.runtime import realm as realms
    return realms.current().intrinsics[name]


def _new_object():
    return JSObject(_realm_intrinsic("ObjectPrototype"))


def _array_of(values):
    from minijs.runtime.arrays import create_array_from_list
    return create_array_from_list(list(values), _realm_intrinsic("ArrayPrototype"))


class JSProxy(JSObject):
    """A Proxy exotic object (10.5)."""

    __slots__ = ("target", "handler", "callable", "constructible", "failure")

    exotic = True
    is_proxy = True

    def __init__(self, target, handler):
        JSObject.__init__(self, NULL)
        self.target = target
        self.handler = handler
        self.callable = target.callable
        self.constructible = target.constructible
        self.failure = None         # "trap" / "target": why the last write returned false

    @property
    def class_name(self):
        return "Function" if self.callable else "Object"

    @property
    def realm(self):
        """GetFunctionRealm (7.3.24) step 4: the target's realm."""
        target = self.proxy_target("GetFunctionRealm")
        from minijs.runtime import realm as realms
        return getattr(target, "realm", None) or realms.current()

    def proxy_target(self, operation="IsArray"):
        if self.handler is NULL:
            raise _revoked(operation)
        return self.target

    def revoke(self):
        self.target = NULL
        self.handler = NULL

    # -- the trap lookup (10.5.x step 1-6) ---------------------------------

    def _trap(self, name):
        """(target, handler, trap): trap is None when the handler has none
        (GetMethod returned undefined)."""
        handler = self.handler
        if handler is NULL:
            raise _revoked(name)
        trap = handler.get(name, handler)
        if trap is UNDEFINED or trap is NULL:
            return self.target, handler, None
        if not is_callable(trap):
            raise errors.type_error("'%s' returned for property '%s' of object '%s' is not a function"
                                    % (errors.display_value(trap), name, errors.display_value(handler)))
        return self.target, handler, trap

    # -- internal methods ----------------------------------------------------

    def get_prototype_of(self):                                         # 10.5.1
        target, handler, trap = self._trap("getPrototypeOf")
        if trap is None:
            return target.get_prototype_of()
        proto = call(trap, handler, (target,))
        if proto is not NULL and not isinstance(proto, JSObject):
            raise errors.type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
        if target.is_extensible():
            return proto
        if proto is not target.get_prototype_of():
            raise errors.type_error("'getPrototypeOf' on proxy: proxy target is non-extensible "
                                    "but the trap did not return its actual prototype")
        return proto

    def set_prototype_of(self, proto):                                  # 10.5.2
        target, handler, trap = self._trap("setPrototypeOf")
        if trap is None:
            return target.set_prototype_of(proto)
        if not to_boolean(call(trap, handler, (target, proto))):
            return False
        if target.is_extensible():
            return True
        if proto is not target.get_prototype_of():
            raise errors.type_error("'setPrototypeOf' on proxy: trap returned truish for setting "
                                    "a new prototype on the non-extensible proxy target")
        return True

    def is_extensible(self):                                            # 10.5.3
        target, handler, trap = self._trap("isExtensible")
        if trap is None:
            return target.is_extensible()
        result = to_boolean(call(trap, handler, (target,)))
        expected = target.is_extensible()
        if result != expected:
            raise errors.type_error("'isExtensible' on proxy: trap result does not reflect "
                                    "extensibility of proxy target (which is '%s')"
                                    % ("true" if expected else "false"))
        return result

    def prevent_extensions(self):                                       # 10.5.4
        target, handler, trap = self._trap("preventExtensions")
        if trap is None:
            return target.prevent_extensions()
        result = to_boolean(call(trap, handler, (target,)))
        if result and target.is_extensible():
            raise errors.type_error("'preventExtensions' on proxy: trap returned truish but "
                                    "the proxy target is extensible")
        return result

    def get_own_property(self, key):                                    # 10.5.5
        target, handler, trap = self._trap("getOwnPropertyDescriptor")
        if trap is None:
            return target.get_own_property(key)
        result = call(trap, handler, (target, key))
        if result is not UNDEFINED and not isinstance(result, JSObject):
            raise _gopd_error("trap returned neither object nor undefined for property '%s'", key)
        target_desc = target.get_own_property(key)
        if result is UNDEFINED:
            if target_desc is None:
                return None
            if target_desc.configurable is False:
                raise _gopd_error("trap returned undefined for property '%s' which is "
                                  "non-configurable in the proxy target", key)
            if not target.is_extensible():
                raise _gopd_error("trap returned undefined for property '%s' which exists in "
                                  "the non-extensible proxy target", key)
            return None
        extensible = target.is_extensible()
        desc = complete_property_descriptor(to_property_descriptor(result))
        if not is_compatible_property_descriptor(extensible, desc, target_desc):
            raise _gopd_error("trap returned descriptor for property '%s' that is incompatible "
                              "with the existing property in the proxy target", key)
        if desc.configurable is False:
            if target_desc is None or target_desc.configurable:
                raise _gopd_error("trap reported non-configurability for property '%s' which is "
                                  "either non-existent or configurable in the proxy target", key)
            if desc.writable is False and target_desc.writable:
                raise _gopd_error("trap reported non-configurable and writable for property '%s' "
                                  "which is non-configurable, non-writable in the proxy target", key)
        return desc

    def define_own_property(self, key, desc):                           # 10.5.6
        target, handler, trap = self._trap("defineProperty")
        if trap is None:
            ok = target.define_own_property(key, desc)
            self.failure = None if ok else "target-define"
            return ok
        desc_obj = from_property_descriptor(desc, _new_object)
        if not to_boolean(call(trap, handler, (target, key, desc_obj))):
            self.failure = "trap"
            return False
        target_desc = target.get_own_property(key)
        extensible = target.is_extensible()
        setting_config_false = desc.configurable is False
        if target_desc is None:
            if not extensible:
                raise errors.type_error("'defineProperty' on proxy: trap returned truish for adding "
                                        "property '%s'  to the non-extensible proxy target" % _key(key))
            if setting_config_false:
                raise _define_non_configurable(key)
        else:
            if not is_compatible_property_descriptor(extensible, desc, target_desc):
                raise errors.type_error("'defineProperty' on proxy: trap returned truish for adding "
                                        "property '%s'  that is incompatible with the existing "
                                        "property in the proxy target" % _key(key))
            if setting_config_false and target_desc.configurable:
                raise _define_non_configurable(key)
            if (target_desc.get is None and target_desc.configurable is False
                    and target_desc.writable and desc.writable is False):
                raise errors.type_error(
                    "'defineProperty' on proxy: trap returned truish for defining non-configurable "
                    "property '%s' which cannot be non-writable, unless there exists a "
                    "corresponding non-configurable, non-writable own property of the target "
                    "object." % _key(key))
        return True

    def has_property(self, key):                                        # 10.5.7
        target, handler, trap = self._trap("has")
        if trap is None:
            return target.has_property(key)
        result = to_boolean(call(trap, handler, (target, key)))
        if not result:
            target_desc = target.get_own_property(key)
            if target_desc is not None:
                if target_desc.configurable is False:
                    raise errors.type_error("'has' on proxy: trap returned falsish for property '%s' "
                                            "which exists in the proxy target as non-configurable"
                                            % _key(key))
                if not target.is_extensible():
                    raise errors.type_error("'has' on proxy: trap returned falsish for property '%s' "
                                            "but the proxy target is not extensible" % _key(key))
        return result

    def has_own_property(self, key):
        return self.get_own_property(key) is not None

    def get(self, key, receiver=None):                                  # 10.5.8
        if receiver is None:
            receiver = self
        target, handler, trap = self._trap("get")
        if trap is None:
            return target.get(key, receiver)
        value = call(trap, handler, (target, key, receiver))
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.get is None and target_desc.set is None:
                if target_desc.writable is False and not same_value(value, target_desc.value):
                    raise errors.type_error(
                        "'get' on proxy: property '%s' is a read-only and non-configurable data "
                        "property on the proxy target but the proxy did not return its actual "
                        "value (expected '%s' but got '%s')"
                        % (_key(key), errors.display_value(target_desc.value),
                           errors.display_value(value)))
            elif target_desc.get is UNDEFINED and value is not UNDEFINED:
                raise errors.type_error(
                    "'get' on proxy: property '%s' is a non-configurable accessor property on the "
                    "proxy target and does not have a getter function, but the trap did not "
                    "return 'undefined' (got '%s')" % (_key(key), errors.display_value(value)))
        return value

    def set(self, key, value, receiver=None):                           # 10.5.9
        if receiver is None:
            receiver = self
        target, handler, trap = self._trap("set")
        if trap is None:
            self.failure = "target"         # a define on this receiver may say more
            return target.set(key, value, receiver)
        if not to_boolean(call(trap, handler, (target, key, value, receiver))):
            self.failure = "trap"
            return False
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.get is None and target_desc.set is None:
                if target_desc.writable is False and not same_value(value, target_desc.value):
                    raise errors.type_error(
                        "'set' on proxy: trap returned truish for property '%s' which exists in "
                        "the proxy target as a non-configurable and non-writable data property "
                        "with a different value" % _key(key))
            elif target_desc.set is UNDEFINED:
                raise errors.type_error(
                    "'set' on proxy: trap returned truish for property '%s' which exists in the "
                    "proxy target as a non-configurable and non-writable accessor property "
                    "without a setter" % _key(key))
        return True

    def _receive_set(self, key, value):
        """OrdinarySetWithOwnDescriptor 2.c-2.e with the proxy as the
        Receiver: through its [[GetOwnProperty]] / [[DefineOwnProperty]]."""
        return receive_set_generic(self, key, value)

    def delete(self, key):                                              # 10.5.10
        target, handler, trap = self._trap("deleteProperty")
        if trap is None:
            ok = target.delete(key)
            self.failure = None if ok else "target"
            return ok
        if not to_boolean(call(trap, handler, (target, key))):
            self.failure = "trap"
            return False
        target_desc = target.get_own_property(key)
        if target_desc is None:
            return True
        if target_desc.configurable is False:
            raise errors.type_error("'deleteProperty' on proxy: trap returned truish for property "
                                    "'%s' which is non-configurable in the proxy target" % _key(key))
        if not target.is_extensible():
            raise errors.type_error("'deleteProperty' on proxy: trap returned truish for property "
                                    "'%s' but the proxy target is non-extensible" % _key(key))
        return True

    def own_property_keys(self):                                        # 10.5.11
        target, handler, trap = self._trap("ownKeys")
        if trap is None:
            return target.own_property_keys()
        result_array = call(trap, handler, (target,))
        if not isinstance(result_array, JSObject):
            raise errors.type_error("CreateListFromArrayLike called on non-object")
        from minijs.runtime.operations import length_of_array_like
        keys = []
        seen = set()
        for i in range(length_of_array_like(result_array)):
            k = result_array.get(str(i), result_array)
            if type(k) is not str and type(k) is not JSSymbol:
                raise errors.type_error("%s is not a valid property name" % errors.display_value(k))
            if k in seen:
                raise errors.type_error("'ownKeys' on proxy: trap returned duplicate entries")
            seen.add(k)
            keys.append(k)
        extensible = target.is_extensible()
        configurable = []
        nonconfigurable = []
        for k in target.own_property_keys():
            desc = target.get_own_property(k)
            if desc is not None and desc.configurable is False:
                nonconfigurable.append(k)
            else:
                configurable.append(k)
        if extensible and not nonconfigurable:
            return keys
        unchecked = set(keys)
        for k in nonconfigurable:
            if k not in unchecked:
                raise _missing_key(k)
            unchecked.discard(k)
        if extensible:
            return keys
        for k in configurable:
            if k not in unchecked:
                raise _missing_key(k)
            unchecked.discard(k)
        if unchecked:
            raise errors.type_error("'ownKeys' on proxy: trap returned extra keys but proxy "
                                    "target is non-extensible")
        return keys

    def call(self, this, args):                                         # 10.5.12
        if not self.callable:
            return JSObject.call(self, this, args)
        target, handler, trap = self._trap("apply")
        if trap is None:
            return call(target, this, args)
        return call(trap, handler, (target, this, _array_of(args)))

    def construct(self, args, new_target):                              # 10.5.13
        if not self.constructible:
            return JSObject.construct(self, args, new_target)
        target, handler, trap = self._trap("construct")
        if trap is None:
            return construct(target, args, new_target)
        obj = call(trap, handler, (target, _array_of(args), new_target))
        if not isinstance(obj, JSObject):
            raise errors.type_error("'construct' on proxy: trap returned non-object ('%s')"
                                    % errors.display_value(obj))
        return obj

    # -- storage hooks: a proxy has no own storage -----------------------------

    def _set_integrity_fast(self, frozen):
        return False

    # -- messages ----------------------------------------------------------------

    def display(self):
        target = self.target
        if target is NULL:
            return "#<Object>"
        if self.callable:
            return target.display()
        return "#<Object>"

    def _failure_extra(self, key, for_set=False):
        """Why the last [[Set]] (for_set) or [[DefineOwnProperty]] of `key`
        returned false: the trap's answer, or the target's reason."""
        if self.failure == "trap":
            return "'%s' on proxy: trap returned falsish for property '%s'" % (
                "set" if for_set else "defineProperty", _key(key))
        target = self.target
        if target is NULL:
            return None
        if for_set and self.failure != "target-define":
            from minijs.runtime.ordinary import set_failure_message
            return set_failure_message(target, key)
        from minijs.runtime.ordinary import define_failure_message
        return define_failure_message(target, key)

    def delete_failure_message(self, key):
        """The strict-mode message for a refused delete of `key`."""
        if self.failure == "trap":
            return "'deleteProperty' on proxy: trap returned falsish for property '%s'" % _key(key)
        return None


def _revoked(operation):
    return errors.type_error("Cannot perform '%s' on a proxy that has been revoked" % operation)


def _gopd_error(template, key):
    return errors.type_error("'getOwnPropertyDescriptor' on proxy: " + template % _key(key))


def _define_non_configurable(key):
    return errors.type_error(
        "'defineProperty' on proxy: trap returned truish for defining non-configurable property "
        "'%s' which is either non-existent or configurable in the proxy target" % _key(key))


def _missing_key(key):
    return errors.type_error("'ownKeys' on proxy: trap result did not include '%s'" % _key(key))


def proxy_create(target, handler):
    """ProxyCreate (10.5.14)."""
    if not isinstance(target, JSObject) or not isinstance(handler, JSObject):
        raise errors.type_error("Cannot create proxy with a non-object as target or handler")
    return JSProxy(target, handler)
