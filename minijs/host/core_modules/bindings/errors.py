"""internalBinding('errors'): the "Received ..." tail of node's argument
errors (node_errors.received, shared with the Python-made errors), and
node's hideStackFrames: an error's stack without the frames of
node:internal/* code on top, so it starts at the public API function."""

from minijs.builtins.error import error_header, stack_frames
from minijs.builtins.support import arg, define_value
from minijs.host.core_modules.bindings import binding_object
from minijs.host.node_errors import received
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
from minijs.runtime.values import UNDEFINED

_INTERNAL_FRAME = "(node:internal/"
_OWN_FRAME = "    at captureStack ("
_MAX_HIDDEN = 8       # internal frames above an API function: a few at most


def make_binding(host):
    realm = host.realm

    def describe_received(this, args):
        return received(arg(args, 0))

    def capture_stack(this, args):
        error = arg(args, 0)
        limit = get_data_property(realm.intrinsics["Error"], "stackTraceLimit")
        if type(limit) not in (int, float):
            define_value(error, "stack", UNDEFINED, WRITABLE | CONFIGURABLE)
            return UNDEFINED
        limit = max(0, min(int(limit), 2 ** 16)) if limit == limit else 0
        frames = stack_frames(limit + _MAX_HIDDEN) if limit else []
        if frames and frames[0].startswith(_OWN_FRAME):
            frames.pop(0)
        while frames and _INTERNAL_FRAME in frames[0]:
            frames.pop(0)
        text = "\n".join([error_header(error)] + frames[:limit])
        define_value(error, "stack", text, WRITABLE | CONFIGURABLE)
        return UNDEFINED

    return binding_object(realm, [("received", describe_received, 1),
                                  ("captureStack", capture_stack, 1)])
