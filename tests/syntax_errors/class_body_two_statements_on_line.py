# two statements without separator in a class one-liner
class A: pass pass
