"""internalBinding('os'): what node's `os` module reads from libuv, here
from Python's os module and /proc (Linux), with libuv's fallbacks."""

import errno as errno_codes
import os
import signal
import sys

from minijs.builtins.support import define_value
from minijs.host.core_modules.bindings import binding_object
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL
from minijs.syntax.source import to_utf16_units

_WEC = WRITABLE | ENUMERABLE | CONFIGURABLE
_TICK_MS = 1000 / (os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100)

PRIORITIES = (("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0),
              ("PRIORITY_ABOVE_NORMAL", -7), ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20))


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def _cpus():
    """[(model, speed MHz, (user, nice, sys, idle, irq) in ms)] per CPU."""
    models = [line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
              if line.startswith("model name")]
    result = []
    for line in _read("/proc/stat").splitlines():
        fields = line.split()
        if not fields or not fields[0].startswith("cpu") or fields[0] == "cpu":
            continue
        n = int(fields[0][3:])
        ticks = [int(x) for x in fields[1:8]] + [0] * 7
        user, nice, system, idle, _iowait, irq = ticks[:6]
        freq = _read("/sys/devices/system/cpu/cpu%d/cpufreq/scaling_cur_freq" % n).strip()
        speed = int(freq) // 1000 if freq.isdigit() else 0
        model = models[n] if n < len(models) else "unknown"
        result.append((model, speed, [round(t * _TICK_MS) for t in (user, nice, system, idle, irq)]))
    if not result:
        result = [("unknown", 0, [0, 0, 0, 0, 0])] * (os.cpu_count() or 1)
    return result


def _meminfo(key):
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _user_info():
    import pwd
    entry = pwd.getpwuid(os.getuid())
    return (entry.pw_uid, entry.pw_gid, entry.pw_name, entry.pw_dir, entry.pw_shell)


def make_binding(host):
    realm = host.realm
    object_proto = realm.intrinsics["ObjectPrototype"]
    array_proto = realm.intrinsics["ArrayPrototype"]

    def plain(items, proto=object_proto):
        obj = JSObject(proto)
        for key, value in items:
            define_value(obj, key, value, _WEC)
        return obj

    def cpus(this, args):
        return create_array_from_list([
            plain([("model", to_utf16_units(model)), ("speed", speed),
                   ("times", plain(zip(("user", "nice", "sys", "idle", "irq"), times)))])
            for model, speed, times in _cpus()], array_proto)

    def homedir(this, args):
        home = os.environ.get("HOME")
        return to_utf16_units(home if home else _user_info()[3])

    def tmpdir(this, args):
        for key in ("TMPDIR", "TMP", "TEMP"):
            value = os.environ.get(key)
            if value:
                return to_utf16_units(value[:-1] if len(value) > 1 and value.endswith("/") else value)
        return "/tmp"

    def hostname(this, args):
        import socket
        return to_utf16_units(socket.gethostname())

    def uname(index):
        return lambda this, args: to_utf16_units(os.uname()[index])

    def uptime(this, args):
        text = _read("/proc/uptime").split()
        return float(text[0]) if text else 0

    def loadavg(this, args):
        try:
            values = list(os.getloadavg())
        except OSError:
            values = [0, 0, 0]
        return create_array_from_list(values, array_proto)

    def totalmem(this, args):
        return _meminfo("MemTotal")

    def freemem(this, args):
        return _meminfo("MemAvailable") or _meminfo("MemFree")

    def user_info(this, args):
        uid, gid, name, home, shell = _user_info()
        return plain([("uid", uid), ("gid", gid), ("username", to_utf16_units(name)),
                      ("homedir", to_utf16_units(home)), ("shell", to_utf16_units(shell) if shell else NULL)],
                     NULL)

    def parallelism(this, args):
        try:
            return len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            return os.cpu_count() or 1

    signals = plain([(s.name, int(s)) for s in sorted(signal.Signals, key=int)
                     if not s.name.startswith("SIG_") and s.name.startswith("SIG")], NULL)
    errnos = plain([(name, number) for number, name in sorted(errno_codes.errorcode.items())], NULL)
    constants = plain([("UV_UDP_REUSEADDR", 4), ("dlopen", plain([], NULL)), ("errno", errnos),
                       ("signals", signals), ("priority", plain(PRIORITIES, NULL))], NULL)
    return binding_object(realm, [
        ("cpus", cpus, 0), ("homedir", homedir, 0), ("tmpdir", tmpdir, 0),
        ("hostname", hostname, 0), ("type", uname(0), 0), ("release", uname(2), 0),
        ("version", uname(3), 0), ("machine", uname(4), 0), ("uptime", uptime, 0),
        ("loadavg", loadavg, 0), ("totalmem", totalmem, 0), ("freemem", freemem, 0),
        ("userInfo", user_info, 0), ("availableParallelism", parallelism, 0)],
        [("constants", constants), ("endianness", "LE" if sys.byteorder == "little" else "BE")])
