import sys
print("info", file=sys.stderr)
raise LookupError("the real last line")
