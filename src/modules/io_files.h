// _io's binary files over file descriptors and the built-in open(). One
// layout serves FileIO (unbuffered) and BufferedReader, BufferedWriter and
// BufferedRandom (which hold their FileIO as `raw`, sharing its descriptor);
// text files are TextStreams (modules/io_textio.h) over one of these, as
// CPython's TextIOWrapper wraps a buffered binary file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace krait {

struct Tuple;

extern Type file_io_type;          // _io.FileIO
extern Type buffered_reader_type;  // _io.BufferedReader
extern Type buffered_writer_type;  // _io.BufferedWriter
extern Type buffered_random_type;  // _io.BufferedRandom
// io.UnsupportedOperation: both an OSError and a ValueError.
Type* unsupported_operation_type();

struct BinaryFile : Object {
  int fd;
  Value name;        // as given to open(): a str, bytes or the descriptor
  const char* mode;  // FileIO's mode: "rb", "wb", "ab", "xb", "rb+", "ab+", "xb+"
  bool readable;
  bool writable;
  bool closefd;
  bool closed;
  bool detached;  // a buffered file whose raw file detach() handed back
  bool reads_read1;  // over an object that has read1() (beneath a TextIOWrapper, as CPython's)
  bool holds_output;  // the buffer is output not yet written (else input read ahead)
  Value raw;          // a buffered file's FileIO (the `raw` attribute), null for FileIO itself
  Value object;       // with fd -1: the Python stream read and written through
  char* buffer;       // GC-atomic
  size_t buffer_size;
  size_t buffer_start;  // input: the first unconsumed byte
  size_t buffer_capacity;
};

// The output a buffered file holds before it writes it out.
inline constexpr size_t kFileBufferSize = 8192;

// Readies the types (idempotent; start-up has finished).
void init_io_file_types();
// The abstract bases of _io (modules/io_module.cpp), readied before the files.
extern Type iobase_type;           // _io._IOBase
extern Type raw_iobase_type;       // _io._RawIOBase
extern Type buffered_iobase_type;  // _io._BufferedIOBase
extern Type text_iobase_type;      // _io._TextIOBase
void init_io_base_types();

// A binary file of `type` over `fd`; `mode` as FileIO's.
BinaryFile* make_binary_file(Type* type, int fd, Value name, const char* mode, bool closefd);
// A buffered file of `type` over a Python stream (a raw file that is not a
// FileIO, or the binary file beneath a TextIOWrapper that is not a native one).
BinaryFile* make_file_over_object(Type* type, Value object);
bool binary_seekable(BinaryFile* file);
// A buffered file of `type` over the FileIO `raw` (closing it closes `raw`).
BinaryFile* make_buffered_file(Type* type, BinaryFile* raw);

[[noreturn]] void raise_unsupported_operation(std::string_view message);
// OSError for errno (the subclass it selects), with the file name when not null.
[[noreturn]] void raise_errno(int error_number, Value filename = Value::null());

// The layer below a text file. Input: the unconsumed bytes read ahead,
// consuming a prefix of them, and reading more (false at end of file).
// Output is buffered until a flush or the buffer fills. Switching between
// the two directions is handled here.
std::string_view binary_pending_input(BinaryFile* file);
void binary_consume(BinaryFile* file, size_t count);
// A FileIO reads at most `wanted` bytes (it holds nothing read ahead of what
// is asked); a buffered file a whole buffer.
bool binary_fill(BinaryFile* file, size_t wanted = kFileBufferSize);
void binary_write(BinaryFile* file, std::string_view data);
void binary_flush(BinaryFile* file);
int64_t binary_tell(BinaryFile* file);
int64_t binary_seek(BinaryFile* file, int64_t offset, int whence);
void binary_truncate(BinaryFile* file, int64_t size);
// Flushes and, when closefd, closes the descriptor; closed even if that fails.
void binary_close(BinaryFile* file);

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
// closefd=True, opener=None).
Value builtin_open(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// At exit: writes out the output of every file still open.
void flush_open_files();

}  // namespace krait
