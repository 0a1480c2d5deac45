"""The RegExp constructor, RegExp objects and RegExpBuiltinExec (ECMA-262
22.2.3 - 22.2.7, Annex B.2.4 compile).

A RegExp is a `RegExpObject`: [[OriginalSource]] / [[OriginalFlags]] are
`source` / `flags` (str), [[RegExpMatcher]] is `matcher`, a
minijs.runtime.regexp.CompiledRegExp (compiled once per (source, flags)
and shared through that module's cache, so a literal in a loop compiles
once).  `lastIndex` is an ordinary own data property (writable,
non-enumerable, non-configurable) created first, so every RegExp starts
with the same shape.

The prototype's accessors and exec/test/toString/compile are here; the
Symbol.match/matchAll/replace/search/split protocol and
%RegExpStringIteratorPrototype% are in regexp_methods.py.  Observable
property reads follow node 20 (V8 11.3) where it differs from the latest
spec text (see regexp_methods).
"""

from minijs.builtins.support import (
    arg, define_accessor, define_methods, make_constructor)
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    get_prototype_from_constructor, to_length, to_string)
from minijs.runtime.ordinary import set_failure_error
from minijs.runtime.shapes import WEC, WRITABLE
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, is_callable, same_value, to_boolean)

__all__ = ["RegExpObject", "install", "regexp_create", "regexp_alloc",
           "regexp_initialize", "regexp_builtin_exec", "regexp_exec", "exec_caps", "match_array",
           "is_regexp", "escape_pattern", "set_last_index"]


class RegExpObject(JSObject):
    """A RegExp instance (22.2.3.1 RegExpAlloc): an ordinary object with
    the [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]]
    slots (None until RegExpInitialize)."""

    __slots__ = ("source", "flags", "matcher")
    class_name = "RegExp"

    def __init__(self, proto=NULL):
        JSObject.__init__(self, proto)
        self.source = None
        self.flags = None
        self.matcher = None
        self._add_named("lastIndex", UNDEFINED, WRITABLE)


def _require_object(this, method, shown=None):
    if not isinstance(this, JSObject):
        raise errors.type_error("Method %s called on incompatible receiver %s"
                                % (method, errors.display_value(this) if shown is None else shown))
    return this


# -- the protocol helpers (7.2.8, 22.2.7) -------------------------------------

def is_regexp(v):
    """IsRegExp (7.2.8)."""
    if not isinstance(v, JSObject):
        return False
    matcher = v.get(WELL_KNOWN.match, v)
    if matcher is not UNDEFINED:
        return to_boolean(matcher)
    return isinstance(v, RegExpObject)


def set_last_index(r, value):
    """Set(R, "lastIndex", value, true)."""
    if type(r) is RegExpObject and r.set_fast("lastIndex", value):
        return
    if not r.set("lastIndex", value, r):
        raise set_failure_error(r, "lastIndex")


def get_last_index(r):
    """ToLength(? Get(R, "lastIndex"))."""
    v = r.get_fast("lastIndex") if type(r) is RegExpObject else None
    if v is None:
        v = r.get("lastIndex", r)
    if type(v) is int:
        return v if v > 0 else 0
    return to_length(v)


# -- RegExpAlloc / RegExpInitialize / RegExpCreate (22.2.3) -----------------

def regexp_alloc(new_target):
    """RegExpAlloc(newTarget) (22.2.3.1)."""
    return RegExpObject(get_prototype_from_constructor(new_target, "RegExpPrototype"))


def _invalid_flags(f):
    return errors.syntax_error("Invalid flags supplied to RegExp constructor '%s'" % f)


def _compile(p, f):
    """The CompiledRegExp of pattern p with flags f, or node's SyntaxError.
    (The pattern compiler is imported on first use: programs without
    regular expressions start faster.)"""
    from minijs.runtime.regexp import RegExpSyntaxError, compile_regexp
    from minijs.syntax.regexp.errors import VALID_FLAGS
    for c in f:
        if c not in VALID_FLAGS:
            raise _invalid_flags(f)
    if len(set(f)) != len(f) or ("u" in f and "v" in f):
        raise _invalid_flags(f)
    try:
        return compile_regexp(p, f)
    except RegExpSyntaxError as e:
        canonical = "".join(c for c in VALID_FLAGS if c in f)
        raise errors.syntax_error("Invalid regular expression: /%s/%s: %s"
                                  % (p, canonical, e.reason)) from None
    except RecursionError:
        raise errors.syntax_error("Invalid regular expression: /%s/%s: %s"
                                  % (p, f, "Regular expression too large")) from None


def regexp_initialize(obj, pattern, flags):
    """RegExpInitialize(obj, pattern, flags) (22.2.3.3)."""
    p = "" if pattern is UNDEFINED else to_string(pattern)
    f = "" if flags is UNDEFINED else to_string(flags)
    matcher = _compile(p, f)
    obj.source = p
    obj.flags = f
    obj.matcher = matcher
    set_last_index(obj, 0)
    return obj


def regexp_create(realm, pattern, flags):
    """RegExpCreate for a regular expression literal (13.2.7.3): a new
    RegExp of `realm` from the literal's (already validated) pattern and
    flags strings."""
    obj = RegExpObject(realm.intrinsics["RegExpPrototype"])
    obj.source = pattern
    obj.flags = flags
    obj.matcher = _compile(pattern, flags)
    obj.slots[0] = 0                    # lastIndex (the only property)
    return obj


# -- RegExpBuiltinExec / RegExpExec (22.2.7.1 - 22.2.7.2) --------------------

def exec_caps(r, s):
    """RegExpBuiltinExec(R, S) up to the result array: the capture list
    (see minijs.runtime.regexp) or None, with every lastIndex effect."""
    last_index = get_last_index(r)
    flags = r.flags
    global_ = "g" in flags
    sticky = "y" in flags
    if not global_ and not sticky:
        last_index = 0
    elif last_index > len(s):
        set_last_index(r, 0)
        return None
    caps = r.matcher.exec_at(s, last_index, sticky)
    if caps is None:
        if global_ or sticky:
            set_last_index(r, 0)
        return None
    if global_ or sticky:
        set_last_index(r, caps[1])
    return caps


def regexp_builtin_exec(r, s):
    """RegExpBuiltinExec(R, S) (22.2.7.2): the match array or NULL."""
    caps = exec_caps(r, s)
    return NULL if caps is None else match_array(r, s, caps)


def match_array(r, s, caps):
    """The result array of a successful RegExpBuiltinExec (steps 20-36)."""
    realm = realms.current()
    ap = realm.intrinsics.get("ArrayPrototype", realm.intrinsics["ObjectPrototype"])
    values = []
    for i in range(0, len(caps), 2):
        a = caps[i]
        values.append(UNDEFINED if a < 0 else s[a:caps[i + 1]])
    arr = create_array_from_list(values, ap)
    arr._add_named("index", caps[0], WEC)
    arr._add_named("input", s, WEC)
    names = r.matcher.group_names
    if names:
        groups = JSObject(NULL)
        for name, number in names.items():
            groups._add_named(name, values[number], WEC)
    else:
        groups = UNDEFINED
    arr._add_named("groups", groups, WEC)
    if "d" in r.flags:
        pairs = []
        for i in range(0, len(caps), 2):
            a = caps[i]
            pairs.append(UNDEFINED if a < 0 else create_array_from_list([a, caps[i + 1]], ap))
        indices = create_array_from_list(pairs, ap)
        if names:
            igroups = JSObject(NULL)
            for name, number in names.items():
                igroups._add_named(name, pairs[number], WEC)
        else:
            igroups = UNDEFINED
        indices._add_named("groups", igroups, WEC)
        arr._add_named("indices", indices, WEC)
    return arr


def regexp_exec(r, s):
    """RegExpExec(R, S) (22.2.7.1): a user `exec` if callable, else the
    built-in one."""
    exec_ = r.get("exec", r)
    if exec_ is _builtin_exec_fn(r) and isinstance(r, RegExpObject):
        return regexp_builtin_exec(r, s)
    if is_callable(exec_):
        result = call(exec_, r, (s,))
        if result is not NULL and not isinstance(result, JSObject):
            raise errors.type_error(
                "RegExp exec method returned something other than an Object or null")
        return result
    if not isinstance(r, RegExpObject):
        raise errors.type_error("Method RegExp.prototype.exec called on incompatible receiver %s"
                                % errors.display_value(r))
    return regexp_builtin_exec(r, s)


def _builtin_exec_fn(r):
    return realms.current().intrinsics.get("RegExpPrototypeExec")


# -- the constructor (22.2.4) -----------------------------------------------

def _regexp_call(this, args):
    return _regexp_construct(args, None)


def _regexp_construct(args, new_target):
    """RegExp(pattern, flags) (22.2.4.1); new_target None for a call."""
    pattern = arg(args, 0)
    flags = arg(args, 1)
    pattern_is_regexp = is_regexp(pattern)
    if new_target is None:
        new_target = realms.current().intrinsics["RegExp"]
        if pattern_is_regexp and flags is UNDEFINED:
            ctor = pattern.get("constructor", pattern)
            if same_value(new_target, ctor):
                return pattern
    if isinstance(pattern, RegExpObject) and pattern.matcher is not None:
        p = pattern.source
        f = pattern.flags if flags is UNDEFINED else flags
    elif pattern_is_regexp:
        p = pattern.get("source", pattern)
        f = pattern.get("flags", pattern) if flags is UNDEFINED else flags
    else:
        p, f = pattern, flags
    obj = regexp_alloc(new_target)
    return regexp_initialize(obj, p, f)


def _species(this, args):
    return this


# -- RegExp.prototype accessors (22.2.6) --------------------------------------

def _flag_getter(name, char):
    """RegExpHasFlag (22.2.6.4.1)."""
    def getter(this, args):
        if not isinstance(this, JSObject):
            raise errors.type_error("RegExp.prototype.%s getter called on non-object %s"
                                    % (name, errors.display_value(this)))
        if not isinstance(this, RegExpObject) or this.matcher is None:
            if this is realms.current().intrinsics.get("RegExpPrototype"):
                return UNDEFINED
            raise errors.type_error("RegExp.prototype.%s getter called on non-RegExp object"
                                    % name)
        return char in this.flags
    return getter


# (property read by the flags getter, flag character), in V8's read order
_FLAG_PROPS = (("hasIndices", "d"), ("global", "g"), ("ignoreCase", "i"),
               ("multiline", "m"), ("dotAll", "s"), ("unicode", "u"),
               ("sticky", "y"), ("unicodeSets", "v"))
_FLAG_ORDER = "dgimsuvy"


def _flags_getter(this, args):
    """get RegExp.prototype.flags (22.2.6.4)."""
    if not isinstance(this, JSObject):
        raise errors.type_error("RegExp.prototype.flags getter called on non-object %s"
                                % errors.display_value(this))
    if type(this) is RegExpObject and _pristine(this):
        return "".join(c for c in _FLAG_ORDER if c in this.flags)
    present = set()
    for name, char in _FLAG_PROPS:
        if to_boolean(this.get(name, this)):
            present.add(char)
    return "".join(c for c in _FLAG_ORDER if c in present)


def escape_pattern(source):
    """EscapeRegExpPattern (22.2.6.13.1) as V8 does it: "(?:)" for the
    empty pattern; "/" outside a class and line terminators escaped."""
    if not source:
        return "(?:)"
    out = []
    in_class = False
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            nxt = source[i + 1]
            # V8 drops a backslash before a line terminator, which it
            # then escapes itself
            out.append(_LINE_ESCAPES.get(nxt) or c + nxt)
            i += 2
            continue
        elif c == "/" and not in_class:
            out.append("\\/")
        elif c in _LINE_ESCAPES:
            out.append(_LINE_ESCAPES[c])
        else:
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


_LINE_ESCAPES = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _source_getter(this, args):
    """get RegExp.prototype.source (22.2.6.13)."""
    if not isinstance(this, JSObject):
        raise errors.type_error("RegExp.prototype.source getter called on non-object %s"
                                % errors.display_value(this))
    if not isinstance(this, RegExpObject) or this.matcher is None:
        if this is realms.current().intrinsics.get("RegExpPrototype"):
            return "(?:)"
        raise errors.type_error("RegExp.prototype.source getter called on non-RegExp object")
    return escape_pattern(this.source)


# -- exec, test, toString, compile ------------------------------------------

def _exec(this, args):
    """RegExp.prototype.exec (22.2.6.2)."""
    if not isinstance(this, RegExpObject) or this.matcher is None:
        raise errors.type_error("Method RegExp.prototype.exec called on incompatible receiver %s"
                                % errors.display_value(this))
    return regexp_builtin_exec(this, to_string(arg(args, 0)))


def _test(this, args):
    """RegExp.prototype.test (22.2.6.16)."""
    _require_object(this, "RegExp.prototype.test", "undefined")   # V8 shows undefined
    s = to_string(arg(args, 0))
    if type(this) is RegExpObject and _pristine(this):
        return exec_caps(this, s) is not None
    return regexp_exec(this, s) is not NULL


def _to_string(this, args):
    """RegExp.prototype.toString (22.2.6.17)."""
    _require_object(this, "RegExp.prototype.toString")
    return "/%s/%s" % (to_string(this.get("source", this)), to_string(this.get("flags", this)))


def _compile_method(this, args):
    """RegExp.prototype.compile (B.2.4.1)."""
    if not isinstance(this, RegExpObject):
        raise errors.type_error("Method RegExp.prototype.compile called on incompatible receiver %s"
                                % errors.display_value(this))
    pattern = arg(args, 0)
    flags = arg(args, 1)
    if isinstance(pattern, RegExpObject) and pattern.matcher is not None:
        if flags is not UNDEFINED:
            raise errors.type_error("Cannot supply flags when constructing one RegExp from another")
        return regexp_initialize(this, pattern.source, pattern.flags)
    return regexp_initialize(this, pattern, flags)


# -- pristine RegExps (fast paths) ------------------------------------------

_PRISTINE_KEYS = ("exec", "flags") + tuple(name for name, _ in _FLAG_PROPS)


def _snapshot(proto):
    """What `_pristine` compares: the prototype's shape and the stored
    values (functions, accessor pairs) of the properties the RegExp
    algorithms read."""
    entries = []
    for key in _PRISTINE_KEYS:
        e = proto.shape.table[key]
        entries.append((e >> 4, proto.slots[e >> 4]))
    return proto.shape, tuple(entries)


def _pristine(r):
    """Whether reading exec / flags / the flag getters of RegExp r would
    find the original built-ins of its realm: its prototype is that
    realm's untouched %RegExp.prototype% and r has no own properties
    besides lastIndex.  Then the algorithms may take their shortcuts."""
    proto = r.proto
    if type(proto) is not RegExpPrototype:
        return False
    shape, entries = proto.snapshot
    if proto.shape is not shape:
        return False
    if r.shape.dictionary or r.shape.nprops != 1:
        return False
    slots = proto.slots
    for idx, stored in entries:
        if slots[idx] is not stored:
            return False
    return True


class RegExpPrototype(JSObject):
    """%RegExp.prototype%: an ordinary object that keeps the snapshot
    _pristine compares with (on the object, so no global table keeps
    realms alive)."""

    __slots__ = ("snapshot",)


def pristine(r):
    """Public form of _pristine for regexp_methods / String methods."""
    return type(r) is RegExpObject and _pristine(r)


# -- installation -----------------------------------------------------------

def install(realm):
    proto = RegExpPrototype(realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "RegExp", 2, _regexp_call, _regexp_construct, proto)
    define_accessor(realm, ctor, WELL_KNOWN.species, _species)
    define_methods(realm, proto, [("exec", _exec, 1)])
    realm.intrinsics["RegExpPrototypeExec"] = proto.get("exec")
    define_accessor(realm, proto, "dotAll", _flag_getter("dotAll", "s"))
    define_accessor(realm, proto, "flags", _flags_getter)
    for name, char in (("global", "g"), ("hasIndices", "d"), ("ignoreCase", "i"),
                       ("multiline", "m")):
        define_accessor(realm, proto, name, _flag_getter(name, char))
    define_accessor(realm, proto, "source", _source_getter)
    define_accessor(realm, proto, "sticky", _flag_getter("sticky", "y"))
    define_accessor(realm, proto, "unicode", _flag_getter("unicode", "u"))
    define_methods(realm, proto, [
        ("compile", _compile_method, 2), ("toString", _to_string, 0),
        ("test", _test, 1)])
    define_accessor(realm, proto, "unicodeSets", _flag_getter("unicodeSets", "v"))
    from minijs.builtins import regexp_methods
    regexp_methods.install(realm, proto)
    proto.snapshot = _snapshot(proto)
