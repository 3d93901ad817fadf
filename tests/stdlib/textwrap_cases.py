# Many textwrap calls on pseudo-random texts; run under python3 and pycell and compared.
# Uses its own LCG so that it needs no random module.
import textwrap

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


PIECES = ["a", "bb", "word", "hyphen-ated", "long-hyphenated-word", "x-y", "--", "---", "em--dash",
          "end.", "Stop!", "what?", 'quote."', "Mr.", "e.g.", "12-34", "ab-12", "a-b-c", "-lead",
          "trail-", "supercalifragilisticexpialidocious", "é-ü", "naïve", "x_y-z", "!-!", "a--b--c",
          "1.5", "...", "'q'", "well,", "--x", "A-", "re-do-it", "lo--", "_-_", "α-βγ-δ"]
SPACES = [" ", " ", " ", "  ", "\t", "\n", " \n ", "\x0b", "\r\n", "   "]


def text():
    out = []
    for _ in range(rnd(30)):
        out.append(PIECES[rnd(len(PIECES))])
        out.append(SPACES[rnd(len(SPACES))])
    if rnd(3) == 0:
        out.insert(0, SPACES[rnd(len(SPACES))])
    return "".join(out)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in range(1500):
    t = text()
    width = 4 + rnd(40)  # wider than any indent: CPython itself loops forever otherwise
    kw = {}
    if rnd(2):
        kw["break_on_hyphens"] = False
    if rnd(3) == 0:
        kw["break_long_words"] = False
    if rnd(3) == 0:
        kw["fix_sentence_endings"] = True
    if rnd(4) == 0:
        kw["drop_whitespace"] = False
    if rnd(4) == 0:
        kw["replace_whitespace"] = False
    if rnd(4) == 0:
        kw["expand_tabs"] = False
    if rnd(4) == 0:
        kw["tabsize"] = rnd(5)
    if rnd(3) == 0:
        kw["initial_indent"] = "*" * rnd(4)
    if rnd(3) == 0:
        kw["subsequent_indent"] = " " * rnd(4)
    if rnd(3) == 0:
        kw["max_lines"] = 1 + rnd(4)
        if rnd(2):
            kw["placeholder"] = ["...", " [...]", "~", " ", ""][rnd(5)]
    show("wrap %d %d %r" % (n, width, sorted(kw.items())), lambda: textwrap.wrap(t, width, **kw))
    if n % 5 == 0:
        show("shorten %d" % n, lambda: textwrap.shorten(t, width + 5))
    if n % 7 == 0:
        lines = t.replace("\r", "").split("\n")
        indented = "\n".join((" " * rnd(3) + "\t" * rnd(2) + " " * rnd(2)) + l for l in lines)
        show("dedent %d" % n, lambda: textwrap.dedent(indented))
        show("indent %d" % n, lambda: textwrap.indent(indented, "> "))
