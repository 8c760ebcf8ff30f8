def main():
    try:
        return run()
    finally:
        print("cleanup in main")

def run():
    print("running")
    raise SystemExit(42)

main()
