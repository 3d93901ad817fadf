fs = [lambda k=k: [k * j for j in range(3)] for k in range(3)]
print([f() for f in fs])
gs = [lambda: [k * j for j in range(2)] for k in range(3)]
print([g() for g in gs])
