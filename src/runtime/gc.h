// Memory: every Python object lives in memory of the Boehm–Demers–Weiser
// collector (DESIGN §5). The collector is conservative for C++ stacks and
// registers and, with interior pointers enabled, keeps an allocation alive
// through a pointer to any byte of it.
//
// Rules (break one and an object is freed while still in use):
//  * objects come from gc_alloc (scanned) or gc_alloc_atomic (never scanned:
//    only for payloads without pointers: str text, bytes, limbs, float arrays);
//  * a container that can hold a Value or an object pointer is a gc:: alias
//    below, never a plain std::vector<Value> or std::unordered_map<…, Value>;
//  * statics holding Values are fine (the data segment is a root), thread-local
//    ones are not: keep per-thread state in a ThreadState.
#pragma once

#include <gc/gc.h>
#include <gc/gc_allocator.h>

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace krait {

// Starts the collector with a large initial heap; call once at start-up.
void gc_init();

// Runs the finalisers (__del__) of objects the collector found unreachable
// since the last call, then the callbacks of weak references it cleared
// (modules/weakref.h). The collector only queues them (finalise on demand)
// and sets gc_finalizers_pending; the interpreter checks the flag at safe
// points (between instructions) and calls this. Does nothing when called from
// inside a finaliser. A finaliser reports its own exceptions ("Exception
// ignored in: …") and never lets one escape. Answers how many objects were
// found dead (finalised, or with their weak references cleared).
extern bool gc_finalizers_pending;
size_t run_pending_finalizers();

// Zero-filled, scanned memory. Throws MemoryError (as a Python exception) when exhausted.
void* gc_alloc(size_t bytes);
// Unscanned memory (not zero-filled). Throws MemoryError when exhausted.
void* gc_alloc_atomic(size_t bytes);
// Grows or shrinks a block from gc_alloc/gc_alloc_atomic, keeping its kind.
void* gc_realloc(void* block, size_t bytes);

namespace gc {
template <class T>
using allocator = gc_allocator<T>;
template <class T>
using vector = std::vector<T, gc_allocator<T>>;
template <class K, class V, class Hash = std::hash<K>, class Eq = std::equal_to<K>>
using unordered_map = std::unordered_map<K, V, Hash, Eq, gc_allocator<std::pair<const K, V>>>;
template <class K, class V, class Less = std::less<K>>
using map = std::map<K, V, Less, gc_allocator<std::pair<const K, V>>>;
}  // namespace gc

}  // namespace krait
