"""unittest.main: parse the command line, load the tests of a module (by
default __main__) and run them with TextTestRunner, then exit with status
0 when every test passed, 1 otherwise."""
import sys

from . import loader as _loading, runner as _running, signals as _signals

__unittest = True

# The epilog of `-h`, as CPython's unittest prints it: (argument, meaning)
_EXAMPLE_LINES = (('', 'run default set of tests'),
                  ('MyTestSuite', "run suite 'MyTestSuite'"),
                  ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
                  ('MyTestCase', "run all 'test*' test methods"))


def _examples(prog):
    lines = ['Examples:']
    for arg, meaning in _EXAMPLE_LINES:
        lines.append('  %-34s - %s' % ((prog + ' ' + arg).rstrip(), meaning))
    lines.append(' ' * 39 + 'in MyTestCase')
    return '\n'.join(lines) + '\n'

# (flags, attribute, value stored; None = takes an argument, help text)
_OPTIONS = (
    (('-v', '--verbose'), 'verbosity', 2, 'Verbose output'),
    (('-q', '--quiet'), 'verbosity', 0, 'Quiet output'),
    (('--locals',), 'tb_locals', True, 'Show local variables in tracebacks'),
    (('-f', '--failfast'), 'failfast', True, 'Stop on first fail or error'),
    (('-c', '--catch'), 'catchbreak', True, 'Catch Ctrl-C and display results so far'),
    (('-b', '--buffer'), 'buffer', True, 'Buffer stdout and stderr during tests'),
    (('-k',), 'testNamePatterns', None, 'Only run tests which match the given substring'),
)


def _basename(path):
    return path.replace('\\', '/').rstrip('/').rsplit('/', 1)[-1]


def _as_pattern(text):
    return text if '*' in text else '*%s*' % text


class _UsageError(Exception):
    pass


class TestProgram:
    """What unittest.main() creates: parses argv, then runs the tests."""

    # defaults, for subclasses that skip __init__
    module = progName = testNamePatterns = None
    verbosity = 1
    failfast = catchbreak = buffer = warnings = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=_loading.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None,
                 *, tb_locals=False):
        if isinstance(module, str):
            loaded = sys.modules.get(module)
            if loaded is None:
                # a dotted name: import the package, then walk to the module
                head, *rest = module.split('.')
                loaded = __import__(module)
                for name in rest:
                    loaded = getattr(loaded, name)
            module = loaded
        self.module = module
        argv = sys.argv if argv is None else argv
        if warnings is None and not sys.warnoptions:
            # like python -W default: show each DeprecationWarning once
            warnings = 'default'
        self.__dict__.update(
            exit=exit, failfast=failfast, catchbreak=catchbreak, verbosity=verbosity,
            buffer=buffer, tb_locals=tb_locals, warnings=warnings, defaultTest=defaultTest,
            testRunner=testRunner, testLoader=testLoader, progName=_basename(argv[0]))
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(self._help_text())
        sys.exit(2)

    def _help_text(self):
        parser = self._argparse_parser()
        if parser is not None:
            return parser.format_help()
        lines = ['usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] '
                 '[tests ...]' % self.progName, '']
        for flags, _, value, text in _OPTIONS:
            lines.append('  %s  %s' % (', '.join(flags), text))
        return '\n'.join(lines) + '\n\n' + _examples(self.progName)

    def _argparse_parser(self):
        """argparse only formats -h and usage errors, exactly as CPython's
        unittest prints them; parsing itself needs no module."""
        try:
            import argparse
        except ImportError:
            return None
        parser = argparse.ArgumentParser(
            prog=self.progName, epilog=_examples(self.progName),
            formatter_class=argparse.RawDescriptionHelpFormatter)
        for flags, dest, value, text in _OPTIONS:
            if value is None:
                parser.add_argument(*flags, dest=dest, action='append', help=text)
            else:
                parser.add_argument(*flags, dest=dest, action='store_const', const=value, help=text)
        parser.add_argument('tests', nargs='*', help='a list of any number of test '
                            'modules, classes and test methods.')
        return parser

    def _usage_error(self, message):
        parser = self._argparse_parser()
        if parser is not None:
            parser.error(message)
        sys.stderr.write('usage: %s [options] [tests ...]\n%s: error: %s\n'
                         % (self.progName, self.progName, message))
        sys.exit(2)

    def _parse_options(self, args):
        by_flag = {}
        for flags, dest, value, _ in _OPTIONS:
            for flag in flags:
                by_flag[flag] = (dest, value)
        names = []
        unknown = []
        i = 0
        only_names = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_names or not arg.startswith('-') or arg == '-':
                names.append(arg)
                continue
            if arg == '--':
                only_names = True
                continue
            if arg in ('-h', '--help'):
                print(self._help_text(), end='')
                sys.exit(0)
            if arg.startswith('-k'):
                value = arg[2:]
                if not value:
                    if i >= len(args):
                        self._usage_error('argument -k: expected one argument')
                    value = args[i]
                    i += 1
                self.testNamePatterns = (self.testNamePatterns or []) + [_as_pattern(value)]
                continue
            if arg in by_flag:
                dest, value = by_flag[arg]
                setattr(self, dest, value)
                continue
            if not arg.startswith('--') and len(arg) > 2 and all('-' + c in by_flag for c in arg[1:]):
                # bundled short flags: -vf
                for c in arg[1:]:
                    dest, value = by_flag['-' + c]
                    setattr(self, dest, value)
                continue
            unknown.append(arg)
        if unknown:
            self._usage_error('unrecognized arguments: %s' % ' '.join(unknown))
        return names

    def parseArgs(self, argv):
        names = self._parse_options(argv[1:])
        if self.module is None and not names:
            # `-m unittest` with test names loads them; discovery is not done yet
            self._usage_error('test discovery (python -m unittest) is not supported')
        default = self.defaultTest
        if names:
            # names given on the command line win over defaultTest
            self.testNames = names
        elif default is not None:
            self.testNames = [default] if isinstance(default, str) else [*default]
        else:
            self.testNames = None
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        found = self.testLoader
        if self.testNamePatterns:
            found.testNamePatterns = self.testNamePatterns
        names = self.testNames
        self.test = (found.loadTestsFromModule(self.module) if names is None
                     else found.loadTestsFromNames(names, self.module))

    def runTests(self):
        if self.catchbreak:
            _signals.installHandler()
        chosen = self.testRunner or _running.TextTestRunner
        self.testRunner = chosen
        if isinstance(chosen, type):
            options = dict(verbosity=self.verbosity, failfast=self.failfast,
                           buffer=self.buffer, warnings=self.warnings)
            try:
                try:
                    test_runner = chosen(tb_locals=self.tb_locals, **options)
                except TypeError:
                    # a runner class that predates tb_locals
                    test_runner = chosen(**options)
            except TypeError:
                test_runner = chosen()
        else:
            test_runner = chosen
        self.result = outcome = test_runner.run(self.test)
        if self.exit:
            sys.exit(0 if outcome.wasSuccessful() else 1)


main = TestProgram
