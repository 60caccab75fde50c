// A bump allocator for one compilation's AST and token text.
//
// Everything the front end builds for one source file lives here and dies with
// the Arena in one step. AST nodes hold no Python values (constants are kept as
// text and numbers, see ast.h), so this memory need not be visible to the
// garbage collector (DESIGN.md §5): nothing in it may ever point to a GC object.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>

namespace krait {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  // Returns `size` bytes aligned to `align`; never fails (aborts on exhaustion
  // of the C++ heap, like operator new).
  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cursor_) + align - 1) & ~(uintptr_t(align) - 1);
    if (p + size > reinterpret_cast<uintptr_t>(limit_)) return allocate_slow(size, align);
    cursor_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  // A value-initialised T; T must be trivially destructible (the arena never
  // runs destructors).
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T();
  }

  template <class T>
  T* make_array(size_t n) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (n == 0) return nullptr;
    T* items = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    for (size_t i = 0; i < n; ++i) new (items + i) T();
    return items;
  }

  // A NUL-terminated copy of `text` owned by the arena.
  std::string_view copy(std::string_view text) {
    char* p = static_cast<char*>(allocate(text.size() + 1, 1));
    if (!text.empty()) std::memcpy(p, text.data(), text.size());
    p[text.size()] = '\0';
    return {p, text.size()};
  }

  size_t bytes_allocated() const { return total_; }

 private:
  void* allocate_slow(size_t size, size_t align);

  struct Chunk {
    Chunk* next;
  };
  Chunk* chunks_ = nullptr;
  char* cursor_ = nullptr;
  char* limit_ = nullptr;
  size_t next_chunk_size_ = 64 * 1024;
  size_t total_ = 0;
};

}  // namespace krait
