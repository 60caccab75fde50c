// `krait --dump-tokens FILE`: the token stream printed exactly as
// `python3.11 -m tokenize -e FILE` prints it, for the front end's parity test.
#pragma once

#include <string>
#include <string_view>

namespace krait {

// The text `python3.11 -m tokenize -e` writes to stdout for a file holding
// `file_bytes`: an ENCODING line, then one line per token with positions in
// characters and exact token names. Throws SyntaxErrorException where
// Lib/tokenize.py raises (bad encoding declarations, undecodable bytes, EOF
// inside a string or bracket, inconsistent dedent), since it prints no
// tokens then.
std::string dump_tokens(std::string_view file_bytes, const std::string& filename);

}  // namespace krait
