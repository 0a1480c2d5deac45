"""internalBinding('errors'): the "Received ..." tail of node's argument
errors (node_errors.received), shared with the Python-made errors."""

from minijs.builtins.support import arg
from minijs.host.core_modules.bindings import binding_object
from minijs.host.node_errors import received


def make_binding(host):
    def describe_received(this, args):
        return received(arg(args, 0))
    return binding_object(host.realm, [("received", describe_received, 1)])
