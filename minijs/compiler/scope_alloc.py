"""Pass 3 of the scope analysis: where every binding lives, and the final
Resolution of every reference.

Locations (V8's VariableLocation):
* script top level: var/function/let/const/class are 'global' (global
  object properties and the global declarative record, 16.1.7);
* module top level: imports and exported locals are 'module' cells;
* var-scoped declarations of sloppy eval code are 'dynamic' (they land in
  the caller's variable environment, 19.2.1.3 step 17), or 'global' when
  that environment is the global one;
* a function expression's own name that no nested closure or dynamic
  lookup needs is 'callee' (the running closure, like V8's function_var);
* otherwise a captured binding takes the next context slot of its scope
  and any other binding the next register of its closure.  Registers
  0..n-1 are the n formal parameter positions (a simple parameter uses its
  position); the others follow in scope order, then declaration order.

A scope needs a context when it has a context slot, or it is a `with`
scope (it holds the object), or it is a function var scope that sloppy
direct eval can extend with new vars (V8: the context extension).
`for` heads whose let bindings are captured need per-iteration copies
(CreatePerIterationEnvironment, 14.7.4.4); lexical for-in/of heads with
captured bindings get a fresh context per iteration (14.7.5.7 step j).
"""

from minijs.compiler import scope_model as M

_VAR_SCOPED = frozenset((M.VAR, M.FUNCTION_DECL))


def static_location(b, sloppy_eval_target):
    """The location of a binding that is not frame-allocated, or None."""
    scope = b.scope
    if b.kind in M.MARKERS:
        return None
    if scope.kind == M.SCRIPT:
        return ("global", b.name)
    if scope.kind == M.MODULE:
        if b.kind == M.IMPORT:
            return ("module", "import") + b.import_from
        if b.name in scope.exports:
            b.exported = tuple(scope.exports[b.name])
            return ("module", "export", b.name)
        return None
    if scope.kind == M.EVAL and sloppy_eval_target is not None and b.kind in _VAR_SCOPED:
        return (sloppy_eval_target, b.name)
    if b.kind == M.FUNCTION_NAME and not b.captured:
        return ("callee",)
    return None


def _closure_scopes(closure):
    """Scopes whose frame-allocated bindings live in `closure`'s frame."""
    stack = [closure]
    while stack:
        s = stack.pop()
        yield s
        for child in reversed(s.children):
            if not child.is_closure:
                stack.append(child)


def allocate(info, sloppy_eval_target=None):
    for s in info.all_scopes:
        slot = 0
        for b in s.bindings.values():
            b.location = static_location(b, sloppy_eval_target)
            if b.location is None and b.captured:
                b.location = ("context", slot)
                slot += 1
        s.context_slots = slot
        s.needs_context = slot > 0 or s.kind == M.WITH or (
            s.calls_sloppy_eval and (s.kind == M.FUNCTION or s.role == "body"))
        if s.role in ("for", "for-in", "for-of") and slot:
            s.per_iteration = s.role != "for" or any(
                b.kind == M.LET and b.captured for b in s.bindings.values())
    for closure in info.all_scopes:
        if closure.is_closure:
            _registers(closure)
    for s in info.all_scopes:
        s.hoisted_functions = _functions_to_initialize(s.hoisted_functions)


def _registers(closure):
    n = len(closure.params)
    for b in closure.params:
        if b is not None and b.location is None:
            b.location = ("register", b.param_index)
    for s in _closure_scopes(closure):
        for b in s.bindings.values():
            if b.location is None:
                b.location = ("register", n)
                n += 1
    closure.register_count = n


def _functions_to_initialize(functions):
    """The last declaration of each name, in source order (10.2.11 step 36)."""
    last = {}
    for f in functions:
        last[f.id.name if f.id is not None else "*default*"] = f
    keep = set(map(id, last.values()))
    return [f for f in functions if id(f) in keep]


def context_depth(scope, target):
    depth = 0
    s = scope
    while s is not target:
        if s.needs_context:
            depth += 1
        s = s.parent
    return depth


def finalize(info, refs):
    for r in refs:
        b = r.binding
        if b is None:
            if r.what == M.NEW_TARGET:
                kind, index = "undefined", None
            else:
                kind, index = ("dynamic" if r.via else "global"), r.name
            res = M.Resolution(r.name, kind, index, None, None, False, r.mode, r.scope, r.via)
        else:
            loc = b.location
            where = loc[0]
            index = loc[1] if len(loc) == 2 else loc[1:] if len(loc) > 2 else None
            depth = context_depth(r.scope, b.scope) if where == "context" else None
            via = r.via
            if where == "dynamic" and via is None:
                via = "eval"             # a var of sloppy eval code
            kind = "dynamic" if via is not None else where
            if kind == "dynamic":
                index = r.name
            res = M.Resolution(r.name, kind, index, depth, b, r.needs_tdz, r.mode,
                               r.scope, via)
        info.positions[id(r.node)] = r.pos
        key = r.key
        if type(key) is tuple:
            info.extra[key] = res
        else:
            info.resolution[key] = res
