"""asyncio.TaskGroup: structured concurrency for a block of code.

Leaving the `async with` block waits for every task the group created. The
first task that fails makes the group cancel the others (and the task that
owns the block, once); all the errors then leave the block together in a
BaseExceptionGroup. SystemExit and KeyboardInterrupt skip the grouping.
"""

from .events import get_running_loop as _loop_in_use
from . import exceptions

__all__ = ('TaskGroup',)


def _escapes_grouping(err):
    return isinstance(err, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """Create tasks with create_task(); `async with` waits for all of them."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._owner = None
        self._owner_cancelled_by_us = False
        self._tasks = set()
        self._errors = []
        self._fatal = None
        self._all_finished = None

    def __repr__(self):
        words = ['<TaskGroup']
        if self._tasks:
            words.append('tasks=%d' % len(self._tasks))
        if self._errors:
            words.append('errors=%d' % len(self._errors))
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % (self,))
        from .tasks import current_task
        self._loop = _loop_in_use()
        self._owner = current_task()
        if self._owner is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        passthrough = None
        if exc is not None and _escapes_grouping(exc) and self._fatal is None:
            self._fatal = exc
        if et is not None:
            if et is exceptions.CancelledError:
                # our own cancellation of the owner ends here; any other goes on
                if not (self._owner_cancelled_by_us and not self._owner.uncancel()):
                    passthrough = exc
            if not self._aborting:
                self._cancel_all()
        while self._tasks:
            if self._all_finished is None:
                self._all_finished = self._loop.create_future()
            try:
                await self._all_finished
            except exceptions.CancelledError as cancelled:
                if not self._aborting:
                    passthrough = cancelled
                    self._cancel_all()
            self._all_finished = None
        if self._fatal is not None:
            raise self._fatal
        if passthrough is not None and not self._errors:
            raise passthrough
        if et not in (None, exceptions.CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Start a task that belongs to the group."""
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if not self._tasks and self._exiting:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._task_finished)
        return task

    def _cancel_all(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _task_finished(self, task):
        self._tasks.discard(task)
        waiter = self._all_finished
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        err = task.exception()
        if err is None:
            return
        self._errors.append(err)
        if _escapes_grouping(err) and self._fatal is None:
            self._fatal = err
        if self._owner.done():
            note = ('Task %r has errored out but its parent task %r is already completed'
                    % (task, self._owner))
            self._loop.call_exception_handler({'message': note, 'exception': err, 'task': task})
            return
        if not self._aborting and not self._owner_cancelled_by_us:
            # stop the siblings and interrupt the block the owner is running
            self._cancel_all()
            self._owner_cancelled_by_us = True
            self._owner.cancel()
