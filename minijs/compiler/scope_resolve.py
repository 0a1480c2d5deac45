"""Pass 2 of the scope analysis: resolve every Ref, mark captured bindings,
create the implicit bindings functions provide on demand, and decide which
accesses need a TDZ (hole) check.

Lookup walks the scope chain like ResolveBinding / GetIdentifierReference
(9.4.2, 9.1.2.1).  On the way it notes
* function boundaries crossed (a closure reaching out: captured);
* `with` scopes (Object Environment Records, 9.1.1.2) and var scopes that
  sloppy direct eval can extend (EvalDeclarationInstantiation 19.2.1.3):
  past them the name is looked up by name at run time ('dynamic'), with
  the statically found binding as the fallback V8 calls DYNAMIC_LOCAL.
  The global scope is not counted: a global lookup is by name anyway.

Implicit bindings, created in the function that provides them when first
reached (V8 declares them lazily the same way):
* `arguments` (10.2.11 steps 15-22): in a non-arrow function, unless a
  parameter, or (without parameter expressions) a function or lexical
  declaration of that name shadows it; arrows inherit it.
* markers `this`, `new.target`, `super` (the active function, whose
  [[HomeObject]] or prototype super uses): arrows (and eval code) reach
  the nearest non-arrow function's; using them from an arrow captures them.

Any direct eval (strict or not) can name every binding visible where it is
called, so all of those are captured and the markers and `arguments` of
the enclosing function are created (V8: inner_scope_calls_eval).
"""

from minijs.compiler import scope_model as M

_NO_ARGUMENTS_ROLES = frozenset(("arrow", "initializer", "static-initializer"))
_SUPER_ROLES = frozenset(("method", "get", "set", "constructor",
                          "initializer", "static-initializer"))


def provides_arguments(s):
    return s.kind == M.FUNCTION and s.role not in _NO_ARGUMENTS_ROLES


def provides_marker(s, marker):
    if s.kind == M.FUNCTION:
        return not s.is_arrow
    if marker == M.THIS:
        return s.kind in (M.SCRIPT, M.MODULE) or (s.kind == M.EVAL and s.parent is None)
    return False


class Resolver:
    def __init__(self, info):
        self.info = info

    def own(self, scope):
        return scope.info is self.info

    def implicit(self, scope, name, kind, tdz=False):
        b = scope.bindings.get(name)
        if b is None and self.own(scope):
            b = M.Binding(name, kind, scope, tdz=tdz)
            scope.bindings[name] = b
        return b

    def lookup(self, scope, name, what, skip=None):
        """(binding or None, crossings, outermost closure crossed, via)."""
        crossings = 0
        last_closure = None
        via = None
        s = scope
        dynamic_ok = what == "id"
        while s is not None:
            if what in M.MARKERS:
                if provides_marker(s, what):
                    tdz = what == M.THIS and s.is_derived_constructor
                    return self.implicit(s, what, what, tdz), crossings, last_closure, None
            elif s is not skip:
                b = s.bindings.get(name)
                if b is not None:
                    return b, crossings, last_closure, via
                if name == "arguments" and dynamic_ok and provides_arguments(s):
                    return self.implicit(s, name, M.ARGUMENTS), crossings, last_closure, via
            if dynamic_ok and via is None:
                if s.kind == M.WITH:
                    via = "with"
                elif s.calls_sloppy_eval and s.kind != M.SCRIPT:
                    via = "eval"
            if s.is_closure:
                crossings += 1
                last_closure = s
            s = s.parent
        return None, crossings, last_closure, via

    def resolve(self, r):
        if r.target is not None:
            b, crossings, last_closure, via = r.target, 0, None, None
        else:
            b, crossings, last_closure, via = self.lookup(r.scope, r.name, r.what, r.skip)
        r.binding, r.crossings, r.last_closure, r.via = b, crossings, last_closure, via
        if b is None:
            return
        if r.mode != M.DECLARE:
            b.used = True
        if r.mode in (M.WRITE, M.READWRITE):
            b.assigned = True
        if b.kind == M.VAR and b.name == "arguments" and provides_arguments(b.scope):
            b.kind = M.ARGUMENTS     # `var arguments` names the arguments object
        if crossings or via:
            if b.kind == M.FUNCTION_NAME and crossings == 1 and via is None:
                return               # read from the running closure ('callee')
            self.capture(b)

    def capture(self, b):
        if self.own(b.scope):
            b.captured = True

    def force_eval(self, scope):
        """A direct eval at `scope` may reach everything visible there."""
        for marker in (M.THIS, M.NEW_TARGET, M.SUPER):
            s = scope
            while s is not None and not provides_marker(s, marker):
                s = s.parent
            if s is None or (marker == M.SUPER and s.role not in _SUPER_ROLES):
                continue
            b = self.implicit(s, marker, marker, marker == M.THIS and s.is_derived_constructor)
            if b is not None:
                b.used = True
        s = scope
        while s is not None and not (s.kind == M.FUNCTION and not s.is_arrow):
            s = s.parent
        if s is None or not provides_arguments(s):
            return       # eval code in field initializers may not name `arguments`
        b = self.lookup(scope, "arguments", "id")[0]
        if b is not None and b.name == "arguments" and b.kind in (M.ARGUMENTS, M.VAR) \
                and provides_arguments(b.scope):
            b.kind = M.ARGUMENTS
            b.used = True

    def capture_visible(self, scope):
        s = scope
        while s is not None and self.own(s):
            for b in s.bindings.values():
                b.captured = True
                if b.tdz:
                    b.needs_tdz = True
            s = s.parent


def needs_tdz_check(r):
    """Hole check for this access?  Skipped only when provably after the
    initialisation (V8's AccessNeedsHoleCheck, extended to closures created
    after the initialisation in straight-line code):
    * same closure: the access is after the initialiser in source order,
      outside switch scopes (case jumps skip initialisers);
    * from a closure: the outermost closure crossed is created after the
      initialisation -- a function declaration counts as created at the
      start of the scope it is hoisted to; class elements of the class
      whose name is accessed run after the class binding is initialised.
    Dynamic accesses, imports and `this` of derived constructors: always."""
    b = r.binding
    if b is None or not b.tdz or r.mode == M.DECLARE:
        return False
    if r.via is not None or b.kind in (M.THIS, M.IMPORT):
        return True
    if r.rhs_tdz is b.scope or b.scope.role == "switch":
        return True
    if r.crossings:
        outer = r.last_closure
        if b.kind == M.CLASS_NAME and outer.parent is b.scope \
                and outer.role in M.CLASS_ELEMENT_ROLES:
            return False
        return outer.created_at < b.init_pos or outer.kind == M.EVAL
    return r.pos < b.init_pos


def function_facts(info):
    """Per-function flags once every reference is resolved, and the
    consequences of `arguments` (10.4.4 mapped arguments alias the
    parameters: V8 then context-allocates the parameters)."""
    for s in info.all_scopes:
        if s.kind != M.FUNCTION:
            continue
        body = s.body_scope
        if body is not None:
            # 10.2.11 step 28.f: a body var named like a parameter (or
            # `arguments`) starts with the parameter's value
            for b in body.bindings.values():
                if b.kind != M.VAR:
                    continue
                src = s.bindings.get(b.name)
                if src is None and b.name == "arguments" and b.used and provides_arguments(s):
                    src = M.Binding("arguments", M.ARGUMENTS, s)
                    src.used = True
                    s.bindings["arguments"] = src
                if src is not None:
                    b.init_from = src
                    src.used = True
        args = s.bindings.get("arguments")
        if args is not None and args.kind == M.ARGUMENTS and args.used:
            s.uses_arguments = True
            if not s.strict and s.simple_params:
                s.arguments_mapped = True
                for p in s.params:
                    if p is not None:
                        p.captured = True
        for marker, flag in ((M.THIS, "uses_this"), (M.NEW_TARGET, "uses_new_target"),
                             (M.SUPER, "uses_super")):
            b = s.bindings.get(marker)
            if b is not None and b.kind == marker:
                setattr(s, flag, True)
    for s in info.all_scopes:
        if s.kind in (M.SCRIPT, M.MODULE, M.EVAL) and M.THIS in s.bindings:
            s.uses_this = True


def resolve(info, builder):
    resolver = Resolver(info)
    for scope in builder.eval_scopes:
        resolver.force_eval(scope)
    for r in builder.refs:
        resolver.resolve(r)
    for scope in builder.eval_scopes:
        resolver.capture_visible(scope)
    function_facts(info)
    for r in builder.refs:
        r.needs_tdz = needs_tdz_check(r)
        if r.needs_tdz:
            r.binding.needs_tdz = True
