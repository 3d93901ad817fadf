# variance/stdev (exact sums, correctly rounded square roots) and their errors.
import statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data), statistics.stdev(data), statistics.pvariance(data), statistics.pstdev(data))
print(statistics.variance([1, 2, 3, 4]), statistics.pstdev([1, 2, 3, 4]))
print(statistics.covariance([1, 2, 3], [1, 3, 2]), statistics.correlation([1, 2, 3], [2, 4, 7]))
print(statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
for bad in [lambda: statistics.variance([1]), lambda: statistics.mean([]), lambda: statistics.stdev([])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
