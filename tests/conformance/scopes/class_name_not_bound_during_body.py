try:
    class Node:
        parent = Node
except NameError as e:
    print(e)
class Tree:
    def make(self):
        return Tree()
print(type(Tree().make()).__name__)
