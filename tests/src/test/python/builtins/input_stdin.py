# stdin: first line
# stdin: 42
# stdin: 1 2 3
# input() reading from stdin, and EOFError at the end.
line = input()
print('read:', line)
n = int(input('prompt> '))
print('number:', n * 2)
nums = list(map(int, input().split()))
print('sum:', sum(nums))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
