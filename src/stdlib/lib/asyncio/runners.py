"""asyncio.run() and asyncio.Runner: own a loop, run coroutines on it, clean up."""

from . import events
from . import exceptions
from . import tasks

__all__ = ('Runner', 'run')

_FRESH, _READY, _SHUT = 'created', 'initialized', 'closed'


class Runner:
    """A context manager owning one event loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = _FRESH
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._installed = False

    def __enter__(self):
        self._prepare()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Finish leftover tasks and async generators, then close the loop."""
        if self._phase != _READY:
            return
        loop, self._loop = self._loop, None
        self._phase = _SHUT
        try:
            _cancel_leftovers(loop)
            for final_step in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(final_step())
        finally:
            if self._installed:
                events.get_event_loop_policy().set_event_loop(None)
            loop.close()

    def get_loop(self):
        """The loop (created on first use)."""
        self._prepare()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine to completion on the runner's loop; return its result."""
        if not tasks.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        _refuse_nesting('Runner.run()')
        loop = self.get_loop()
        return loop.run_until_complete(loop.create_task(coro, context=context))

    def _prepare(self):
        if self._phase == _SHUT:
            raise RuntimeError('Runner is closed')
        if self._phase == _READY:
            return
        if self._factory is not None:
            loop = self._factory()
        else:
            policy = events.get_event_loop_policy()
            loop = policy.new_event_loop()
            policy.set_event_loop(loop)
            self._installed = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._loop = loop
        self._phase = _READY


def _refuse_nesting(what):
    if events._get_running_loop() is not None:
        raise RuntimeError('%s cannot be called from a running event loop' % what)


def run(main, *, debug=None):
    """Run coroutine `main` on a new event loop and return its result."""
    _refuse_nesting('asyncio.run()')
    owner = Runner(debug=debug)
    try:
        return owner.run(main)
    finally:
        owner.close()


def _cancel_leftovers(loop):
    """Cancel the tasks still pending and let them run their cleanup."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for t in leftovers:
        t.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for t in leftovers:
        err = None if t.cancelled() else t.exception()
        if err is not None:
            report = {'message': 'unhandled exception during asyncio.run() shutdown',
                      'exception': err, 'task': t}
            loop.call_exception_handler(report)
