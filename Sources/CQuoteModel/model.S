// Embeds quote.model (written by `dateline train quotes`) in the binary, so the product reads no
// resource files. The assembler finds it through the target's header search path (Package.swift).
// SwiftPM does not track the .incbin dependency: touch this file after retraining.
#if defined(__APPLE__)
  .section __TEXT,__const
  .globl _dateline_quote_model_start
  .globl _dateline_quote_model_end
  .p2align 3
_dateline_quote_model_start:
  .incbin "quote.model"
_dateline_quote_model_end:
#else
  .section .rodata
  .globl dateline_quote_model_start
  .globl dateline_quote_model_end
  .p2align 3
dateline_quote_model_start:
  .incbin "quote.model"
dateline_quote_model_end:
  .section .note.GNU-stack,"",@progbits
#endif
