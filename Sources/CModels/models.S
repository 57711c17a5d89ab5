// Embeds the trained models (written by `dateline train ner|syntax|quotes`) in the binary, so the
// product reads no resource files. The assembler finds them through the target's header search
// path (Package.swift). SwiftPM does not track .incbin dependencies: touch this file after
// retraining.
#if defined(__APPLE__)
#define SYMBOL(name) _dateline_##name
  .section __TEXT,__const
#else
#define SYMBOL(name) dateline_##name
  .section .rodata
#endif

#define EMBED(name, file)                                 \
  .globl SYMBOL(name##_start);                            \
  .globl SYMBOL(name##_end);                              \
  .p2align 3;                                             \
  SYMBOL(name##_start):                                   \
  .incbin file;                                           \
  SYMBOL(name##_end):

EMBED(tagger_model, "tagger.model")
EMBED(syntax_model, "syntax.model")
EMBED(quote_model, "quote.model")

#if !defined(__APPLE__)
  .section .note.GNU-stack,"",@progbits
#endif
