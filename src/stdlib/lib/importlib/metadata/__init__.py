"""importlib.metadata: pycell has no installed distributions to describe. The names
exist so that importing works; every query raises NotImplementedError."""

__all__ = ['Distribution', 'PackageNotFoundError', 'distribution', 'distributions',
           'entry_points', 'files', 'metadata', 'packages_distributions', 'requires',
           'version']


class PackageNotFoundError(ModuleNotFoundError):
    """The named distribution is not installed."""

    @property
    def name(self):
        return self.args[0]

    def __str__(self):
        return 'No package metadata was found for {}'.format(self.name)


def _unsupported(what):
    def query(*args, **kwargs):
        raise NotImplementedError('importlib.metadata.{} is not supported by pycell'.format(what))
    query.__name__ = what
    return query


class Distribution:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('importlib.metadata.Distribution is not supported by pycell')


for _name in ('distribution', 'distributions', 'entry_points', 'files', 'metadata',
              'packages_distributions', 'requires', 'version'):
    globals()[_name] = _unsupported(_name)
del _name
