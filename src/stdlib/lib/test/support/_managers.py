"""Context managers of test.support. Each is a small class, so it works
without contextlib; the ones documented as decorators work as both."""
import sys


class _Manager:
    """Base: a context manager that can also decorate a function (the
    function then runs inside a fresh copy of the manager)."""

    def _fresh(self):
        return self

    def __call__(self, func):
        manager = self

        def inside(*args, **kwargs):
            with manager._fresh():
                return func(*args, **kwargs)
        for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
            try:
                setattr(inside, attr, getattr(func, attr))
            except (AttributeError, TypeError):
                pass
        inside.__wrapped__ = func
        return inside


_MISSING = object()


class _SwapAttr(_Manager):
    def __init__(self, obj, attr, value):
        self.obj, self.attr, self.value = obj, attr, value

    def __enter__(self):
        self.saved = getattr(self.obj, self.attr, _MISSING)
        setattr(self.obj, self.attr, self.value)
        return None if self.saved is _MISSING else self.saved

    def __exit__(self, *exc):
        if self.saved is _MISSING:
            delattr(self.obj, self.attr)
        else:
            setattr(self.obj, self.attr, self.saved)
        return False


def swap_attr(obj, attr, new_val):
    """Set obj.attr to new_val inside the block; restore (or delete) after.
    The block receives the old value (None if there was none)."""
    return _SwapAttr(obj, attr, new_val)


class _SwapItem(_Manager):
    def __init__(self, obj, key, value):
        self.obj, self.key, self.value = obj, key, value

    def __enter__(self):
        self.saved = self.obj[self.key] if self.key in self.obj else _MISSING
        self.obj[self.key] = self.value
        return None if self.saved is _MISSING else self.saved

    def __exit__(self, *exc):
        if self.saved is _MISSING:
            del self.obj[self.key]
        else:
            self.obj[self.key] = self.saved
        return False


def swap_item(obj, item, new_val):
    return _SwapItem(obj, item, new_val)


class _CapturedStream:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        import io
        self.saved = getattr(sys, self.name)
        replacement = io.StringIO()
        setattr(sys, self.name, replacement)
        return replacement

    def __exit__(self, *exc):
        setattr(sys, self.name, self.saved)
        return False


def captured_output(stream_name):
    """sys.<stream_name> is a StringIO inside the block."""
    return _CapturedStream(stream_name)


def captured_stdout():
    return _CapturedStream('stdout')


def captured_stderr():
    return _CapturedStream('stderr')


def captured_stdin():
    return _CapturedStream('stdin')


class _UnraisableCatcher:
    """Replaces sys.unraisablehook; the last unraisable exception is in
    .unraisable (None if none)."""

    def __init__(self):
        self.unraisable = None

    def _hook(self, info):
        self.unraisable = info

    def __enter__(self):
        self.saved = getattr(sys, 'unraisablehook', None)
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc):
        self.unraisable = None
        sys.unraisablehook = self.saved
        return False


def catch_unraisable_exception():
    return _UnraisableCatcher()


class _GcDisabled(_Manager):
    def __enter__(self):
        try:
            import gc
        except ImportError:
            self.gc = None
            return None
        self.gc = gc
        self.was_enabled = gc.isenabled()
        gc.disable()
        return None

    def __exit__(self, *exc):
        if self.gc is not None and self.was_enabled:
            self.gc.enable()
        return False


def disable_gc():
    return _GcDisabled()


class _RecursionLimit(_Manager):
    def __init__(self, limit, relative):
        self.limit = limit
        self.relative = relative

    def __enter__(self):
        self.saved = sys.getrecursionlimit()
        limit = self.limit
        if self.relative:
            # counted from the frame that entered the block
            depth = 0
            frame = sys._getframe(1) if hasattr(sys, '_getframe') else None
            while frame is not None:
                depth += 1
                frame = frame.f_back
            limit += depth
        sys.setrecursionlimit(limit)
        return None

    def __exit__(self, *exc):
        sys.setrecursionlimit(self.saved)
        return False


def infinite_recursion(max_depth=100):
    """Lower the recursion limit to max_depth frames above the current
    depth, so that tests of runaway recursion finish quickly."""
    return _RecursionLimit(max_depth, True)


def set_recursion_limit(limit):
    return _RecursionLimit(limit, False)


class _IntDigits(_Manager):
    def __init__(self, digits):
        self.digits = digits

    def __enter__(self):
        self.saved = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(self.digits)
        return None

    def __exit__(self, *exc):
        sys.set_int_max_str_digits(self.saved)
        return False


def adjust_int_max_str_digits(max_digits):
    return _IntDigits(max_digits)


class _SwitchInterval(_Manager):
    def __init__(self, interval):
        self.interval = interval

    def __enter__(self):
        getter = getattr(sys, 'getswitchinterval', None)
        self.saved = getter() if getter else None
        if self.saved is not None:
            sys.setswitchinterval(self.interval)
        return None

    def __exit__(self, *exc):
        if self.saved is not None:
            sys.setswitchinterval(self.saved)
        return False


def setswitchinterval(interval):
    setter = getattr(sys, 'setswitchinterval', None)
    if setter is not None:
        setter(interval)


class SuppressCrashReport:
    """Would silence OS crash dialogs and core dumps for tests that crash
    a child process on purpose; nothing to silence here."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def no_tracing(func):
    """Run func with sys.settrace disabled (tracing changes refcounts)."""
    if not hasattr(sys, 'gettrace'):
        return func

    def untraced(*args, **kwargs):
        saved = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(saved)
    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        setattr(untraced, attr, getattr(func, attr, None))
    untraced.__dict__.update(getattr(func, '__dict__', {}))
    untraced.__wrapped__ = func
    return untraced


def run_with_locale(catstr, *locales):
    """Run the decorated test under the first of `locales` that can be set
    for category `catstr` (e.g. 'LC_NUMERIC'); '' means the default."""
    def decorate(func):
        def localized(*args, **kwargs):
            try:
                import locale
                category = getattr(locale, catstr)
                saved = locale.setlocale(category)
            except Exception:
                return func(*args, **kwargs)
            for name in locales:
                try:
                    locale.setlocale(category, name)
                    break
                except Exception:
                    pass
            try:
                return func(*args, **kwargs)
            finally:
                locale.setlocale(category, saved)
        for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
            setattr(localized, attr, getattr(func, attr, None))
        localized.__dict__.update(getattr(func, '__dict__', {}))
        return localized
    return decorate


def run_with_tz(tz):
    def decorate(func):
        def in_zone(*args, **kwargs):
            import os
            import time
            if not hasattr(time, 'tzset'):
                import unittest
                raise unittest.SkipTest('tzset required')
            saved = os.environ.get('TZ')
            os.environ['TZ'] = tz
            time.tzset()
            try:
                return func(*args, **kwargs)
            finally:
                if saved is None:
                    del os.environ['TZ']
                else:
                    os.environ['TZ'] = saved
                time.tzset()
        in_zone.__name__ = func.__name__
        in_zone.__doc__ = func.__doc__
        return in_zone
    return decorate
