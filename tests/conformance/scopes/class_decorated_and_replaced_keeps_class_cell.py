def replace(cls):
    class Wrapper:
        inner = cls
    return Wrapper
@replace
class Original:
    def who(self):
        return __class__.__name__
print(Original.__name__, Original.inner().who())
