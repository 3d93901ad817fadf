# csv: reader states (quotes, doubled quotes, escapes, multi-line fields), writer
# quoting modes, DictReader/DictWriter, dialects and their errors
import csv, io, sys
src = 'name,age,quote\r\nann,30,"hello, world"\nbob,,"say ""hi"""\n\n"multi\nline",5, spaced \ncid,7\n'
r = csv.reader(io.StringIO(src))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=";")), list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['a"b,c'])), list(csv.reader(['"a"b,c'])))
try:
    list(csv.reader(['"a"b,c'], strict=True))
except csv.Error as e:
    print("Error", e)
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'q"t', "", None, 1.5, 10, "line\nbreak", " lead"]))
w.writerows([[1, 2], []])
w.writerow([""])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    o = io.StringIO(); csv.writer(o, quoting=q, lineterminator="\n").writerow(["x", 1, 2.0, None, True]); print(repr(o.getvalue()))
o = io.StringIO()
try:
    csv.writer(o, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error", e)
csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
print(repr(o.getvalue()))
rows = list(csv.DictReader(io.StringIO("id,name\n1,ann\n2,bob,extra\n3\n")))
print(rows)
print(list(csv.DictReader(io.StringIO("1,ann\n"), fieldnames=["id", "name"], restkey="more", restval="?")))
dr = csv.DictReader(io.StringIO("a,b\n1,2\n")); print(dr.fieldnames, next(dr), dr.line_num)
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["id", "name"], lineterminator="\n")
dw.writeheader(); dw.writerow({"id": 1, "name": "x"}); dw.writerow({"id": 2})
print(repr(o.getvalue()))
try:
    dw.writerow({"id": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
print(csv.list_dialects(), csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.get_dialect("unix").lineterminator == "\n")
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
o = io.StringIO(); csv.writer(o, "pipes").writerow(["a", 1]); print(repr(o.getvalue()))
print(list(csv.reader(['a|"b"'], "pipes")), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
try: csv.get_dialect("nope")
except csv.Error as e: print("Error", e)
try: csv.writer(o, delimiter="::")
except TypeError as e: print("TypeError", e)
try: list(csv.reader([b"a,b"]))
except csv.Error as e: print("Error", e)
try: list(csv.reader(["a\rb"]))
except csv.Error as e: print("Error", e)
try: list(csv.reader(['"unterminated']))
except csv.Error as e: print("Error", e)
print(list(csv.reader(['"unterminated'], strict=False)) if False else "")
print(list(csv.reader(["a,b", "c"])), list(csv.reader([""])), list(csv.reader([" "])), list(csv.reader(['""'])))
d = csv.get_dialect("excel"); print(d.doublequote, d.quotechar, d.escapechar, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
print(list(csv.reader(['"unterminated'])), list(csv.reader(['"a', 'b"', 'c'])), list(csv.reader(['"a\n', 'b"\n', 'c'])))
try: print(list(csv.reader(['"unterminated'], strict=True)))
except csv.Error as e: print("Error", e)
class D(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
o = io.StringIO(); csv.writer(o, dialect=D).writerow(["a;b", "it's"]); print(repr(o.getvalue()))
print(list(csv.reader(o.getvalue().splitlines(), D)))
print(list(csv.reader(["a,b"], lineterminator="\n", delimiter=",")), csv.reader(["x"]).dialect.delimiter)
try: csv.reader(["x"], foo=1)
except TypeError as e: print(e)
try: csv.writer(io.StringIO(), quoting=7)
except TypeError as e: print(e)
try: csv.writer(1)
except TypeError as e: print(e)
try: csv.writer(io.StringIO()).writerow(5)
except csv.Error as e: print(e)
print(list(csv.reader(["1,,3"], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
print(list(csv.reader(['a,"b""c",d'])), list(csv.reader(['x ,"y" , z'])))
