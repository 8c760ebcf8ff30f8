import string, textwrap, heapq, bisect
print(string.ascii_lowercase, string.digits, string.punctuation[:10], string.capwords('hello big world'))
print(string.Template('$who likes $what').substitute(who='tim', what='pie'), string.Template('$x $y').safe_substitute(x=1))
text = 'The quick brown fox jumps over the lazy dog and keeps running far away.'
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.shorten(text, 25), repr(textwrap.indent('x\ny', '> ')))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, [4, 7, 1, 9]))
heapq.heappush(h, 0)
print(h[0], list(heapq.merge([1, 4, 7], [2, 5, 8])))
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 10))
bisect.insort(xs, 4)
print(xs)
