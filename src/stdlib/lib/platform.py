"""platform for pycell, written from the platform module documentation. The
machine's facts come from the host (os.uname() via the embedding program); the
interpreter's are pycell's own: python_implementation() is 'pycell', like
sys.implementation.name, so code and tests that switch on 'CPython' for
CPython-only details take their generic path (docs/differences.md)."""

import sys
import _pycell_os

__version__ = "1.0.8"

_uname_cache = None


class uname_result(tuple):
    """uname() result: system, node, release, version, machine and processor
    (the repr shows the first five, as CPython's does)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, system, node, release, version, machine, processor=""):
        # what CPython finds for processor comes from `uname -p`, which Linux
        # leaves unknown: ''
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))
    processor = property(lambda self: tuple.__getitem__(self, 5))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(self)[:5]

    def _replace(self, **fields):
        values = [fields.pop(name, value) for name, value in zip(self._fields[:5], self)]
        if fields:
            raise ValueError("Got unexpected field names: %r" % list(fields))
        return uname_result(*values)


def _host():
    return _pycell_os.uname()


def uname():
    """(system, node, release, version, machine, processor) of this machine."""
    global _uname_cache
    if _uname_cache is None:
        info = _host()
        _uname_cache = uname_result(*info[:5])
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_implementation():
    return "pycell"


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("pycell", "")


def python_compiler():
    return "TypeScript (runs on JavaScript)"


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage): pycell has no executable file to inspect, so linkage
    is '' (as CPython gives for a file it cannot read) and bits is 64bit."""
    if not bits:
        bits = "64bit"
    return bits, linkage


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library, version) of the C library the host runs with."""
    info = _host()
    if info[5]:
        return info[5], info[6]
    return lib, version


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version


def platform(aliased=False, terse=False):
    """A single string naming the platform, e.g. Linux-6.1.0-x86_64-with-glibc2.36."""
    u = uname()
    if u.system == "Linux":
        lib, ver = libc_ver()
        parts = [u.system, u.release, u.machine]
        if lib:
            parts += ["with", lib + ver]
    elif terse:
        parts = [u.system, u.release]
    else:
        parts = [u.system, u.release, u.machine]
    text = "-".join(p for p in parts if p)
    for bad in " /\\:;\"()":
        text = text.replace(bad, "_" if bad == " " else "-")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release)."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key.strip()] = value
        return info
    raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")
