# Return: none, multiple values, early return, return in loops.
def none():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
print(none(), bare(), multi())
a, b, c = multi()
print(a, b, c)
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
print(find('hello', 'l'), find('hello', 'z'))
def early(n):
    if n < 0:
        return 'neg'
    result = []
    while n:
        result.append(n % 10)
        n //= 10
    return result
print(early(-1), early(1234), early(0))
