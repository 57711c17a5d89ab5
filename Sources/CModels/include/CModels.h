#ifndef CMODELS_H
#define CMODELS_H
#include <stddef.h>
/// The trained models, assembled into the binary by models.S: the mention tagger (tagger.model),
/// the part-of-speech tagger and chunker (syntax.model) and the quote tagger (quote.model).
const unsigned char *dateline_tagger_model_bytes(void);
size_t dateline_tagger_model_size(void);
const unsigned char *dateline_syntax_model_bytes(void);
size_t dateline_syntax_model_size(void);
const unsigned char *dateline_quote_model_bytes(void);
size_t dateline_quote_model_size(void);
#endif
