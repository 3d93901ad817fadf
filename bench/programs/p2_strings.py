# String building and formatting: f-strings with format specs, %-formatting,
# str.format, join, split, replace, slicing, upper/find, and += growth.
# ROUNDS repeats that unit, so that CPython 3.11 needs about 1 s on a 2-core machine.
ROUNDS = 12


def run(count):
    parts = []
    acc = ""
    digest = 0
    for i in range(count):
        name = f"item{i:05d}"
        line = "%s=%d;%x" % (name, i * 7, i)
        line2 = "{0}|{1:>8}|{2:.3f}".format(name, i % 1000, i / 7)
        parts.append(line)
        acc += line2[-6:]
        if len(acc) > 5000:
            digest += len(acc.replace("0", "")) + acc.count("1")
            acc = ""
        words = line.split(";")
        digest += len(words[0]) + words[1].upper().find("A") + line2.find("|")
    text = ",".join(parts)
    digest += len(text) + text.count("item0") + len(text.upper().lower())
    return digest


checksum = 0
for r in range(ROUNDS):
    checksum += run(30000) + r
print(checksum)
