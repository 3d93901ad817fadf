# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options
import textwrap

s = "The quick brown fox jumps over the lazy dog. It was a well-known, long-standing tradition."
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", 8))
print(textwrap.wrap("a-very-long-hyphenated-word here", 8, break_on_hyphens=False))
print(textwrap.wrap("End. Next! Who? ok.", 40, fix_sentence_endings=True))
print(textwrap.wrap("  lead  and  trail  ", 6, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12, tabsize=4))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(s, 25, max_lines=2))
print(textwrap.wrap(s, 25, max_lines=3, placeholder="..."))
print(textwrap.shorten("Hello  world!  how are you", 12))
print(textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", 10, placeholder="!"))
for bad in [lambda: textwrap.shorten("Hello world", 5), lambda: textwrap.wrap("x", 0),
            lambda: textwrap.wrap("x y", -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    x = 2\n")))
print(repr(textwrap.dedent("  a\n \t\n\tb")), repr(textwrap.dedent(" \ta\n  b")))
print(textwrap.indent("a\n\nb\r\nc", "> "))
print(textwrap.indent("a\n \nb", "+", lambda line: True))
w = textwrap.TextWrapper(width=15)
print(w.width, w.placeholder, w.max_lines, w.wrap("one two three four five six"))
w.width = 8
print(w.fill("one two three four five six"))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("x"))
