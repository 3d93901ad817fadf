"""threading for pycell, written from the threading documentation. pycell runs
one thread: the synchronisation objects work (their state, errors and
timeouts), but a wait that only another thread could end cannot end, so it
raises RuntimeError instead of hanging; Thread.start() raises
NotImplementedError (docs/differences.md)."""

import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "ExceptHookArgs", "gettrace", "getprofile", "get_native_id"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 1


def _no_other_thread(what):
    raise RuntimeError("%s would wait forever: pycell runs a single thread" % what)


def _give_up(blocking, timeout, what):
    """What a wait that cannot succeed returns: False after the timeout (which
    passes without anything changing), an error when it would be endless."""
    if not blocking:
        return False
    if timeout is None or timeout < 0:
        _no_other_thread(what)
    _time.sleep(timeout)
    return False


def _check_timeout(blocking, timeout):
    if not blocking and timeout not in (-1, None):
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout is not None and timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")


class _LockBase:
    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at(self):
        return "at 0x%x" % id(self)


class Lock(_LockBase):
    """A primitive lock: locked or unlocked."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        return _give_up(blocking, timeout, "acquiring a held lock")

    acquire_lock = acquire

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    release_lock = release

    def locked(self):
        return self._held

    locked_lock = locked

    def __repr__(self):
        return "<%s _thread.lock object %s>" % ("locked" if self._held else "unlocked", self._at())


Lock.__module__ = "_thread"
Lock.__qualname__ = Lock.__name__ = "lock"
LockType = Lock
_allocate_lock = Lock


class RLock(_LockBase):
    """A reentrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        # the only thread always owns what it holds
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        owner = get_ident() if self._count else 0
        return "<%s _thread.RLock object owner=%d count=%d %s>" % (state, owner, self._count, self._at())


RLock.__module__ = "_thread"


class Condition:
    """A condition variable bound to a lock (an RLock by default)."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def _is_owned(self):
        lock = self._lock
        if hasattr(lock, "_is_owned"):
            return lock._is_owned()
        return lock.locked() if hasattr(lock, "locked") else True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # no other thread can notify
        return _give_up(True, timeout, "Condition.wait()")

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        return _give_up(blocking, timeout, "acquiring a semaphore at zero")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d>" % (type(self).__module__, type(self).__qualname__,
                                              id(self), self._value)


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that set() raises and clear() lowers; wait() returns it."""

    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _give_up(True, timeout, "Event.wait()")

    def __repr__(self):
        return "<%s.%s at 0x%x: %s>" % (type(self).__module__, type(self).__qualname__,
                                        id(self), "set" if self._flag else "unset")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for `parties` threads: with one thread only parties=1 passes."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self.parties = parties
        self._action = action
        self._timeout = timeout
        self.broken = False
        self.n_waiting = 0

    def wait(self, timeout=None):
        if self.broken:
            raise BrokenBarrierError
        if self.parties == 1:
            if self._action is not None:
                self._action()
            return 0
        _no_other_thread("Barrier.wait()")

    def reset(self):
        self.broken = False

    def abort(self):
        self.broken = True


class local:
    """Thread-local data: with one thread, an ordinary namespace object."""


class Thread:
    """A thread of control. pycell cannot start one (see the module docstring)."""

    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name is None:
            Thread._counter += 1
            name = "Thread-%d" % Thread._counter
            if target is not None and hasattr(target, "__name__"):
                name += " (%s)" % target.__name__
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = bool(daemon) if daemon is not None else current_thread().daemon
        self._started = False
        self._ident = None

    def start(self):
        raise NotImplementedError("threading.Thread.start() is not supported by pycell "
                                  "(it runs a single thread)")

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = value

    def is_alive(self):
        return self._started

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def _status(self):
        return "started %s" % self._ident if self._started else "initial"

    def __repr__(self):
        status = self._status()
        if self._daemonic:
            status += " daemon"
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class Timer(Thread):
    """Call a function after an interval (needs a thread: start() raises)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()


_main = None


def main_thread():
    return _main


def current_thread():
    return _main


currentThread = current_thread


def get_ident():
    return _MAIN_IDENT


get_native_id = get_ident


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


_trace = None
_profile = None


def settrace(func):
    global _trace
    _trace = func


def gettrace():
    return _trace


def setprofile(func):
    global _profile
    _profile = func


def getprofile():
    return _profile


def stack_size(size=0):
    if size:
        raise ValueError("setting the stack size is not supported by pycell")
    return 0


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    import sys
    import traceback
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)


__excepthook__ = excepthook

Thread._counter = 0
_main = _MainThread()
