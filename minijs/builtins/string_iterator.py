"""String.prototype[@@iterator] and %StringIteratorPrototype% (ECMA-262
22.1.3.34, 22.1.5): iteration over a string by code point (a surrogate
pair is one step, a lone surrogate is a step of its own)."""

from minijs.builtins.string_common import iter_result, this_string
from minijs.builtins.string_unicode import code_point_at
from minijs.builtins.support import CONFIGURABLE, define_method, define_value
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED, WELL_KNOWN

__all__ = ["StringIterator", "install_string_iterator", "ensure_iterator_prototype"]


class StringIterator(JSObject):
    """A String Iterator object; `string` is None once it is exhausted
    (the spec's generator has returned)."""

    __slots__ = ("string", "position")

    def __init__(self, string, proto):
        JSObject.__init__(self, proto)
        self.string = string
        self.position = 0


def string_iterator(this, args):
    """String.prototype[@@iterator] (22.1.3.34)."""
    s = this_string(this, "[Symbol.iterator]")
    return StringIterator(s, realms.current().intrinsics["StringIteratorPrototype"])


def string_iterator_next(this, args):
    """%StringIteratorPrototype%.next (22.1.5.1.1)."""
    if not isinstance(this, StringIterator):
        raise errors.type_error(
            "Method String Iterator.prototype.next called on incompatible receiver "
            + errors.display_value(this))
    s = this.string
    if s is None:
        return iter_result(UNDEFINED, True)
    pos = this.position
    if pos >= len(s):
        this.string = None
        return iter_result(UNDEFINED, True)
    _, size, _ = code_point_at(s, pos)
    this.position = pos + size
    return iter_result(s[pos:pos + size], False)


def _return_this(this, args):
    return this


def ensure_iterator_prototype(realm):
    """%IteratorPrototype% (27.1.2): taken from the realm if another module
    made it already, else created here (with its @@iterator returning
    this) and registered as intrinsic "IteratorPrototype"."""
    proto = realm.intrinsics.get("IteratorPrototype")
    if proto is None:
        proto = JSObject(realm.intrinsics["ObjectPrototype"])
        define_method(realm, proto, WELL_KNOWN.iterator, _return_this, 0)
        realm.intrinsics["IteratorPrototype"] = proto
    return proto


def install_string_iterator(realm, string_prototype):
    """Create %StringIteratorPrototype% and String.prototype[@@iterator]."""
    proto = JSObject(ensure_iterator_prototype(realm))
    define_method(realm, proto, "next", string_iterator_next, 0)
    define_value(proto, WELL_KNOWN.toStringTag, "String Iterator", CONFIGURABLE)
    realm.intrinsics["StringIteratorPrototype"] = proto
    define_method(realm, string_prototype, WELL_KNOWN.iterator, string_iterator, 0)
