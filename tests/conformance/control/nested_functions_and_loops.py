def table(n):
    rows = []
    for i in range(1, n + 1):
        row = []
        j = 1
        while j <= n:
            if j > i:
                break
            row.append(i * j)
            j += 1
        else:
            row.append("full")
        rows.append(row)
    return rows
for r in table(3):
    print(r)
