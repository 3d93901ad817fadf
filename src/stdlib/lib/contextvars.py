"""contextvars: context variables (PEP 567). pycell's implementation is in
_contextvars, like CPython's C accelerator."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
