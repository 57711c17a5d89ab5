#ifndef CTAGGERMODEL_H
#define CTAGGERMODEL_H
#include <stddef.h>
/// The trained mention tagger model (tagger.model), assembled into the binary by model.S.
const unsigned char *dateline_tagger_model_bytes(void);
size_t dateline_tagger_model_size(void);
#endif
