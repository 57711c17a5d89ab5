#ifndef CSYNTAXMODEL_H
#define CSYNTAXMODEL_H
#include <stddef.h>
/// The trained part-of-speech tagger and chunker (syntax.model), assembled into the binary by model.S.
const unsigned char *dateline_syntax_model_bytes(void);
size_t dateline_syntax_model_size(void);
#endif
