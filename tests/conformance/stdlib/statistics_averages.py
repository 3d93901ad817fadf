# Averages keep the data's type and are computed exactly.
import statistics
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([0.1, 0.2, 0.3]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([Decimal("0.1"), Decimal("0.25")]))
print(statistics.median([3, 1, 2]), statistics.median([1, 2, 3, 4]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mode("abracadabra"), statistics.multimode("aabbc"), statistics.harmonic_mean([40, 60]), statistics.fmean([1, 2, 4]))
print(statistics.quantiles(range(1, 11), n=4), statistics.quantiles(range(1, 11), n=4, method="inclusive"))
