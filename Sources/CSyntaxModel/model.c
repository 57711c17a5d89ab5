#include "CSyntaxModel.h"

extern const unsigned char dateline_syntax_model_start[];
extern const unsigned char dateline_syntax_model_end[];

const unsigned char *dateline_syntax_model_bytes(void) { return dateline_syntax_model_start; }
size_t dateline_syntax_model_size(void) {
  return (size_t)(dateline_syntax_model_end - dateline_syntax_model_start);
}
