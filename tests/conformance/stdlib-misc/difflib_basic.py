# difflib: SequenceMatcher, get_close_matches, ndiff/restore, unified and context diffs
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.find_longest_match(0, 5, 0, 4), s.get_matching_blocks(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes(), s.bjunk)
s = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 300)
print(s.bpopular, s.get_matching_blocks()[:2], difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 300, autojunk=False).ratio())
print(list(difflib.SequenceMatcher(None, list(range(30)), list(range(5, 40))).get_grouped_opcodes(2)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "when", "wheat", "whale"], n=2, cutoff=0.5))
for bad in [(0, 0.5), (3, 1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], *bad)
    except ValueError as e:
        print("ValueError", e)
a = ["one\n", "two\n", "three\n", "\tfour\n"]
b = ["ore\n", "tree\n", "emu\n", "\tfive four\n"]
delta = list(difflib.ndiff(a, b))
print("".join(delta), end="")
print(list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError", e)
old = ["line %d\n" % i for i in range(12)]
new = old[:2] + ["changed\n"] + old[3:9] + old[10:] + ["added\n"]
print("".join(difflib.unified_diff(old, new, "a.txt", "b.txt", "2020-01-01", n=2)), end="")
print("".join(difflib.context_diff(old, new, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")), list(difflib.unified_diff([], [])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"x\n"], [b"y\n"], b"f", b"g")))
try:
    list(difflib.unified_diff([b"x"], ["y"]))
except TypeError as e:
    print("TypeError", e)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"), difflib.Match(1, 2, 3))
