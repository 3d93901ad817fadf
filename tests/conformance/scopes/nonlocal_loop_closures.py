def make():
    total = 0
    adders = []
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        adders.append(add)
    return adders

adders = make()
print([a() for a in adders], [a() for a in adders])
print(adders[0].__closure__[0] is adders[2].__closure__[0])
