import sys
print(sys.argv, __name__, len(sys.argv))
if __name__ == "__main__":
    print("running as main")
