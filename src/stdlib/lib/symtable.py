"""symtable for pycell: the scopes of a piece of source, as pycell's compiler sees
them (src/symtable, the same analysis that decides locals, cells and closures).
Written from the symtable module's documentation; the raw scopes come from
_pycell_symtable as tuples (id, type, name, lineno, nested, symbols, children)."""

import _pycell_symtable

__all__ = ['symtable', 'SymbolTable', 'Class', 'Function', 'Symbol']

# Symbol flag bits (the DEF_* and USE flags of CPython's symtable.h)
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# where the scope of a name is kept inside its flags word
SCOPE_OFF = _pycell_symtable.SCOPE_OFF
SCOPE_MASK = 15
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

_GLOBAL_SCOPES = (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
_LOCAL_SCOPES = (LOCAL, CELL)


def symtable(code, filename, compile_type):
    """The SymbolTable of the module (or expression) `code`."""
    return _wrap(_pycell_symtable.build(code, _path_text(filename), compile_type), filename)


def _path_text(filename):
    """The file name as text, accepting what CPython's path converter accepts."""
    if isinstance(filename, str):
        return filename
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    if isinstance(filename, (bytearray, memoryview)):
        import warnings
        warnings.warn('path should be string, bytes, or os.PathLike, not '
                      + type(filename).__name__, DeprecationWarning, stacklevel=3)
        if isinstance(filename, bytearray):
            raise TypeError("unhashable type: 'bytearray'")
        return bytes(filename).decode('utf-8', 'surrogateescape')
    fspath = getattr(type(filename), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(filename).__name__)
    return _path_text(fspath(filename))


class _EntryView:
    """What `SymbolTable._table` shows: CPython's raw symtable entry repr."""

    def __init__(self, raw):
        self._raw = raw

    def __repr__(self):
        return '<symtable entry {}({}), line {}>'.format(self._raw[2], self._raw[0], self._raw[3])


def _wrap(raw, filename):
    kind = raw[1]
    maker = Function if kind == 'function' else Class if kind == 'class' else SymbolTable
    return maker(raw, filename)


def _scope_of(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable:
    """One scope: the module, a class body, or a function (lambdas and
    comprehensions are functions too)."""

    def __init__(self, raw_table, filename):
        self._raw = raw_table
        self._filename = filename
        self._kids = None
        self._made = {}

    def __repr__(self):
        label = '' if type(self) is SymbolTable else type(self).__name__ + ' '
        if self._raw[1] == 'module':
            return '<{}SymbolTable for module {}>'.format(label, self._filename)
        return '<{}SymbolTable for {} in {}>'.format(label, self._raw[2], self._filename)

    @property
    def _table(self):
        return _EntryView(self._raw)

    def get_type(self):
        """'module', 'class' or 'function'."""
        return self._raw[1]

    def get_id(self):
        return self._raw[0]

    def get_name(self):
        """The class or function name, 'top' for the module."""
        return self._raw[2]

    def get_lineno(self):
        return self._raw[3]

    def is_optimized(self):
        """True for function scopes, whose locals live in fast slots."""
        return self._raw[1] == 'function'

    def is_nested(self):
        return self._raw[4]

    def has_children(self):
        return len(self._raw[6]) > 0

    def get_identifiers(self):
        return self._raw[5].keys()

    def lookup(self, name):
        """The Symbol called `name` in this scope (KeyError when there is none)."""
        found = self._made.get(name)
        if found is None:
            flags = self._raw[5][name]
            spaces = [t for t in self.get_children() if t.get_name() == name]
            found = Symbol(name, flags, spaces, module_scope=self._raw[1] == 'module')
            self._made[name] = found
        return found

    def get_symbols(self):
        return [self.lookup(name) for name in self._raw[5]]

    def get_children(self):
        if self._kids is None:
            self._kids = [_wrap(raw, self._filename) for raw in self._raw[6]]
        return list(self._kids)

    def _names_where(self, keep):
        return tuple(n for n, flags in self._raw[5].items() if keep(flags))


class Function(SymbolTable):
    """The scope of a def, lambda or comprehension."""

    def get_parameters(self):
        return self._names_where(lambda f: f & DEF_PARAM)

    def get_locals(self):
        return self._names_where(lambda f: _scope_of(f) in _LOCAL_SCOPES)

    def get_globals(self):
        return self._names_where(lambda f: _scope_of(f) in _GLOBAL_SCOPES)

    def get_nonlocals(self):
        return self._names_where(lambda f: f & DEF_NONLOCAL)

    def get_frees(self):
        return self._names_where(lambda f: _scope_of(f) == FREE)


class Class(SymbolTable):
    """The scope of a class body."""

    def get_methods(self):
        # as CPython 3.11: the name of every child scope, lambdas and comprehensions too
        seen = []
        for child in self._raw[6]:
            if child[2] not in seen:
                seen.append(child[2])
        return tuple(seen)


class Symbol:
    """One name of one scope and what the scope does with it."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self._name = name
        self._flags = flags
        self._scope = _scope_of(flags)
        self._spaces = namespaces or ()
        self._at_module = module_scope

    def __repr__(self):
        return '<symbol {!r}>'.format(self._name)

    def get_name(self):
        return self._name

    def _bound_at_module(self):
        return self._at_module and bool(self._flags & DEF_BOUND)

    def is_referenced(self):
        return bool(self._flags & USE)

    def is_parameter(self):
        return bool(self._flags & DEF_PARAM)

    def is_global(self):
        """Global in this scope: declared, implied, or bound at module level."""
        return self._scope in _GLOBAL_SCOPES or self._bound_at_module()

    def is_declared_global(self):
        return self._scope == GLOBAL_EXPLICIT

    def is_local(self):
        return self._scope in _LOCAL_SCOPES or self._bound_at_module()

    def is_annotated(self):
        return bool(self._flags & DEF_ANNOT)

    def is_free(self):
        """A variable of an enclosing function, reached through a cell."""
        return self._scope == FREE

    def is_imported(self):
        return bool(self._flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self._flags & DEF_LOCAL)

    def is_nonlocal(self):
        return bool(self._flags & DEF_NONLOCAL)

    def is_namespace(self):
        """The name is bound by a def or class statement whose scope is a child."""
        return bool(self._spaces)

    def get_namespaces(self):
        return self._spaces

    def get_namespace(self):
        if len(self._spaces) == 0:
            raise ValueError('name is not bound to any namespaces')
        if len(self._spaces) > 1:
            raise ValueError('name is bound to multiple namespaces')
        return self._spaces[0]
