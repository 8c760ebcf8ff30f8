def total(items):
    return sum(
        item["price"] * item["qty"]
        for item in items
    )

print(total([{"price": 2, "qty": 3}]))
print(total([{"price": 2}]))
