# Pads of spaces and zeros come from tables up to 32 wide (format-spec-plan.ts padOf);
# wider pads and other fills are built on demand. The results must not depend on it.
for w in [0, 1, 5, 31, 32, 33, 40]:
    print(repr(f"{7:{w}d}"), repr(f"{-7:0{w}d}"), repr(f"{'ab':>{w}}"), repr(f"{'ab':^{w}}"), repr(f"{'ab':<{w}}|"))
    print(repr(f"{2.5:{w}.2f}"), repr(f"{-2.5:0{w}.1f}"), repr(f"{3:*^{w}}"), repr(f"{3:0={w}}"), repr(f"{3:+0{w}d}"))
    print(repr("{:>{}}|{:0{}d}".format("x", w, 12, w)), repr("%*d|%-*s|" % (w, 5, w, "s")))
print(f"{'x':\u00e9>5}", f"{12:_>6}", f"{12: =+6}", f"{-12:06}", f"{12:^6}")
