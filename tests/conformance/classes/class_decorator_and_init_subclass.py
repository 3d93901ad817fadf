registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

class Plugin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append("sub:" + cls.__name__)

@register
class A(Plugin):
    pass

class B(Plugin):
    pass

print(registry)
