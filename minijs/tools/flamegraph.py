"""Flame graphs of a profile's call tree, as SVG (or an HTML page around
the SVG with click-to-zoom).  Root at the bottom, each frame as wide as
its total time, coloured by tier: orange interpreted, yellow baseline,
green optimized (native), blue built-in, grey the rest."""

from html import escape

from minijs.tools.profile_model import _node_key

__all__ = ["flamegraph_svg", "flamegraph_html", "write_flamegraph"]

WIDTH = 1200
ROW = 17
PAD = 10
CHAR_PX = 6.6
COLOURS = {"~": "#f28e2b", "^": "#edc948", "*": "#59a14f", "b": "#76b7b2", " ": "#bab0ac"}


def _frames(prof):
    """(depth, x0, width_fraction, node, mark) for every drawn frame."""
    total = prof.root.total_seconds()
    out = []
    if total <= 0:
        return out, 0
    totals = {}

    def total_of(n):
        t = totals.get(n.id)
        if t is None:
            t = totals[n.id] = n.total_seconds()
        return t

    todo = [(prof.root, 0, 0.0)]
    max_depth = 0
    while todo:
        n, depth, x = todo.pop()
        w = total_of(n) / total
        if w * WIDTH < 0.3:
            continue
        st = prof.functions.get(_node_key(n.func.key))
        mark = st.mark() if st is not None else " "
        if n.func.kind == "builtin":
            mark = "b"
        out.append((depth, x, w, n, mark))
        max_depth = max(max_depth, depth)
        cx = x
        for c in sorted(n.children.values(), key=lambda c: c.func.name):
            todo.append((c, depth + 1, cx))
            cx += total_of(c) / total
    return out, max_depth


def flamegraph_svg(prof, title="minijs profile"):
    frames, max_depth = _frames(prof)
    total = prof.root.total_seconds()
    height = (max_depth + 1) * ROW + 3 * PAD + 16
    inner = WIDTH - 2 * PAD
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
             'viewBox="0 0 %d %d" font-family="monospace" font-size="11">'
             % (WIDTH, height, WIDTH, height),
             '<rect width="100%" height="100%" fill="#ffffff"/>',
             '<text x="%d" y="%d" font-size="14">%s</text>' % (PAD, PAD + 12, escape(title))]
    for depth, x, w, n, mark in frames:
        px, pw = PAD + x * inner, w * inner
        y = height - PAD - (depth + 1) * ROW
        label = n.func.name if n.func.kind != "js" else mark + n.func.name
        ms = w * total * 1e3
        where = n.func.location()
        tip = "%s%s: %.1f ms (%.1f%%), self %.1f ms" % (
            label, " " + where if where else "", ms, 100 * w, n.self_seconds * 1e3)
        text = ""
        room = int((pw - 4) / CHAR_PX)
        if room >= 3:
            shown = label if len(label) <= room else label[:room - 2] + ".."
            text = '<text x="%.2f" y="%d">%s</text>' % (px + 2, y + ROW - 5, escape(shown))
        if not text:
            text = '<text x="%.2f" y="%d"></text>' % (px + 2, y + ROW - 5)
        parts.append('<g class="f" data-x="%.6f" data-w="%.6f" data-label="%s"><title>%s</title>'
                     '<rect x="%.2f" y="%d" width="%.2f" height="%d" fill="%s" rx="1"/>%s</g>'
                     % (x, w, escape(label), escape(tip), px, y, max(pw - 0.5, 0.1), ROW - 1,
                        COLOURS.get(mark, COLOURS[" "]), text))
    parts.append("</svg>")
    return "\n".join(parts)


_ZOOM_JS = """
(function () {
  var svg = document.querySelector('svg'), pad = %d, inner = %d, cw = %s;
  function zoom(x0, w) {
    svg.querySelectorAll('g.f').forEach(function (g) {
      var x = (+g.dataset.x - x0) / w, fw = +g.dataset.w / w;
      var r = g.querySelector('rect'), t = g.querySelector('text');
      var vis = x + fw > 0 && x < 1 && (+g.dataset.x >= x0 - 1e-9 || +g.dataset.x + +g.dataset.w > x0);
      g.style.display = vis ? '' : 'none';
      r.setAttribute('x', pad + x * inner); r.setAttribute('width', Math.max(fw * inner - 0.5, 0.1));
      if (t) {
        t.setAttribute('x', pad + x * inner + 2);
        var full = g.dataset.label;
        var room = Math.floor((fw * inner - 4) / cw);
        t.textContent = room < 3 ? '' : (full.length <= room ? full : full.slice(0, room - 2) + '..');
      }
    });
  }
  svg.addEventListener('click', function (e) {
    var g = e.target.closest('g.f');
    if (g) zoom(+g.dataset.x, +g.dataset.w);
  });
  svg.addEventListener('dblclick', function () { zoom(0, 1); });
})();
"""


def flamegraph_html(prof, title="minijs profile"):
    svg = flamegraph_svg(prof, title)
    js = _ZOOM_JS % (PAD, WIDTH - 2 * PAD, CHAR_PX)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:sans-serif;margin:1em} g.f{cursor:pointer} "
            "g.f:hover rect{stroke:#000;stroke-width:0.5}</style></head><body>\n"
            "<p>Click a frame to zoom in, double-click to zoom out. Colours: "
            "<b style=\"color:#f28e2b\">interpreted</b>, <b style=\"color:#c9a227\">baseline</b>, "
            "<b style=\"color:#59a14f\">optimized (native)</b>, <b style=\"color:#4e9a96\">built-in</b>. "
            "Hover a frame for its times.</p>\n%s\n<script>%s</script>\n"
            "</body></html>\n" % (escape(title), svg, js))


def write_flamegraph(prof, path, title="minijs profile"):
    text = flamegraph_html(prof, title) if path.lower().endswith((".html", ".htm")) \
        else flamegraph_svg(prof, title)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
