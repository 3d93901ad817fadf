# cmath on branch cuts and the complex constructor's string form.
import cmath
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.exp(1j * cmath.pi).real, cmath.phase(-1))
print(cmath.polar(1j), cmath.rect(2, 0), cmath.log(1j), cmath.isclose(cmath.exp(cmath.log(2 + 3j)), 2 + 3j))
print(complex("1+2j"), complex(" (3-4.5J) "), complex("j"), complex(1, -0.0), complex(1 + 2j, 3j))
for bad in ['complex("1+")', 'complex("1", 2)', 'cmath.log(0)', 'cmath.sqrt("x")']:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
