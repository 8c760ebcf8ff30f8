# A tokenizer + recursive-descent parser + evaluator for arithmetic with variables.
import re
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()=%]))')
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f'bad character at {pos}: {src[pos]!r}')
        num, name, op = m.groups()
        out.append(('num', float(num) if '.' in num else int(num)) if num else ('name', name) if name else ('op', op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, tokens, env):
        self.t, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek(); self.i += 1; return tok
    def statement(self):
        if len(self.t) > 1 and self.t[0][0] == 'name' and self.t[1] == ('op', '='):
            name = self.t[0][1]; self.i = 2
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]; r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.power()
        while self.peek() in (('op', '*'), ('op', '/'), ('op', '%')):
            op = self.take()[1]; r = self.power()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def power(self):
        base = self.unary()
        if self.peek() == ('op', '**'):
            self.take(); return base ** self.power()
        return base
    def unary(self):
        if self.peek() == ('op', '-'):
            self.take(); return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if kind == 'name':
            if val not in self.env:
                raise NameError(f'undefined variable {val}')
            return self.env[val]
        if (kind, val) == ('op', '('):
            v = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError(f'unexpected token {val!r}')
env = {}
for line in ['x = 3', 'y = x ** 2 ** 2 / 9', '-(x + 1) * y % 7', '2 * (3 + 4', 'z + 1', '10 / (x - 3)', '1.5 * 4', '3 $ 4']:
    try:
        print(line, '=>', Parser(tokenize(line), env).statement())
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(line, '=>', type(e).__name__, e)
print(sorted(env.items()))
