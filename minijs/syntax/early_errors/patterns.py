"""Binding patterns and assignment targets.

Both walk a pattern in source order: computed keys and default values are
ordinary expressions; identifiers are bindings (handed to a `declare`
callback) or assignment targets.  `nested` tells the identifier checks
where a name sits, because V8 words `eval`/`arguments` errors by position
(see identifiers.py).
"""


from minijs.syntax.early_errors import messages as M


class PatternChecks:
    def bind_pattern(self, node, declare, nested=None, role="bind"):
        """BindingIdentifier / BindingPattern: check and declare each name
        (`role` "name" for catch parameters, see identifiers.py)."""
        kind = node.type
        if kind == "Identifier":
            self.check_binding_name(node, nested, role=role)
            declare(node)
        elif kind == "ObjectPattern":
            for prop in node.properties:
                if prop.type == "RestElement":
                    self.bind_pattern(prop.argument, declare, "element", role)
                    continue
                self.visit_property_key(prop)
                self.bind_pattern(prop.value, declare, "short" if prop.shorthand else "element", role)
        elif kind == "ArrayPattern":
            for element in node.elements:
                if element is None:
                    continue
                if element.type == "RestElement":
                    element = element.argument
                self.bind_pattern(element, declare, "element", role)
        elif kind == "AssignmentPattern":
            self.bind_pattern(node.left, declare, "short" if nested == "short" else "default", role)
            self.visit(node.right)
        elif kind == "RestElement":           # a rest parameter
            if node.argument.type == "AssignmentPattern":   # safety net, see the parser
                self.error(M.REST_INITIALIZER, node.argument.start)
            self.bind_pattern(node.argument, declare, nested, role)
        else:                                 # not a pattern: the parser let it through
            self.visit(node)

    def assign_target(self, node, nested=None):
        """Left side of `=` and of for-in/of: an identifier, a member
        expression or an assignment pattern."""
        kind = node.type
        if kind == "Identifier":
            self.check_assigned_name(node, nested)
        elif kind == "ObjectPattern":
            for prop in node.properties:
                if prop.type == "RestElement":
                    self.assign_target(prop.argument, "element")
                    continue
                self.visit_property_key(prop)
                self.assign_target(prop.value, "short" if prop.shorthand else "element")
        elif kind == "ArrayPattern":
            for element in node.elements:
                if element is None:
                    continue
                if element.type == "RestElement":
                    element = element.argument
                self.assign_target(element, "element")
        elif kind == "AssignmentPattern":
            self.assign_target(node.left, "short" if nested == "short" else "default")
            self.visit(node.right)
        else:
            self.visit(node)

    def visit_property_key(self, prop):
        """A property's key: computed keys are expressions; literal keys
        can still be strict-mode octal errors; names are not references."""
        key = prop.key
        if prop.computed or key.type == "Literal":
            self.visit(key)

    # Patterns reached by a generic walk (never expected) are assignment targets.
    def visit_ObjectPattern(self, node):
        self.assign_target(node)

    visit_ArrayPattern = visit_ObjectPattern
