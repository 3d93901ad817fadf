# platform: the shape of the answers (values are the host's, so only checked for consistency)
import os
import platform
import sys

u = platform.uname()
print(type(u).__name__, len(u), len(list(u)), u._fields[:5])
print(u.system == platform.system() == u[0] == os.uname().sysname)
print(u.machine == platform.machine() == os.uname().machine, u.node == platform.node())
print(u.release == platform.release(), u.version == platform.version(), u[-1] == u.processor == platform.processor())
print(repr(u).startswith("uname_result(system="), "processor" in repr(u))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])))
print(platform.architecture()[0], type(platform.architecture()[1]).__name__)
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
lib, ver = platform.libc_ver()
print(type(lib).__name__, type(ver).__name__)
print(platform.platform().startswith(platform.system()), " " not in platform.platform())
print(platform.system_alias("Linux", "1", "2"))
print(type(platform.python_implementation()).__name__, type(platform.python_compiler()).__name__)
print(u._replace(system="X").system, u._replace(system="X").machine == u.machine)
