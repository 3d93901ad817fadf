# Method calls and attribute access on instances: a small class hierarchy, super()
# calls, a property, instance and class attributes read and written in a loop.
# ROUNDS repeats that unit, so that CPython 3.11 needs about 1 s on a 2-core machine.
ROUNDS = 26


class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1
        return self.pos.norm1


class Bouncer(Particle):
    def __init__(self, pos, vel, limit):
        super().__init__(pos, vel)
        self.limit = limit

    def step(self):
        n = super().step()
        if n > self.limit:
            self.vel = Vec(-self.vel.x, -self.vel.y)
        return n


def run(count):
    parts = [Bouncer(Vec(i, -i), Vec(i % 3 - 1, i % 5 - 2), 50 + i % 7) for i in range(20)]
    total = 0
    for _ in range(count):
        for p in parts:
            total += p.step()
    probe = Vec(1, 2)
    for p in parts:
        total += p.pos.dot(probe) + p.steps * Vec.dims
    return total


checksum = 0
for r in range(ROUNDS):
    checksum += run(2000) + r
print(checksum)
