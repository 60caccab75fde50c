import _heapq as h, _bisect as b
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: h.heappush((), 1)); t(lambda: h.heappop([])); t(lambda: h.heapify(1)); t(lambda: h.heapreplace([], 1)); t(lambda: h.heappushpop([], 1))
t(lambda: h._heappop_max([])); t(lambda: h._heapreplace_max([], 1)); t(lambda: h.heappush([])); t(lambda: h.heappop()); t(lambda: h.heapify(x=1))
t(lambda: h._heapify_max(())); t(lambda: h.heappushpop((), 1))
t(lambda: b.bisect_left([1], 1, -1)); t(lambda: b.bisect_left([1])); t(lambda: b.bisect_left(1, 1)); t(lambda: b.insort(1, 1)); t(lambda: b.bisect_right([1],1,hi=-1)); t(lambda: b.bisect([1,2,3],2,key=None,lo=1,hi=9))
t(lambda: b.bisect_right([1,2],2,0,1,2)); t(lambda: b.insort_left([1],1,-5)); t(lambda: b.bisect_left([1], 1, 'a'))
class C:
    def __lt__(s, o): L.clear(); return True
L=[C(), C(), C()]; t(lambda: h.heappush(L, C()))
print(h.__doc__[:40], dir(h))
