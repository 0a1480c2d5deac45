"""Code generation for expressions: each leaves exactly one value."""

from minijs.bytecode import opcodes as op
from minijs.runtime.values import JSBigInt
from minijs.compiler.codegen_support import CompileError, PatternTarget

BINARY = {
    "+": op.ADD, "-": op.SUB, "*": op.MUL, "/": op.DIV, "%": op.MOD, "**": op.EXP,
    "<<": op.SHL, ">>": op.SAR, ">>>": op.SHR, "&": op.BITAND, "|": op.BITOR,
    "^": op.BITXOR, "==": op.EQ, "!=": op.NE, "===": op.STRICT_EQ,
    "!==": op.STRICT_NE, "<": op.LT, ">": op.GT, "<=": op.LE, ">=": op.GE,
    "instanceof": op.INSTANCEOF,
}
UNARY = {"-": op.NEG, "~": op.BITNOT, "!": op.NOT, "+": op.TO_NUMBER, "typeof": op.TYPEOF}
# LOAD_SMI takes a small signed immediate; larger integers go to the pool
SMI_MIN, SMI_MAX = -(1 << 30), (1 << 30) - 1


class ExpressionCompiler:
    def expression(self, node):
        method = getattr(self, "expr_" + node.type, None)
        if method is None:
            raise CompileError("%s is not supported yet" % node.type, node.start)
        method(node)

    # --- leaves -------------------------------------------------------------------

    def expr_Literal(self, node):
        value = node.value
        if node.regex is not None:
            self.emit(op.CREATE_REGEXP, (node.regex["pattern"], node.regex["flags"]), node)
        elif node.bigint is not None:
            self.emit(op.LOAD_CONST, JSBigInt(int(node.bigint.replace("_", ""), 0)), node)
        elif value is None:
            self.emit(op.LOAD_NULL, None, node)
        elif value is True:
            self.emit(op.LOAD_TRUE, None, node)
        elif value is False:
            self.emit(op.LOAD_FALSE, None, node)
        elif isinstance(value, float):
            self.load_number(value, node)
        else:
            self.emit(op.LOAD_CONST, value, node)

    def load_number(self, value, node=None):
        """Numbers follow the engine's representation: safe integers are
        Python ints, everything else (and -0) a float."""
        if value.is_integer() and abs(value) <= 2 ** 53 and not (value == 0 and str(value)[0] == "-"):
            value = int(value)
            if SMI_MIN <= value <= SMI_MAX:
                self.emit(op.LOAD_SMI, value, node)
                return
        self.emit(op.LOAD_CONST, value, node)

    def expr_Identifier(self, node):
        self.vars.load(node)

    def expr_ImportExpression(self, node):
        """import(specifier) (13.3.10): a promise of the module namespace."""
        self.expression(node.source)
        self.emit(op.DYNAMIC_IMPORT, None, node)

    def expr_ThisExpression(self, node):
        self.load_this(self.info.resolution.get(id(node)), node)

    def expr_MetaProperty(self, node):
        """`new.target` (13.3.12): the frame's (an arrow's and eval code's
        frames carry their function's); undefined outside functions.
        `import.meta`: the running module's (13.3.12.1)."""
        if node.meta.name == "import":
            self.emit(op.LOAD_IMPORT_META, None, node)
            return
        res = self.info.resolution.get(id(node))
        if res is not None and res.kind == "undefined":
            self.emit(op.LOAD_UNDEFINED, None, node)
        else:
            self.emit(op.LOAD_NEW_TARGET, None, node)

    def expr_TemplateLiteral(self, node):
        quasis, exprs = node.quasis, node.expressions
        self.emit(op.LOAD_CONST, quasis[0].value["cooked"], node)
        for expr, quasi in zip(exprs, quasis[1:]):
            self.expression(expr)
            self.emit(op.TO_STRING, None, expr)
            self.emit(op.ADD, None, expr)
            if quasi.value["cooked"]:
                self.emit(op.LOAD_CONST, quasi.value["cooked"], quasi)
                self.emit(op.ADD, None, quasi)

    def expr_TaggedTemplateExpression(self, node):
        """tag`...` (13.3.11): the tag is called with the site's template
        object (GET_TEMPLATE_OBJECT: created once per site, frozen, with a
        frozen `raw`) and the substitutions; a member tag gets its object
        as `this`."""
        tag, quasi = node.tag, node.quasi
        if tag.type == "MemberExpression" and tag.object.type != "Super" \
                and tag.property.type != "PrivateIdentifier" and not tag.optional:
            self.method_and_receiver(tag)
            call = op.CALL
        else:
            self.expression(tag)
            call = op.CALL_UNDEFINED
        cooked = tuple(q.value["cooked"] for q in quasi.quasis)
        raw = tuple(q.value["raw"] for q in quasi.quasis)
        self.emit(op.GET_TEMPLATE_OBJECT, TemplateSite(cooked, raw), quasi)
        for expr in quasi.expressions:
            self.expression(expr)
        self.emit(call, 1 + len(quasi.expressions), node)
        self.a.note_call_site(tag.start, tag.end)

    # --- literals with parts ---------------------------------------------------------

    def expr_ArrayExpression(self, node):
        elements = node.elements
        if all(e is not None and e.type != "SpreadElement" for e in elements):
            for e in elements:
                self.expression(e)
            self.emit(op.CREATE_ARRAY, len(elements), node)
            return
        self.emit(op.CREATE_ARRAY, 0, node)
        for e in elements:
            if e is None:
                self.emit(op.LOAD_HOLE)
                self.emit(op.ARRAY_APPEND)
            elif e.type == "SpreadElement":
                self.expression(e.argument)
                self.emit(op.ARRAY_APPEND_SPREAD, None, e)
                if not isinstance(node, _ArgsArray):
                    self.a.note_call_site(e.argument.start, e.argument.end)
            else:
                self.expression(e)
                self.emit(op.ARRAY_APPEND, None, e)

    def expr_ObjectExpression(self, node):
        self.emit(op.CREATE_OBJECT, None, node)
        for prop in node.properties:
            if prop.type == "SpreadElement":
                self.expression(prop.argument)
                self.emit(op.COPY_DATA_PROPERTIES, None, prop)
                continue
            key = prop.key
            if prop.kind == "init" and not prop.method:
                if not prop.computed and not prop.shorthand and self.key_name(key) == "__proto__":
                    self.expression(prop.value)
                    self.emit(op.SET_PROTO, None, prop)
                elif not prop.computed:
                    self.named_value(prop.value, self.key_name(key))
                    self.emit(op.DEFINE_NAMED_OWN, self.key_name(key), prop)
                else:
                    self.property_key(prop)
                    self.expression(prop.value)
                    if self.is_anonymous_function(prop.value):
                        self.emit(op.SET_FUNCTION_NAME, op.ACCESSOR_NONE, prop.value)
                    self.emit(op.DEFINE_KEYED_OWN, None, prop)
                continue
            self.property_key(prop)
            prop.value.source_start = prop.start     # a method's source text starts at its key
            self.expression(prop.value)
            kind = {"get": op.DEFINE_GETTER, "set": op.DEFINE_SETTER}.get(prop.kind, op.DEFINE_METHOD)
            self.emit(kind, op.DEFINE_ENUMERABLE, prop)

    @staticmethod
    def key_name(key):
        if key.type == "Identifier":
            return key.name
        value = key.value
        if isinstance(value, str):
            return value
        if getattr(key, "bigint", None) is not None:       # { 1n: x }: the BigInt's digits
            return str(int(key.bigint))
        from minijs.runtime.numbers import number_to_string
        return number_to_string(value)

    def property_key(self, prop):
        """Push the key of a property or method (computed keys: ToPropertyKey)."""
        if prop.computed:
            self.expression(prop.key)
            self.emit(op.TO_PROPERTY_KEY, 0, prop.key)
        else:
            self.emit(op.LOAD_CONST, self.key_name(prop.key), prop.key)

    def named_value(self, value, name):
        """An anonymous function value takes the property/variable name
        (NamedEvaluation, ECMA-262 8.4.5)."""
        if value.type == "ClassExpression" and value.id is None and name is not None:
            self.expr_ClassExpression(value, name)      # before its static members run
            return
        self.expression(value)
        if name is not None and self.is_anonymous_function(value):
            self.emit(op.LOAD_CONST, name)
            self.emit(op.SWAP)
            self.emit(op.SET_FUNCTION_NAME, op.ACCESSOR_NONE, value)
            self.emit(op.SWAP)
            self.emit(op.POP)

    @staticmethod
    def is_anonymous_function(node):
        return (node.type in ("FunctionExpression", "ClassExpression") and node.id is None) or \
            node.type == "ArrowFunctionExpression"

    # --- functions ------------------------------------------------------------------------

    def expr_FunctionExpression(self, node):
        self.emit(op.CREATE_CLOSURE, self.compile_child(node), node)

    expr_ArrowFunctionExpression = expr_FunctionExpression

    # --- operators --------------------------------------------------------------------------

    def expr_UnaryExpression(self, node):
        operator, arg = node.operator, node.argument
        if operator == "typeof" and arg.type == "Identifier":
            self.vars.load(arg, typeof=True)
            self.emit(op.TYPEOF, None, node)
        elif operator == "void":
            self.expression(arg)
            self.emit(op.POP)
            self.emit(op.LOAD_UNDEFINED)
        elif operator == "delete":
            self.delete(arg, node)
        else:
            self.expression(arg)
            self.emit(UNARY[operator], None, node)

    def delete(self, arg, node):
        if arg.type == "MemberExpression" and arg.object.type == "Super":
            # 13.5.1.2: the reference is evaluated (its key is not
            # converted: MakeSuperPropertyReference keeps the value), then
            # a ReferenceError
            self.member_target(arg, convert_key=False)
            self.emit(op.THROW_REFERENCE_ERROR, "Unsupported reference to 'super'", node)
            return
        if arg.type == "MemberExpression":
            self.expression(arg.object)
            self.member_key(arg)
            self.emit(op.DELETE_PROPERTY, None, node)
        elif arg.type == "Identifier":
            res = self.vars.resolution(arg)
            if res.kind in ("global", "dynamic"):
                self.emit(op.DELETE_LOOKUP, arg.name, node)
            else:
                self.emit(op.LOAD_FALSE, None, node)   # declared bindings are not deletable
        elif arg.type == "ChainExpression" and arg.expression.type == "MemberExpression":
            # `delete a?.b`: true when the chain short-circuits
            member = arg.expression
            outer = getattr(self, "chain_nullish", None)
            self.chain_nullish = nullish = self.label()
            end = self.label()
            try:
                self.expression(member.object)
                if member.optional:
                    self.chain_check(member)
                self.member_key(member)
            finally:
                self.chain_nullish = outer
            self.emit(op.DELETE_PROPERTY, None, node)
            self.emit(op.JUMP, end)
            self.bind(nullish)
            self.emit(op.LOAD_TRUE)
            self.bind(end)
        else:
            self.expression(arg)           # `delete 1`: evaluate, then true
            self.emit(op.POP)
            self.emit(op.LOAD_TRUE, None, node)

    def expr_BinaryExpression(self, node):
        operator = node.operator
        if operator == "in":
            if node.left.type == "PrivateIdentifier":
                self.vars.load(node.left)
                self.expression(node.right)
                self.emit(op.PRIVATE_IN, None, node)
                return
            self.expression(node.left)
            self.expression(node.right)
            self.emit(op.IN, None, node)
            return
        self.expression(node.left)
        self.expression(node.right)
        self.emit(BINARY[operator], None, node)

    def expr_LogicalExpression(self, node):
        end = self.label()
        self.expression(node.left)
        self.emit(op.DUP)
        jump = {"&&": op.JUMP_IF_FALSE, "||": op.JUMP_IF_TRUE, "??": op.JUMP_IF_NOT_NULLISH}[node.operator]
        self.emit(jump, end, node)
        self.emit(op.POP)
        self.expression(node.right)
        self.bind(end)

    def expr_ConditionalExpression(self, node):
        otherwise, end = self.label(), self.label()
        self.expression(node.test)
        self.emit(op.JUMP_IF_FALSE, otherwise, node)
        self.expression(node.consequent)
        self.emit(op.JUMP, end)
        self.bind(otherwise)
        self.expression(node.alternate)
        self.bind(end)

    def expr_SequenceExpression(self, node):
        for expr in node.expressions[:-1]:
            self.expression(expr)
            self.emit(op.POP)
        self.expression(node.expressions[-1])

    # --- member access, calls ---------------------------------------------------------------

    def member_key(self, node):
        """Push the key of MemberExpression `node` (after its object)."""
        if node.computed:
            self.expression(node.property)
        else:
            self.emit(op.LOAD_CONST, node.property.name, node.property)

    def expr_ChainExpression(self, node):
        """An optional chain (13.3.9): any `?.` whose left side is null or
        undefined makes the whole chain undefined.  Each check jumps, with
        the chain's values popped, to one `nullish` label."""
        outer = getattr(self, "chain_nullish", None)
        self.chain_nullish = nullish = self.label()
        end = self.label()
        try:
            self.expression(node.expression)
        finally:
            self.chain_nullish = outer
        self.emit(op.JUMP, end)
        self.bind(nullish)
        self.emit(op.LOAD_UNDEFINED)
        self.bind(end)

    def chain_check(self, node, below=0):
        """`?.`: leave the chain when the value on top of the stack (or,
        with below=1, the callee under its receiver) is null/undefined;
        `below` more chain values sit on the stack and are popped too."""
        go_on, bail = self.label(), self.label()
        if below:
            self.emit(op.SWAP)                     # [this, callee]
        self.emit(op.DUP)
        self.emit(op.JUMP_IF_NOT_NULLISH, go_on, node)
        for _ in range(below + 1):
            self.emit(op.POP)
        self.emit(op.JUMP, self.chain_nullish)
        self.bind(go_on)
        if below:
            self.emit(op.SWAP)

    def expr_MemberExpression(self, node):
        if node.object.type == "Super":
            self.member_target(node)
            self.emit(op.GET_SUPER_KEYED if node.computed else op.GET_SUPER_NAMED,
                      None if node.computed else node.property.name, node)
            return
        self.expression(node.object)
        if node.optional:
            self.chain_check(node)
        if node.property.type == "PrivateIdentifier":
            self.vars.load(node.property)
            self.emit(op.GET_PRIVATE, None, node.property)
        elif node.computed:
            self.expression(node.property)
            self.emit(op.GET_KEYED, None, node)
        else:
            self.emit(op.GET_NAMED, node.property.name, node.property)

    def expr_CallExpression(self, node):
        callee = node.callee
        if callee.type == "Super":
            self.super_call(node)
            return
        args = node.arguments
        spread = any(a.type == "SpreadElement" for a in args)
        if callee.type == "MemberExpression" and callee.object.type == "Super":
            self.load_this(self.info.extra.get((id(callee.object), "this")), callee.object)
            self.emit(op.DUP)
            self.super_home(callee.object)
            if callee.computed:
                self.expression(callee.property)
                self.emit(op.GET_SUPER_KEYED, None, callee)
            else:
                self.emit(op.GET_SUPER_NAMED, callee.property.name, callee.property)
            self.emit(op.SWAP)
            if node.optional:
                self.chain_check(node, below=1)
            self.call_arguments(args, spread, node, with_receiver=True, position=callee.property)
            return
        if callee.type == "MemberExpression":
            self.method_and_receiver(callee)
            if node.optional:
                self.chain_check(node, below=1)
            self.call_arguments(args, spread, node, with_receiver=True, position=callee.property)
            return
        if callee.type == "ChainExpression" and callee.expression.type == "MemberExpression" \
                and callee.expression.object.type != "Super":
            # `(a?.b)()`: the chain's reference keeps its base as `this`
            # (13.3.9.1: a parenthesized chain is still a property reference)
            member = callee.expression
            outer = getattr(self, "chain_nullish", None)
            self.chain_nullish = nullish = self.label()
            end = self.label()
            try:
                self.method_and_receiver(member)         # [callee, this]
            finally:
                self.chain_nullish = outer
            self.emit(op.JUMP, end)
            self.bind(nullish)
            self.emit(op.LOAD_UNDEFINED)
            self.emit(op.LOAD_UNDEFINED)
            self.bind(end)
            if node.optional:
                self.chain_check(node, below=1)
            self.call_arguments(args, spread, node, with_receiver=True, position=member.property)
            return
        if callee.type == "Identifier" and callee.name == "eval" and not spread \
                and id(node) in self.info.eval_sites:
            self.direct_eval_call(node)
            return
        if callee.type == "Identifier" and self.vars.resolution(callee).kind == "dynamic":
            # a name found in a `with` object is called with it as `this`
            self.emit(op.LOAD_LOOKUP_CALLEE, callee.name, callee)
            if node.optional:
                self.chain_check(node, below=1)
            self.call_arguments(args, spread, node, with_receiver=True)
            return
        self.expression(callee)
        if node.optional:
            self.chain_check(node)
        if spread:
            self.emit(op.LOAD_UNDEFINED)
            self.call_arguments(args, spread, node, with_receiver=True)
            return
        for arg in args:
            self.expression(arg)
        self.emit(op.CALL_UNDEFINED, len(args), node)
        self.a.note_call_site(callee.start, callee.end)

    def method_and_receiver(self, callee):
        """[] -> [function, this] for a call of member expression `callee`."""
        self.expression(callee.object)
        if callee.optional:
            self.chain_check(callee)
        if callee.property.type == "PrivateIdentifier":
            self.emit(op.DUP)
            self.vars.load(callee.property)
            self.emit(op.GET_PRIVATE, None, callee.property)
            self.emit(op.SWAP)
        elif callee.computed:
            self.emit(op.DUP)
            self.expression(callee.property)
            self.emit(op.GET_KEYED, None, callee)
            self.emit(op.SWAP)
        else:
            self.emit(op.GET_METHOD, callee.property.name, callee.property)

    def direct_eval_call(self, node):
        """`eval(...)`: CALL_EVAL decides at run time whether the callee is
        %eval% (a direct eval, 13.3.6.1 step 6) or an ordinary call.
        (`eval(...spread)` is compiled as an ordinary call.)"""
        from minijs.compiler.codegen_support import EvalSite
        scope = self.info.eval_sites[id(node)]
        s = scope
        while s is not None and not (s.kind in ("function", "script", "module") and not s.is_arrow):
            s = s.parent
        allows = ()
        if s is not None and s.kind == "function":
            if s.role in ("method", "get", "set", "constructor", "initializer",
                          "static-initializer"):
                allows = ("super_prop",)
            if s.is_derived_constructor:
                allows += ("super_call",)
            if s.role in ("initializer", "static-initializer"):
                allows += ("arguments_banned",)
        private = [b.name[1:] for c in _chain(scope) for b in c.bindings.values()
                   if b.kind == "private"]
        if private:
            allows += (("#names", tuple(private)),)
        site = EvalSite(scope, scope.strict, s is not None and s.kind == "function", allows)
        self.expression(node.callee)
        for arg in node.arguments:
            self.expression(arg)
        self.emit(op.CALL_EVAL, (len(node.arguments), site), node)
        self.a.note_call_site(node.callee.start, node.callee.end)

    def call_arguments(self, args, spread, node, with_receiver, position=None):
        """Arguments and the call; the call's source position is the
        property name of a method call (as V8 reports it)."""
        callee = node.callee
        if spread:
            self.expr_ArrayExpression(_ArgsArray(args, node))
            self.emit(op.CALL_SPREAD, None, position or node)
        else:
            for arg in args:
                self.expression(arg)
            self.emit(op.CALL, len(args), position or node)
        self.a.note_call_site(callee.start, callee.end)

    def expr_NewExpression(self, node):
        self.expression(node.callee)
        args = node.arguments
        if any(a.type == "SpreadElement" for a in args):
            self.expr_ArrayExpression(_ArgsArray(args, node))
            self.emit(op.CONSTRUCT_SPREAD, None, node)
            self.a.note_call_site(node.callee.start, node.callee.end)
            return
        for arg in args:
            self.expression(arg)
        self.emit(op.CONSTRUCT, len(args), node)
        self.a.note_call_site(node.callee.start, node.callee.end)

    # --- assignment and update ----------------------------------------------------------------

    def expr_AssignmentExpression(self, node):
        left, operator = node.left, node.operator
        if left.type == "Identifier" and self.vars.is_dynamic(left):
            self.dynamic_assignment(node)
            return
        if operator == "=":
            if left.type == "Identifier":
                # `(f) = function () {}` is not IsIdentifierRef: no name (13.15.2)
                self.named_value(node.right, None if left.parenthesized else left.name)
                self.emit(op.DUP)
                self.vars.store(left)
            elif left.type == "MemberExpression":
                self.member_target(left, convert_key=False)
                self.expression(node.right)
                self.store_member(left, keep=True)
            else:
                self.expression(node.right)
                self.emit(op.DUP)
                self.assign_pattern(left, declare=False)
            return
        if operator in ("&&=", "||=", "??="):
            self.logical_assignment(node)
            return
        binary = BINARY[operator[:-1]]
        if left.type == "Identifier":
            self.vars.load(left)
            self.expression(node.right)
            self.emit(binary, None, node)
            self.emit(op.DUP)
            self.vars.store(left)
        elif left.type == "MemberExpression":
            self.member_target(left)
            self.load_member_keeping_target(left)
            self.expression(node.right)
            self.emit(binary, None, node)
            self.store_member(left, keep=True)
        else:
            raise CompileError("assignment to a call is not supported yet", node.start)

    def dynamic_assignment(self, node):
        """An assignment to a name resolved at run time: the reference is
        resolved before the right side runs, and the value goes there
        (13.15.2 steps 1 and 5; with / eval may change the scope chain
        in between)."""
        left, operator = node.left, node.operator
        self.vars.resolve(left)                          # [ref]
        if operator == "=":
            self.named_value(node.right, None if left.parenthesized else left.name)
        elif operator in ("&&=", "||=", "??="):
            jump = {"&&=": op.JUMP_IF_FALSE, "||=": op.JUMP_IF_TRUE,
                    "??=": op.JUMP_IF_NOT_NULLISH}[operator]
            short, end = self.label(), self.label()
            self.vars.load_resolved(left)                # [ref, old]
            self.emit(op.DUP)
            self.emit(jump, short, node)
            self.emit(op.POP)
            self.named_value(node.right, None if left.parenthesized else left.name)      # [ref, v]
            self.emit(op.INSERT2)
            self.vars.store_resolved(left)               # [v]
            self.emit(op.JUMP, end)
            self.bind(short)                             # [ref, old]
            self.emit(op.SWAP)
            self.emit(op.POP)
            self.bind(end)
            return
        else:
            self.vars.load_resolved(left)                # [ref, old]
            self.expression(node.right)
            self.emit(BINARY[operator[:-1]], None, node)  # [ref, v]
        self.emit(op.INSERT2)                            # [v, ref, v]
        self.vars.store_resolved(left)                   # [v]

    def logical_assignment(self, node):
        """`a &&= b`, `a ||= b`, `a ??= b` (13.15.2): the target is read
        once; only when the operator does not short-circuit is the right
        side evaluated and assigned (no assignment otherwise)."""
        left = node.left
        jump = {"&&=": op.JUMP_IF_FALSE, "||=": op.JUMP_IF_TRUE,
                "??=": op.JUMP_IF_NOT_NULLISH}[node.operator]
        end = self.label()
        if left.type == "Identifier":
            self.vars.load(left)
            self.emit(op.DUP)
            self.emit(jump, end, node)
            self.emit(op.POP)
            self.named_value(node.right, None if left.parenthesized else left.name)
            self.emit(op.DUP)
            self.vars.store(left)
            self.bind(end)
            return
        if left.type != "MemberExpression":
            raise CompileError("logical assignment to this target is not supported yet", node.start)
        short = self.label()
        self.member_target(left)
        self.load_member_keeping_target(left)     # [obj (, key), v]
        self.emit(op.DUP)
        self.emit(jump, short, node)
        self.emit(op.POP)
        self.expression(node.right)
        self.store_member(left, keep=True)        # [v]
        self.emit(op.JUMP, end)
        self.bind(short)                          # [reference, v]
        n = self.member_size(left)
        reg = self.a.new_register()
        self.emit(op.STORE_REG, reg)
        for _ in range(n):
            self.emit(op.POP)
        self.emit(op.LOAD_REG, reg)
        self.bind(end)

    # A member reference is 1-3 stack values: [obj] (o.x), [obj, key]
    # (o[k]), [obj, pn] (o.#x), [this, home] (super.x), [this, home, key]
    # (super[k]).

    @staticmethod
    def member_size(node):
        if node.object.type == "Super":
            return 3 if node.computed else 2
        return 2 if node.computed or node.property.type == "PrivateIdentifier" else 1

    def member_target(self, node, convert_key=True):
        """Push the values of a member reference (an assignment target).
        A compound assignment or update converts the key once, before the
        read (13.15.2 step 1.b); a plain assignment leaves it to SET_KEYED,
        after the right-hand side (`convert_key=False`)."""
        if node.object.type == "Super":
            self.load_this(self.info.extra.get((id(node.object), "this")), node.object)
            self.super_home(node.object)
        else:
            self.expression(node.object)
        if node.property.type == "PrivateIdentifier":
            self.vars.load(node.property)
        elif node.computed:
            self.expression(node.property)
            if convert_key:
                self.emit(op.TO_PROPERTY_KEY, 1, node.property)

    def member_get(self, node):
        """[reference values] -> [value]"""
        if node.object.type == "Super":
            self.emit(op.GET_SUPER_KEYED if node.computed else op.GET_SUPER_NAMED,
                      None if node.computed else node.property.name, node)
        elif node.property.type == "PrivateIdentifier":
            self.emit(op.GET_PRIVATE, None, node.property)
        elif node.computed:
            self.emit(op.GET_KEYED, None, node)
        else:
            self.emit(op.GET_NAMED, node.property.name, node.property)

    def load_member_keeping_target(self, node):
        """[reference] -> [reference, value]"""
        n = self.member_size(node)
        if n == 1:
            self.emit(op.DUP)
        elif n == 2:
            self.emit(op.DUP2)
        else:
            regs = [self.a.new_register() for _ in range(3)]
            for r in reversed(regs):
                self.emit(op.STORE_REG, r)
            for _ in range(2):
                for r in regs:
                    self.emit(op.LOAD_REG, r)
        self.member_get(node)

    def store_member(self, node, keep):
        """[reference, v] -> [v] (keep) or []"""
        n = self.member_size(node)
        if keep:
            self.emit((op.INSERT2, op.INSERT3, op.INSERT4)[n - 1])
        if node.object.type == "Super":
            self.emit(op.SET_SUPER_KEYED if node.computed else op.SET_SUPER_NAMED,
                      None if node.computed else node.property.name, node)
        elif node.property.type == "PrivateIdentifier":
            self.emit(op.SET_PRIVATE, None, node.property)
        elif node.computed:
            self.emit(op.SET_KEYED, None, node)
        else:
            self.emit(op.SET_NAMED, node.property.name, node.property)

    def expr_UpdateExpression(self, node):
        arg = node.argument
        step = op.INC if node.operator == "++" else op.DEC
        if arg.type == "Identifier" and self.vars.is_dynamic(arg):
            self.vars.resolve(arg)
            self.vars.load_resolved(arg)                 # [ref, old]
            self.emit(op.TO_NUMERIC, None, node)
            if node.prefix:
                self.emit(step, None, node)
                self.emit(op.INSERT2)                    # [new, ref, new]
            else:
                self.emit(op.INSERT2)                    # [old, ref, old]
                self.emit(step, None, node)
            self.vars.store_resolved(arg)
            return
        if arg.type == "Identifier":
            self.vars.load(arg)
            if node.prefix:
                self.emit(op.TO_NUMERIC, None, node)
                self.emit(step, None, node)
                self.emit(op.DUP)
            else:
                self.emit(op.TO_NUMERIC, None, node)
                self.emit(op.DUP)
                self.emit(step, None, node)
            self.vars.store(arg)
            return
        if arg.type != "MemberExpression":
            raise CompileError("update of a call is not supported yet", node.start)
        self.member_target(arg)
        self.load_member_keeping_target(arg)
        if node.prefix:
            self.emit(op.TO_NUMERIC, None, node)
            self.emit(step, None, node)
            self.store_member(arg, keep=True)
            return
        # postfix: keep the old (numeric) value under the target
        self.emit(op.TO_NUMERIC, None, node)
        self.emit((op.INSERT2, op.INSERT3, op.INSERT4)[self.member_size(arg) - 1])  # [old, ref, old]
        self.emit(step, None, node)
        self.store_member(arg, keep=False)

    # --- destructuring ----------------------------------------------------------------------------

    def prepare_target(self, target):
        """A destructuring target that is a property reference is evaluated
        before the value it receives is read (13.15.5.5 step 1, 13.15.5.6
        step 1): its values go to registers, which assign_pattern uses."""
        member = target.left if target.type == "AssignmentPattern" else target
        if member.type == "Identifier" and self.vars.is_dynamic(member):
            # a name resolved at run time (with, sloppy eval): resolved now,
            # before the value is read (13.15.5.5 step 1, 8.6.3 / 14.3.3.3)
            self.vars.resolve(member)
            reg = self.a.new_register()
            self.emit(op.STORE_REG, reg)
            return [reg]
        if member.type != "MemberExpression":
            return None
        self.member_target(member, convert_key=False)
        regs = [self.a.new_register() for _ in range(self.member_size(member))]
        for r in reversed(regs):
            self.emit(op.STORE_REG, r)
        return regs

    def assign_pattern(self, target, declare, prepared=None):
        """Pop a value and assign (or, with `declare`, bind) it to `target`
        (`prepared`: registers holding the target's reference)."""
        kind = target.type
        if kind == "Identifier" and prepared is not None:
            self.emit(op.LOAD_REG, prepared[0])
            self.emit(op.SWAP)                               # [ref, v]
            self.vars.store_resolved(target)
        elif kind == "Identifier":
            self.vars.store(target, declare=declare)
        elif kind == "MemberExpression" and prepared is not None:
            for r in prepared:
                self.emit(op.LOAD_REG, r)
            n = len(prepared)
            for _ in range(n):
                self.emit((op.SWAP, op.ROT3, op.ROT4)[n - 1])   # [reference, v]
            self.store_member(target, keep=False)
        elif kind == "MemberExpression":
            n = self.member_size(target)
            self.member_target(target, convert_key=False)
            self.emit((op.SWAP, op.ROT3, op.ROT4)[n - 1])   # [reference, v]
            for _ in range(n - 1):
                self.emit((op.SWAP, op.ROT3, op.ROT4)[n - 1])
            self.store_member(target, keep=False)
        elif kind == "AssignmentPattern":
            done = self.label()
            self.emit(op.DUP)
            self.emit(op.JUMP_IF_NOT_UNDEFINED, done, target)
            self.emit(op.POP)
            name = target.left.name if target.left.type == "Identifier" else None
            self.named_value(target.right, name)
            self.bind(done)
            self.assign_pattern(target.left, declare, prepared)
        elif kind == "ObjectPattern":
            self.object_pattern(target, declare)
        elif kind == "ArrayPattern":
            self.array_pattern(target, declare)
        else:
            raise CompileError("%s patterns are not supported yet" % kind, target.start)

    def object_pattern(self, target, declare):
        """13.15.5.3 / 8.6.2: each property read from the value; a rest
        element copies the remaining own enumerable properties
        (CopyDataProperties excluding the keys already named)."""
        self.emit(op.REQUIRE_OBJECT_COERCIBLE, None, target)
        props = target.properties
        has_rest = bool(props) and props[-1].type == "RestElement"
        keys = []                    # ("const", name) | ("reg", register), for the rest
        for prop in props:
            if prop.type == "RestElement":
                prepared = self.prepare_target(prop.argument)
                self.emit(op.DUP)                          # [v, v]
                self.emit(op.CREATE_OBJECT, None, prop)    # [v, v, obj]
                self.emit(op.SWAP)                         # [v, obj, v]
                for where, key in keys:
                    self.emit(op.LOAD_CONST if where == "const" else op.LOAD_REG, key)
                self.emit(op.COPY_DATA_PROPERTIES_EXCLUDING, len(keys), prop)
                self.assign_pattern(prop.argument, declare, prepared)
                continue
            if prop.computed:
                # the key is evaluated and converted before the target's
                # reference (13.15.5.3: PropertyName first, then
                # KeyedDestructuringAssignmentEvaluation)
                self.expression(prop.key)
                self.emit(op.TO_PROPERTY_KEY, 0, prop.key)
                reg = self.a.new_register()
                self.emit(op.STORE_REG, reg)
                if has_rest:
                    keys.append(("reg", reg))
                prepared = self.prepare_target(prop.value)
                self.emit(op.DUP)
                self.emit(op.LOAD_REG, reg)
                self.emit(op.GET_KEYED, None, prop)
                self.assign_pattern(prop.value, declare, prepared)
                continue
            prepared = self.prepare_target(prop.value)
            self.emit(op.DUP)
            name = self.key_name(prop.key)
            keys.append(("const", name))
            self.emit(op.GET_NAMED, name, prop)
            self.assign_pattern(prop.value, declare, prepared)
        self.emit(op.POP)

    def array_pattern(self, target, declare):
        """Array destructuring through the iterator protocol (8.6.3
        IteratorBindingInitialization, 13.15.5.5).  [iter, next] stay on the
        stack (and in registers for the handler); `done` is a register set
        before each step and cleared once a value was read, so that an
        exception from next/done/value leaves the iterator alone while one
        from a default or a nested target closes it (quietly) and is
        rethrown.  A normal end closes the iterator unless it is done."""
        done_reg = self.a.new_register()
        iter_reg = self.a.new_register()
        next_reg = self.a.new_register()
        start, end, handler, after = self.label(), self.label(), self.label(), self.label()
        self.emit(op.GET_ITERATOR, None, target)          # [iter, next]
        source = getattr(self, "pattern_source", None)
        if source is not None:                             # V8 names it when not iterable
            self.a.note_call_site(source.start, source.end)
            self.pattern_source = None
        self.emit(op.DUP2)
        self.emit(op.STORE_REG, next_reg)
        self.emit(op.STORE_REG, iter_reg)
        self.emit(op.LOAD_FALSE)
        self.emit(op.STORE_REG, done_reg)
        self.bind(start)
        first = True
        self.jumps.append(PatternTarget(self.context_depth, done_reg, iter_reg, next_reg))
        for element in target.elements:
            if element is not None and element.type == "RestElement":
                self.array_rest(element, declare, done_reg, first)
                first = False
                continue
            prepared = self.prepare_target(element) if element is not None else None
            self.iterator_step_value(done_reg, first, element or target)   # [iter, next, v]
            first = False
            if element is None:
                self.emit(op.POP)
            else:
                self.assign_pattern(element, declare, prepared)
        self.jumps.pop()
        self.bind(end)
        self.add_handler(start, end, handler, self.operand_depth())
        closed = self.label()
        self.emit(op.LOAD_REG, done_reg)
        self.emit(op.JUMP_IF_TRUE, closed)
        self.emit(op.ITERATOR_CLOSE, None, target)
        self.emit(op.JUMP, after)
        self.bind(closed)
        self.emit(op.POP)
        self.emit(op.POP)
        self.emit(op.JUMP, after)
        self.bind(handler)                                 # [..., exc]
        exc = self.a.new_register()
        rethrow = self.label()
        self.emit(op.STORE_REG, exc)
        self.emit(op.LOAD_REG, done_reg)
        self.emit(op.JUMP_IF_TRUE, rethrow)
        self.emit(op.LOAD_REG, iter_reg)
        self.emit(op.LOAD_REG, next_reg)
        self.emit(op.ITERATOR_CLOSE_QUIET)
        self.bind(rethrow)
        self.emit(op.LOAD_REG, exc)
        self.emit(op.RETHROW)
        self.bind(after)

    def iterator_step_value(self, done_reg, first, node):
        """[iter, next] -> [iter, next, value] (undefined once done)."""
        exhausted, use_undefined, have = self.label(), self.label(), self.label()
        if not first:
            self.emit(op.LOAD_REG, done_reg)
            self.emit(op.JUMP_IF_TRUE, use_undefined)
        self.emit(op.LOAD_TRUE)
        self.emit(op.STORE_REG, done_reg)
        self.emit(op.ITERATOR_NEXT, None, node)            # [iter, next, result]
        self.emit(op.ITERATOR_DONE, None, node)            # [iter, next, result, done]
        self.emit(op.JUMP_IF_TRUE, exhausted)
        self.emit(op.ITERATOR_VALUE, None, node)           # [iter, next, value]
        self.emit(op.LOAD_FALSE)
        self.emit(op.STORE_REG, done_reg)
        self.emit(op.JUMP, have)
        self.bind(exhausted)
        self.emit(op.POP)
        self.bind(use_undefined)
        self.emit(op.LOAD_UNDEFINED)
        self.bind(have)

    def array_rest(self, element, declare, done_reg, first):
        """`...rest`: an array of the remaining values."""
        prepared = self.prepare_target(element.argument)
        array = self.a.new_register()
        top, finished = self.label(), self.label()
        self.emit(op.CREATE_ARRAY, 0, element)
        self.emit(op.STORE_REG, array)
        if not first:
            self.emit(op.LOAD_REG, done_reg)
            self.emit(op.JUMP_IF_TRUE, finished)
        self.bind(top)
        self.emit(op.LOAD_TRUE)
        self.emit(op.STORE_REG, done_reg)
        self.emit(op.ITERATOR_NEXT, None, element)         # [iter, next, result]
        self.emit(op.ITERATOR_DONE, None, element)
        exhausted = self.label()
        self.emit(op.JUMP_IF_TRUE, exhausted)
        self.emit(op.ITERATOR_VALUE, None, element)        # [iter, next, value]
        self.emit(op.LOAD_FALSE)
        self.emit(op.STORE_REG, done_reg)
        self.emit(op.LOAD_REG, array)
        self.emit(op.SWAP)
        self.emit(op.ARRAY_APPEND, None, element)          # [iter, next, array]
        self.emit(op.POP)
        self.emit(op.JUMP_LOOP, top)
        self.bind(exhausted)
        self.emit(op.POP)
        self.bind(finished)
        self.emit(op.LOAD_REG, array)
        self.assign_pattern(element.argument, declare, prepared)


def _chain(scope):
    while scope is not None:
        yield scope
        scope = scope.parent


class _ArgsArray:
    """Call arguments seen as an array literal (for spread calls)."""

    type = "ArrayExpression"

    def __init__(self, args, node):
        self.elements = args
        self.start = node.start


class TemplateSite:
    """Operand of GET_TEMPLATE_OBJECT: one tagged template's strings
    (cooked: None where an escape is invalid, undefined in JS).  Each site
    is its own constant (identity), the template object is cached in the
    site's feedback slot."""

    __slots__ = ("cooked", "raw")

    def __init__(self, cooked, raw):
        self.cooked = cooked
        self.raw = raw

    def __repr__(self):
        return "<template %r>" % (self.raw,)
