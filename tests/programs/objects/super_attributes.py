# super() delegates attribute access, including data via the MRO, and properties.
class A:
    value = "A.value"
    @property
    def prop(self):
        return "A.prop"
class B(A):
    value = "B.value"
    @property
    def prop(self):
        return "B.prop/" + super().prop
    def show(self):
        return super().value
b = B()
print(b.value, b.show(), b.prop)
s = super(B, b)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is b)
