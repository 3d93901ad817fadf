total = 0
def add(v):
    total += v
try:
    add(1)
except UnboundLocalError as e:
    print(e)
print(total)
