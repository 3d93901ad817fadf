"""`pycell -m unittest [names...]`: load the named tests (or discover them)
and run them, as unittest.main() does for a script."""

import sys

from .main import main

# the usage text names the command, not this file
if sys.argv and (sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen")):
    sys.argv[0] = "python -m unittest"
main(module=None)
