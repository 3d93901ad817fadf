def installer():
    global helper
    def helper():
        return "helper works"

installer()
print(helper(), helper.__qualname__, helper.__name__)
