"""Text dump of a ScopeInfo (DESIGN.md habit 3: a dump after every pass).

    script #0 strict=no regs=1 [uses_this]
      var x: global x
      function f: global f
      function:function f #1 params=1 length=1 regs=2 ctx=1 [uses_arguments]
        param a: context 0 captured
        arguments: r1
    references:
      @9 x read #0 -> global x
      @30 a read #2 -> context[1][0] tdz (param a of #1)

A reference line: source offset, name, mode, the scope it is written in,
and its Resolution; `(kind name of #scope)` names the binding found.
"""

from minijs.compiler import scope_model as M

_FLAGS = ("is_arrow", "is_async", "is_generator", "contains_yield", "contains_await",
          "uses_arguments", "arguments_mapped", "uses_this", "uses_new_target",
          "uses_super", "has_direct_eval", "has_with", "is_derived_constructor",
          "has_param_expressions")
_SCOPE_FLAGS = ("calls_eval", "calls_sloppy_eval", "per_iteration")


def format_location(loc):
    if loc is None:
        return "?"
    kind = loc[0]
    if kind == "register":
        return f"r{loc[1]}"
    if kind == "context":
        return f"context {loc[1]}"
    if kind == "callee":
        return "callee"
    return " ".join(str(part) for part in loc)


def format_binding(b):
    parts = [f"{b.kind} {b.name}" if b.kind != b.name else b.name, ":",
             " " + format_location(b.location)]
    if b.captured and b.location and b.location[0] == "context":
        parts.append(" captured")
    if b.needs_tdz:
        parts.append(" tdz")
    if b.annex_b_target is not None:
        parts.append(f" annex-b -> #{b.annex_b_target.scope.id}")
    if b.init_from is not None:
        parts.append(f" init-from #{b.init_from.scope.id}")
    if b.exported:
        parts.append(" exports " + ",".join(b.exported))
    return "".join(parts)


def format_scope_header(s):
    head = [f"{s.kind}:{s.role}" if s.kind != s.role else s.kind]
    node = s.node
    ident = getattr(node, "id", None) if node is not None and s.kind == M.FUNCTION else None
    if ident is not None:
        head.append(ident.name)
    head.append(f"#{s.id}")
    if s.is_closure:
        head.append("strict" if s.strict else "sloppy")
        if s.kind == M.FUNCTION:
            names = ", ".join(b.name if b is not None else "<pattern>" for b in s.params)
            head.append(f"params=({names}) length={s.param_count}")
        head.append(f"regs={s.register_count}")
    if s.needs_context:
        head.append(f"ctx={s.context_slots}")
    flags = [f for f in _FLAGS if getattr(s, f)] if s.is_closure else []
    flags += [f for f in _SCOPE_FLAGS if getattr(s, f)]
    if flags:
        head.append("[" + " ".join(flags) + "]")
    return " ".join(head)


def format_resolution(res):
    if res.kind == "register":
        where = f"r{res.index}"
    elif res.kind == "context":
        where = f"context[{res.depth}][{res.index}]"
    elif res.kind == "dynamic":
        where = f"dynamic {res.index} via {res.via}"
    elif res.kind in ("callee", "undefined"):
        where = res.kind
    elif res.kind == "module":
        where = "module " + " ".join(str(p) for p in res.index)
    else:
        where = f"{res.kind} {res.index}"
    text = f"{res.name} {res.mode} #{res.scope.id} -> {where}"
    if res.needs_tdz:
        text += " tdz"
    b = res.binding
    if b is not None:
        text += f" ({b.kind} {b.name} of #{b.scope.id})" if b.kind != b.name else \
            f" ({b.name} of #{b.scope.id})"
    return text


def dump(info):
    lines = []

    def scope(s, depth):
        pad = "  " * depth
        lines.append(pad + format_scope_header(s))
        for b in s.bindings.values():
            lines.append(pad + "  " + format_binding(b))
        for child in s.children:
            if child.info is info:
                scope(child, depth + 1)

    scope(info.root, 0)
    lines.append("references:")
    entries = []
    for key, res in info.resolution.items():
        entries.append((_position(info, res, key), "", res))
    for (key, tag), res in info.extra.items():
        entries.append((_position(info, res, key), f"[{tag}] ", res))
    entries.sort(key=lambda e: (e[0], e[1]))
    for pos, tag, res in entries:
        lines.append(f"  @{pos} {tag}{format_resolution(res)}")
    return "\n".join(lines) + "\n"


def _position(info, res, key):
    return info.positions.get(key, 0)
