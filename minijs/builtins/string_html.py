"""The Annex B HTML methods of String.prototype (B.2.2.2 - B.2.2.14):
each wraps the string in a tag, e.g. "a".bold() is "<b>a</b>"."""

from minijs.builtins.string_common import this_string
from minijs.builtins.support import arg
from minijs.runtime.operations import to_string

__all__ = ["METHODS"]


def _create_html(this, args, name, tag, attribute):
    """CreateHTML (B.2.2.2.1); the attribute value has its '"' escaped."""
    s = this_string(this, name)
    p1 = "<" + tag
    if attribute:
        v = to_string(arg(args, 0))
        p1 += ' %s="%s"' % (attribute, v.replace('"', "&quot;"))
    return "%s>%s</%s>" % (p1, s, tag)


def _html_method(name, tag, attribute=""):
    def method(this, args):
        return _create_html(this, args, name, tag, attribute)
    method.__name__ = name
    return (name, method, 1 if attribute else 0)


# V8's property order; names, tags and attributes of B.2.2.2 - B.2.2.14.
METHODS = [
    _html_method("anchor", "a", "name"),
    _html_method("big", "big"),
    _html_method("blink", "blink"),
    _html_method("bold", "b"),
    _html_method("fontcolor", "font", "color"),
    _html_method("fontsize", "font", "size"),
    _html_method("fixed", "tt"),
    _html_method("italics", "i"),
    _html_method("link", "a", "href"),
    _html_method("small", "small"),
    _html_method("strike", "strike"),
    _html_method("sub", "sub"),
    _html_method("sup", "sup"),
]
