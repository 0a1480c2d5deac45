"""RegExp.prototype[@@match], [@@matchAll], [@@replace], [@@search],
[@@split] (ECMA-262 22.2.6.8 - 22.2.6.14) and %RegExpStringIteratorPrototype%
(22.2.9).

The observable property reads are node 20's (V8 11.3), which predate the
spec change to read "flags": @@match reads "global" then "unicode" and
"unicodeSets"; @@replace reads "global" then (if global) "unicode";
@@split and @@matchAll read "flags".

Fast paths: when the receiver is a pristine RegExp (regexp.pristine: its
realm's untouched prototype, no own properties but lastIndex) no user
code can run while matches are collected, so the loops work on capture
lists (regexp.exec_caps) instead of result arrays; every lastIndex read
and write still happens as in the spec.
"""

from minijs.builtins import regexp as RX
from minijs.builtins.string_substitution import get_substitution
from minijs.builtins.support import (
    CONFIGURABLE, arg, define_methods, define_value)
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call, construct
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    length_of_array_like, species_constructor, to_integer, to_number, to_object,
    to_string, to_uint32)
from minijs.runtime.shapes import WEC
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, is_callable, same_value, to_boolean)

__all__ = ["install", "advance_string_index", "RegExpStringIterator"]


def advance_string_index(s, index, unicode):
    """AdvanceStringIndex (22.2.7.3)."""
    if not unicode or index + 1 >= len(s):
        return index + 1
    if "\ud800" <= s[index] <= "\udbff" and "\udc00" <= s[index + 1] <= "\udfff":
        return index + 2
    return index + 1


def _array(values):
    realm = realms.current()
    ap = realm.intrinsics.get("ArrayPrototype", realm.intrinsics["ObjectPrototype"])
    return create_array_from_list(values, ap)


def _require(this, name, shown=None):
    if not isinstance(this, JSObject):
        raise errors.type_error("Method RegExp.prototype.%s called on incompatible receiver %s"
                                % (name, errors.display_value(this) if shown is None else shown))
    return this


def _caps_strings(s, caps):
    """Capture list -> [matched, capture 1, ...] (UNDEFINED for unmatched)."""
    out = []
    for i in range(0, len(caps), 2):
        a = caps[i]
        out.append(UNDEFINED if a < 0 else s[a:caps[i + 1]])
    return out


# -- @@match (22.2.6.8) -------------------------------------------------------

def _match(this, args):
    rx = _require(this, "@@match")
    s = to_string(arg(args, 0))
    flags = to_string(rx.get("flags", rx))     # ES2023: one read of "flags"
    if "g" not in flags:
        return RX.regexp_exec(rx, s)
    full_unicode = "u" in flags or "v" in flags
    RX.set_last_index(rx, 0)
    found = []
    if RX.pristine(rx):
        while True:
            caps = RX.exec_caps(rx, s)
            if caps is None:
                return _array(found) if found else NULL
            found.append(s[caps[0]:caps[1]])
            if caps[0] == caps[1]:
                this_index = RX.get_last_index(rx)
                RX.set_last_index(rx, advance_string_index(s, this_index, full_unicode))
    while True:
        result = RX.regexp_exec(rx, s)
        if result is NULL:
            return _array(found) if found else NULL
        match_str = to_string(result.get("0", result))
        found.append(match_str)
        if match_str == "":
            this_index = RX.get_last_index(rx)
            RX.set_last_index(rx, advance_string_index(s, this_index, full_unicode))


# -- @@matchAll (22.2.6.9) and %RegExpStringIteratorPrototype% (22.2.9) ---------

class RegExpStringIterator(JSObject):
    """A %RegExpStringIterator% instance (22.2.9.1)."""

    __slots__ = ("matcher", "string", "is_global", "full_unicode", "done")


def _match_all(this, args):
    r = _require(this, "@@matchAll")
    s = to_string(arg(args, 0))
    realm = realms.current()
    c = species_constructor(r, realm.intrinsics["RegExp"])
    flags = to_string(r.get("flags", r))
    matcher = construct(c, [r, flags])
    last_index = RX.get_last_index(r)
    RX.set_last_index(matcher, last_index)
    it = RegExpStringIterator(realm.intrinsics["RegExpStringIteratorPrototype"])
    it.matcher = matcher
    it.string = s
    it.is_global = "g" in flags
    it.full_unicode = "u" in flags or "v" in flags
    it.done = False
    return it


def _iter_result(value, done):
    realm = realms.current()
    o = JSObject(realm.intrinsics["ObjectPrototype"])
    o._add_named("value", value, WEC)
    o._add_named("done", done, WEC)
    return o


def _iterator_next(this, args):
    """%RegExpStringIteratorPrototype%.next (22.2.9.2.1)."""
    if type(this) is not RegExpStringIterator:
        raise errors.type_error(
            "Method %%RegExpStringIterator%%.prototype.next called on incompatible receiver %s"
            % errors.display_value(this))
    if this.done:
        return _iter_result(UNDEFINED, True)
    r, s = this.matcher, this.string
    match = RX.regexp_exec(r, s)
    if match is NULL:
        this.done = True
        return _iter_result(UNDEFINED, True)
    if not this.is_global:
        this.done = True
        return _iter_result(match, False)
    if to_string(match.get("0", match)) == "":
        this_index = RX.get_last_index(r)
        RX.set_last_index(r, advance_string_index(s, this_index, this.full_unicode))
    return _iter_result(match, False)


# -- @@replace (22.2.6.11) -----------------------------------------------------

def _replace(this, args):
    rx = _require(this, "@@replace", "undefined")     # V8 shows undefined
    s = to_string(arg(args, 0))
    length_s = len(s)
    replace_value = arg(args, 1)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    flags = to_string(rx.get("flags", rx))
    global_ = "g" in flags
    full_unicode = False
    if global_:
        full_unicode = "u" in flags or "v" in flags
        RX.set_last_index(rx, 0)
    if RX.pristine(rx):
        return _replace_fast(rx, s, replace_value, functional, global_, full_unicode)
    results = []
    while True:
        result = RX.regexp_exec(rx, s)
        if result is NULL:
            break
        results.append(result)
        if not global_:
            break
        if to_string(result.get("0", result)) == "":
            this_index = RX.get_last_index(rx)
            RX.set_last_index(rx, advance_string_index(s, this_index, full_unicode))
    out = []
    next_pos = 0
    for result in results:
        n_captures = max(length_of_array_like(result) - 1, 0)
        matched = to_string(result.get("0", result))
        position = to_integer(result.get("index", result))
        position = int(max(min(position, length_s), 0))
        captures = []
        for n in range(1, n_captures + 1):
            cap = result.get(str(n), result)
            if cap is not UNDEFINED:
                cap = to_string(cap)
            captures.append(cap)
        named = result.get("groups", result)
        if functional:
            replacer_args = [matched] + captures + [position, s]
            if named is not UNDEFINED:
                replacer_args.append(named)
            replacement = to_string(call(replace_value, UNDEFINED, replacer_args))
        else:
            if named is not UNDEFINED:
                named = to_object(named)
            replacement = get_substitution(matched, s, position, captures, named,
                                           replace_value)
        if position >= next_pos:
            out.append(s[next_pos:position])
            out.append(replacement)
            next_pos = position + len(matched)
    if next_pos < length_s:
        out.append(s[next_pos:])
    return "".join(out)


def _groups_object(rx, strings):
    names = rx.matcher.group_names
    if not names:
        return UNDEFINED
    groups = JSObject(NULL)
    for name, number in names.items():
        groups._add_named(name, strings[number], WEC)
    return groups


def _replace_fast(rx, s, replace_value, functional, global_, full_unicode):
    found = []
    while True:
        caps = RX.exec_caps(rx, s)
        if caps is None:
            break
        found.append(caps)
        if not global_:
            break
        if caps[0] == caps[1]:
            this_index = RX.get_last_index(rx)
            RX.set_last_index(rx, advance_string_index(s, this_index, full_unicode))
    out = []
    next_pos = 0
    simple = not functional and "$" not in replace_value
    for caps in found:
        position = caps[0]
        if simple:
            replacement = replace_value
        else:
            strings = _caps_strings(s, caps)
            matched = strings[0]
            named = _groups_object(rx, strings)
            if functional:
                replacer_args = strings + [position, s]
                if named is not UNDEFINED:
                    replacer_args.append(named)
                replacement = to_string(call(replace_value, UNDEFINED, replacer_args))
            else:
                replacement = get_substitution(matched, s, position, strings[1:], named,
                                               replace_value)
        if position >= next_pos:
            out.append(s[next_pos:position])
            out.append(replacement)
            next_pos = caps[1]
    if next_pos < len(s):
        out.append(s[next_pos:])
    return "".join(out)


# -- @@search (22.2.6.12) -------------------------------------------------------

def _search(this, args):
    rx = _require(this, "@@search")
    s = to_string(arg(args, 0))
    previous = rx.get("lastIndex", rx)
    if not same_value(previous, 0):
        RX.set_last_index(rx, 0)
    result = RX.regexp_exec(rx, s)
    current = rx.get("lastIndex", rx)
    if not same_value(current, previous):
        RX.set_last_index(rx, previous)
    if result is NULL:
        return -1
    return result.get("index", result)


# -- @@split (22.2.6.14) ---------------------------------------------------------

def _split(this, args):
    rx = _require(this, "@@split")
    s = to_string(arg(args, 0))
    limit = arg(args, 1)
    realm = realms.current()
    regexp_ctor = realm.intrinsics["RegExp"]
    c = species_constructor(rx, regexp_ctor)
    flags = to_string(rx.get("flags", rx))
    unicode_matching = "u" in flags or "v" in flags
    new_flags = flags if "y" in flags else flags + "y"
    splitter = construct(c, [rx, new_flags])
    out = []
    lim = 2 ** 32 - 1 if limit is UNDEFINED else to_uint32(to_number(limit))
    if lim == 0:
        return _array(out)
    size = len(s)
    if RX.pristine(splitter):
        return _array(_split_fast(splitter, s, lim, unicode_matching))
    if size == 0:
        if RX.regexp_exec(splitter, s) is not NULL:
            return _array(out)
        return _array([s])
    p = q = 0
    while q < size:
        RX.set_last_index(splitter, q)
        z = RX.regexp_exec(splitter, s)
        if z is NULL:
            q = advance_string_index(s, q, unicode_matching)
            continue
        e = min(RX.get_last_index(splitter), size)
        if e == p:
            q = advance_string_index(s, q, unicode_matching)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return _array(out)
        p = e
        n_captures = max(length_of_array_like(z) - 1, 0)
        for i in range(1, n_captures + 1):
            out.append(z.get(str(i), z))
            if len(out) == lim:
                return _array(out)
        q = p
    out.append(s[p:size])
    return _array(out)


def _split_fast(splitter, s, lim, unicode_matching):
    """@@split's loop on a fresh pristine (sticky) splitter: a sticky
    match at q is the matcher at q; the splitter itself is unobservable."""
    matcher = splitter.matcher
    size = len(s)
    if size == 0:
        return [] if matcher.exec_at(s, 0, True) is not None else [s]
    out = []
    p = q = 0
    while q < size:
        caps = matcher.exec_at(s, q, True)
        if caps is None:
            q = advance_string_index(s, q, unicode_matching)
            continue
        e = min(caps[1], size)
        if e == p:
            q = advance_string_index(s, q, unicode_matching)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return out
        p = e
        for i in range(2, len(caps), 2):
            a = caps[i]
            out.append(UNDEFINED if a < 0 else s[a:caps[i + 1]])
            if len(out) == lim:
                return out
        q = p
    out.append(s[p:size])
    return out


# -- installation -----------------------------------------------------------

def install(realm, proto):
    """Define the symbol methods on RegExp.prototype `proto` and create
    %RegExpStringIteratorPrototype%."""
    define_methods(realm, proto, [
        (WELL_KNOWN.match, _match, 1), (WELL_KNOWN.matchAll, _match_all, 1),
        (WELL_KNOWN.replace, _replace, 2), (WELL_KNOWN.search, _search, 1),
        (WELL_KNOWN.split, _split, 2)])
    intrinsics = realm.intrinsics
    iter_proto = JSObject(intrinsics.get("IteratorPrototype", intrinsics["ObjectPrototype"]))
    define_methods(realm, iter_proto, [("next", _iterator_next, 0)])
    define_value(iter_proto, WELL_KNOWN.toStringTag, "RegExp String Iterator", CONFIGURABLE)
    intrinsics["RegExpStringIteratorPrototype"] = iter_proto

