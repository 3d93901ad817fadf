# A small order-processing report: parsing lines, validation errors, totals per
# customer, sets of product ids (printed in CPython's set order), formatted columns.
import functools

RAW = """\
1001, alice, 17, 3, 4.50
1002, bob, 5, 1, 12.00
1003, alice, 33, 2, 0.99
1004, carol, 17, 10, 4.50
bad line
1005, bob, 65, x, 1.00
1006, dave, 1, 1, 1000000.00
1007, carol, 49, 4, 2.25
"""

class OrderError(ValueError):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno

@functools.total_ordering
class Order:
    __slots__ = ("oid", "customer", "product", "qty", "price")
    def __init__(self, oid, customer, product, qty, price):
        self.oid, self.customer, self.product, self.qty, self.price = oid, customer, product, qty, price
    @property
    def total(self):
        return self.qty * self.price
    def __eq__(self, other):
        return isinstance(other, Order) and self.total == other.total
    def __lt__(self, other):
        return self.total < other.total
    def __repr__(self):
        return f"Order({self.oid}, {self.customer!r}, total={self.total:.2f})"

def parse(text):
    orders, errors = [], []
    for n, line in enumerate(text.splitlines(), 1):
        fields = [f.strip() for f in line.split(",")]
        try:
            if len(fields) != 5:
                raise OrderError(n, f"expected 5 fields, got {len(fields)}")
            oid, cust, prod, qty, price = fields
            try:
                orders.append(Order(int(oid), cust, int(prod), int(qty), float(price)))
            except ValueError as e:
                raise OrderError(n, "bad number") from e
        except OrderError as e:
            errors.append(e)
    return orders, errors

orders, errors = parse(RAW)
for e in errors:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
by_customer = {}
for o in orders:
    by_customer.setdefault(o.customer, []).append(o)
print(f"{'customer':<10}{'orders':>7}{'total':>16}")
for cust, os_ in sorted(by_customer.items(), key=lambda kv: -sum(o.total for o in kv[1])):
    print(f"{cust:<10}{len(os_):>7}{sum(o.total for o in os_):>16,.2f}")
products = {o.product for o in orders}
print("products:", products, len(products))
print("alice & carol:", {o.product for o in by_customer["alice"]} & {o.product for o in by_customer["carol"]})
print("not bob:", products - {o.product for o in by_customer["bob"]})
print("max:", max(orders), "min:", min(orders), sorted(orders)[1:3])
print(orders[0] <= orders[1], orders[0] == Order(0, "x", 0, 27, 0.5))
try:
    orders[0].discount = 0.1
except AttributeError as e:
    print(type(e).__name__, e)
print(f"{sum(o.total for o in orders):_.3f}", f"{len(orders) / len(RAW.splitlines()):.1%}")
