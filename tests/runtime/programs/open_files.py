# open(): text and binary modes, newline handling, positions, errors
import io, os, sys
# the scratch file's path comes from the test (a fresh temporary folder)
p = sys.argv[1]
try:
    with open(p, 'w') as f:
        print(repr(f).replace(p, 'P'), f.mode, f.encoding, type(f).__name__)
        f.write('line1\nline2\r\nline3\rlast')
        print('x', file=f)
        f.writelines(['a\n', 'b\n'])
    with open(p) as f:
        print(f.readline(), end='|')
        print(repr(f.read(8)), f.tell())
        print(f.readlines())
    with open(p, newline='') as f:
        print([l for l in f])
    with open(p, 'rb') as f:
        print(repr(f).replace(p, 'P'), f.read(5), f.tell(), f.readline(), f.seek(0), f.read()[:12])
    with open(p, 'a') as f:
        f.write('appended\n')
    with open(p, 'r+') as f:
        print(f.read()[-9:])
        f.seek(0)
        f.write('LINE')
    print(open(p).read()[:10])
    for bad in ['rw', 'rr', 'q', 'bt', 'rb+x']:
        try:
            open(p, bad)
        except ValueError as e:
            print(e)
    try:
        open(p, 'rb', encoding='utf8')
    except ValueError as e:
        print(e)
    try:
        open(p + '.missing/x')
    except FileNotFoundError as e:
        print(str(e).replace(p, 'P'), e.errno)
    try:
        open(os.path.dirname(p))
    except IsADirectoryError as e:
        print(e.errno, e.strerror)
    try:
        open(p, 'x')
    except FileExistsError as e:
        print(str(e).replace(p, 'P'))
    f = open(p)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    print(f.closed)
    try:
        open(p).write('x')
    except io.UnsupportedOperation as e:
        print('unsupported', e)
    with open(p, 'w', encoding='latin-1') as f:
        f.write('é')
    print(open(p, 'rb').read())
    try:
        open(p, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        print(e)
    print(open(p, encoding='utf-8', errors='replace').read())
    with open(p, 'wb') as f:
        print(f.write(b'\x00\x01abc'), type(f).__name__)
    with open(p, 'rb', buffering=0) as f:
        print(type(f).__name__, f.read())
    print(isinstance(open(p), io.TextIOWrapper), isinstance(open(p, 'rb'), io.BufferedReader))
finally:
    pass
