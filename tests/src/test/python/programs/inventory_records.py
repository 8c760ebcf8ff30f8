# Data processing with dicts, sorting, grouping and string formatting.
from collections import defaultdict
RECORDS = """sku,name,category,qty,price
A100,widget,tools,12,2.50
A101,gadget,tools,0,12.00
B200,apple,food,140,0.30
B201,bread,food,8,2.20
C300,novel,books,3,15.99
C301,atlas,books,1,42.00"""
rows = [line.split(',') for line in RECORDS.splitlines()]
header, data = rows[0], rows[1:]
items = [dict(zip(header, r)) for r in data]
for it in items:
    it['qty'] = int(it['qty'])
    it['price'] = float(it['price'])
by_cat = defaultdict(list)
for it in items:
    by_cat[it['category']].append(it)
print(f"{'category':<10}{'items':>6}{'value':>10}")
for cat in sorted(by_cat):
    value = sum(i['qty'] * i['price'] for i in by_cat[cat])
    print(f"{cat:<10}{len(by_cat[cat]):>6}{value:>10.2f}")
out_of_stock = [i['sku'] for i in items if i['qty'] == 0]
print('out of stock:', out_of_stock)
print('most valuable:', max(items, key=lambda i: i['qty'] * i['price'])['name'])
print('by price desc:', [i['name'] for i in sorted(items, key=lambda i: (-i['price'], i['name']))])
