def gen():
    x = 0
    while True:
        x += 1
        received = yield x
        if received:
            x = received
g = gen()
print(next(g), next(g), g.send(10), next(g))
print(g.gi_frame.f_locals)
