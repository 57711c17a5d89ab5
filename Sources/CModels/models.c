#include "CModels.h"

// Each model's bytes lie between two symbols that models.S defines.
#define MODEL(name)                                                                 \
  extern const unsigned char dateline_##name##_start[];                           \
  extern const unsigned char dateline_##name##_end[];                             \
  const unsigned char *dateline_##name##_bytes(void) { return dateline_##name##_start; } \
  size_t dateline_##name##_size(void) {                                           \
    return (size_t)(dateline_##name##_end - dateline_##name##_start);             \
  }

MODEL(tagger_model)
MODEL(syntax_model)
MODEL(quote_model)
