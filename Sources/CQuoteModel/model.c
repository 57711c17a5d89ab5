#include "CQuoteModel.h"

extern const unsigned char dateline_quote_model_start[];
extern const unsigned char dateline_quote_model_end[];

const unsigned char *dateline_quote_model_bytes(void) { return dateline_quote_model_start; }
size_t dateline_quote_model_size(void) {
  return (size_t)(dateline_quote_model_end - dateline_quote_model_start);
}
