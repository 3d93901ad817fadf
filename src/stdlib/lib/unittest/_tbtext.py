"""A plain traceback formatter, used only when the `traceback` module is
not available: same layout as traceback.format_exception, without the
column markers."""

__unittest = True


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        return None
    line = linecache.getline(filename, lineno)
    return line.strip() or None


def _exception_only(exc_type, exc_value):
    name = getattr(exc_type, '__qualname__', None) or getattr(exc_type, '__name__', '?')
    module = getattr(exc_type, '__module__', None)
    if module not in (None, 'builtins', '__main__'):
        name = module + '.' + name
    try:
        text = str(exc_value)
    except Exception:
        text = '<exception str() failed>'
    return '%s: %s\n' % (name, text) if text else name + '\n'


def _one(exc_type, exc_value, tb):
    out = []
    if tb is not None:
        out.append('Traceback (most recent call last):\n')
        while tb is not None:
            code = tb.tb_frame.f_code
            out.append('  File "%s", line %s, in %s\n' % (code.co_filename, tb.tb_lineno, code.co_name))
            src = _source_line(code.co_filename, tb.tb_lineno)
            if src:
                out.append('    %s\n' % src)
            tb = tb.tb_next
    out.append(_exception_only(exc_type, exc_value))
    return ''.join(out)


def format_exception(exc_type, exc_value, tb):
    parts = [_one(exc_type, exc_value, tb)]
    seen = {id(exc_value)}
    value = exc_value
    while value is not None:
        cause = value.__cause__
        if cause is not None and id(cause) not in seen:
            link = '\nThe above exception was the direct cause of the following exception:\n\n'
            nxt = cause
        elif (value.__context__ is not None and not value.__suppress_context__
              and id(value.__context__) not in seen):
            link = '\nDuring handling of the above exception, another exception occurred:\n\n'
            nxt = value.__context__
        else:
            break
        seen.add(id(nxt))
        parts.append(link)
        parts.append(_one(type(nxt), nxt, nxt.__traceback__))
        value = nxt
    # the chain was collected newest first; reports show the oldest first
    ordered = []
    for i in range(len(parts) - 1, -1, -2):
        ordered.append(parts[i])
        if i - 1 >= 0:
            ordered.append(parts[i - 1])
    return ''.join(ordered)
