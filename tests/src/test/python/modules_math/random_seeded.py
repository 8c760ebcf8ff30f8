# random with a fixed seed is deterministic (Mersenne Twister, same on every implementation).
import random
random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print(round(random.random(), 12), random.choice('abcdef'), random.randrange(0, 1000, 7))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5))
r = random.Random(42)
print(r.random(), r.getrandbits(64), round(r.uniform(1, 2), 12), round(r.gauss(0, 1), 12))
