"""The objects behind assertRaises/assertRaisesRegex and
assertWarns/assertWarnsRegex: usable as a context manager, or called with
a function and its arguments."""
import sys

__unittest = True


def _is_class_or_tuple_of(expected, base):
    if isinstance(expected, tuple):
        return all(_is_class_or_tuple_of(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _ExpectationContext:
    kind_text = ''        # what arg 1 must be, for the TypeError
    base = BaseException

    def __init__(self, test_case, expected, regex):
        self.test_case, self.expected = test_case, expected
        self.expected_regex = None
        if regex is not None:
            # an empty pattern is allowed here (it matches any message)
            if isinstance(regex, (str, bytes)):
                import re
                regex = re.compile(regex)
            self.expected_regex = regex
        self.obj_name = None
        self.msg = None

    def _expected_ok(self):
        return _is_class_or_tuple_of(self.expected, self.base)

    def start(self, method, args, kwargs):
        if not self._expected_ok():
            raise TypeError('%s() arg 1 must be %s' % (method, self.kind_text))
        if not args:
            self.msg = kwargs.pop('msg') if 'msg' in kwargs else None
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        func = args[0]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args[1:], **kwargs)
        return None

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def _missing(self, verb):
        text = '%s %s' % (self._expected_name(), verb)
        if self.obj_name:
            text += ' by ' + self.obj_name
        self._fail(text)

    def _fail(self, text):
        case = self.test_case
        raise case.failureException(case._compose(self.msg, text))


class RaisesContext(_ExpectationContext):
    kind_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._missing('not raised')
        if issubclass(exc_type, self.expected):
            # keep the exception, not the frames its traceback holds alive
            self.exception = exc_value.with_traceback(None)
        else:
            return False   # not ours: let it propagate
        regex = self.expected_regex
        if regex is not None and not regex.search(str(exc_value)):
            self._fail('"%s" does not match "%s"' % (regex.pattern, str(exc_value)))
        return True


class WarnsContext(_ExpectationContext):
    kind_text = 'a warning type or tuple of warning types'
    base = Warning

    def __enter__(self):
        import warnings
        # Forget warnings already shown once, or "default"/"once" filters
        # would hide the one the test expects.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_of_type = None
        for record in [r for r in self.warnings if isinstance(r.message, self.expected)]:
            w = record.message
            if first_of_type is None:
                first_of_type = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_type is not None:
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, str(first_of_type)))
        self._missing('not triggered')
        return None
