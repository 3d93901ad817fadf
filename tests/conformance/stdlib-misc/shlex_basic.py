# shlex: split, quote, join and the shlex class in POSIX and non-POSIX modes
import shlex

for text in ['a b  c', 'say "hello world"', "don\\'t 'single \\ quoted'", 'x\\ y "a\\"b" \'c\\d\'',
             'cmd # a comment', 'Do"Not"Separate', '""', "e=''", 'a\\\\b']:
    print(repr(text), shlex.split(text), shlex.split(text, comments=True))
print(list(shlex.shlex('Do"Not"Separate "Do"Separate')))
print(list(shlex.shlex('a#b c\nd', posix=False)), list(shlex.shlex('ab#b c\nd', posix=True)))
print(list(shlex.shlex("a && b || c; (d) > e", punctuation_chars=True)))
lx = shlex.shlex("ls -l ~/x.txt|wc", posix=True, punctuation_chars=True)
lx.whitespace_split = True
print(list(lx), repr(lx.wordchars[-10:]))
lx = shlex.shlex("one two\nthree 'four five'")
print(lx.get_token(), lx.lineno)
lx.push_token("pushed")
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno, lx.get_token(), repr(lx.get_token()))
lx = shlex.shlex("a b", posix=True)
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.error_leader(), lx.error_leader("f.txt", 9))
lx = shlex.shlex("x y", infile="main.cfg")
lx.push_source("inner1 inner2", "inc.cfg")
print(list(lx), lx.infile)
for bad in ['"unclosed', "'also", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
for word in ["", "safe-word_1.2/x", "has space", "it's", "$HOME", "é"]:
    print(shlex.quote(word))
print(shlex.join(["echo", "a b", "it's", ""]))
print(shlex.split(shlex.join(["x y", "'z'"])))
print(shlex.__all__)
