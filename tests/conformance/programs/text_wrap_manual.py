def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
text = "Closures capture variables, not values: a nested function sees the latest binding of each free variable in its enclosing scope."
for line in wrap(text, 28):
    print(f"|{line:<28}|")
print(f"|{'centered':^28}|")
