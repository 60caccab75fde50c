# Allocating many small objects and dropping them repeatedly.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
total = 0
for round_ in range(5):
    head = None
    for i in range(100000):
        head = Node(i, head)
    n = head
    while n is not None:
        total += n.value
        n = n.next
print(total)
tuples = [(i, str(i)) for i in range(200000)]
print(len(tuples), tuples[-1])
d = {i: [i] for i in range(100000)}
print(len(d), d[99999])
