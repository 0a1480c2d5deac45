"""The Proxy constructor and Proxy.revocable (ECMA-262 28.2).  The exotic
object itself is minijs/runtime/proxy.py."""

from minijs.builtins.class_support import requires_new
from minijs.builtins.support import arg, define_methods, define_value, make_function
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import create_data_property_or_throw
from minijs.runtime.proxy import proxy_create
from minijs.runtime.values import UNDEFINED

__all__ = ["install"]


def install(realm):
    def construct(args, new_target):                                # 28.2.1.1
        return proxy_create(arg(args, 0), arg(args, 1))

    # Proxy has no "prototype" property (28.2.2): not make_constructor.
    ctor = make_function(realm, requires_new("Proxy"), "Proxy", 2, construct)
    realm.intrinsics["Proxy"] = ctor

    def revocable(this, args):                                      # 28.2.2.1
        p = proxy_create(arg(args, 0), arg(args, 1))

        def revoke(this, args):                                     # 28.2.2.1.1
            nonlocal p
            if p is not None:
                p.revoke()
                p = None
            return UNDEFINED

        result = JSObject(realm.intrinsics["ObjectPrototype"])
        create_data_property_or_throw(result, "proxy", p)
        create_data_property_or_throw(result, "revoke", make_function(realm, revoke, "", 0))
        return result

    define_methods(realm, ctor, [("revocable", revocable, 2)])
    define_value(realm.global_object, "Proxy", ctor)
    return ctor
