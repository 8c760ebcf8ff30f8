# Building strings: join vs concatenation, iteration, reversing, counting characters.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print('|'.join(parts))
s = ''
for ch in 'abcdef':
    s = ch + s
print(s)
print(''.join(sorted('python')), ''.join(reversed('stressed')), list('abc'), [c * 2 for c in 'xyz'])
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
def caesar(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord('a') if c.islower() else ord('A')
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)
print(caesar('Hello, World!', 3), caesar(caesar('Round Trip', 7), -7))
def is_palindrome(t):
    cleaned = [c.lower() for c in t if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome('A man, a plan, a canal: Panama'), is_palindrome('nope'))
print('%s has %d chars' % ('word', len('word')), 'abc'.__contains__('b'), str(123)[::-1])
