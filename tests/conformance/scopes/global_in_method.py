log = []
total = 0
class Acc:
    def add(self, v):
        global total
        total += v
        log.append(v)

a = Acc()
a.add(3); a.add(4)
print(total, log)
