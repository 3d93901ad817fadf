"""ProcessPoolExecutor: pycell cannot start processes."""

from concurrent.futures._base import Executor, BrokenExecutor


class BrokenProcessPool(BrokenExecutor):
    """A worker process ended abruptly."""


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('ProcessPoolExecutor is not supported by pycell')
