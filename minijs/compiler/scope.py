"""Scope analysis (issue 3): which environment every name lives in.

Public API:
    analyze(program, module=False)            -> ScopeInfo
    analyze_eval(program, caller, strict=False) -> ScopeInfo   (eval code)
    dump(info)                                 -> str

The model is V8's (src/ast/scopes.cc) over ECMA-262's environments: a
variable lives in a register of its function's frame unless a closure
captures it or a dynamic lookup (sloppy direct eval, `with`) can reach it;
then it lives in a slot of a heap-allocated context.  Data structures are
in scope_model; the passes, in order:

    scope_build (+ scope_build_functions)  scopes, declarations, Refs
    scope_annex_b                           B.3.2 block functions' vars
    scope_resolve                           lookup, capture, implicit
                                            bindings, TDZ checks
    scope_alloc                             locations, registers, contexts,
                                            final Resolutions
"""

from minijs.compiler import scope_model as M
from minijs.compiler.scope_alloc import allocate, finalize
from minijs.compiler.scope_annex_b import apply_annex_b
from minijs.compiler.scope_build import Builder
from minijs.compiler.scope_dump import dump
from minijs.compiler.scope_model import Binding, Resolution, Scope, ScopeInfo
from minijs.compiler.scope_resolve import resolve
from minijs.syntax.static_semantics import has_use_strict

__all__ = ["analyze", "analyze_eval", "dump", "Binding", "Resolution", "Scope", "ScopeInfo"]


def _run(program, module, kind, strict, parent=None, sloppy_eval_target=None):
    info = ScopeInfo(program, None)
    builder = Builder(info, module)
    info.root = builder.program(program, kind, strict, parent)
    apply_annex_b(builder)
    resolve(info, builder)
    allocate(info, sloppy_eval_target)
    finalize(info, builder.refs)
    return info


def analyze(program, module=False):
    """Scope analysis of a Script or Module (ECMA-262 16.1.7 / 16.2.1.6.4)."""
    if module:
        return _run(program, True, M.MODULE, True)
    return _run(program, False, M.SCRIPT, has_use_strict(program.body))


def analyze_eval(program, caller=None, strict=False):
    """Scope analysis of eval code (19.2.1.1 PerformEval).

    `caller` is the Scope the direct eval is called from (ScopeInfo.eval_sites
    of the caller's analysis; the caller's scopes are read, never changed --
    its analysis already captured everything an eval can see), or None for an
    indirect eval.  `strict` is the strictness of the calling code.

    Sloppy eval code declares its vars and functions in the caller's
    variable environment: they resolve 'dynamic' (or 'global' when that
    environment is the global one); its let/const/class live in its own
    frame.  Strict eval code keeps everything (19.2.1.3 step 3)."""
    strict = strict or has_use_strict(program.body)
    target = None
    if not strict:
        var_scope = caller.var_scope if caller is not None else None
        target = "global" if var_scope is None or var_scope.kind == M.SCRIPT else "dynamic"
    return _run(program, False, M.EVAL, strict, caller, target)
