# stat: mode tests and filemode
import stat

for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o1777 | 0o40000, 0o2755 | 0o100000, 0, 0o4644 | 0o100000, 0o1666 | 0o100000, 0o20600, 0o60600, 0o10600, 0o140755]:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK) if f(m)])
print(stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH, stat.ST_MTIME, stat.S_IFDOOR, stat.S_ISDOOR(0), stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_DIRECTORY)
