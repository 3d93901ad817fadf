// A small program run once while the start-up snapshot is built (snapshot.ts): V8
// compiles the functions it touches (tokenizer, parser, symtable, codegen, the common
// runtime paths), and the snapshot keeps their bytecode, so a real run does not pay
// for compiling them lazily. It uses only the core language and builtins, and
// runProgram resets all per-run state (sys.modules, recursion depth, output hooks).
export const WARMUP_SOURCE = `
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
def f(n, *args, k=1, **kw):
    total = 0
    for i in range(n):
        total += i * k
    return total, [a for a in args], {k: v for k, v in kw.items()}
def g():
    x = 1
    def h():
        nonlocal x
        x += 1
        return x
    return h
try:
    print(f(3, 1, 2, k=2, z=3), A(1), g()(), "%d %s" % (1, "a"), str(1.5), sorted([3, 1, 2]), {1, 2}, (1,), len("abc"))
    raise ValueError("x")
except ValueError as e:
    print(e)
`;
