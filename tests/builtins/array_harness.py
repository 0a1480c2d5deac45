"""Differential harness for the Array built-in tests: run small JS
programs in minijs (in process, a fresh realm each) and in node (one
process, a fresh vm context each), and compare what they print.

Programs print with `p(value)`, which shows a value through `show`, a
deliberately plain serializer (no Array.prototype methods, so a bug in
them cannot hide itself): arrays as `A<len>{index:value,...}` listing own
keys (holes are simply missing), -0 as "-0", strings quoted.  An
uncaught exception ends the program with a `THROW Name: message` line.
"""

import json
import shutil
import subprocess

import importlib

from minijs.builtins import INSTALL_ORDER
from minijs.builtins.support import define_method
from minijs.engine import compile_script, run_script
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import create_data_property, receive_set_generic
from minijs.runtime.operations import to_string
from minijs.runtime.values import UNDEFINED, key_to_display

NODE = shutil.which("node")

PRELUDE = r"""
function show(v, depth) {
  depth = depth || 0;
  if (depth > 4) return "...";
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  var t = typeof v;
  if (t === "number") return (v === 0 && 1 / v < 0) ? "-0" : String(v);
  if (t === "string") return '"' + v + '"';
  if (t === "boolean") return String(v);
  if (t === "bigint") return String(v) + "n";
  if (t === "symbol") return v.toString();
  if (t === "function") return "fn:" + v.name;
  var keys = Object.keys(v);
  var s = Array.isArray(v) ? "A" + v.length + "{" : "{";
  for (var i = 0; i < keys.length; i++) {
    if (i) s += ",";
    s += keys[i] + ":" + show(v[keys[i]], depth + 1);
  }
  return s + "}";
}
function p() {
  var s = "";
  for (var i = 0; i < arguments.length; i++) s += (i ? " " : "") + show(arguments[i]);
  print(s);
}
"""

NODE_DRIVER = r"""
const vm = require("vm");
const programs = JSON.parse(require("fs").readFileSync(0, "utf8"));
const results = [];
for (const src of programs) {
  const lines = [];
  const ctx = vm.createContext({print: (s) => lines.push(String(s))});
  try { vm.runInContext(src, ctx); }
  catch (e) { lines.push("NODE-ERROR " + e); }
  results.push(lines);
}
process.stdout.write(JSON.stringify(results));
"""


def wrap(body):
    """The full program text for one test body."""
    return (PRELUDE + "try {\n" + body + "\n} catch (e) {\n"
            "  print('THROW ' + (e && e.name) + ': ' + (e && e.message));\n}\n")


def run_node(bodies):
    """node's printed lines for each body."""
    src = [wrap(b) for b in bodies]
    r = subprocess.run([NODE, "-e", NODE_DRIVER], input=json.dumps(src),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


# Families the Array tests cannot do without; any other family that is
# broken while being written is left out of the test realm.
_ESSENTIAL = ("object", "function", "error", "symbol", "array")


def create_realm():
    """builtins.create_realm, skipping families whose module cannot be
    imported right now (others are being written concurrently)."""
    from minijs.runtime.realm import Realm, set_current
    realm = Realm()
    previous = set_current(realm)
    try:
        for name in INSTALL_ORDER:
            try:
                module = importlib.import_module("minijs.builtins." + name)
                module.install(realm)
            except Exception:
                if name in _ESSENTIAL:
                    raise
                continue
    finally:
        set_current(previous)
    return realm


class LoggingObject(JSObject):
    """Stands in for the programs' logging Proxy while minijs has no
    Proxy: forwards every internal method to `target` and appends what
    node's traps would log ("get k" for string keys, "has k", "set k=v",
    "delete k", "define k") to the JS array global `log`."""

    __slots__ = ("target", "realm")

    exotic = True
    is_proxy = True

    def __init__(self, target, realm):
        JSObject.__init__(self, target.proto)
        self.target = target
        self.realm = realm

    def proxy_target(self):
        return self.target

    def _log(self, text):
        log = self.realm.global_object.get("log")
        create_data_property(log, str(log.get("length")), text)

    def get_prototype_of(self):
        return self.target.get_prototype_of()

    def is_extensible(self):
        return self.target.is_extensible()

    def get_own_property(self, key):
        return self.target.get_own_property(key)

    def own_property_keys(self):
        return self.target.own_property_keys()

    def get(self, key, receiver=None):
        if type(key) is str:
            self._log("get " + key)
        return self.target.get(key, self if receiver is None else receiver)

    def has_property(self, key):
        self._log("has " + key_to_display(key))
        return self.target.has_property(key)

    def set(self, key, value, receiver=None):
        self._log("set %s=%s" % (key_to_display(key), to_string(value)))
        return self.target.set(key, value, self if receiver is None else receiver)

    def _receive_set(self, key, value):
        return receive_set_generic(self, key, value)

    def delete(self, key):
        self._log("delete " + key_to_display(key))
        return self.target.delete(key)

    def define_own_property(self, key, desc):
        self._log("define " + key_to_display(key))
        return self.target.define_own_property(key, desc)


def run_minijs(body):
    """minijs's printed lines for one body (a fresh realm)."""
    realm = create_realm()
    lines = []

    def print_(this, args):
        units = to_string(args[0]) if args else "undefined"
        # UTF-16 code units -> a Python str as json.loads gives node's.
        lines.append(units.encode("utf-16-le", "surrogatepass")
                     .decode("utf-16-le", "surrogatepass"))
        return UNDEFINED

    define_method(realm, realm.global_object, "print", print_, 1)
    define_method(realm, realm.global_object, "__logged",
                  lambda this, args: LoggingObject(args[0], realm), 1)
    code = compile_script(wrap(body))
    try:
        run_script(code, realm)
    except JSThrow as e:
        lines.append("MINIJS-ERROR %s" % e)
    return lines
