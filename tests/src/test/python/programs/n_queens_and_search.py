# Backtracking search: n-queens, subsets summing to a target, BFS shortest path on a grid.
from collections import deque
def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            acc.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()
    place(0, set(), set(), set(), [])
    return sols
print([len(queens(n)) for n in range(1, 8)], queens(4))
def subset_sums(nums, target):
    res = []
    def go(i, acc, total):
        if total == target:
            res.append(tuple(acc))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            go(j + 1, acc + [nums[j]], total + nums[j])
    go(0, [], 0)
    return res
print(subset_sums([1, 2, 3, 4, 5, 6], 7))
GRID = ["S.#.....",
        ".##.###.",
        "....#...",
        "##.##.#.",
        "......#E"]
def bfs(grid):
    h, w = len(grid), len(grid[0])
    start = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == 'S')
    q, seen = deque([(start, 0)]), {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == 'E':
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != '#' and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print(bfs(GRID))
