# An observer/event system mixing closures, decorators, generators and classes.
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for h in self.handlers.get(event, []):
            try:
                results.append(h(*args))
            except Exception as e:
                results.append(f'{h.__name__} failed: {type(e).__name__}: {e}')
        return results
bus = EventBus()
log = []
@bus.on('order')
def record(order_id, amount):
    log.append((order_id, amount))
    return f'recorded {order_id}'
@bus.on('order')
def validate(order_id, amount):
    if amount <= 0:
        raise ValueError(f'bad amount {amount}')
    return 'valid'
def make_counter():
    count = 0
    def counter(*_):
        nonlocal count
        count += 1
        return count
    return counter
bus.on('order')(make_counter())
print(bus.emit('order', 1, 9.5))
print(bus.emit('order', 2, -1))
print(bus.emit('unknown'))
def replay(entries):
    for oid, amt in entries:
        yield f'#{oid}: {amt:.2f}'
print(list(replay(log)))
