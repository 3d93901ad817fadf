# __await__ may be a generator: what it yields goes to the driver, its return
# value is the value of the await.
class Ticket:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        reply = yield ("ticket", self.n)
        return reply * self.n

async def main():
    a = await Ticket(2)
    b = await Ticket(3)
    return a, b

co = main()
request = co.send(None)
while True:
    print("driver saw", request)
    try:
        request = co.send(10)
    except StopIteration as e:
        print("result", e.value)
        break
