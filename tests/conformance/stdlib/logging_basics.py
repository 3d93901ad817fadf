# logging: hierarchy, levels, handlers, formatters (%, {, $), filters, adapters,
# exception info and caller fields, as a logging decorator would use them
import functools
import logging
import sys

log = logging.getLogger(__name__)
print(log, logging.getLogger(), logging.getLogger("root") is logging.root, log.parent)
print(logging.getLogger("a.b").parent, logging.getLogger("a").getChild("b") is logging.getLogger("a.b"))
print(logging.getLogger("a.b").parent)
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.handlers, log.propagate)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(module)s:%(message)s")
print(logging.root.handlers, logging.root.level)


class LastLine(logging.Formatter):
    # file paths differ between runners: keep the traceback's last line
    def formatException(self, ei):
        text = super().formatException(ei)
        return "%d lines, last: %s" % (len(text.splitlines()), text.splitlines()[-1])


logging.root.handlers[0].setFormatter(LastLine(logging.root.handlers[0].formatter._fmt))


def logged(level=logging.INFO):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            log.log(level, "calling %s%r", func.__name__, args)
            try:
                result = func(*args, **kwargs)
            except Exception:
                log.exception("%s failed", func.__name__)
                raise
            log.debug("%s -> %r", func.__name__, result)
            return result
        return wrapper
    return decorate


@logged()
def divide(a, b):
    return a / b


print(divide(6, 3))
try:
    divide(1, 0)
except ZeroDivisionError:
    print("re-raised")
logging.info("root %(x)s", {"x": 5})

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname:>8}] {name} - {message}", style="{"))
h.setLevel(logging.WARNING)
db = logging.getLogger("app.db")
db.addHandler(h)
db.warning("disk %d%% full", 90)
db.propagate = False
db.critical("only once")
db.info("filtered by the handler's level")
print(repr(h), h.level)


class UserFilter(logging.Filter):
    def filter(self, record):
        record.user = "bob"
        return "secret" not in record.getMessage()


db.addFilter(UserFilter())
h.setFormatter(logging.Formatter("$levelname $user $message", style="$"))
db.error("public")
db.error("secret stuff")
logging.LoggerAdapter(db, {"user": "amy"}).error("via adapter")
try:
    log.info("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
for bad in ["BOGUS", 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = logging.LogRecord("n", 20, "/p/x.py", 7, "m %s", ("a",), None)
print(r, r.getMessage(), r.levelname, r.filename, r.module, r.funcName)
print(logging.Formatter().format(r), logging.Formatter("%(message)s|%(levelno)s").format(r))
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("to stderr through the last-resort handler")
