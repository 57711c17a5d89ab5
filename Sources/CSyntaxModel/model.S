// Embeds syntax.model (written by `dateline train syntax`) in the binary, so the product reads no
// resource files. The assembler finds it through the target's header search path (Package.swift).
// SwiftPM does not track the .incbin dependency: touch this file after retraining.
#if defined(__APPLE__)
  .section __TEXT,__const
  .globl _dateline_syntax_model_start
  .globl _dateline_syntax_model_end
  .p2align 3
_dateline_syntax_model_start:
  .incbin "syntax.model"
_dateline_syntax_model_end:
#else
  .section .rodata
  .globl dateline_syntax_model_start
  .globl dateline_syntax_model_end
  .p2align 3
dateline_syntax_model_start:
  .incbin "syntax.model"
dateline_syntax_model_end:
  .section .note.GNU-stack,"",@progbits
#endif
