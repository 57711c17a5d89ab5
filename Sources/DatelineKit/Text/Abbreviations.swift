/// Abbreviations written with a final period in English news copy.
///
/// Looked up by a hash of the lower-cased bytes, so the tokenizer checks a word without making a
/// string. "Non-final" abbreviations (titles, months, `No.`) never end a sentence; the others
/// (`Inc.`, `Corp.`, `Calif.`) end one when an ordinary sentence opener follows.
enum Abbreviations {
  static let nonFinal: Set<UInt64> = hashes([
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
    "sen", "rep", "rev", "st", "ste", "jr", "sr", "messrs", "mt", "ft", "pres", "supt", "insp", "det", "cpl",
    "pvt", "brig", "hon", "amb", "fr", "sec", "atty", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "e.g", "i.e", "cf", "approx", "ca", "fig", "vol",
    "pp",
    "op", "art", "para", "sch", "ave", "blvd", "rd", "mme", "mlle", "sra", "sr", "dept", "univ", "assn",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ])

  static let possiblyFinal: Set<UInt64> = hashes([
    "inc", "corp", "co", "ltd", "bros", "plc", "llc", "cos", "etc", "al", "est", "ala", "ariz", "ark",
    "calif",
    "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
    "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
    "wyo", "ont", "que", "alta", "sask", "man", "nfld", "mln", "bln", "pct", "dlrs", "yrs", "min", "max",
    "govt", "intl",
  ])

  /// FNV-1a over lower-cased ASCII bytes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = start
    while i < end {
      var b = bytes[i]
      if b &- 0x41 < 26 { b |= 0x20 }
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      i += 1
    }
    return h
  }

  private static func hashes(_ words: [String]) -> Set<UInt64> {
    Set(
      words.map { word in
        Array(word.utf8).withUnsafeBufferPointer { hash($0, 0, $0.count) }
      })
  }
}
