"""Run one command as a whole process and report its wall time and peak memory.

Usage: python3 bench/measure.py TIMEOUT_SECONDS CMD [ARG ...]
Prints one JSON object: {"wall": s, "cpu": user+system s, "maxrss_kb": KB,
"status": exit code or null, "signal": number or null, "timed_out": bool,
"stdout": str, "stderr": str (its tail)}. The child's stdin is /dev/null.

Why Python: on Linux, wait4() returns the child's rusage, whose ru_maxrss is the peak
resident set of the child and of every descendant it waited for (getrusage(2)). Node
has no API for a child's rusage, and /usr/bin/time is not installed everywhere, but
python3 is on every machine that runs this benchmark. fork() rather than
subprocess/posix_spawn (vfork): after a vfork the kernel would count this wrapper's own
pages into the child's peak at exec (fs/exec.c exec_mmap), while a forked copy holds
only a few private pages, far below any interpreter's peak.
"""
import json
import os
import select
import signal
import sys
import time

MAX_STDERR = 4000  # keep the tail only: enough for a traceback's last lines


def main() -> None:
    timeout = float(sys.argv[1])
    cmd = sys.argv[2:]
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)  # own process group, so a timeout kills the whole tree
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            for fd in (devnull, out_r, out_w, err_r, err_w):
                os.close(fd)
            os.execvp(cmd[0], cmd)
        except BaseException as e:  # exec failed: report like a shell would
            os.write(2, f"cannot run {cmd[0]}: {e}\n".encode())
        os._exit(127)
    os.close(out_w)
    os.close(err_w)
    chunks = {out_r: [], err_r: []}
    open_fds = [out_r, err_r]
    deadline = start + timeout
    timed_out = False
    while open_fds:
        left = deadline - time.perf_counter()
        if left <= 0 and not timed_out:
            timed_out = True
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        ready, _, _ = select.select(open_fds, [], [], max(left, 0.05) if not timed_out else 1.0)
        for fd in ready:
            data = os.read(fd, 65536)
            if data:
                chunks[fd].append(data)
            else:
                open_fds.remove(fd)
                os.close(fd)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    stderr = b"".join(chunks[err_r]).decode("utf-8", "replace")
    print(json.dumps({
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_kb": usage.ru_maxrss,  # kilobytes on Linux
        "status": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "timed_out": timed_out,
        "stdout": b"".join(chunks[out_r]).decode("utf-8", "replace"),
        "stderr": stderr[-MAX_STDERR:],
    }))


if __name__ == "__main__":
    main()
