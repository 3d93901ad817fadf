lst = [1, 2]
lst.append(lst)
print(lst, len(lst))
d = {"k": 1}
d["self"] = d
print(d)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(Node())
print(n)
