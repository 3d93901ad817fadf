"""The opcodes of the pickle format (protocols 0 to 5), as the pickletools
documentation and PEPs 307, 3154 and 574 describe them. pickle re-exports them."""

# protocol 0 and 1
MARK = b'('             # push the mark object
STOP = b'.'             # end of pickle
POP = b'0'              # discard the top of the stack
POP_MARK = b'1'         # discard up to and including the topmost mark
DUP = b'2'              # duplicate the top of the stack
FLOAT = b'F'            # float as repr text, newline-terminated
INT = b'I'              # int as decimal text, newline-terminated
BININT = b'J'           # 4-byte signed int
BININT1 = b'K'          # 1-byte unsigned int
LONG = b'L'             # int as decimal text with an L suffix
BININT2 = b'M'          # 2-byte unsigned int
NONE = b'N'
PERSID = b'P'           # persistent id as text
BINPERSID = b'Q'        # persistent id from the stack
REDUCE = b'R'           # call callable(*args)
STRING = b'S'           # quoted bytes literal (Python 2 str)
BINSTRING = b'T'        # counted Python 2 str, 4-byte length
SHORT_BINSTRING = b'U'  # counted Python 2 str, 1-byte length
UNICODE = b'V'          # raw-unicode-escaped text, newline-terminated
BINUNICODE = b'X'       # utf-8 text, 4-byte length
APPEND = b'a'
BUILD = b'b'            # __setstate__ or dict update
GLOBAL = b'c'           # module and name, each newline-terminated
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'         # 8-byte big-endian IEEE double

TRUE = b'I01\n'
FALSE = b'I00\n'

# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'

# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'

# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'
