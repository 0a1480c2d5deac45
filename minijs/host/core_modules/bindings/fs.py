"""internalBinding('fs'): the file system calls of lib/fs.js, synchronous,
on JS values (paths arrive as JS strings, validated by fs.js; file
contents travel as Uint8Arrays).

A failing call throws node's libuv error: `Error: ENOENT: no such file or
directory, open 'x'` with errno (negative), code, syscall and path (and
dest for two-path calls); its stack starts at the fs.js function that
called in, as node's do.  No Python exception leaves this module: OS
errors become those errors, anything else a TypeError.

`defer(fn)` queues a JS callback for the event loop's poll phase (the
asynchronous fs API completes through it).
"""

import errno as errno_codes
import functools
import os
import stat as stat_mod

from minijs.builtins.support import arg, define_value
from minijs.host.core_modules.bindings import binding_object
from minijs.host.text_coding import input_bytes, uint8_array
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import UNDEFINED, to_boolean
from minijs.syntax.source import to_utf16_units

# libuv's uv_strerror texts (node's messages), by errno name
UV_MESSAGES = {
    "ENOENT": "no such file or directory", "EEXIST": "file already exists",
    "EISDIR": "illegal operation on a directory", "ENOTDIR": "not a directory",
    "ENOTEMPTY": "directory not empty", "EACCES": "permission denied",
    "EPERM": "operation not permitted", "EBADF": "bad file descriptor",
    "EINVAL": "invalid argument", "EMFILE": "too many open files",
    "ENFILE": "file table overflow", "ENAMETOOLONG": "name too long",
    "ELOOP": "too many symbolic links encountered", "EXDEV": "cross-device link not permitted",
    "EBUSY": "resource busy or locked", "ENOSPC": "no space left on device",
    "EROFS": "read-only file system", "EAGAIN": "resource temporarily unavailable",
    "EFBIG": "file too large", "ENXIO": "no such device or address",
    "ETXTBSY": "text file is busy", "ESPIPE": "invalid seek", "EPIPE": "broken pipe",
    "EIO": "i/o error", "EFAULT": "bad address in system call argument",
    "ENOSYS": "function not implemented", "ENOTSUP": "operation not supported on socket",
    "EDQUOT": "disk quota exceeded", "EMLINK": "too many links",
}

_HIDDEN = WRITABLE | CONFIGURABLE
_WEC = WRITABLE | ENUMERABLE | CONFIGURABLE
_NATIVE_FRAME = "(<anonymous>)"


def js_path(units):
    """A JS string as a file name (lone surrogates become U+FFFD)."""
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def js_name(name):
    """A file name from the OS as a JS string (undecodable bytes: U+FFFD)."""
    return to_utf16_units(os.fsencode(name).decode("utf-8", "replace"))


def uv_error(exc, syscall, path=None, dest=None):
    """node's uvException for OSError `exc`."""
    number = exc.errno or errno_codes.EIO
    code = errno_codes.errorcode.get(number, "UNKNOWN")
    text = UV_MESSAGES.get(code) or (os.strerror(number) or "unknown error").lower()
    message = "%s: %s, %s" % (code, text, syscall)
    if path is not None:
        message += " '%s'" % path
        if dest is not None:
            message += " -> '%s'" % dest
    err = errors.make_error("Error", message)
    # the stack starts at the JS caller, not at this native function
    frames = getattr(err, "stack_frames", None)
    while frames and frames[0].endswith(_NATIVE_FRAME):
        frames.pop(0)
    for key, value in (("errno", -number), ("code", code), ("syscall", syscall),
                       ("path", path), ("dest", dest)):
        if value is not None:
            define_value(err, key, value, _WEC)
    return JSThrow(err)


def _host_call(fn):
    """A binding function: JS errors pass, OSErrors never come here
    unconverted, other Python errors become a TypeError; a Python None
    result is undefined."""
    @functools.wraps(fn)
    def wrapper(this, args):
        try:
            result = fn(*args)
        except JSThrow:
            raise
        except (ValueError, OverflowError, TypeError, OSError) as exc:
            raise errors.type_error("minijs fs: %s" % exc) from None
        return UNDEFINED if result is None else result
    return wrapper


def _syscall(name, *paths):
    """Run the wrapped OS call, raising a node error naming `name` and the
    given path arguments (indices into the call's arguments)."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            try:
                return fn(*args)
            except OSError as exc:
                shown = [args[i] if i < len(args) else None for i in paths]
                raise uv_error(exc, name, *shown) from None
        return wrapper
    return decorate


_OPEN_FLAGS = {
    "r": os.O_RDONLY, "rs": os.O_RDONLY | os.O_SYNC, "sr": os.O_RDONLY | os.O_SYNC,
    "r+": os.O_RDWR, "rs+": os.O_RDWR | os.O_SYNC, "sr+": os.O_RDWR | os.O_SYNC,
    "w": os.O_TRUNC | os.O_CREAT | os.O_WRONLY,
    "wx": os.O_TRUNC | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "xw": os.O_TRUNC | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "w+": os.O_TRUNC | os.O_CREAT | os.O_RDWR,
    "wx+": os.O_TRUNC | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "xw+": os.O_TRUNC | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "a": os.O_APPEND | os.O_CREAT | os.O_WRONLY,
    "ax": os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "xa": os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "as": os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_SYNC,
    "sa": os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_SYNC,
    "a+": os.O_APPEND | os.O_CREAT | os.O_RDWR,
    "ax+": os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "xa+": os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "as+": os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_SYNC,
    "sa+": os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_SYNC,
}

CONSTANTS = {
    "UV_FS_SYMLINK_DIR": 1, "UV_FS_SYMLINK_JUNCTION": 2, "O_RDONLY": os.O_RDONLY,
    "O_WRONLY": os.O_WRONLY, "O_RDWR": os.O_RDWR, "UV_DIRENT_UNKNOWN": 0,
    "UV_DIRENT_FILE": 1, "UV_DIRENT_DIR": 2, "UV_DIRENT_LINK": 3, "UV_DIRENT_FIFO": 4,
    "UV_DIRENT_SOCKET": 5, "UV_DIRENT_CHAR": 6, "UV_DIRENT_BLOCK": 7,
    "S_IFMT": 0o170000, "S_IFREG": stat_mod.S_IFREG, "S_IFDIR": stat_mod.S_IFDIR,
    "S_IFCHR": stat_mod.S_IFCHR, "S_IFBLK": stat_mod.S_IFBLK, "S_IFIFO": stat_mod.S_IFIFO,
    "S_IFLNK": stat_mod.S_IFLNK, "S_IFSOCK": stat_mod.S_IFSOCK,
    "O_CREAT": os.O_CREAT, "O_EXCL": os.O_EXCL, "UV_FS_O_FILEMAP": 0,
    "O_NOCTTY": getattr(os, "O_NOCTTY", 0), "O_TRUNC": os.O_TRUNC, "O_APPEND": os.O_APPEND,
    "O_DIRECTORY": getattr(os, "O_DIRECTORY", 0), "O_NOATIME": getattr(os, "O_NOATIME", 0),
    "O_NOFOLLOW": getattr(os, "O_NOFOLLOW", 0), "O_SYNC": os.O_SYNC,
    "O_DSYNC": getattr(os, "O_DSYNC", 0), "O_DIRECT": getattr(os, "O_DIRECT", 0),
    "O_NONBLOCK": os.O_NONBLOCK,
    "S_IRWXU": 0o700, "S_IRUSR": 0o400, "S_IWUSR": 0o200, "S_IXUSR": 0o100,
    "S_IRWXG": 0o70, "S_IRGRP": 0o40, "S_IWGRP": 0o20, "S_IXGRP": 0o10,
    "S_IRWXO": 0o7, "S_IROTH": 0o4, "S_IWOTH": 0o2, "S_IXOTH": 0o1,
    "F_OK": os.F_OK, "R_OK": os.R_OK, "W_OK": os.W_OK, "X_OK": os.X_OK,
    "UV_FS_COPYFILE_EXCL": 1, "COPYFILE_EXCL": 1, "UV_FS_COPYFILE_FICLONE": 2,
    "COPYFILE_FICLONE": 2, "UV_FS_COPYFILE_FICLONE_FORCE": 4, "COPYFILE_FICLONE_FORCE": 4,
}


def _open_flags(flags):
    if type(flags) is str:
        found = _OPEN_FLAGS.get(flags)
        if found is None:
            raise JSThrow(_invalid_flag(flags))
        return found
    return int(flags)


def _invalid_flag(flags):
    from minijs.host.node_errors import node_error
    return node_error("TypeError", "ERR_INVALID_ARG_VALUE",
                      "The argument 'flags' is invalid. Received '%s'" % flags).value


def _times_ms(ns):
    # node: seconds * 1e3 + nanoseconds / 1e6, in doubles
    return (ns // 1_000_000_000) * 1000 + (ns % 1_000_000_000) / 1e6


def _stat_values(st):
    birth = getattr(st, "st_birthtime_ns", None) or st.st_ctime_ns
    return [st.st_dev, st.st_mode, st.st_nlink, st.st_uid, st.st_gid, st.st_rdev,
            st.st_blksize, st.st_ino, st.st_size, st.st_blocks,
            _times_ms(st.st_atime_ns), _times_ms(st.st_mtime_ns), _times_ms(st.st_ctime_ns),
            _times_ms(birth)]


def _dirent_type(entry):
    try:
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError:
        return 0
    for test, kind in ((stat_mod.S_ISREG, 1), (stat_mod.S_ISDIR, 2), (stat_mod.S_ISLNK, 3),
                       (stat_mod.S_ISFIFO, 4), (stat_mod.S_ISSOCK, 5), (stat_mod.S_ISCHR, 6),
                       (stat_mod.S_ISBLK, 7)):
        if test(mode):
            return kind
    return 0


def _read_all(fd):
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError as exc:
            raise uv_error(exc, "read") from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def make_binding(host):
    realm = host.realm
    array_proto = realm.intrinsics["ArrayPrototype"]

    def js_list(items):
        return create_array_from_list(items, array_proto)

    def write_fd(fd, data, position=None):
        """write(2), with the host's stdout/stderr writers for 1 and 2 so
        that output stays in order with console.log."""
        if fd in (1, 2) and position is None:
            text = data.decode("utf-8", "replace")
            (host.write_out if fd == 1 else host.write_err)(text)
            return len(data)
        try:
            if position is None:
                return os.write(fd, data)
            return os.pwrite(fd, data, position)
        except OSError as exc:
            raise uv_error(exc, "write") from None

    @_syscall("open", 0)
    def open_(path, flags, mode):
        return os.open(js_path(path), _open_flags(flags), int(mode))

    @_syscall("close")
    def close(fd):
        os.close(int(fd))

    def read_file(path_or_fd, flags):
        if type(path_or_fd) is not str:
            fstat(path_or_fd)           # node looks at the descriptor first
            return uint8_array(realm, _read_all(int(path_or_fd)))
        fd = open_(path_or_fd, flags, 0o666)
        try:
            return uint8_array(realm, _read_all(fd))
        finally:
            os.close(fd)

    def write_file(path_or_fd, data, flags, mode):
        data = input_bytes(data)
        if type(path_or_fd) is not str:
            write_fd(int(path_or_fd), data)
            return UNDEFINED
        fd = open_(path_or_fd, flags, mode)
        try:
            view = memoryview(data)
            while view:
                view = view[write_fd(fd, view):]
        finally:
            os.close(fd)
        return UNDEFINED

    def read(fd, buffer, offset, length, position):
        fd, offset, length = int(fd), int(offset), int(length)
        try:
            if position is UNDEFINED or position is None or position == -1:
                data = os.read(fd, length)
            else:
                data = os.pread(fd, length, int(position))
        except OSError as exc:
            raise uv_error(exc, "read") from None
        start = buffer.byte_offset + offset
        buffer.buffer.data[start:start + len(data)] = data
        return len(data)

    def write(fd, data, position):
        pos = None if position is UNDEFINED or position is None else int(position)
        return write_fd(int(fd), input_bytes(data), pos)

    def stat(path, follow, throw_if_no_entry):
        try:
            st = os.stat(js_path(path), follow_symlinks=to_boolean(follow))
        except OSError as exc:
            if exc.errno in (errno_codes.ENOENT, errno_codes.ENOTDIR) and \
                    not to_boolean(throw_if_no_entry):
                return UNDEFINED
            raise uv_error(exc, "stat" if to_boolean(follow) else "lstat", path) from None
        return js_list(_stat_values(st))

    @_syscall("fstat")
    def fstat(fd):
        return js_list(_stat_values(os.fstat(int(fd))))

    @_syscall("scandir", 0)
    def readdir(path, with_types):
        with os.scandir(js_path(path)) as entries:
            found = sorted(entries, key=lambda e: os.fsencode(e.name))
        names = js_list([js_name(e.name) for e in found])
        if not to_boolean(with_types):
            return names
        return js_list([names, js_list([_dirent_type(e) for e in found])])

    def mkdir(path, mode, recursive):
        target = js_path(path)
        if not to_boolean(recursive):
            try:
                os.mkdir(target, int(mode))
            except OSError as exc:
                raise uv_error(exc, "mkdir", path) from None
            return UNDEFINED
        # the first directory made, as node returns it
        missing = []
        d = os.path.abspath(target)
        while not os.path.exists(d):
            missing.append(d)
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        if os.path.exists(d) and not os.path.isdir(d):
            raise uv_error(OSError(errno_codes.ENOTDIR, "not a directory"), "mkdir", path)
        for d in reversed(missing):
            try:
                os.mkdir(d, int(mode))
            except FileExistsError:
                continue
            except OSError as exc:
                raise uv_error(exc, "mkdir", path) from None
        return to_utf16_units(missing[-1]) if missing else UNDEFINED

    @_syscall("rmdir", 0)
    def rmdir(path):
        os.rmdir(js_path(path))

    @_syscall("unlink", 0)
    def unlink(path):
        os.unlink(js_path(path))

    def remove_tree(path):
        """rm -r: errors name the entry that failed."""
        target = js_path(path)
        try:
            if os.path.isdir(target) and not os.path.islink(target):
                with os.scandir(target) as entries:
                    names = [e.name for e in entries]
                for name in names:
                    remove_tree(to_utf16_units(os.path.join(target, name)))
                os.rmdir(target)
            else:
                os.unlink(target)
        except OSError as exc:
            raise uv_error(exc, "rm", path) from None

    @_syscall("rename", 0, 1)
    def rename(old, new):
        os.rename(js_path(old), js_path(new))

    def copy_file(src, dest, mode):
        import shutil
        source, target = js_path(src), js_path(dest)
        try:
            if int(mode) & 1 and os.path.lexists(target):
                raise FileExistsError(errno_codes.EEXIST, "exists")
            if os.path.isdir(source):
                raise IsADirectoryError(errno_codes.EISDIR, "is a directory")
            shutil.copyfile(source, target)
            shutil.copymode(source, target)
        except OSError as exc:
            raise uv_error(exc, "copyfile", src, dest) from None
        return UNDEFINED

    @_syscall("access", 0)
    def access(path, mode):
        if not os.access(js_path(path), int(mode)):
            # os.access answers False without saying why: ask stat
            os.stat(js_path(path))
            raise PermissionError(errno_codes.EACCES, "permission denied")

    def exists(path):
        try:
            os.stat(js_path(path))
        except (OSError, ValueError):
            return False
        return True

    def realpath(path):
        target = js_path(path)
        # node's realpathSync walks the path with lstat: a missing part is an lstat error
        probe = "/" if target.startswith("/") else ""
        for part in target.split("/"):
            if part in ("", "."):
                continue
            probe = os.path.join(probe, part) if probe else part
            try:
                os.lstat(probe)
            except OSError as exc:
                raise uv_error(exc, "lstat", to_utf16_units(os.path.abspath(probe))) from None
        return to_utf16_units(os.path.realpath(target))

    @_syscall("readlink", 0)
    def readlink(path):
        return js_name(os.readlink(js_path(path)))

    @_syscall("symlink", 0, 1)
    def symlink(target, path):
        os.symlink(js_path(target), js_path(path))

    @_syscall("chmod", 0)
    def chmod(path, mode):
        os.chmod(js_path(path), int(mode))

    def mkdtemp(prefix):
        import tempfile
        base = js_path(prefix)
        try:
            made = tempfile.mkdtemp(prefix=os.path.basename(base), dir=os.path.dirname(base) or ".")
        except OSError as exc:
            raise uv_error(exc, "mkdtemp", prefix + "XXXXXX") from None
        if not os.path.dirname(base):
            made = os.path.relpath(made)
        return to_utf16_units(made)

    def defer(callback):
        host.loop.add_completion(lambda: call(callback, UNDEFINED, ()))
        return UNDEFINED

    functions = [
        ("open", open_, 3), ("close", close, 1), ("readFile", read_file, 2),
        ("writeFile", write_file, 4), ("read", read, 5), ("write", write, 3),
        ("stat", stat, 3), ("fstat", fstat, 1), ("readdir", readdir, 2), ("mkdir", mkdir, 3),
        ("rmdir", rmdir, 1), ("unlink", unlink, 1), ("removeTree", remove_tree, 1),
        ("rename", rename, 2), ("copyFile", copy_file, 3), ("access", access, 2),
        ("exists", exists, 1), ("realpath", realpath, 1), ("readlink", readlink, 1),
        ("symlink", symlink, 2), ("chmod", chmod, 2), ("mkdtemp", mkdtemp, 1),
        ("defer", defer, 1)]
    constants = JSObject(realm.intrinsics["ObjectPrototype"])
    for key, value in CONSTANTS.items():
        define_value(constants, key, value, _WEC)
    return binding_object(
        realm, [(name, _host_call(_pad(fn, length)), length) for name, fn, length in functions],
        [("constants", constants)])


def _pad(fn, count):
    """Call `fn` with exactly `count` arguments (missing ones undefined)."""
    def padded(*args):
        return fn(*(list(args[:count]) + [UNDEFINED] * (count - len(args))))
    return padded
