"""util.inspect.custom: an object's own say in how util.inspect (and so
console.log) shows it, as in node's formatValue.

A method under Symbol.for('nodejs.util.inspect.custom') is called with
(depth left, options, util.inspect) and `this` the object; a string
result is shown as it is (re-indented), anything else is inspected in
its place, and returning the object itself means "inspect me normally".
Nothing is looked up until some code has asked for that symbol.
"""

from minijs.builtins.symbol import registered_symbol
from minijs.host.inspect_kinds import realm_of
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.values import NULL, is_callable

__all__ = ["CUSTOM_KEY", "NOT_CUSTOM", "custom_symbol", "call_custom_inspect"]

CUSTOM_KEY = "nodejs.util.inspect.custom"
NOT_CUSTOM = object()


def custom_symbol():
    return registered_symbol(CUSTOM_KEY)


def call_custom_inspect(ctx, value, context, recurse_times):
    """The custom method's result for `value` (`context` is what `this`
    is: the proxy when value is a proxy's target), or NOT_CUSTOM."""
    method = value.get(custom_symbol(), context)
    if not is_callable(method):
        return NOT_CUSTOM
    from minijs.host.inspect_api import inspect_function, user_options
    realm = realm_of(ctx.realm)
    inspect_fn = inspect_function(realm)
    if method is inspect_fn:
        return NOT_CUSTOM
    # prototype objects (Foo.prototype) are shown as themselves
    ctor = get_data_property(value, "constructor")
    if isinstance(ctor, JSObject) and get_data_property(ctor, "prototype") is value:
        return NOT_CUSTOM
    depth = NULL if ctx.depth is None else ctx.depth - recurse_times
    result = call(method, context, (depth, user_options(ctx, realm), inspect_fn))
    return NOT_CUSTOM if result is context else result
