# fnmatch: translate, fnmatch, fnmatchcase, filter
import fnmatch

for p in ['*.txt', 'a?c', '[abc]x', '[!a-c]', '[]]', '[!]]', '[', 'a[b', '**b', '*a*b*', 'a.b', '[a-]', '[\\]', '', '*', 'x*']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.filter(['a.txt', 'b.py', 'C.TXT', '.txt'], '*.txt'))
print(fnmatch.fnmatch('A.TXT', '*.txt'), fnmatch.fnmatchcase('A.TXT', '*.TXT'), fnmatch.fnmatch('abc', 'a*c'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('ab', '[!a]b'), fnmatch.fnmatch(']', '[]]'))
print(fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.fnmatch('aaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*c'))
