"""Statements: blocks and their scopes, loops, labels, break / continue /
return, `with`, try/catch, switch, and function declarations written where
only a statement may stand (if bodies, loop bodies, labelled statements).
"""

from minijs.syntax.early_errors import messages as M

LOOPS = frozenset(("ForStatement", "ForInStatement", "ForOfStatement",
                   "WhileStatement", "DoWhileStatement"))


def leftmost(expression):
    """The node an unparenthesized expression starts with."""
    while not expression.parenthesized:
        kind = expression.type
        if kind == "CallExpression":
            expression = expression.callee
        elif kind == "MemberExpression":
            expression = expression.object
        elif kind in ("BinaryExpression", "LogicalExpression", "AssignmentExpression"):
            expression = expression.left
        elif kind == "ConditionalExpression":
            expression = expression.test
        elif kind == "SequenceExpression":
            expression = expression.expressions[0]
        elif kind == "TaggedTemplateExpression":
            expression = expression.tag
        elif kind == "ChainExpression":
            expression = expression.expression
        elif kind == "UpdateExpression" and not expression.prefix:
            expression = expression.argument
        else:
            break
    return expression


class StatementChecks:
    def visit_statements(self, statements):
        visit = self.visit
        for statement in statements:
            visit(statement)

    def visit_BlockStatement(self, node):
        self.push_scope()
        self.visit_statements(node.body)
        self.pop_scope()

    def visit_substatement(self, node, owner):
        """The body of an if ("if"), a loop ("loop") or a with ("with")."""
        inner = node
        labelled = False
        while inner.type == "LabeledStatement":
            inner = inner.body
            labelled = True
        if inner.type != "FunctionDeclaration":
            self.check_statement_start(inner, owner == "if" and not labelled)
            self.visit(node)
            return
        self.check_function_statement(inner, owner == "if" and not labelled)
        # Annex B.3.3: `if (x) function f(){}` is `if (x) { function f(){} }`
        self.push_scope()
        self.visit(node)
        self.pop_scope()

    def check_function_statement(self, node, annex_b):
        """A function declaration where a statement should be: only a plain
        function in sloppy code, as an if body or labelled (`annex_b`)."""
        if node.is_async:
            self.error(M.ASYNC_DECLARATION, node.start)
        if self.ctx.strict:
            self.error(M.STRICT_FUNCTION, node.start)
        if not annex_b:
            self.error(M.SLOPPY_FUNCTION, node.start)
        if node.generator:
            self.error(M.GENERATOR_DECLARATION, node.start + len("function"))

    def check_statement_start(self, node, annex_b):
        """An expression statement cannot start with `function` or `class`
        (ECMA-262 14.5 lookahead); a tree that has one anyway gets V8's
        message for the declaration it looks like."""
        if node.type != "ExpressionStatement":
            return
        first = leftmost(node.expression)
        if first.start != node.start or first.parenthesized:
            return
        if first.type == "ClassExpression":
            self.error(M.UNEXPECTED_CLASS, first.start)
        if first.type == "FunctionExpression":
            self.check_function_statement(first, annex_b)

    # --- declarations --------------------------------------------------------

    def visit_VariableDeclaration(self, node):
        kind = node.kind
        for declarator in node.declarations:
            self.declare_pattern(declarator.id, kind)
            if declarator.init is not None:
                self.visit(declarator.init)

    # --- control flow ------------------------------------------------------------

    def visit_IfStatement(self, node):
        while True:                 # else-if chains without recursion
            self.visit(node.test)
            self.visit_substatement(node.consequent, "if")
            alternate = node.alternate
            if alternate is None:
                return
            if alternate.type != "IfStatement":
                self.visit_substatement(alternate, "if")
                return
            node = alternate

    def visit_WithStatement(self, node):
        if self.ctx.strict:
            self.error(M.WITH, node.start)
        self.visit(node.object)
        self.visit_substatement(node.body, "with")

    def visit_loop_body(self, body):
        ctx = self.ctx
        ctx.breakable += 1
        ctx.loops += 1
        self.visit_substatement(body, "loop")
        ctx.breakable -= 1
        ctx.loops -= 1

    def visit_WhileStatement(self, node):
        self.visit(node.test)
        self.visit_loop_body(node.body)

    def visit_DoWhileStatement(self, node):
        self.visit_loop_body(node.body)
        self.visit(node.test)

    def visit_ForStatement(self, node):
        init = node.init
        lexical = init is not None and init.type == "VariableDeclaration" and init.kind != "var"
        if lexical:
            self.push_scope()
        if init is not None:
            self.visit(init)
        if node.test is not None:
            self.visit(node.test)
        if node.update is not None:
            self.visit(node.update)
        self.visit_loop_body(node.body)
        if lexical:
            self.pop_scope()

    def visit_ForInStatement(self, node):
        left = node.left
        lexical = left.type == "VariableDeclaration" and left.kind != "var"
        if lexical:
            self.push_scope()
        if left.type == "VariableDeclaration":
            declarator = left.declarations[0]
            self.declare_pattern(declarator.id, left.kind)
            if declarator.init is not None:
                # Annex B.3.5 allows `for (var x = 1 in o)` in sloppy code only
                if self.ctx.strict:
                    self.error(M.FOR_IN_INITIALIZER, declarator.start)
                self.visit(declarator.init)
        else:
            self.check_call_target(left, M.INVALID_LHS_FOR_OF if node.type == "ForOfStatement"
                                   else M.INVALID_LHS_FOR_IN)
            self.assign_target(left)
        self.visit(node.right)
        self.visit_loop_body(node.body)
        if lexical:
            self.pop_scope()

    visit_ForOfStatement = visit_ForInStatement

    def visit_SwitchStatement(self, node):
        self.visit(node.discriminant)
        self.push_scope()
        ctx = self.ctx
        ctx.breakable += 1
        for case in node.cases:
            if case.test is not None:
                self.visit(case.test)
            self.visit_statements(case.consequent)
        ctx.breakable -= 1
        self.pop_scope()

    def visit_TryStatement(self, node):
        self.visit(node.block)
        handler = node.handler
        if handler is not None:
            # the parameter and the block's lexical names share one scope,
            # so that `catch (e) { let e }` clashes
            self.push_scope()
            param = handler.param
            if param is not None:
                kind = "catch_simple" if param.type == "Identifier" else "catch"
                self.bind_pattern(param, lambda ident: self.declare_lexical(ident.name, kind, ident.start),
                                  role="name")
            self.visit_statements(handler.body.body)
            self.pop_scope()
        if node.finalizer is not None:
            self.visit(node.finalizer)

    # --- labels and jumps ------------------------------------------------------------

    def visit_LabeledStatement(self, node):
        ctx = self.ctx
        label = node.label
        self.check_name(label, "label")
        if ctx.label(label.name) is not None:
            self.error(M.LABEL_REDECLARED % label.name, label.start)
        inner = node.body
        while inner.type == "LabeledStatement":
            inner = inner.body
        if node.body.type == "FunctionDeclaration":
            self.check_function_statement(node.body, True)
        else:
            self.check_statement_start(node.body, True)
        ctx.labels.append((label.name, inner.type in LOOPS))
        self.visit(node.body)
        ctx.labels.pop()

    def visit_BreakStatement(self, node):
        label = node.label
        if label is not None:
            if self.ctx.label(label.name) is None:
                self.error(M.UNDEFINED_LABEL % label.name, label.start)
        elif not self.ctx.breakable:
            self.error(M.ILLEGAL_BREAK, node.start)

    def visit_ContinueStatement(self, node):
        label = node.label
        if label is not None:
            entry = self.ctx.label(label.name)
            if entry is None:
                self.error(M.UNDEFINED_LABEL % label.name, label.start)
            if not entry[1]:
                self.error(M.CONTINUE_NOT_LOOP % label.name, label.start)
        elif not self.ctx.loops:
            self.error(M.ILLEGAL_CONTINUE, node.start)

    def visit_ReturnStatement(self, node):
        if not self.ctx.returns:
            self.error(M.RETURN, node.start)
        if node.argument is not None:
            self.visit(node.argument)
