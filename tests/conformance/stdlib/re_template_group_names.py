# template group names int() accepts ('+1', '1_0', ' 1 '): used, with a DeprecationWarning
import re, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(re.sub('(?P<a>x)', r'\g<+1>', 'xx'), re.sub('()'*10, r'\g<1_0>', 'xx'), re.sub('(x)', r'\g< 1 >', 'xx'))
    for x in w: print(x.category.__name__, x.message, x.filename == __file__)
for t in [r'\g<-1>', r'\g<1a1>', r'\g<+2>']:
    try: re.sub('(?P<a>x)', t, 'xx')
    except re.error as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        re.sub(b'(?P<a>x)', b'\\g<\xc2\xb5>', b'xx')
    except IndexError as e:
        print('IndexError', e)
    print(re.sub('(x)', '\\g<\u0967>', 'xx'))
    for x in w: print(x.category.__name__, x.message, x.filename == __file__)
for t in ['\\g<\xa9>', '\\g<\u3280>', '\\g<\xb9>']:
    try: re.sub('(?P<a>x)', t, 'xx')
    except re.error as e: print(e)
