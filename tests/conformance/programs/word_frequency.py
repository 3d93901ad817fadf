text = """the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while a quick cat watches the fox"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<6}{n:>3} {'#' * n}")
print(len(counts), sum(counts.values()))
