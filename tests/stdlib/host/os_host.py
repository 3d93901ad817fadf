# os.getcwd/environ/os.path.exists etc. through the command line's host capabilities
import os
print(os.getcwd() == os.path.abspath("."), os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"))
print(os.environ.get("HOME") == os.path.expanduser("~"), os.path.isdir("."), os.path.exists(__file__), os.path.isfile(__file__))
print(os.path.getsize(__file__) > 0, os.path.realpath("/a/./b"), os.environ.get("PYCELL_H13_VAR"), os.getenv("PYCELL_H13_VAR"))
print(os.path.expandvars("$PYCELL_H13_VAR/${PYCELL_H13_VAR}/$NOPE_H13"), os.path.exists("/definitely/not/here"))
print(os.path.relpath(os.path.join(os.getcwd(), "a", "b")), os.path.isdir(__file__), os.path.isfile("."))
