# dis without bytecode: pretty_flags, cmp_op, code_info's argument counts
import dis

print(dis.pretty_flags(3), '|', dis.pretty_flags(0x23), '|', dis.pretty_flags(0) == hex(0), dis.pretty_flags(1 << 20) == hex(1 << 20))
print(dis.cmp_op)
print(sorted(dis.COMPILER_FLAG_NAMES.items()))


def f(a, /, b, *c, d, **e):
    return len(a)


info = dis.code_info(f).splitlines()
for line in info:
    if line.split(':')[0] in ('Name', 'Argument count', 'Positional-only arguments',
                              'Kw-only arguments', 'Flags'):
        print(line)
try:
    dis.code_info(42)
except TypeError as e:
    print(e)
