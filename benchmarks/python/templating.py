"""String templating: a small mustache-like language compiled to node
objects, rendered for many records with HTML escaping; the output hashed.
The same algorithm in JS: benchmarks/js/templating.js."""

import sys

REPS = 4  # repetitions at scale 1 (benchmarks/compare.py multiplies)

TEMPLATE = (
    '<section class="customer" id="c{{id}}">\n'
    '  <h2>{{name}}</h2>\n'
    '  {{#if vip}}<p class="vip">VIP since {{since}}</p>{{/if}}\n'
    '  <ul>\n'
    '  {{#each orders}}  <li data-i="{{@index}}">{{item}} x{{qty}}: {{price}}{{#if note}} <em>{{note}}</em>{{/if}}</li>\n'
    '  {{/each}}</ul>\n'
    '  <p>Total: {{total}}</p>\n'
    '</section>\n')


class TextNode:
    def __init__(self, text):
        self.kind = 0
        self.text = text


class VarNode:
    def __init__(self, name):
        self.kind = 1
        self.name = name


class EachNode:
    def __init__(self, name, body):
        self.kind = 2
        self.name = name
        self.body = body


class IfNode:
    def __init__(self, name, body):
        self.kind = 3
        self.name = name
        self.body = body


def compile_template(text):
    state = {"pos": 0}
    return compile_until(text, state, None)


def compile_until(text, state, closing):
    nodes = []
    while True:
        open_ = text.find("{{", state["pos"])
        if open_ < 0:
            if closing is not None:
                raise ValueError("unclosed {{#" + closing + "}}")
            if state["pos"] < len(text):
                nodes.append(TextNode(text[state["pos"]:]))
            state["pos"] = len(text)
            return nodes
        if open_ > state["pos"]:
            nodes.append(TextNode(text[state["pos"]:open_]))
        close = text.find("}}", open_)
        tag = text[open_ + 2:close].strip()
        state["pos"] = close + 2
        if tag[:1] == "#":
            space = tag.find(" ")
            block = tag[1:space]
            name = tag[space + 1:]
            body = compile_until(text, state, block)
            nodes.append(EachNode(name, body) if block == "each" else IfNode(name, body))
        elif tag[:1] == "/":
            if tag[1:] != closing:
                raise ValueError("unexpected {{" + tag + "}}")
            return nodes
        else:
            nodes.append(VarNode(tag))


ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def escape_html(s):
    out = ""
    start = 0
    for i in range(len(s)):
        entity = ENTITIES.get(s[i])
        if entity is not None:
            out += s[start:i] + entity
            start = i + 1
    return s if start == 0 else out + s[start:]


def lookup(scopes, name):
    for scope in reversed(scopes):
        value = scope.get(name)
        if value is not None:
            return value
    return ""


def render(nodes, scopes, out):
    for node in nodes:
        if node.kind == 0:
            out.append(node.text)
        elif node.kind == 1:
            out.append(escape_html(str(lookup(scopes, node.name))))
        elif node.kind == 2:
            for j, item in enumerate(lookup(scopes, node.name)):
                item["@index"] = j
                scopes.append(item)
                render(node.body, scopes, out)
                scopes.pop()
        elif lookup(scopes, node.name):
            render(node.body, scopes, out)


def money(cents):
    rest = cents % 100
    return f"{cents // 100}.{'0' if rest < 10 else ''}{rest}"


def make_customers(count):
    customers = []
    x = 99
    goods = ["tea & biscuits", "lamp <small>", "rope", '"fine" paper', "kettle"]
    for i in range(count):
        orders = []
        total = 0
        x = (x * 16807) % 2147483647
        n = x % 5 + 2
        for _ in range(n):
            x = (x * 16807) % 2147483647
            cents = x % 20000
            qty = x % 4 + 1
            total += cents * qty
            orders.append({"item": goods[x % len(goods)], "qty": qty, "price": money(cents),
                           "note": f"gift for {x % 50} > friends" if x % 3 == 0 else ""})
        customers.append({"id": i, "name": f'Customer #{i} "{x % 1000}"', "vip": x % 4 == 0,
                          "since": 1990 + x % 30, "orders": orders, "total": money(total)})
    return customers


def render_all(template, customers):
    out = []
    for customer in customers:
        render(template, [{"shop": "minijs"}, customer], out)
    html = "".join(out)
    h = 0
    for ch in html:
        h = (h * 31 + ord(ch)) % 1000000007
    return (len(html) * 7 + h) % 1000000007


def run(reps):
    """One repetition renders 150 customers (about 60 KB of HTML)."""
    template = compile_template(TEMPLATE)
    customers = make_customers(150)
    total = 0
    for _ in range(reps):
        v = render_all(template, customers)
        if v != 50808032:
            raise AssertionError(f"templating checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("templating:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
