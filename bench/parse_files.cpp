// Times Krait's front end (decode + tokenize + parse to AST) over files named on
// standard input, one per line, all read into memory first. Prints the best
// total time in seconds of `rounds` passes (argv[1], default 5), the way
// bench/parse times CPython's compile(..., PyCF_ONLY_AST) over the same list.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/arena.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
  std::vector<std::string> names;
  std::vector<std::string> sources;
  for (std::string line; std::getline(std::cin, line);) {
    std::ifstream in(line, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    names.push_back(line);
    sources.push_back(buffer.str());
  }
  double best = 1e100;
  size_t failures = 0;
  for (int round = 0; round < rounds; ++round) {
    failures = 0;
    auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < sources.size(); ++i) {
      try {
        krait::Arena arena;
        krait::parse_bytes(sources[i], names[i], arena);
      } catch (const krait::SyntaxErrorException&) {
        ++failures;
      }
    }
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed.count() < best) best = elapsed.count();
  }
  std::printf("%.6f %zu %zu\n", best, sources.size(), failures);
  return 0;
}
