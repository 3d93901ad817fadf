# os, shutil and tempfile on the real file system (run by tests/stdlib/os-files.test.ts: names of temporary files not printed)
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'a', 'b'))
    os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(d, 'a'))
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    with open(os.path.join(d, 'a', 'f.txt'), 'w') as f:
        f.write('hello')
    print(sorted(os.listdir(os.path.join(d, 'a'))), os.stat(os.path.join(d, 'a', 'f.txt')).st_size)
    print([(os.path.relpath(p, d), sorted(ds), sorted(fs)) for p, ds, fs in os.walk(d)])
    entries = sorted(os.scandir(os.path.join(d, 'a')), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file()) for e in entries])
    fd = os.open(os.path.join(d, 'g'), os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    print(os.write(fd, b'abc'))
    os.close(fd)
    print(open(os.path.join(d, 'g')).read(), oct(os.stat(os.path.join(d, 'g')).st_mode & 0o777))
    os.rename(os.path.join(d, 'g'), os.path.join(d, 'h'))
    print(os.path.exists(os.path.join(d, 'g')), os.path.exists(os.path.join(d, 'h')))
    try:
        os.rmdir(os.path.join(d, 'a'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.unlink(os.path.join(d, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename == os.path.join(d, 'nope'))
    shutil.copy(os.path.join(d, 'a', 'f.txt'), os.path.join(d, 'a', 'b'))
    shutil.copy2(os.path.join(d, 'a', 'f.txt'), os.path.join(d, 'c.txt'))
    print(abs(os.stat(os.path.join(d, 'c.txt')).st_mtime - os.stat(os.path.join(d, 'a', 'f.txt')).st_mtime) < 0.01)
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'a2'), ignore=shutil.ignore_patterns('*.txt'))
    print(sorted(os.listdir(os.path.join(d, 'a2'))), os.listdir(os.path.join(d, 'a2', 'b')))
    shutil.move(os.path.join(d, 'a2'), os.path.join(d, 'a3'))
    print(sorted(os.listdir(d)))
    try:
        shutil.copyfile(os.path.join(d, 'h'), os.path.join(d, 'h'))
    except shutil.SameFileError as e:
        print('SameFileError', isinstance(e, OSError))
    shutil.rmtree(os.path.join(d, 'a'))
    shutil.rmtree(os.path.join(d, 'nonexistent'), ignore_errors=True)
    print(sorted(os.listdir(d)))
    fd, name = tempfile.mkstemp(suffix='.s', prefix='pre', dir=d)
    os.close(fd)
    print(os.path.basename(name).startswith('pre'), name.endswith('.s'), os.path.isabs(name))
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), oct(os.stat(sub).st_mode & 0o777))
    with tempfile.NamedTemporaryFile(dir=d) as t:
        t.write(b'xyz')
        t.flush()
        t.seek(0)
        print(t.read(), os.path.exists(t.name))
    print(os.path.exists(t.name))
    with tempfile.NamedTemporaryFile('w+', dir=d, delete=False) as t:
        t.write('kept')
    print(open(t.name).read())
    s = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
    s.write(b'abc')
    print(s._rolled, s.tell())
    s.write(b'x' * 20)
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
    s.close()
    td = tempfile.TemporaryDirectory(dir=d)
    print(repr(td).startswith('<TemporaryDirectory'), os.path.isdir(td.name))
    td.cleanup()
    print(os.path.exists(td.name))
print(os.path.exists(d))
print(type(tempfile.gettempdir()).__name__, tempfile.gettempprefix())
print(shutil.which('definitely-not-a-command-xyz'), shutil.disk_usage('/')._fields)
