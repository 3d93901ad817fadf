try:
    {}["key"]
except KeyError:
    undefined_function()
