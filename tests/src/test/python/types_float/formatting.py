x = 1234.5678
print(format(x, '.2f'), format(x, '10.1f'), format(x, '<12.3f') + '|', format(x, 'e'), format(x, '.3E'), format(x, 'g'), format(x, '.3g'))
print(format(0.000012345, 'g'), format(1e20, 'g'), format(123456789.0, 'g'), format(x, ','), format(x, ',.1f'), format(x, '%'))
print(format(0.5, '.0%'), format(-x, '+.1f'), format(x, ' .1f'), format(x, '015.2f'), format(float('inf'), 'f'), format(float('nan'), '.2f'))
print('%.3f %10.2e %g %G %5.1f%%' % (3.14159, 12345.678, 1e-5, 1e-20, 99.5))
print(str(1.0), str(1e-4), str(1e-5), str(1.5e300), str(0.30000000000000004), str(2.5e-5))
print(f'{3.0:.0f} {2.5:.0f} {3.5:.0f} {1e3:.1e} {123.0:g} {0.0001:g}')
print(repr(float('1e-310')), float('  1.5  '), float('-.5'), float('1_0.5'), float('+inf'), float('-nan') != 0)
