for i in range(3):
    print(i)
    if i == 2:
        raise RuntimeError(f"stopped at {i}")
