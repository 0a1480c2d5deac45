"""Small helpers shared by the String built-in modules: the `this`
coercion every generic String method starts with, V8's string length
limit, and the array/iterator-result objects the methods create."""

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import require_object_coercible, to_string
from minijs.runtime.values import WELL_KNOWN, UNDEFINED, to_boolean
from minijs.runtime.wrappers import StringObject

__all__ = [
    "this_string", "this_string_value", "check_length", "MAX_STRING_LENGTH",
    "new_array", "iter_result", "is_regexp",
]

# V8's String::kMaxLength on 64-bit hosts; longer results throw
# RangeError "Invalid string length" instead of exhausting memory.
MAX_STRING_LENGTH = 2 ** 29 - 24


def this_string(this, name):
    """RequireObjectCoercible(this) then ToString: the first steps of
    every generic String.prototype method; `name` is the method's name
    for V8's "String.prototype.x called on null or undefined"."""
    if type(this) is str:
        return this
    require_object_coercible(this, "String.prototype." + name)
    return to_string(this)


def this_string_value(this, name):
    """thisStringValue (22.1.3.35.1) for toString/valueOf: a string or a
    String object, else V8's TypeError."""
    if type(this) is str:
        return this
    if isinstance(this, StringObject):
        return this.primitive
    raise errors.type_error("String.prototype.%s requires that 'this' be a String" % name)


def check_length(n):
    """Throw V8's RangeError when a result string would exceed the limit."""
    if n > MAX_STRING_LENGTH:
        raise errors.range_error("Invalid string length")


def new_array(values):
    """CreateArrayFromList(values) (7.3.17) in the running realm."""
    from minijs.runtime.arrays import create_array_from_list
    intrinsics = realms.current().intrinsics
    proto = intrinsics.get("ArrayPrototype") or intrinsics["ObjectPrototype"]
    return create_array_from_list(list(values), proto)


def iter_result(value, done):
    """CreateIterResultObject (7.4.14): { value, done }."""
    from minijs.runtime.ordinary import create_data_property
    obj = JSObject(realms.current().intrinsics["ObjectPrototype"])
    create_data_property(obj, "value", value)
    create_data_property(obj, "done", done)
    return obj


def is_regexp(v):
    """IsRegExp (7.2.8): an object whose @@match is truthy, or (when
    @@match is undefined) one with a [[RegExpMatcher]] slot, which
    RegExp objects advertise with class_name "RegExp"."""
    if not isinstance(v, JSObject):
        return False
    matcher = v.get(WELL_KNOWN.match, v)
    if matcher is not UNDEFINED:
        return to_boolean(matcher)
    return v.class_name == "RegExp"
