def averager():
    series = []
    def add(v):
        series.append(v)
        return sum(series) / len(series)
    return add
avg = averager()
print(avg(10), avg(11), avg(12))
print(avg.__code__.co_freevars, avg.__closure__[0].cell_contents)
def averager2():
    count = 0
    total = 0
    def add(v):
        nonlocal count, total
        count += 1
        total += v
        return total / count
    return add
avg2 = averager2()
print(avg2(10), avg2(11), avg2(12), avg2.__code__.co_freevars)
