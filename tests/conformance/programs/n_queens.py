def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []
    def place(row):
        if row == n:
            solutions.append(list(board))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); board.append(c)
            place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); board.pop()
    place(0)
    return solutions
for n in range(4, 8):
    print(n, len(solve(n)))
print(solve(6)[0])
