import ArgumentParser

/// `dateline eval`: measures one stage against a gold standard.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure a stage against gold data.",
    subcommands: [
      EvalDatelines.self, EvalExtraction.self, EvalTimeML.self, EvalCoNLL.self, EvalPolNeAR.self,
      EvalTabari.self,
      EvalPhoenix.self, EvalSyntax.self, EvalGDELT.self,
    ]
  )
}
