def make():
    state = []
    def push(v):
        nonlocal state
        state = state + [v]
        return state
    def peek():
        return state
    return push, peek

push, peek = make()
old = peek()
push(1); push(2)
print(old, peek(), old is peek())
