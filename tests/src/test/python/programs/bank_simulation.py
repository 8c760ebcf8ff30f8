# Classes, exceptions, and bookkeeping in a small bank simulation.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f'{self.owner} has {self._balance}, needs {amount}')
        self._balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account#{self.id}({self.owner}, {self._balance})'
class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, 'alice', 100)
bob = bank.open(SavingsAccount, 'bob', 50)
bank.transfer(alice.id, bob.id, 30)
print(alice, bob, bank.total())
for args in [(alice.id, bob.id, 500), (bob.id, alice.id, 0), (alice.id, 99, 1)]:
    try:
        bank.transfer(*args)
    except (InsufficientFunds, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(bob.add_interest(), bob, alice.history, bob.history)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
