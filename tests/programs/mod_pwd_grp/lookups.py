# pwd and grp: entries of root and of the first users and groups, and the
# errors of missing and malformed ids and names.
import grp
import pwd

root = pwd.getpwuid(0)
print(root, root.pw_name, root[2], len(root), pwd.getpwnam("root") == root)
print(type(root).__name__, type(root).__module__, pwd.struct_passwd.n_sequence_fields)
group = grp.getgrgid(0)
print(group, group.gr_name, grp.getgrnam("root") == group, grp.getgrnam(name="root").gr_gid)
print(sorted(e.pw_uid for e in pwd.getpwall())[:3], sorted(e.gr_gid for e in grp.getgrall())[:3])
print(isinstance(pwd.getpwall(), list), all(len(e) == 7 for e in pwd.getpwall()))
calls = [(pwd.getpwuid, (54321,)), (pwd.getpwuid, (-1,)), (pwd.getpwuid, (-2,)),
         (pwd.getpwuid, (2**32,)), (pwd.getpwuid, (2**32 - 1,)), (pwd.getpwuid, ("x",)),
         (pwd.getpwuid, (1.5,)), (pwd.getpwnam, ("nosuch",)), (pwd.getpwnam, (b"root",)),
         (pwd.getpwnam, ("a\0b",)), (pwd.getpwnam, (1,)), (grp.getgrgid, (54321,)),
         (grp.getgrgid, (-1,)), (grp.getgrgid, ("x",)), (grp.getgrgid, (2**40,)),
         (grp.getgrnam, ("nosuch",)), (grp.getgrnam, ("a\0b",)), (grp.getgrnam, (1,)),
         (pwd.getpwuid, ()), (pwd.getpwall, (1,))]
for function, args in calls:
    try:
        print(function(*args))
    except Exception as e:
        print(type(e).__name__, e)
