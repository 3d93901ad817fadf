lst = list(range(8))
lst[2:5] = ["a", "b"]
print(lst)
lst[::2] = [0] * 4
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
lst.reverse()
print(lst, lst.copy() == lst)
nums = [3, 1, 2]
nums.sort(reverse=True)
print(nums, nums * 2, nums.clear(), nums)
print([1, 2, 3].index(2), [[]] * 2, list(reversed([1, 2])))
