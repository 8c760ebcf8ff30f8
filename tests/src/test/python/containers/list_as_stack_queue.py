from collections import deque
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
q = deque([1, 2, 3], maxlen=5)
q.append(4); q.appendleft(0); q.append(5)
print(q, q.popleft(), q.pop(), len(q), q[0], q[-1])
q.rotate(1); print(list(q))
q.extend('ab'); print(list(q))
print(deque(range(3)) == deque([0, 1, 2]), list(reversed(deque('xyz'))))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
