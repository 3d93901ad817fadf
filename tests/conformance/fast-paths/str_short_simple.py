# Short strings remember the last one found free of surrogates (codepoints.ts isSimple);
# slices, += growth and len must still count code points when pairs appear.
acc = ""
for piece in ["abc", "\U0001f600", "de", "\ud83d", "\ude00", "xyz" * 30, "\U0001f601" * 3]:
    t = ("<" + piece + ">")[-4:]
    acc += t
    print(len(t), ascii(t), len(acc), ascii(acc[-5:]), acc.find(">"), len(acc.split(">")))
s = "12.345|"
for k in range(1, 9):
    print(k, s[-k:], len(s[-k:] + "\U0001f600" * k), ("\U0001f600" * k)[-k:] == "\U0001f600" * k)
long = "a" * 70 + "\U0001f600"
print(len(long), len(long[-3:]), len(long + "b"), len(("b" * 63) + "\U0001f600"), len(("b" * 64) + "\U0001f600"))
