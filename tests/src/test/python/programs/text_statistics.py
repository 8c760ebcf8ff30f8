# Word frequencies, line statistics and formatting of a fixed text.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = [w.strip('.,').lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f'{word:<8}{n:>3} {"#" * n}')
lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:20])
print(sum(len(w) for w in words) / len(words))
longest = max(words, key=lambda w: (len(w), w))
print(longest, len(set(words)), sorted({w[0] for w in words}))
