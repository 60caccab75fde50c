import heapq, _heapq
print(heapq.heappush is _heapq.heappush)
data = []
seed = 5
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(seed % 1000)
h = []
for x in data: heapq.heappush(h, x)
print(all(h[i] <= h[2*i+1] for i in range(len(h)//2)), h[:8])
print([heapq.heappop(h) for _ in range(10)], len(h))
h2 = list(data); heapq.heapify(h2); print(h2[:10])
print(heapq.heapreplace(h2, 5000), heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 999), h2[:5])
m = list(data); heapq._heapify_max(m); print(m[:6], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:4])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(heapq.nlargest(3, data, key=lambda v: -v), list(heapq.merge([5, 3], [4, 1], reverse=True)))
t = [(2, 'b'), (1, 'a'), (3, 'c')]; heapq.heapify(t); print(heapq.heappop(t), t)
