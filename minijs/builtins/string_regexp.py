"""The String.prototype methods that delegate to a RegExp protocol
(ECMA-262 22.1.3.12 match, .13 matchAll, .18 replace, .19 replaceAll,
.22 search, .23 split).

ES2015+ protocol: when the argument is neither undefined nor null and has
a @@match / @@matchAll / @@replace / @@search / @@split method, the call
is handed to it (that is how RegExp objects, and user objects, take
over).  Otherwise replace / replaceAll / split run the string algorithm
here, and match / matchAll / search build a RegExp from the argument
(RegExpCreate) and invoke its method."""

from minijs.builtins.string_common import (
    check_length, is_regexp, new_array, this_string)
from minijs.builtins.string_substitution import get_substitution
from minijs.builtins.support import arg
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.calls import call, construct
from minijs.runtime.operations import (
    get_method, get_v, invoke, require_object_coercible, to_number, to_string, to_uint32)
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, is_callable

__all__ = ["METHODS", "regexp_create"]


def _nullish(v):
    return v is UNDEFINED or v is NULL


def regexp_create(pattern, flags):
    """RegExpCreate(P, F) (22.2.3.1): a new %RegExp% instance from the
    string of P (undefined meaning the empty pattern)."""
    ctor = realms.current().intrinsics.get("RegExp")
    if ctor is None:
        raise errors.type_error("RegExp is not available")
    source = UNDEFINED if pattern is UNDEFINED else to_string(pattern)
    return construct(ctor, [source, flags])


def _delegate(value, symbol, args):
    """Call value[symbol](...args) if value is an object with that method
    (primitives are never asked: ecma262 PR #3009, which test262 checks);
    returns None when there is nothing to delegate to."""
    if not isinstance(value, JSObject):
        return None
    method = get_method(value, symbol)
    if method is UNDEFINED:
        return None
    return call(method, value, args)


def _require_global(value, name):
    """The IsRegExp check of matchAll / replaceAll: a RegExp argument must
    carry the g flag."""
    if is_regexp(value):
        flags = get_v(value, "flags")
        require_object_coercible(flags)
        if "g" not in to_string(flags):
            raise errors.type_error(
                "String.prototype.%s called with a non-global RegExp argument" % name)


def match(this, args):
    require_object_coercible(this, "String.prototype.match")
    regexp = arg(args, 0)
    result = _delegate(regexp, WELL_KNOWN.match, [this])
    if result is not None:
        return result
    s = to_string(this)
    rx = regexp_create(regexp, UNDEFINED)
    return invoke(rx, WELL_KNOWN.match, [s])


def match_all(this, args):
    require_object_coercible(this, "String.prototype.matchAll")
    regexp = arg(args, 0)
    if not _nullish(regexp):
        _require_global(regexp, "matchAll")
    result = _delegate(regexp, WELL_KNOWN.matchAll, [this])
    if result is not None:
        return result
    s = to_string(this)
    rx = regexp_create(regexp, "g")
    return invoke(rx, WELL_KNOWN.matchAll, [s])


def search(this, args):
    require_object_coercible(this, "String.prototype.search")
    regexp = arg(args, 0)
    result = _delegate(regexp, WELL_KNOWN.search, [this])
    if result is not None:
        return result
    s = to_string(this)
    rx = regexp_create(regexp, UNDEFINED)
    return invoke(rx, WELL_KNOWN.search, [s])


def _replacement(replace_value, functional, search_string, position, string):
    if functional:
        return to_string(call(replace_value, UNDEFINED, [search_string, position, string]))
    return get_substitution(search_string, string, position, [], UNDEFINED, replace_value)


def replace(this, args):
    require_object_coercible(this, "String.prototype.replace")
    search_value = arg(args, 0)
    replace_value = arg(args, 1)
    result = _delegate(search_value, WELL_KNOWN.replace, [this, replace_value])
    if result is not None:
        return result
    string = to_string(this)
    search_string = to_string(search_value)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    position = string.find(search_string)
    if position < 0:
        return string
    replacement = _replacement(replace_value, functional, search_string, position, string)
    out = string[:position] + replacement + string[position + len(search_string):]
    check_length(len(out))
    return out


def replace_all(this, args):
    require_object_coercible(this, "String.prototype.replaceAll")
    search_value = arg(args, 0)
    replace_value = arg(args, 1)
    if not _nullish(search_value):
        _require_global(search_value, "replaceAll")
    result = _delegate(search_value, WELL_KNOWN.replace, [this, replace_value])
    if result is not None:
        return result
    string = to_string(this)
    search_string = to_string(search_value)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    search_length = len(search_string)
    advance_by = max(1, search_length)
    positions = []
    position = string.find(search_string)
    while position >= 0:
        positions.append(position)
        position = string.find(search_string, position + advance_by)
    end_of_last_match = 0
    parts = []
    total = 0
    for p in positions:
        preserved = string[end_of_last_match:p]
        replacement = _replacement(replace_value, functional, search_string, p, string)
        parts.append(preserved)
        parts.append(replacement)
        total += len(preserved) + len(replacement)
        check_length(total)
        end_of_last_match = p + search_length
    parts.append(string[end_of_last_match:])
    return "".join(parts)


def split(this, args):
    require_object_coercible(this, "String.prototype.split")
    separator = arg(args, 0)
    limit = arg(args, 1)
    result = _delegate(separator, WELL_KNOWN.split, [this, limit])
    if result is not None:
        return result
    s = to_string(this)
    lim = 2 ** 32 - 1 if limit is UNDEFINED else to_uint32(to_number(limit))
    r = to_string(separator)
    if lim == 0:
        return new_array([])
    if separator is UNDEFINED:
        return new_array([s])
    if r == "":
        return new_array(list(s[:lim]))
    if s == "":
        return new_array([s])
    parts = s.split(r, lim)[:lim]
    return new_array(parts)


METHODS = [
    ("match", match, 1),
    ("matchAll", match_all, 1),
    ("replace", replace, 2),
    ("replaceAll", replace_all, 2),
    ("search", search, 1),
    ("split", split, 2),
]
