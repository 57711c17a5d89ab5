#ifndef CQUOTEMODEL_H
#define CQUOTEMODEL_H
#include <stddef.h>
/// The trained quote tagger (quote.model), assembled into the binary by model.S.
const unsigned char *dateline_quote_model_bytes(void);
size_t dateline_quote_model_size(void);
#endif
