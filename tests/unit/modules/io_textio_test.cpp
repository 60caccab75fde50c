// The standard text streams' buffering and reading, over pipes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "modules/io_files.h"
#include "modules/io_textio.h"
#include "objects/str.h"
#include "vm/startup.h"

namespace krait {
namespace {

class Pipe {
 public:
  Pipe() {
    EXPECT_EQ(::pipe(fds_), 0);
    ::fcntl(fds_[0], F_SETFL, O_NONBLOCK);
  }
  ~Pipe() {
    ::close(fds_[0]);
    if (fds_[1] >= 0) ::close(fds_[1]);
  }
  int read_end() const { return fds_[0]; }
  int write_end() const { return fds_[1]; }
  void close_write_end() {
    ::close(fds_[1]);
    fds_[1] = -1;
  }
  // Everything written so far.
  std::string drain() {
    std::string out;
    char chunk[256];
    ssize_t count;
    while ((count = ::read(fds_[0], chunk, sizeof(chunk))) > 0) out.append(chunk, count);
    return out;
  }

 private:
  int fds_[2];
};

class TextStreamTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }
};

TEST_F(TextStreamTest, BlockBufferedOutputWaitsForFlush) {
  Pipe pipe;
  TextStream* stream = make_text_stream(pipe.write_end(), "<test>", true, "strict", false, false);
  EXPECT_EQ(text_stream_write(stream, make_str("line\n")), 5u);
  EXPECT_EQ(pipe.drain(), "");
  text_stream_flush(stream);
  EXPECT_EQ(pipe.drain(), "line\n");
}

TEST_F(TextStreamTest, BlockBufferedOutputIsWrittenWhenTheBufferFills) {
  Pipe pipe;
  TextStream* stream = make_text_stream(pipe.write_end(), "<test>", true, "strict", false, false);
  std::string block(kFileBufferSize / 2, 'x');
  text_stream_write(stream, make_str(block));
  EXPECT_EQ(pipe.drain(), "");
  text_stream_write(stream, make_str(block));
  EXPECT_EQ(pipe.drain().size(), kFileBufferSize);
}

TEST_F(TextStreamTest, LineBufferedOutputFlushesAtANewline) {
  Pipe pipe;
  TextStream* stream = make_text_stream(pipe.write_end(), "<test>", true, "strict", true, false);
  text_stream_write(stream, make_str("partial"));
  EXPECT_EQ(pipe.drain(), "");
  text_stream_write(stream, make_str(" done\nmore"));
  EXPECT_EQ(pipe.drain(), "partial done\nmore");
}

TEST_F(TextStreamTest, WriteThroughOutputIsWrittenAtOnce) {
  Pipe pipe;
  TextStream* stream = make_text_stream(pipe.write_end(), "<test>", true, "strict", false, true);
  text_stream_write(stream, make_str("now"));
  EXPECT_EQ(pipe.drain(), "now");
}

TEST_F(TextStreamTest, WriteCountsCharactersNotBytes) {
  Pipe pipe;
  TextStream* stream = make_text_stream(pipe.write_end(), "<test>", true, "strict", false, true);
  EXPECT_EQ(text_stream_write(stream, make_str("\xc3\xa9t\xc3\xa9")), 3u);
  EXPECT_EQ(pipe.drain(), "\xc3\xa9t\xc3\xa9");
}

TEST_F(TextStreamTest, BackslashreplaceEscapesLoneSurrogates) {
  Pipe pipe;
  TextStream* stream =
      make_text_stream(pipe.write_end(), "<test>", true, "backslashreplace", false, true);
  text_stream_write(stream, make_str("a\xed\xb2\x80z"));
  EXPECT_EQ(pipe.drain(), "a\\udc80z");
}

TEST_F(TextStreamTest, ReadlineSplitsAtLineFeedsOnlyAndEndsWithEmpty) {
  Pipe pipe;
  std::string input = "one\r\ntwo\rthree\nlast";
  ASSERT_EQ(::write(pipe.write_end(), input.data(), input.size()),
            static_cast<ssize_t>(input.size()));
  pipe.close_write_end();
  ::fcntl(pipe.read_end(), F_SETFL, 0);
  TextStream* stream = make_text_stream(pipe.read_end(), "<test>", false, "strict", false, false);
  EXPECT_EQ(text_stream_readline(stream)->view(), "one\r\n");
  EXPECT_EQ(text_stream_readline(stream)->view(), "two\rthree\n");
  EXPECT_EQ(text_stream_readline(stream)->view(), "last");
  EXPECT_EQ(text_stream_readline(stream)->view(), "");
}

TEST_F(TextStreamTest, ReadlineJoinsALineLongerThanOneRead) {
  Pipe pipe;
  std::string line(3 * 8192 + 5, 'y');
  line += '\n';
  // Fits the pipe's capacity; the stream reads it 8 KiB at a time.
  ASSERT_EQ(::write(pipe.write_end(), line.data(), line.size()),
            static_cast<ssize_t>(line.size()));
  pipe.close_write_end();
  ::fcntl(pipe.read_end(), F_SETFL, 0);
  TextStream* stream = make_text_stream(pipe.read_end(), "<test>", false, "strict", false, false);
  EXPECT_EQ(text_stream_readline(stream)->view(), line);
  EXPECT_EQ(text_stream_readline(stream)->view(), "");
}

}  // namespace
}  // namespace krait
