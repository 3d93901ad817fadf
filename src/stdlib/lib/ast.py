"""The ast module of pycell: Python syntax trees as objects.

The node classes are made from the front end's specification (_pycell_ast.spec(),
generated from CPython 3.11's classes); parsing happens in TypeScript, which builds
the node objects directly.  Written for pycell from the documentation of the ast
module and observed CPython behaviour.
"""

import _pycell_ast
from _pycell_ast import parse as _native_parse

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        taken = fields[:len(args)]
        for key in kwargs:
            if key in taken:
                raise TypeError("%s got multiple values for argument %r"
                                % (type(self).__name__, key))
            setattr(self, key, kwargs[key])

    def __reduce__(self):
        return type(self), (), self.__dict__


def _make_classes():
    ns = globals()
    sum_attrs = _pycell_ast.sum_attributes()
    spec = _pycell_ast.spec()
    for base in sorted({entry[1] for entry in spec} - {"AST"}):
        attrs = sum_attrs[base]
        body = {"_fields": (), "__match_args__": (), "_attributes": attrs,
                "__module__": "ast", "__doc__": None}
        for a in attrs:
            if a.startswith("end_"):
                body[a] = None
        ns[base] = type(base, (AST,), body)
    members = {}
    for name, base, fields, cards, attrs, types in spec:
        # the ASDL signature, as CPython's classes carry it: Name(identifier id, ...)
        sig = ', '.join('%s%s %s' % (t, c if c != '-' else '', f) for f, c, t in zip(fields, cards, types))
        doc = '%s(%s)' % (name, sig) if fields or attrs else name
        members.setdefault(base, []).append(doc)
        body = {"_fields": fields, "__match_args__": fields, "__module__": "ast", "__doc__": doc}
        if base == "AST":
            body["_attributes"] = attrs
            for a in attrs:
                if a.startswith("end_"):
                    body[a] = None
        for field, card in zip(fields, cards):
            if card == "?":
                body[field] = None
        ns[name] = type(name, (ns[base],), body)
    for base, docs in members.items():
        if base == "AST":
            continue
        order = _SIMPLE_ORDER.get(base)
        if order is not None:
            ns[base].__doc__ = '%s = %s' % (base, ' | '.join(order))
        else:
            ns[base].__doc__ = base + ' = ' + '\n     | '.join(docs)
    _pycell_ast.register(AST, ns)


# the alternatives of the operator-like types in the grammar's (ASDL) order
_SIMPLE_ORDER = {
    'expr_context': ('Load', 'Store', 'Del'),
    'boolop': ('And', 'Or'),
    'operator': ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
                 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'),
    'unaryop': ('Invert', 'Not', 'UAdd', 'USub'),
    'cmpop': ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'),
}


_make_classes()
del _make_classes


def _value_property(doc):
    def get(self):
        return self.value

    def set(self, value):
        self.value = value
    return property(get, set, doc=doc)


Constant.n = _value_property("Deprecated. Use value instead.")
Constant.s = _value_property("Deprecated. Use value instead.")


# ---------------------------------------------------------------- deprecated classes

class _DeprecatedConstantMeta(type):
    """isinstance(Constant(1), Num) holds when the value has the old class's types."""

    def __instancecheck__(cls, obj):
        accepted = _OLD_TYPES.get(cls, ())
        if type(obj) is not Constant and not issubclass(type(obj), Constant):
            return False
        if not accepted:
            return issubclass(type(obj), cls)
        missing = object()
        v = getattr(obj, 'value', missing)
        if v is missing or (v is True or v is False) and cls is not NameConstant:
            return False
        return type(v) in accepted or any(issubclass(type(v), t) for t in accepted)


def _old_constant(name, field):
    def __new__(cls, *args, **kwargs):
        # the old classes make plain Constant nodes
        if field in kwargs:
            if args:
                raise TypeError("%s got multiple values for argument %r" % (cls.__name__, field))
            kwargs["value"] = kwargs.pop(field)
        if cls not in _OLD_TYPES:
            # a subclass of an old class makes its own instances
            return Constant.__new__(cls)
        if cls is Ellipsis:
            args = (...,) + args
        return Constant(*args, **kwargs)

    return _DeprecatedConstantMeta(name, (Constant,), {
        "_fields": (field,) if field else (), "__module__": "ast", "__new__": __new__,
        "__doc__": "Deprecated AST node class. Use ast.Constant instead"})


Num = _old_constant("Num", "n")
Str = _old_constant("Str", "s")
Bytes = _old_constant("Bytes", "s")
NameConstant = _old_constant("NameConstant", None)
NameConstant._fields = ("value", "kind")
Ellipsis = _old_constant("Ellipsis", None)
_OLD_TYPES = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
              NameConstant: (type(None), bool), Ellipsis: (type(...),)}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(elts=list(dims), ctx=Load(), **kwargs)


def _dims_get(self):
    return self.elts


def _dims_set(self, value):
    self.elts = value


Tuple.dims = property(_dims_get, _dims_set)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# ---------------------------------------------------------------- parse / literal_eval

def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (like compile() with PyCF_ONLY_AST)."""
    if isinstance(source, AST):
        return compile(source, filename, mode, PyCF_ONLY_AST)
    if not isinstance(source, (str, bytes)):
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)
        else:
            raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if mode not in ("exec", "eval", "single", "func_type"):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    tree = _native_parse(source, filename, mode)
    if feature_version is not None:
        _check_feature_version(tree, feature_version)
    return tree


# syntax newer than a feature_version, recognisable in the tree: (minor, test, message)
_NEWER_SYNTAX = (
    (8, lambda n: isinstance(n, NamedExpr), "assignment expressions are"),
    (8, lambda n: isinstance(n, arguments) and n.posonlyargs, "positional-only parameters are"),
    (11, lambda n: isinstance(n, TryStar), "exception groups are"),
)


def _check_feature_version(tree, version):
    minor = version[1] if isinstance(version, tuple) else version
    for node in walk(tree):
        for needed, test, what in _NEWER_SYNTAX:
            if minor < needed and test(node):
                err = SyntaxError("%s only supported in Python 3.%d and greater" % (what, needed))
                err.lineno = getattr(node, 'lineno', None)
                raise err


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal:
    strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None, Ellipsis."""
    tree = node_or_string
    if type(tree) is str or isinstance(tree, str):
        tree = parse(tree.lstrip(" \t"), mode='eval')
    if type(tree) is Expression or isinstance(tree, Expression):
        tree = tree.body

    def malformed(node):
        where = getattr(node, 'lineno', None)
        text = "malformed node or string"
        if where is not None:
            text += " on line %d" % where
        raise ValueError(text + ": " + repr(node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(e) for e in node.elts])
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return {convert(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            result = {}
            pairs = []
            for k, v in zip(node.keys, node.values):
                pairs.append((convert(k), convert(v)))
            for k, v in pairs:
                result[k] = v
            return result
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
            malformed(node)
        return signed(node)

    return convert(tree)


# ---------------------------------------------------------------- dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in `node` (see the ast module's documentation)."""
    if not (indent is None or type(indent) is str):
        indent = indent * ' '

    def fmt(value, level):
        # returns (text, simple): simple values may share one line with others
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            keywords = annotate_fields
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    keywords = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = fmt(v, level)
                all_simple = all_simple and simple
                parts.append(name + '=' + text if keywords else text)
            if include_attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(v, level)
                    all_simple = all_simple and simple
                    parts.append(name + '=' + text)
            if all_simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in value)), False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    return fmt(node, 0)[0]


# ---------------------------------------------------------------- locations

def copy_location(new_node, old_node):
    """Copy the source location (lineno, col_offset, end_lineno, end_col_offset)
    from old_node to new_node where both have such attributes; returns new_node."""
    shared = set(old_node._attributes) & set(new_node._attributes)
    for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if name not in shared or not hasattr(old_node, name):
            continue
        v = getattr(old_node, name)
        # a missing start position is not copied; an end position may be None
        if v is not None or name[:4] == 'end_':
            setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Give every node that lacks lineno/col_offset (or their end_ variants) those
    of its parent, starting from 1 and 0 at the root; returns node."""
    stack = [(node, 1, 0, 1, 0)]
    while stack:
        n, line, col, end_line, end_col = stack.pop()
        attrs = n._attributes
        # a start position counts as set even when None; an end position does not
        if 'lineno' in attrs:
            if not hasattr(n, 'lineno'):
                n.lineno = line
            else:
                line = n.lineno
        if 'end_lineno' in attrs:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_line
            else:
                end_line = n.end_lineno
        if 'col_offset' in attrs:
            if not hasattr(n, 'col_offset'):
                n.col_offset = col
            else:
                col = n.col_offset
        if 'end_col_offset' in attrs:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        children = list(iter_child_nodes(n))
        for child in reversed(children):
            stack.append((child, line, col, end_line, end_col))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and every node below it."""
    for sub in walk(node):
        # TypeIgnore keeps its line in a field, not an attribute
        has_start = type(sub) is TypeIgnore or 'lineno' in sub._attributes
        if has_start:
            sub.lineno = n + getattr(sub, 'lineno', 0)
        if type(sub) is not TypeIgnore and 'end_lineno' in sub._attributes:
            old_end = getattr(sub, 'end_lineno', 0)
            if old_end is not None:
                sub.end_lineno = n + old_end
    return node


# ---------------------------------------------------------------- traversal

def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: node fields and nodes in list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first, in no guaranteed order."""
    pending = [node]
    i = 0
    while i < len(pending):
        current = pending[i]
        i += 1
        pending.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not node.body:
        return None
    first = node.body[0]
    if not isinstance(first, Expr):
        return None
    value = first.value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    # inspect.cleandoc's rules: tabs expanded, the common indentation of the lines
    # after the first removed, the first line stripped, blank lines at both ends dropped
    first, *rest = doc.expandtabs().split('\n')
    margin = min((len(r) - len(r.lstrip()) for r in rest if r.strip()), default=0)
    out = [first.lstrip()] + [r[margin:] for r in rest]
    lo, hi = 0, len(out)
    while lo < hi and out[lo] == '':
        lo += 1
    while hi > lo and out[hi - 1] == '':
        hi -= 1
    return '\n'.join(out[lo:hi])


def _source_lines(source):
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text of node (None when its end position is unknown); with
    padded=True, the first line keeps its indentation as spaces (tabs kept)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start_col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first == last:
        return lines[first].encode()[start_col:end_col].decode()
    prefix = lines[first].encode()[:start_col].decode()
    pad = ''.join(c if c in '\t\f' else ' ' for c in prefix) if padded else ''
    head = pad + lines[first].encode()[start_col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) where defined, else
    generic_visit, which visits the children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # visitors written for the deprecated classes keep working
        value = node.value
        if value is ...:
            old = 'Ellipsis'
        elif isinstance(value, bool) or value is None:
            old = 'NameConstant'
        elif isinstance(value, (int, float, complex)):
            old = 'Num'
        elif isinstance(value, str):
            old = 'Str'
        elif isinstance(value, bytes):
            old = 'Bytes'
        else:
            old = None
        if old is not None:
            method = getattr(self, 'visit_' + old, None)
            if method is not None:
                import warnings
                warnings.warn("visit_%s is deprecated; add visit_Constant" % old,
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node (None
    removes it; a list replaces one item of a list field by several)."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def unparse(ast_obj):
    """Python source that parses back to an equivalent tree."""
    from _pycell_unparse import Unparser
    return Unparser().run(ast_obj)
