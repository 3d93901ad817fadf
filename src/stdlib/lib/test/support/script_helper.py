"""Run a child Python interpreter (sys.executable) and check its exit
status. Needs subprocess support: where there is none (pycell), the
calling test is skipped."""
import sys
import unittest

from test import support


class _Run(tuple):
    """(rc, out, err) of a child run."""

    def __new__(cls, rc, out, err):
        return tuple.__new__(cls, (rc, out, err))

    rc = property(lambda self: self[0])
    out = property(lambda self: self[1])
    err = property(lambda self: self[2])

    def fail(self, cmd_line):
        out = self.out[:80 * 100]
        err = self.err[:80 * 100]
        raise AssertionError(
            'Process return code is %d\ncommand line: %r\n\nstdout:\n---\n%s\n---\n\n'
            'stderr:\n---\n%s\n---' % (self.rc, cmd_line, out.decode('ascii', 'replace').rstrip(),
                                        err.decode('ascii', 'replace').rstrip()))


def _need_subprocess():
    if not support.has_subprocess_support:
        raise unittest.SkipTest('requires subprocess support')


def interpreter_requires_environment():
    return False


def _command(args, env_vars):
    import os
    isolated = env_vars.pop('__isolated', None)
    cleanenv = env_vars.pop('__cleanenv', None)
    cwd = env_vars.pop('__cwd', None)
    if isolated is None:
        isolated = not env_vars
    cmd = [sys.executable, '-X', 'faulthandler']
    if isolated:
        cmd.append('-I')
    elif not env_vars:
        cmd.append('-E')
    env = {} if cleanenv else dict(os.environ)
    if 'TERM' not in env_vars:
        env['TERM'] = ''
    env.update(env_vars)
    cmd.extend(args)
    return cmd, env, cwd


def run_python_until_end(*args, **env_vars):
    _need_subprocess()
    import subprocess
    cmd, env, cwd = _command(args, env_vars)
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=cwd)
    with proc:
        try:
            out, err = proc.communicate()
        finally:
            proc.kill()
            subprocess._cleanup()
    return _Run(proc.returncode, out, err), cmd


def _expect(want_success, args, env_vars):
    result, cmd = run_python_until_end(*args, **env_vars)
    if (result.rc and want_success) or (not result.rc and not want_success):
        result.fail(cmd)
    return result


def assert_python_ok(*args, **env_vars):
    """Run python with `args`; it must exit with status 0."""
    return _expect(True, args, env_vars)


def assert_python_failure(*args, **env_vars):
    """Run python with `args`; it must exit with a non-zero status."""
    return _expect(False, args, env_vars)


def spawn_python(*args, stdout=None, stderr=None, **kw):
    _need_subprocess()
    import subprocess
    cmd = [sys.executable, '-X', 'faulthandler', '-E'] + list(args)
    return subprocess.Popen(cmd, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE if stdout is None else stdout,
                            stderr=subprocess.STDOUT if stderr is None else stderr, **kw)


def kill_python(p):
    p.stdin.close()
    data = p.stdout.read()
    p.stdout.close()
    p.wait()
    return data


def make_script(script_dir, script_basename, source, omit_suffix=False):
    import os
    name = script_basename + ('' if omit_suffix else os.extsep + 'py')
    path = os.path.join(script_dir, name)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(source)
    return path
