# traceback.extract_stack / format_stack / print_stack read the live frames.
import sys
import traceback

def leaf():
    stack = traceback.extract_stack()
    for fs in stack:
        print(fs.name, fs.lineno, fs.line)
    print(len(traceback.extract_stack(limit=2)))
    # file names differ between runs: show the text after them
    for text in traceback.format_stack(limit=2):
        print(text.split('", ', 1)[1], end="")
    class Out:
        def write(self, s):
            sys.stdout.write(s.split('", ', 1)[-1])
    traceback.print_stack(limit=1, file=Out())

def branch():
    leaf()

branch()
