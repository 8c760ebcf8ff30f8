# Number crunching: sieve, matrix multiplication, fibonacci with big ints, digit sums.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(1000)
print(len(ps), ps[:10], ps[-3:], sum(ps))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def matpow(m, k):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
print(matpow([[1, 1], [1, 0]], 90)[0][1])
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
big = 2 ** 1000
print(sum(int(d) for d in str(big)), len(str(big)))
def collatz_longest(limit):
    best = (0, 0)
    cache = {1: 1}
    for start in range(1, limit):
        n, steps = start, 0
        path = []
        while n not in cache:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        total = cache[n]
        for m in reversed(path):
            total += 1
            cache[m] = total
        best = max(best, (cache[start], start))
    return best
print(collatz_longest(3000))
