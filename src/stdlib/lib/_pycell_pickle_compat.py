"""Python 2 <-> Python 3 global names for pickle's fix_imports (protocols 0-2).

Pickles for protocols below 3 name globals as Python 2 did (`__builtin__ len`),
so that Python 2 can read them; loading maps those names back."""

# Python 3 module -> Python 2 module
REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    '_functools': 'functools', '_pickle': 'pickle',
}

_renamed = [
    # (Python 3 module, name), (Python 2 module, name)
    (('builtins', 'range'), ('__builtin__', 'xrange')),
    (('builtins', 'chr'), ('__builtin__', 'unichr')),
    (('builtins', 'str'), ('__builtin__', 'unicode')),
    (('builtins', 'int'), ('__builtin__', 'long')),
    (('builtins', 'zip'), ('itertools', 'izip')),
    (('builtins', 'map'), ('itertools', 'imap')),
    (('builtins', 'filter'), ('itertools', 'ifilter')),
    (('functools', 'reduce'), ('__builtin__', 'reduce')),
    (('itertools', 'filterfalse'), ('itertools', 'ifilterfalse')),
    (('itertools', 'zip_longest'), ('itertools', 'izip_longest')),
    (('collections', 'UserDict'), ('UserDict', 'IterableUserDict')),
    (('collections', 'UserList'), ('UserList', 'UserList')),
    (('collections', 'UserString'), ('UserString', 'UserString')),
]

# the built-in exceptions Python 2 kept in its `exceptions` module
_py2_exceptions = """ArithmeticError AssertionError AttributeError BaseException
    BufferError BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning
    IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError
    NameError NotImplementedError OSError OverflowError PendingDeprecationWarning
    ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError SyntaxWarning
    SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning
    ValueError Warning ZeroDivisionError""".split()
# Python 3's finer OSError subclasses were all OSError there
_py3_oserrors = """BrokenPipeError ChildProcessError ConnectionAbortedError
    ConnectionError ConnectionRefusedError ConnectionResetError FileExistsError
    FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
    PermissionError ProcessLookupError TimeoutError""".split()

REVERSE_NAME_MAPPING = dict(_renamed)
NAME_MAPPING = {two: three for three, two in _renamed}
NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
for _n in _py2_exceptions:
    REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', _n)
    NAME_MAPPING[('exceptions', _n)] = ('builtins', _n)
for _n in _py3_oserrors:
    REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')

# Python 2 module -> Python 3 module, for loading
IMPORT_MAPPING = {two: three for three, two in REVERSE_IMPORT_MAPPING.items()
                  if two not in ('functools', 'pickle')}
IMPORT_MAPPING.update({'cPickle': 'pickle', '__builtin__': 'builtins',
                       'copy_reg': 'copyreg', 'exceptions': 'builtins',
                       'UserDict': 'collections', 'UserList': 'collections',
                       'UserString': 'collections', '_abcoll': 'collections.abc'})

del _n
