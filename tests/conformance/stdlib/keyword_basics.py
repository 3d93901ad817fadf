# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("x"))
print(keyword.__all__, len(keyword.kwlist))
