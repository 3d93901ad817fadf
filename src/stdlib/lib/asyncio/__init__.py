"""asyncio for pycell, written from the asyncio documentation and CPython's
observable behaviour (not from its source). One event loop, FIFO scheduling,
virtual time when idle (see events.py)."""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .tasks import iscoroutine
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *  # (CPython 3.11 leaves TaskGroup out of __all__)
from .runners import *
from inspect import iscoroutinefunction

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__
           + locks.__all__ + queues.__all__ + timeouts.__all__
           + runners.__all__ + ('iscoroutine', 'iscoroutinefunction'))
