# str.format and %-formatting.
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3))
print('{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'))
print('{:08.3f} {:+d} {:,}'.format(3.14159, 5, 10**9))
print('{!r} {!s}'.format('q', 'q'))
print('%s %r %d %i %5.2f %-5d| %05d %x %X %o %e %%' % ('s', 's', 3, 4, 2.5, 7, 42, 255, 255, 8, 1234.5))
print('%(a)s and %(b)d' % {'a': 'x', 'b': 3})
print('%c%c' % (65, 'b'), '%s' % (1,), '%s' % [1, 2])
print('%.3s|%10.4s|' % ('abcdef', 'abcdef'))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('{0} {2}', None)]:
    try:
        if args is None:
            print(fmt.format(1, 2))
        else:
            print(fmt % args)
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
