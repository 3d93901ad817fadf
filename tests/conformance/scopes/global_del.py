value = 42
def remove():
    global value
    del value

remove()
try:
    print(value)
except NameError as e:
    print(e)
def remove_again():
    global value
    del value
try:
    remove_again()
except NameError as e:
    print(e)
