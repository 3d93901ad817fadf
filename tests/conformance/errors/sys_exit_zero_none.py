import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
sys.exit(None)
