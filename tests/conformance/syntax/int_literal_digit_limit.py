# a decimal int literal longer than sys.get_int_max_str_digits() is a SyntaxError without columns
import sys
for lim in (2999, 0, 4300):
    sys.set_int_max_str_digits(lim)
    for src in ['a = 1\nb = 2\nc = ' + '3'*3000 + '\nd = 4', 'x = -' + '1'*3000, 'x = 1_' + '1'*3000, 'x = ' + '9'*3000 + 'j', 'x = 0x' + 'f'*5000, 'x = ' + '1'*3000 + '.5', 'x = ' + '7' * 4301]:
        try: compile(src, 's', 'exec'); print('ok')
        except SyntaxError as e: print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
