#include "compiler/arena.h"

#include <cstdlib>

namespace krait {

Arena::~Arena() {
  while (chunks_) {
    Chunk* next = chunks_->next;
    std::free(chunks_);
    chunks_ = next;
  }
}

void* Arena::allocate_slow(size_t size, size_t align) {
  // Chunks double up to 4 MiB so that small files stay small and big ones make
  // few calls to malloc; an oversized request gets a chunk of its own.
  size_t need = size + align + sizeof(Chunk);
  size_t chunk_size = next_chunk_size_ > need ? next_chunk_size_ : need;
  if (next_chunk_size_ < 4 * 1024 * 1024) next_chunk_size_ *= 2;
  auto* chunk = static_cast<Chunk*>(std::malloc(chunk_size));
  if (!chunk) throw std::bad_alloc();
  chunk->next = chunks_;
  chunks_ = chunk;
  total_ += chunk_size;
  cursor_ = reinterpret_cast<char*>(chunk + 1);
  limit_ = reinterpret_cast<char*>(chunk) + chunk_size;
  return allocate(size, align);
}

}  // namespace krait
