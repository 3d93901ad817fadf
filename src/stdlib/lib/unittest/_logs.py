"""assertLogs / assertNoLogs: capture the records a logger emits while the
`with` block runs (imports logging, so only loaded when used)."""
import logging

__unittest = True


class _Captured:
    def __init__(self):
        self.records = []
        self.output = []


class _Collector(logging.Handler):
    def __init__(self, captured):
        super().__init__()
        self.captured = captured

    def emit(self, record):
        self.captured.records.append(record)
        self.captured.output.append(self.format(record))


class LogsContext:
    def __init__(self, test_case, logger, level, expect_some):
        self.case = test_case
        self.logger_name = logger
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.expect_some = expect_some
        self.msg = None

    def __enter__(self):
        wanted = self.logger_name
        logger = wanted if isinstance(wanted, logging.Logger) else logging.getLogger(wanted)
        self.logger = logger
        captured = _Captured()
        handler = _Collector(captured)
        handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
        self._saved = (list(logger.handlers), logger.level, logger.propagate)
        # only our handler, at the level asked for, and nothing to parents
        for obj in (handler, logger):
            obj.setLevel(self.level)
        logger.handlers, logger.propagate = [handler], False
        self.captured = captured
        if self.expect_some:
            return captured
        return None

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers, level, logger.propagate = self._saved
        logger.setLevel(level)
        if exc_type is not None:
            return False
        case = self.case
        if self.expect_some:
            if not self.captured.records:
                text = 'no logs of level %s or higher triggered on %s' % (
                    logging.getLevelName(self.level), logger.name)
                raise case.failureException(case._compose(self.msg, text))
        elif self.captured.records:
            text = 'Unexpected logs found: %r' % (self.captured.output,)
            raise case.failureException(case._compose(self.msg, text))
        return None
