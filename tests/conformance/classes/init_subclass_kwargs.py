class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__] = cls

class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
print({k: v.__name__ for k, v in Plugin.registry.items()})
try:
    class C(Plugin, bogus=1):
        pass
except TypeError as e:
    print(e)
