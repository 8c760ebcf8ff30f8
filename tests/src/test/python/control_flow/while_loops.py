# while with break/continue/else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('while-else ran')
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print('not printed')
print('n', n)
def collatz(k):
    steps = 0
    while k != 1:
        k = k // 2 if k % 2 == 0 else 3 * k + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 12)])
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
