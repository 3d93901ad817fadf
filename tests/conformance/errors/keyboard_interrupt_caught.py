try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupt caught")
try:
    raise SystemExit(5)
except SystemExit as e:
    print("exit caught", e.code)
print("still running")
