// The `gc` module (CPython's Modules/gcmodule.c) over the Boehm collector.
//
// collect() runs a full collection, then the finalisers (__del__) and the
// weak reference callbacks it made due, and answers how many objects were
// found dead that way (objects with a finaliser plus objects whose weak
// references were cleared; the collector frees the others without telling).
// The collector is conservative: a value still present in a register or a
// stale stack word keeps its object alive, so collect() can miss an
// unreachable object. enable()/disable() only set
// the flag isenabled() reports: collection cannot be turned off safely, since
// there is no reference counting behind it. get_objects() and
// get_referrers() answer empty lists (the collector cannot enumerate live
// objects); get_referents() knows containers and instances of classes.
#pragma once

namespace krait {

struct Module;

Module* create_gc_module();

}  // namespace krait
