"""stat for pycell: the constants and tests for os.stat() results' st_mode
(file type bits, permission bits) and filemode(), written from the stat
module documentation with Linux's values."""

# indexes into the os.stat() tuple
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# file types (the S_IFMT part of st_mode)
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# types other systems have; 0 here
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# permission bits
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = S_IREAD = 0o400
S_IWUSR = S_IWRITE = 0o200
S_IXUSR = S_IEXEC = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# st_flags (BSD, macOS)
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE, UF_NOUNLINK, UF_COMPRESSED = 1, 2, 4, 8, 16, 32
UF_HIDDEN = 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# Windows file attributes
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def S_IMODE(mode):
    """The permission bits of a mode (what os.chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of a mode."""
    return mode & 0o170000


def _type_test(kind):
    def test(mode):
        return kind != 0 and S_IFMT(mode) == kind
    return test


S_ISDIR = _type_test(S_IFDIR)
S_ISCHR = _type_test(S_IFCHR)
S_ISBLK = _type_test(S_IFBLK)
S_ISREG = _type_test(S_IFREG)
S_ISFIFO = _type_test(S_IFIFO)
S_ISLNK = _type_test(S_IFLNK)
S_ISSOCK = _type_test(S_IFSOCK)
for _name, _test in list(globals().items()):
    if _name.startswith("S_IS") and callable(_test):
        _test.__name__ = _test.__qualname__ = _name


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = {S_IFLNK: "l", S_IFSOCK: "s", S_IFREG: "-", S_IFBLK: "b", S_IFDIR: "d",
               S_IFCHR: "c", S_IFIFO: "p"}


def _triplet(mode, read, write, execute, special, set_char):
    x = mode & execute
    s = mode & special
    return ("r" if mode & read else "-") + ("w" if mode & write else "-") + \
        (set_char if x and s else set_char.upper() if s else "x" if x else "-")


def filemode(mode):
    """An `ls -l`-style string such as '-rw-r--r--' for a mode."""
    return (_TYPE_CHARS.get(S_IFMT(mode), "?")
            + _triplet(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s")
            + _triplet(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s")
            + _triplet(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"))
