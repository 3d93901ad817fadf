# a metaclass that drops __classcell__ makes class creation fail.
# Context: class level (the same rule at module, class and function level).
class Context:
    class Meta(type):
        def __new__(mcls, name, bases, ns):
            ns.pop("__classcell__", None)
            return super().__new__(mcls, name, bases, ns)
    try:
        class A(metaclass=Meta):
            def f(self):
                return __class__
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" defining")[0])
