#include "CTaggerModel.h"

extern const unsigned char dateline_tagger_model_start[];
extern const unsigned char dateline_tagger_model_end[];

const unsigned char *dateline_tagger_model_bytes(void) { return dateline_tagger_model_start; }
size_t dateline_tagger_model_size(void) {
  return (size_t)(dateline_tagger_model_end - dateline_tagger_model_start);
}
