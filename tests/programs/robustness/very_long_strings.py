# Building and scanning long strings.
s = "abc" * 1_000_000
print(len(s), s[-5:], s.count("ca"), s.find("cab", 2_999_990))
parts = [str(i) for i in range(200_000)]
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-12:])
print(len(joined.split(",")), joined.split(",")[123456])
big = "x" * 10**7
print(len(big), big.upper()[:3], big.replace("x", "yz")[-4:], len(big + big))
