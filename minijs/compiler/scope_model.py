"""Data of the scope analysis: Scope, Binding, Resolution, ScopeInfo.

Invariants (kept by the passes in scope_build / scope_resolve / scope_alloc):

* Scopes form a tree that mirrors ECMA-262's Environment Records
  (ECMA-262 9.1): one Scope per environment the program can observe.
  Block-like nodes that declare nothing get no Scope (V8 drops such scopes
  too); `with` always gets one (an Object Environment Record, 9.1.1.2).
* A *closure scope* (kind script / module / eval / function) owns a frame:
  every binding below it that is neither captured nor global/module lives
  in one of its registers.  `scope.closure` is that scope for any scope.
* A binding is `captured` when some reference reaches it from another
  closure (a function boundary was crossed) or by name at run time
  (sloppy direct eval, `with`, any direct eval below it).  Captured
  bindings live in a context slot of their own scope; a scope without
  captured bindings allocates no context (unless it is a `with` scope or a
  var scope that sloppy direct eval can extend, which need one at run time).
* Context depth of a reference = number of scopes with a context strictly
  below the binding's scope on the chain from the reference's scope
  (inclusive) -- the number of `previous` hops from the current context.
* Binding names are the source names; synthetic bindings have names no
  identifier can spell: `this`, `new.target`, `super` (markers a function
  provides to its arrows), `*default*` (export default), `#x` (private).
"""

# ---- scope kinds (Scope.kind) and roles (Scope.role: the finer detail)
SCRIPT, MODULE, EVAL, FUNCTION, BLOCK, CLASS, WITH = (
    "script", "module", "eval", "function", "block", "class", "with")
CLOSURE_KINDS = frozenset((SCRIPT, MODULE, EVAL, FUNCTION))

# roles of FUNCTION scopes
FUNCTION_ROLES = ("function", "arrow", "method", "get", "set", "constructor",
                  "initializer", "static-initializer")
# methods of a class body (and the synthetic field initializers) can only
# run once the class binding is initialised (ECMA-262 15.7.14 step 30)
CLASS_ELEMENT_ROLES = frozenset(("method", "get", "set", "constructor",
                                 "initializer", "static-initializer"))
# roles of BLOCK scopes: block, body (separate var scope of a function with
# parameter expressions), function-name, for, for-in, for-of, switch,
# catch, static-block, if-function (B.3.3 function in an if clause)

# ---- binding kinds (Binding.kind)
VAR, LET, CONST, CLASS_DECL, CLASS_NAME = "var", "let", "const", "class", "class_name"
FUNCTION_DECL, BLOCK_FUNCTION, PARAM, CATCH = "function", "block_function", "param", "catch"
IMPORT, ARGUMENTS, FUNCTION_NAME, PRIVATE = "import", "arguments", "function_name", "private"
THIS, NEW_TARGET, SUPER = "this", "new.target", "super"
MARKERS = frozenset((THIS, NEW_TARGET, SUPER))
IMMUTABLE_KINDS = frozenset((CONST, CLASS_NAME, IMPORT, FUNCTION_NAME))

# ---- reference modes (Resolution.mode)
READ, WRITE, READWRITE, DECLARE, TYPEOF, DELETE, EXPORT = (
    "read", "write", "readwrite", "declare", "typeof", "delete", "export")

INFINITY = float("inf")


class Binding:
    """One name declared in one scope.

    kind      see the constants above
    node      the declaring node (Identifier, FunctionDeclaration, ...)
    init_pos  source offset from which the binding is initialised in
              straight-line code (0: initialised on scope entry)
    tdz       the kind can be observed uninitialised (let, const, class,
              imports, parameters of lists with expressions, ...)
    needs_tdz some access may find it uninitialised: codegen initialises
              it with the hole and checks those accesses
    captured  lives in a context slot (see the module docstring)
    location  ('register', i) | ('context', slot) | ('global', name)
              | ('module', 'import', source, imported) | ('module', 'export', name)
              | ('dynamic', name) (a var of sloppy eval code, in the caller's
              variable environment) | ('callee',) (a function expression's
              own name, read from the running closure)
    """

    __slots__ = ("name", "kind", "scope", "node", "init_pos", "tdz", "needs_tdz",
                 "captured", "location", "used", "assigned", "param_index",
                 "annex_b_target", "init_from", "exported", "import_from")

    def __init__(self, name, kind, scope, node=None, init_pos=0, tdz=False):
        self.name = name
        self.kind = kind
        self.scope = scope
        self.node = node
        self.init_pos = init_pos
        self.tdz = tdz
        self.needs_tdz = False
        self.captured = False
        self.location = None
        self.used = False
        self.assigned = False
        self.param_index = None      # position among the formal parameters
        self.annex_b_target = None   # block function: the var binding it updates (B.3.2.1)
        self.init_from = None        # body var initialised from a parameter (10.2.11 step 28.f)
        self.exported = ()           # module: export names of this local
        self.import_from = None      # module: (source, imported name | '*')

    @property
    def mutable(self):
        return self.kind not in IMMUTABLE_KINDS

    def __repr__(self):
        return f"Binding({self.kind} {self.name} @{self.location})"


class Ref:
    """A reference or binding occurrence awaiting resolution.

    what    'id' (an identifier), 'private' (#x), or a marker kind
            ('this', 'new.target', 'super')
    target  the binding, already known for binding occurrences
    key     the ScopeInfo key: id(node) or (id(node), tag)
    rhs_tdz the head scope of `for (let/const ... in/of rhs)` while in rhs:
            those names are in their TDZ there (14.7.5.6 step 2)
    skip    a class scope whose private names are not visible (the heritage)
    """

    __slots__ = ("node", "name", "scope", "mode", "what", "target", "key", "pos",
                 "rhs_tdz", "skip", "binding", "crossings", "last_closure", "via",
                 "needs_tdz")

    def __init__(self, node, name, scope, mode, what, target, key):
        self.node = node
        self.name = name
        self.scope = scope
        self.mode = mode
        self.what = what
        self.target = target
        self.key = key
        self.pos = node.start
        self.rhs_tdz = None
        self.skip = None
        self.binding = None
        self.crossings = 0
        self.last_closure = None
        self.via = None
        self.needs_tdz = False


def declare(scope, name, kind, node, init_pos=0, tdz=False):
    """Create `name` in `scope`, or merge with an earlier declaration of it
    (var + var, var + function, param + var/function: one binding;
    the last function declaration of a name is the one instantiated)."""
    b = scope.bindings.get(name)
    if b is None:
        b = Binding(name, kind, scope, node, init_pos, tdz)
        scope.bindings[name] = b
    elif kind == FUNCTION_DECL and b.kind == VAR:
        b.kind = FUNCTION_DECL
        b.node = node
    elif kind in (FUNCTION_DECL, BLOCK_FUNCTION) and b.kind == kind:
        b.node = node
    return b


class Scope:
    """One environment.  Function-level facts live on closure scopes."""

    def __init__(self, kind, role, node, parent, strict, is_var_scope=False):
        self.kind = kind
        self.role = role
        self.node = node
        self.parent = parent
        self.children = []
        self.bindings = {}           # name -> Binding, in declaration order
        self.strict = strict
        self.is_var_scope = is_var_scope
        self.closure = self if kind in CLOSURE_KINDS else parent.closure
        self.var_scope = self if is_var_scope else (parent.var_scope if parent else self)
        self.info = None             # the ScopeInfo that owns this scope
        self.id = 0
        self.hoisted_functions = []  # FunctionDeclarations instantiated on entry
        self.calls_eval = False      # a direct eval call is written in this scope
        self.calls_sloppy_eval = False   # sloppy direct eval can add vars here
        self.needs_context = False
        self.context_slots = 0
        self.per_iteration = False   # loop head: fresh environment per iteration
        self.exports = {}            # module scope: local name -> [export names]
        # closure scopes only
        self.is_arrow = False
        self.is_async = False
        self.is_generator = False
        self.contains_yield = False
        self.contains_await = False
        self.uses_arguments = False
        self.arguments_mapped = False
        self.uses_this = False
        self.uses_new_target = False
        self.uses_super = False
        self.has_direct_eval = False
        self.has_with = False
        self.is_derived_constructor = False
        self.simple_params = True
        self.has_param_expressions = False
        self.param_count = 0         # the function's `length`
        self.params = []             # per formal position: Binding (x, ...x) or None (pattern)
        self.has_rest = False
        self.register_count = 0
        self.body_scope = None       # separate var scope of the body, if any
        self.name_scope = None       # function-name scope of a named expression
        self.created_at = 0          # offset where the closure object is created
        if parent is not None:
            parent.children.append(self)

    @property
    def is_closure(self):
        return self.kind in CLOSURE_KINDS

    def lookup_local(self, name):
        return self.bindings.get(name)

    def walk(self):
        """This scope and every scope below it, parents first."""
        stack = [self]
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.children))

    def describe(self):
        name = ""
        node = self.node
        ident = getattr(node, "id", None) if node is not None else None
        if ident is not None and getattr(ident, "name", None):
            name = " " + ident.name
        return f"#{self.id} {self.kind}:{self.role}{name}"

    def __repr__(self):
        return f"Scope({self.describe()})"


class Resolution:
    """Where one reference (or binding occurrence) finds its variable.

    kind   'register' | 'context' | 'global' | 'module' | 'dynamic'
           | 'callee' | 'undefined' (new.target with no function around)
    index  register number, context slot, global name, module tuple, or
           for 'dynamic' the name to look up
    depth  context hops from the current context ('context', and 'dynamic'
           whose statically found fallback binding is in a context)
    via    for 'dynamic': 'with' or 'eval' (what makes the lookup dynamic)
    """

    __slots__ = ("name", "kind", "index", "depth", "binding", "needs_tdz",
                 "mode", "scope", "via")

    def __init__(self, name, kind, index, depth, binding, needs_tdz, mode, scope, via=None):
        self.name = name
        self.kind = kind
        self.index = index
        self.depth = depth
        self.binding = binding
        self.needs_tdz = needs_tdz
        self.mode = mode
        self.scope = scope
        self.via = via

    def __repr__(self):
        where = self.kind
        if self.kind == "context":
            where = f"context[{self.depth}][{self.index}]"
        elif self.kind == "register":
            where = f"r{self.index}"
        elif self.kind in ("global", "dynamic"):
            where = f"{self.kind} {self.index}"
        tdz = " tdz" if self.needs_tdz else ""
        return f"Resolution({self.name} {self.mode} -> {where}{tdz})"


class ScopeInfo:
    """The result of `analyze`.

    root        the top-level Scope
    resolution  id(node) -> Resolution, for every Identifier that is a
                reference or a binding occurrence, every PrivateIdentifier,
                ThisExpression, Super and `new.target` MetaProperty.  Keyed
                by id(): AST nodes have __slots__ and no hash of their own;
                `program` is held here so the ids stay valid.
    extra       (id(node), tag) -> Resolution for accesses a node makes
                besides its own: ('this' / 'new.target') of a super(...)
                call, 'annex_b' of a block function (B.3.2.1 var update).
    scopes      id(node) -> [Scope, ...] the scopes a node opens, outermost
                first (a named function expression opens a function-name
                scope and its function scope; a class opens its class scope
                and field-initializer function scopes).
    eval_sites  id(CallExpression) -> Scope in which a direct eval is called
                (the outer scope of the eval code, see analyze_eval).
    """

    def __init__(self, program, root):
        self.program = program
        self.root = root
        self.resolution = {}
        self.extra = {}
        self.scopes = {}
        self.eval_sites = {}
        self.all_scopes = []         # this analysis' scopes, creation order
        self.positions = {}          # id(node) -> source offset, for dumps

    def resolve(self, node):
        return self.resolution[id(node)]

    def scopes_of(self, node):
        return self.scopes.get(id(node), [])

    def scope_of(self, node, role=None):
        """The (outermost) scope `node` opens, or the one with `role`; None
        when the node opens none (a block that declares nothing)."""
        for s in self.scopes.get(id(node), []):
            if role is None or s.role == role:
                return s
        return None

    def function_scope(self, node):
        for s in self.scopes.get(id(node), []):
            if s.kind == FUNCTION:
                return s
        return None
