"""graphlib for pycell: TopologicalSorter and CycleError.

Written from the graphlib documentation and black-box runs of CPython 3.11 for
the order of results: nodes are kept in the order they were first mentioned, a
node's dependents in the order their edges were added, and a cycle is reported
as the path a depth-first walk along dependents finds, its first node repeated
at the end.
"""

__all__ = ["TopologicalSorter", "CycleError"]


class CycleError(ValueError):
    """Raised by prepare() (and static_order()) when the graph has a cycle;
    args[1] is the cycle as a list."""


class _Node:
    __slots__ = ("name", "waiting_on", "dependents", "handed_out", "finished")

    def __init__(self, name):
        self.name = name
        self.waiting_on = 0
        self.dependents = []
        self.handed_out = False
        self.finished = False


class TopologicalSorter:
    """Orders hashable nodes so that each comes after all its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._open = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _entry(self, name):
        found = self._nodes.get(name)
        if found is None:
            found = self._nodes[name] = _Node(name)
        return found

    def add(self, node, *predecessors):
        """Record node, and that it comes after each of predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._entry(node)
        entry.waiting_on += len(predecessors)
        for before in predecessors:
            self._entry(before).dependents.append(node)

    def prepare(self):
        """Freeze the graph; CycleError when it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n.name for n in self._nodes.values() if n.waiting_on == 0]
        self._open = 0
        loop = self._cycle()
        if loop is not None:
            raise CycleError("nodes are in a cycle", loop)

    def _cycle(self):
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            pending = [iter(self._nodes[start].dependents)]
            seen.add(start)
            while pending:
                following = next(pending[-1], _END)
                if following is _END:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if following in on_path:
                    return path[on_path[following]:] + [following]
                if following in seen:
                    continue
                seen.add(following)
                on_path[following] = len(path)
                path.append(following)
                pending.append(iter(self._nodes[following].dependents))
        return None

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done, not handed out
        before."""
        self._check_prepared()
        batch = tuple(self._ready)
        for name in batch:
            self._nodes[name].handed_out = True
        self._open += len(batch)
        self._ready = []
        return batch

    def is_active(self):
        """True while nodes remain to be handed out or marked done."""
        self._check_prepared()
        return bool(self._open or self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes handed out by get_ready() as processed, freeing their
        dependents."""
        self._check_prepared()
        for name in nodes:
            entry = self._nodes.get(name)
            if entry is None:
                raise ValueError(f"node {name!r} was not added using add()")
            if entry.finished:
                raise ValueError(f"node {name!r} was already marked done")
            if not entry.handed_out:
                raise ValueError(f"node {name!r} was not passed out (still not ready)")
            entry.finished = True
            self._open -= 1
            for dependent in entry.dependents:
                waiting = self._nodes[dependent]
                waiting.waiting_on -= 1
                if waiting.waiting_on == 0:
                    self._ready.append(dependent)

    def static_order(self):
        """Every node, in an order where each follows its predecessors."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(type(list[int]))


_END = object()
