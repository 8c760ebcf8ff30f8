def cleanup():
    raise RuntimeError("cleanup failed")

try:
    1 / 0
except ZeroDivisionError:
    cleanup()
