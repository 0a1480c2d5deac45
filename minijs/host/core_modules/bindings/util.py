"""internalBinding('util'): util.inspect / util.format and friends, from
the inspect*.py modules console.log uses."""

from minijs.builtins.support import arg
from minijs.host.core_modules.bindings import binding_object
from minijs.host.inspect_api import context_from, inspect_function
from minijs.host.inspect_format import format_with_options
from minijs.host.node_errors import invalid_arg_type
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED


def _kwargs(ctx):
    """An inspect.Context's options as format_with_options' keywords."""
    return dict(depth=ctx.depth, show_hidden=ctx.show_hidden, break_length=ctx.break_length,
                compact=ctx.compact, sorted_keys=ctx.sorted,
                max_array_length=ctx.max_array_length, max_string_length=ctx.max_string_length,
                show_proxy=ctx.show_proxy, colors=ctx.colors, custom_inspect=ctx.custom_inspect)


def make_binding(host):
    realm = host.realm

    def format_(this, args):
        return format_with_options(tuple(args), realm)

    def format_with(this, args):
        options = arg(args, 0)
        if not isinstance(options, JSObject) or options.callable:
            raise invalid_arg_type("inspectOptions", "of type object", options)
        ctx = context_from(realm, (UNDEFINED, options))
        return format_with_options(tuple(args[1:]), realm, _kwargs(ctx))

    return binding_object(realm, [("format", format_, 0), ("formatWithOptions", format_with, 1)],
                          [("inspect", inspect_function(realm))])
