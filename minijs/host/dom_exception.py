"""DOMException (WebIDL), a global in node: `new DOMException(message,
nameOrOptions)`.  As node's (lib/internal/per_context/domexception.js):
name, message and the legacy `code` are getters of the prototype reading
internal slots, the instance owns only `stack` (and `cause` when the
options give one), the prototype inherits from Error.prototype, and the
legacy code constants sit on both the constructor and the prototype.
structuredClone's DataCloneError is one."""

from minijs.builtins.error import capture_stack
from minijs.builtins.support import (
    CONFIGURABLE, ENUMERABLE, WRITABLE, arg, define_accessor, define_value, make_constructor)
from minijs.host.node_errors import node_error
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.function_base import NativeFunction
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.values import UNDEFINED, WELL_KNOWN

__all__ = ["install_dom_exception", "dom_exception"]

# WebIDL's legacy codes: (constant, the error name that has it or None)
_LEGACY = (
    ("INDEX_SIZE_ERR", "IndexSizeError"), ("DOMSTRING_SIZE_ERR", None),
    ("HIERARCHY_REQUEST_ERR", "HierarchyRequestError"),
    ("WRONG_DOCUMENT_ERR", "WrongDocumentError"),
    ("INVALID_CHARACTER_ERR", "InvalidCharacterError"), ("NO_DATA_ALLOWED_ERR", None),
    ("NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedError"),
    ("NOT_FOUND_ERR", "NotFoundError"), ("NOT_SUPPORTED_ERR", "NotSupportedError"),
    ("INUSE_ATTRIBUTE_ERR", "InUseAttributeError"), ("INVALID_STATE_ERR", "InvalidStateError"),
    ("SYNTAX_ERR", "SyntaxError"), ("INVALID_MODIFICATION_ERR", "InvalidModificationError"),
    ("NAMESPACE_ERR", "NamespaceError"), ("INVALID_ACCESS_ERR", "InvalidAccessError"),
    ("VALIDATION_ERR", None), ("TYPE_MISMATCH_ERR", "TypeMismatchError"),
    ("SECURITY_ERR", "SecurityError"), ("NETWORK_ERR", "NetworkError"),
    ("ABORT_ERR", "AbortError"), ("URL_MISMATCH_ERR", "URLMismatchError"),
    ("QUOTA_EXCEEDED_ERR", "QuotaExceededError"), ("TIMEOUT_ERR", "TimeoutError"),
    ("INVALID_NODE_TYPE_ERR", "InvalidNodeTypeError"), ("DATA_CLONE_ERR", "DataCloneError"),
)
_CODE_OF_NAME = {name: i for i, (_, name) in enumerate(_LEGACY, 1) if name}


class _ClassConstructor(NativeFunction):
    """A built-in constructor that is a JS class in node (inspect shows
    [class DOMException])."""
    __slots__ = ()
    is_class = True


class DOMExceptionObject(JSObject):
    __slots__ = ("dom_name", "dom_message")
    class_name = "DOMException"


def _create(realm, proto, message, name):
    e = DOMExceptionObject(proto)
    e.dom_name, e.dom_message = name, message
    return e


def dom_exception(realm, message, name):
    """A DOMException the host throws (with its stack), e.g. DataCloneError."""
    e = _create(realm, realm.intrinsics["DOMExceptionPrototype"], message, name)
    capture_stack(realm, e, _header(e))
    return e


def _header(e):
    return "%s: %s" % (e.dom_name, e.dom_message) if e.dom_message else e.dom_name


def install_dom_exception(realm):
    proto = JSObject(realm.intrinsics["ErrorPrototype"])

    def call(this, args):
        raise errors.type_error(errors.msg_class_call("DOMException"))

    def construct(args, new_target):
        message = arg(args, 0)
        message = "" if message is UNDEFINED else ops.to_string(message)
        options = arg(args, 1)
        cause = None
        if isinstance(options, JSObject):
            name = ops.to_string(options.get("name"))
            if options.has_property("cause"):
                cause = (options.get("cause"),)
        else:
            name = "Error" if options is UNDEFINED else ops.to_string(options)
        e = _create(realm, get_prototype_from_constructor(new_target, "DOMExceptionPrototype"),
                    message, name)
        capture_stack(realm, e, _header(e))
        if cause is not None:
            define_value(e, "cause", cause[0], WRITABLE | CONFIGURABLE)
        return e

    def check(this):
        if not isinstance(this, DOMExceptionObject):
            raise node_error("TypeError", "ERR_INVALID_THIS",
                             'Value of "this" must be of DOMException')
        return this

    ctor = make_constructor(realm, "DOMException", 0, call, construct, proto, global_name=False)
    ctor.__class__ = _ClassConstructor
    flags = ENUMERABLE | CONFIGURABLE
    define_accessor(realm, proto, "name", lambda this, args: check(this).dom_name, flags=flags)
    define_accessor(realm, proto, "message", lambda this, args: check(this).dom_message,
                    flags=flags)
    define_accessor(realm, proto, "code",
                    lambda this, args: _CODE_OF_NAME.get(check(this).dom_name, 0), flags=flags)
    for code, (constant, _) in enumerate(_LEGACY, 1):
        define_value(ctor, constant, code, ENUMERABLE)
        define_value(proto, constant, code, ENUMERABLE)
    define_value(proto, WELL_KNOWN.toStringTag, "DOMException", CONFIGURABLE)
    define_value(realm.global_object, "DOMException", ctor, WRITABLE | CONFIGURABLE)
