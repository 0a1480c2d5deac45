"""util.inspect as a JS function: node's option handling on top of
inspect.py (one function object per realm, so util.inspect,
util.inspect.custom's third argument and `inspect.defaultOptions` are
the same everywhere).

    inspect_function(realm)      the JS `util.inspect`
    context_from(realm, args)    an inspect.Context for (value, options)
    user_options(ctx, realm)     the options object a custom inspect method gets

Differences from node: `colors: true` is accepted but never colours,
`sorted` with a comparator sorts as `sorted: true`, `getters` and
`numericSeparator` are ignored.
"""

import math
import weakref

from minijs.builtins.support import arg, define_value, make_function
from minijs.host.inspect import Context, format_value
from minijs.host.inspect_custom import CUSTOM_KEY
from minijs.runtime import operations as ops
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, to_boolean

__all__ = ["inspect_function", "context_from", "user_options"]

_FUNCTIONS = weakref.WeakKeyDictionary()     # realm -> its util.inspect
_WEC = WRITABLE | ENUMERABLE | CONFIGURABLE

# node's inspectDefaultOptions, in its order
_DEFAULTS = (("showHidden", False), ("depth", 2), ("colors", False), ("customInspect", True),
             ("showProxy", False), ("maxArrayLength", 100), ("maxStringLength", 10000),
             ("breakLength", 80), ("compact", 3), ("sorted", False), ("getters", False),
             ("numericSeparator", False))


def _limit(value):
    """A count option: null / Infinity mean no limit (None)."""
    if value is NULL or value is UNDEFINED:
        return None
    n = ops.to_number(value)
    if n != n:
        return 0
    if n == math.inf:
        return None
    return math.ceil(n) if n > 0 else 0


def _depth(value):
    if value is NULL:
        return None
    n = ops.to_number(value)
    return None if n == math.inf else n


def _compact(value):
    if type(value) is bool:
        return value
    n = ops.to_number(value)
    return int(n) if n == n and n != math.inf and n == int(n) else n


def _apply(ctx, key, value):
    if key == "depth":
        ctx.depth = _depth(value)
    elif key == "showHidden":
        ctx.show_hidden = to_boolean(value)
    elif key == "colors":
        ctx.colors = to_boolean(value)
    elif key == "customInspect":
        ctx.custom_inspect = to_boolean(value)
    elif key == "showProxy":
        ctx.show_proxy = to_boolean(value)
    elif key == "maxArrayLength":
        ctx.max_array_length = _limit(value)
    elif key == "maxStringLength":
        ctx.max_string_length = _limit(value)
    elif key == "breakLength":
        ctx.break_length = ops.to_number(value)
    elif key == "compact":
        ctx.compact = _compact(value)
    elif key == "sorted":
        ctx.sorted = to_boolean(value)


def context_from(realm, args):
    """node's inspect(value, opts) / the legacy inspect(value, showHidden,
    depth, colors): util.inspect's defaults (inspect.defaultOptions),
    then the caller's."""
    ctx = Context(realm=realm)
    defaults = inspect_function(realm).get("defaultOptions")
    if isinstance(defaults, JSObject):
        for key, _ in _DEFAULTS:
            _apply(ctx, key, defaults.get(key))
    if len(args) > 2:
        if args[2] is not UNDEFINED:
            ctx.depth = _depth(args[2])
        if len(args) > 3 and args[3] is not UNDEFINED:
            ctx.colors = to_boolean(args[3])
    opts = arg(args, 1)
    if type(opts) is bool:
        ctx.show_hidden = opts
    elif isinstance(opts, JSObject):
        for key, _ in _DEFAULTS:
            desc = opts.get_own_property(key)
            if desc is not None and desc.enumerable:
                _apply(ctx, key, opts.get(key))
    return ctx


def user_options(ctx, realm):
    """What a custom inspect method receives as its options (node's
    getUserOptions): the option values plus a `stylize` that adds no
    colours."""
    obj = JSObject(realm.intrinsics["ObjectPrototype"])
    inf = math.inf
    values = {
        "showHidden": ctx.show_hidden, "depth": NULL if ctx.depth is None else ctx.depth,
        "colors": ctx.colors, "customInspect": ctx.custom_inspect, "showProxy": ctx.show_proxy,
        "maxArrayLength": inf if ctx.max_array_length is None else ctx.max_array_length,
        "maxStringLength": inf if ctx.max_string_length is None else ctx.max_string_length,
        "breakLength": ctx.break_length, "compact": ctx.compact, "sorted": ctx.sorted,
        "getters": False, "numericSeparator": False}
    for key, _ in _DEFAULTS:
        define_value(obj, key, values[key], _WEC)

    def stylize(this, args):
        return ops.to_string(arg(args, 0))
    define_value(obj, "stylize", make_function(realm, stylize, "stylize", 2), _WEC)
    return obj


def inspect_function(realm):
    fn = _FUNCTIONS.get(realm)
    if fn is not None:
        return fn

    def inspect(this, args):
        return format_value(context_from(realm, args), arg(args, 0), 0)
    fn = make_function(realm, inspect, "inspect", 2)
    _FUNCTIONS[realm] = fn
    from minijs.builtins.symbol import symbol_for
    define_value(fn, "custom", symbol_for(CUSTOM_KEY), _WEC)
    defaults = JSObject(realm.intrinsics["ObjectPrototype"])
    for key, value in _DEFAULTS:
        define_value(defaults, key, value, _WEC)
    define_value(fn, "defaultOptions", defaults, _WEC)
    return fn
