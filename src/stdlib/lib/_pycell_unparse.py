"""ast.unparse for pycell: source text from a syntax tree.

Expressions are rendered bottom-up as strings; each form knows its binding level
(the grammar's precedence ladder below) and is parenthesised when the context asks
for a tighter level.  The layout (blank line before def/class, docstrings in triple
quotes, parentheses kept around tuples) follows what CPython 3.11 prints.
"""

import ast

# the grammar's levels, loosest first
NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(1, 19)

BINOPS = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'FloorDiv': ('//', TERM), 'Pow': ('**', POWER),
    'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR),
    'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND),
}
UNARYOPS = {'Invert': ('~', FACTOR), 'Not': ('not ', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
CMPOPS = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
    'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
INF = '1e309'
QUOTES = ("'", '"', '"""', "'''")


def _wrap(text, level, context):
    return '(' + text + ')' if level < context else text


def _escape_char(c, quote):
    if c == '\\':
        return '\\\\'
    if c == '\n':
        return '\\n'
    if c == '\r':
        return '\\r'
    if c == '\t':
        return '\\t'
    if quote is not None and c == quote[0]:
        return '\\' + c
    if not c.isprintable():
        return repr(c)[1:-1]
    return c


class Unparser:
    def __init__(self):
        self._out = []
        self._level = 0

    def run(self, node):
        if isinstance(node, list):
            for n in node:
                self.stmt(n)
        elif isinstance(node, (ast.Module, ast.Interactive)):
            self.body_with_docstring(node.body, top=True)
        elif isinstance(node, ast.Expression):
            self._out.append(self.expr(node.body, TEST))
        elif isinstance(node, ast.FunctionType):
            args = ', '.join(self.expr(a, TEST) for a in node.argtypes)
            self._out.append('(%s) -> %s' % (args, self.expr(node.returns, TEST)))
        elif isinstance(node, ast.stmt):
            self.stmt(node)
        elif isinstance(node, ast.expr):
            self._out.append(self.expr(node, TEST))
        else:
            self._out.append(self.other(node))
        text = ''.join(self._out)
        return text[1:] if text.startswith('\n') else text

    # ------------------------------------------------------------ statements

    def line(self, text):
        self._out.append('\n' + '    ' * self._level + text)

    def blank(self):
        if self._out:
            self._out.append('\n')

    def block(self, head, body):
        self.line(head + ':')
        self._level += 1
        for s in body:
            self.stmt(s)
        self._level -= 1

    def body_with_docstring(self, body, top=False):
        if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            self.line(self.docstring(body[0].value))
            body = body[1:]
        for s in body:
            self.stmt(s)

    def def_block(self, head, node):
        self.line(head + ':')
        self._level += 1
        self.body_with_docstring(node.body)
        self._level -= 1

    def docstring(self, const):
        prefix = 'u' if const.kind == 'u' else ''
        # escaped as in a repr, except that newlines stay real line breaks
        body = ''.join(c if c == '\n' or (c.isprintable() and c != '\\') else repr(c)[1:-1]
                       for c in const.value)
        for quote in ('"""', "'''"):
            if quote not in body and not body.endswith(quote[0]):
                return prefix + quote + body + quote
        return prefix + repr(const.value)

    def stmt(self, node):
        name = type(node).__name__
        method = getattr(self, 's_' + name, None)
        if method is None:
            raise ValueError("Unparsing %s is not supported" % name)
        method(node)

    def s_Expr(self, node):
        self.line(self.expr(node.value, YIELD))

    def s_Assign(self, node):
        targets = ''.join(self.expr(t, TUPLE) + ' = ' for t in node.targets)
        self.line(targets + self.expr(node.value, TEST))

    def s_AugAssign(self, node):
        op = BINOPS[type(node.op).__name__][0]
        self.line('%s %s= %s' % (self.expr(node.target, TUPLE), op, self.expr(node.value, TEST)))

    def s_AnnAssign(self, node):
        target = self.expr(node.target, TUPLE)
        if not node.simple and isinstance(node.target, ast.Name):
            target = '(' + target + ')'
        text = target + ': ' + self.expr(node.annotation, TEST)
        if node.value is not None:
            text += ' = ' + self.expr(node.value, TEST)
        self.line(text)

    def s_Return(self, node):
        self.line('return' if node.value is None else 'return ' + self.expr(node.value, TEST))

    def s_Pass(self, node):
        self.line('pass')

    def s_Break(self, node):
        self.line('break')

    def s_Continue(self, node):
        self.line('continue')

    def s_Delete(self, node):
        self.line('del ' + ', '.join(self.expr(t, TEST) for t in node.targets))

    def s_Assert(self, node):
        text = 'assert ' + self.expr(node.test, TEST)
        if node.msg is not None:
            text += ', ' + self.expr(node.msg, TEST)
        self.line(text)

    def s_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def s_Raise(self, node):
        if node.exc is None:
            if node.cause is not None:
                raise ValueError("Node can't use cause without an exception.")
            self.line('raise')
            return
        text = 'raise ' + self.expr(node.exc, TEST)
        if node.cause is not None:
            text += ' from ' + self.expr(node.cause, TEST)
        self.line(text)

    def s_Import(self, node):
        self.line('import ' + ', '.join(self.other(a) for a in node.names))

    def s_ImportFrom(self, node):
        module = '.' * (node.level or 0) + (node.module or '')
        self.line('from %s import %s' % (module, ', '.join(self.other(a) for a in node.names)))

    def s_If(self, node):
        self.block('if ' + self.expr(node.test, TEST), node.body)
        orelse = node.orelse
        while len(orelse) == 1 and isinstance(orelse[0], ast.If):
            inner = orelse[0]
            self.block('elif ' + self.expr(inner.test, TEST), inner.body)
            orelse = inner.orelse
        if orelse:
            self.block('else', orelse)

    def s_While(self, node):
        self.block('while ' + self.expr(node.test, TEST), node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def _for(self, node, keyword):
        head = '%s %s in %s' % (keyword, self.expr(node.target, TUPLE), self.expr(node.iter, TEST))
        self.block(head, node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def s_For(self, node):
        self._for(node, 'for')

    def s_AsyncFor(self, node):
        self._for(node, 'async for')

    def _with(self, node, keyword):
        self.block(keyword + ' ' + ', '.join(self.other(i) for i in node.items), node.body)

    def s_With(self, node):
        self._with(node, 'with')

    def s_AsyncWith(self, node):
        self._with(node, 'async with')

    def _try(self, node, star):
        self.block('try', node.body)
        for h in node.handlers:
            head = 'except*' if star else 'except'
            if h.type is not None:
                head += ' ' + self.expr(h.type, TEST)
            if h.name:
                head += ' as ' + h.name
            self.block(head, h.body)
        if node.orelse:
            self.block('else', node.orelse)
        if node.finalbody:
            self.block('finally', node.finalbody)

    def s_Try(self, node):
        self._try(node, False)

    def s_TryStar(self, node):
        self._try(node, True)

    def decorators(self, node):
        self.blank()
        for d in node.decorator_list:
            self.line('@' + self.expr(d, TEST))

    def _def(self, node, keyword):
        self.decorators(node)
        head = '%s %s(%s)' % (keyword, node.name, self.other(node.args))
        if node.returns is not None:
            head += ' -> ' + self.expr(node.returns, TEST)
        self.def_block(head, node)

    def s_FunctionDef(self, node):
        self._def(node, 'def')

    def s_AsyncFunctionDef(self, node):
        self._def(node, 'async def')

    def s_ClassDef(self, node):
        self.decorators(node)
        parts = [self.expr(b, TEST) for b in node.bases] + [self.other(k) for k in node.keywords]
        head = 'class ' + node.name + ('(' + ', '.join(parts) + ')' if parts else '')
        self.def_block(head, node)

    def s_Match(self, node):
        self.line('match ' + self.expr(node.subject, TEST) + ':')
        self._level += 1
        for case in node.cases:
            head = 'case ' + self.pattern(case.pattern, False)
            if case.guard is not None:
                head += ' if ' + self.expr(case.guard, TEST)
            self.block(head, case.body)
        self._level -= 1

    # ------------------------------------------------------------ patterns

    def pattern(self, p, nested=True):
        kind = type(p).__name__
        if kind == 'MatchValue':
            return self.expr(p.value, OR)
        if kind == 'MatchSingleton':
            return repr(p.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join(self.pattern(x, False) for x in p.patterns) + ']'
        if kind == 'MatchStar':
            return '*' + (p.name if p.name is not None else '_')
        if kind == 'MatchMapping':
            items = ['%s: %s' % (self.expr(k, OR), self.pattern(v, False)) for k, v in zip(p.keys, p.patterns)]
            if p.rest is not None:
                items.append('**' + p.rest)
            return '{' + ', '.join(items) + '}'
        if kind == 'MatchClass':
            args = [self.pattern(x, False) for x in p.patterns]
            args += ['%s=%s' % (k, self.pattern(v, False)) for k, v in zip(p.kwd_attrs, p.kwd_patterns)]
            return self.expr(p.cls, ATOM) + '(' + ', '.join(args) + ')'
        if kind == 'MatchAs':
            if p.pattern is None:
                return p.name if p.name is not None else '_'
            text = self.pattern(p.pattern, not isinstance(p.pattern, ast.MatchOr)) + ' as ' + p.name
            return '(' + text + ')' if nested else text
        if kind == 'MatchOr':
            text = ' | '.join(self.pattern(x, True) for x in p.patterns)
            return '(' + text + ')' if nested else text
        raise ValueError("Unparsing %s is not supported" % kind)

    # ------------------------------------------------------------ other nodes

    def other(self, node):
        kind = type(node).__name__
        if kind == 'alias':
            return node.name + (' as ' + node.asname if node.asname else '')
        if kind == 'keyword':
            if node.arg is None:
                return '**' + self.expr(node.value, TEST)
            return node.arg + '=' + self.expr(node.value, TEST)
        if kind == 'withitem':
            text = self.expr(node.context_expr, TEST)
            if node.optional_vars is not None:
                text += ' as ' + self.expr(node.optional_vars, TEST)
            return text
        if kind == 'arguments':
            return self.arguments(node)
        if kind == 'arg':
            if node.annotation is None:
                return node.arg
            return node.arg + ': ' + self.expr(node.annotation, TEST)
        if kind == 'comprehension':
            text = ' async for ' if node.is_async else ' for '
            text += self.expr(node.target, TUPLE) + ' in ' + self.expr(node.iter, OR)
            for cond in node.ifs:
                text += ' if ' + self.expr(cond, OR)
            return text
        if kind == 'ExceptHandler':
            saved = self._out
            self._out = []
            head = 'except' + ('' if node.type is None else ' ' + self.expr(node.type, TEST))
            if node.name:
                head += ' as ' + node.name
            self.block(head, node.body)
            text, self._out = ''.join(self._out), saved
            return text[1:]
        if kind == 'match_case':
            saved = self._out
            self._out = []
            head = 'case ' + self.pattern(node.pattern, False)
            if node.guard is not None:
                head += ' if ' + self.expr(node.guard, TEST)
            self.block(head, node.body)
            text, self._out = ''.join(self._out), saved
            return text[1:]
        if isinstance(node, ast.pattern):
            return self.pattern(node, False)
        raise ValueError("Unparsing %s is not supported" % kind)

    def arguments(self, a):
        parts = []
        positional = a.posonlyargs + a.args
        first_default = len(positional) - len(a.defaults)
        for i, arg in enumerate(positional):
            text = self.other(arg)
            if i >= first_default:
                text += '=' + self.expr(a.defaults[i - first_default], TEST)
            parts.append(text)
            if i + 1 == len(a.posonlyargs):
                parts.append('/')
        if a.vararg is not None or a.kwonlyargs:
            parts.append('*' + (self.other(a.vararg) if a.vararg is not None else ''))
        for arg, default in zip(a.kwonlyargs, a.kw_defaults):
            text = self.other(arg)
            if default is not None:
                text += '=' + self.expr(default, TEST)
            parts.append(text)
        if a.kwarg is not None:
            parts.append('**' + self.other(a.kwarg))
        return ', '.join(parts)

    # ------------------------------------------------------------ expressions

    def expr(self, node, context):
        """node as text, parenthesised when its level is looser than context."""
        kind = type(node).__name__
        method = getattr(self, 'e_' + kind, None)
        if method is None:
            raise ValueError("Unparsing %s is not supported" % kind)
        return method(node, context)

    def e_Name(self, node, context):
        return node.id

    def e_Constant(self, node, context):
        return self.constant(node.value, node.kind)

    def constant(self, value, kind=None):
        if isinstance(value, float):
            if value != value:
                return '(%s-%s)' % (INF, INF)
            if value in (float('inf'), float('-inf')):
                return INF if value > 0 else '-' + INF
            return repr(value)
        if isinstance(value, complex):
            if value.real == 0 and value.imag == value.imag and not repr(value).startswith('-0'):
                if abs(value.imag) == float('inf'):
                    return ('-' if value.imag < 0 else '') + INF + 'j'
                return repr(value)
            real = self.constant(value.real)
            imag = value.imag
            if imag != imag:
                imag_text = '(%s-%s)*1j' % (INF, INF)
            elif abs(imag) == float('inf'):
                imag_text = INF + 'j'
            else:
                imag_text = repr(abs(imag)) + 'j'
            sign = '-' if imag < 0 or repr(imag).startswith('-') else '+'
            return '(%s%s%s)' % (real, sign, imag_text)
        if value is ...:
            return '...'
        if isinstance(value, tuple):
            items = [self.constant(v) for v in value]
            return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
        if isinstance(value, frozenset):
            return 'frozenset()' if not value else '{' + ', '.join(self.constant(v) for v in value) + '}'
        if isinstance(value, str) and kind == 'u':
            return 'u' + repr(value)
        return repr(value)

    def e_JoinedStr(self, node, context):
        return 'f' + self.fstring(self.fstring_parts(node))

    def e_FormattedValue(self, node, context):
        return 'f' + self.fstring(self.fstring_parts(ast.JoinedStr([node])))

    def fstring_parts(self, node):
        """[(is_expression, text)] of a JoinedStr's body (no quotes yet): one item per
        literal chunk and per replacement field (the field's format spec inline)."""
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                parts.append((False, v.value.replace('{', '{{').replace('}', '}}')))
            elif isinstance(v, ast.FormattedValue):
                text = self.expr(v.value, TEST + 1)
                if text.startswith('{'):
                    text = ' ' + text
                text = '{' + text
                if v.conversion != -1:
                    text += '!' + chr(v.conversion)
                if v.format_spec is not None:
                    text += ':' + ''.join(t if e else self.escape(t, None)
                                          for e, t in self.fstring_parts(v.format_spec))
                parts.append((True, text + '}'))
            elif isinstance(v, ast.JoinedStr):
                parts.extend(self.fstring_parts(v))
            else:
                raise ValueError("Unexpected node inside JoinedStr, %r" % v)
        return parts

    @staticmethod
    def escape(text, quote):
        return ''.join(_escape_char(c, quote) for c in text)

    def fstring(self, parts):
        # Each chunk in turn narrows the quotes that need no escaping; a chunk ending
        # in a quote character sends that quote to the back of the preference list.
        quotes = list(QUOTES)
        for is_code, text in parts:
            shown = text if is_code else self.escape(text, None)
            possible = [q for q in quotes if q not in shown]
            if not possible:
                break
            if shown:
                possible.sort(key=lambda q: q[0] == shown[-1])
            quotes = possible
        else:
            quote = quotes[0]
            return quote + ''.join(t if e else self.escape(t, None) for e, t in parts) + quote
        # no quote fits everything: one the expressions do not use, literal text escaped
        code = ''.join(t for e, t in parts if e)
        quote = next((q for q in QUOTES if q not in code), QUOTES[0])
        return quote + ''.join(t if e else self.escape(t, quote) for e, t in parts) + quote

    def e_Tuple(self, node, context):
        items = [self.expr(e, TEST) for e in node.elts]
        if len(items) == 1:
            return '(' + items[0] + ',)' if context > TUPLE else items[0] + ','
        text = ', '.join(items)
        return '(' + text + ')' if context > TUPLE or not items else text

    def e_List(self, node, context):
        return '[' + ', '.join(self.expr(e, TEST) for e in node.elts) + ']'

    def e_Set(self, node, context):
        if not node.elts:
            return '{*()}'
        return '{' + ', '.join(self.expr(e, TEST) for e in node.elts) + '}'

    def e_Dict(self, node, context):
        items = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                items.append('**' + self.expr(v, BOR))
            else:
                items.append(self.expr(k, TEST) + ': ' + self.expr(v, TEST))
        return '{' + ', '.join(items) + '}'

    def comprehensions(self, node):
        return ''.join(self.other(g) for g in node.generators)

    def e_ListComp(self, node, context):
        return '[' + self.expr(node.elt, TEST) + self.comprehensions(node) + ']'

    def e_SetComp(self, node, context):
        return '{' + self.expr(node.elt, TEST) + self.comprehensions(node) + '}'

    def e_GeneratorExp(self, node, context):
        return '(' + self.expr(node.elt, TEST) + self.comprehensions(node) + ')'

    def e_DictComp(self, node, context):
        return '{' + self.expr(node.key, TEST) + ': ' + self.expr(node.value, TEST) + self.comprehensions(node) + '}'

    def e_BoolOp(self, node, context):
        word, level = (' and ', AND) if isinstance(node.op, ast.And) else (' or ', OR)
        items = []
        inner = level
        for v in node.values:
            inner += 1
            items.append(self.expr(v, inner))
        return _wrap(word.join(items), level, context)

    def e_BinOp(self, node, context):
        symbol, level = BINOPS[type(node.op).__name__]
        if symbol == '**':
            left, right = level + 1, level
        else:
            left, right = level, level + 1
        text = '%s %s %s' % (self.expr(node.left, left), symbol, self.expr(node.right, right))
        return _wrap(text, level, context)

    def e_UnaryOp(self, node, context):
        symbol, level = UNARYOPS[type(node.op).__name__]
        return _wrap(symbol + self.expr(node.operand, level), level, context)

    def e_Compare(self, node, context):
        text = self.expr(node.left, CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += ' ' + CMPOPS[type(op).__name__] + ' ' + self.expr(right, CMP + 1)
        return _wrap(text, CMP, context)

    def e_IfExp(self, node, context):
        text = '%s if %s else %s' % (self.expr(node.body, TEST + 1), self.expr(node.test, TEST + 1),
                                     self.expr(node.orelse, TEST))
        return _wrap(text, TEST, context)

    def e_Lambda(self, node, context):
        args = self.other(node.args)
        text = 'lambda' + (' ' + args if args else '') + ': ' + self.expr(node.body, TEST)
        return _wrap(text, TEST, context)

    def e_NamedExpr(self, node, context):
        text = self.expr(node.target, ATOM) + ' := ' + self.expr(node.value, ATOM)
        return _wrap(text, NAMED, context)

    def e_Yield(self, node, context):
        text = 'yield' if node.value is None else 'yield ' + self.expr(node.value, ATOM)
        return _wrap(text, YIELD, context)

    def e_YieldFrom(self, node, context):
        return _wrap('yield from ' + self.expr(node.value, ATOM), YIELD, context)

    def e_Await(self, node, context):
        return _wrap('await ' + self.expr(node.value, ATOM), AWAIT, context)

    def e_Starred(self, node, context):
        return '*' + self.expr(node.value, BOR)

    def e_Attribute(self, node, context):
        value = self.expr(node.value, ATOM)
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
            value += ' '
        return value + '.' + node.attr

    def e_Subscript(self, node, context):
        s = node.slice
        if isinstance(s, ast.Tuple) and s.elts:
            items = [self.expr(e, TEST) for e in s.elts]
            inner = ', '.join(items) + (',' if len(items) == 1 else '')
        else:
            inner = self.expr(s, TUPLE)
        return self.expr(node.value, ATOM) + '[' + inner + ']'

    def e_Slice(self, node, context):
        text = ''
        if node.lower is not None:
            text += self.expr(node.lower, TEST)
        text += ':'
        if node.upper is not None:
            text += self.expr(node.upper, TEST)
        if node.step is not None:
            text += ':' + self.expr(node.step, TEST)
        return text

    def e_Call(self, node, context):
        args = [self.expr(a, TEST) for a in node.args] + [self.other(k) for k in node.keywords]
        return self.expr(node.func, ATOM) + '(' + ', '.join(args) + ')'
