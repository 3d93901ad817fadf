"""Optimized C implementation for the Python pickle module.

In pycell the pickler is pickle's own Python code; this module gives it the
names CPython's accelerator has (the classes say they live here, as there)."""

from pickle import (PickleBuffer, PickleError, Pickler, PicklingError,
                    Unpickler, UnpicklingError, dump, dumps, load, loads)
