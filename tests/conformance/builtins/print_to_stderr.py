import sys
print("to stdout")
print("warning: to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.stderr.write("last stderr line\n")
print("done")
