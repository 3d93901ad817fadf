# Enum._convert_: a module's constants that pass a filter become an enum, sorted
# by value then name (the first name of a value is canonical); the members
# replace the constants in the module.
import sys
import enum

CONVERT_TEST_NAME_D = 5
CONVERT_TEST_NAME_C = 5
CONVERT_TEST_NAME_B = 5
CONVERT_TEST_NAME_A = 5
CONVERT_TEST_OTHER = 3
UNCOMPARABLE_A = 5
UNCOMPARABLE_C = (9, 1)
UNCOMPARABLE_B = 'value'

T = enum.IntEnum._convert_('UnittestConvert', __name__,
                           filter=lambda x: x.startswith('CONVERT_TEST_'))
print(list(T), T(5).name, T.CONVERT_TEST_NAME_C is T.CONVERT_TEST_NAME_A)
print(UnittestConvert is T, repr(CONVERT_TEST_OTHER))

U = enum.Enum._convert_('Uncomparable', __name__,
                        filter=lambda x: x.startswith('UNCOMPARABLE_'))
print([m.name for m in U])
