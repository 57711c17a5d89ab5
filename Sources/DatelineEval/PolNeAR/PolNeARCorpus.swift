import DatelineKit
import Foundation

/// Reads the PolNeAR attribution corpus (Newell, Margolin & Ruths, LREC 2018): article texts
/// and their brat standoff annotations.
///
/// Each split folder (`data/train`, `data/dev`) holds `text/NAME.txt` and
/// `attributions/NAME_ANNOTATOR.ann`; an article annotated by several annotators is read with the
/// first annotator's file in name order. Offsets count characters (Unicode scalars), like ours.
/// A discontinuous span (`Content 10 20;25 40`) is read as its extent. Only `train` and `dev` are
/// read: the test split is held out.
public enum PolNeARCorpus {
  /// One gold attribution: its source, cue and content spans (each may be missing).
  public struct Attribution: Sendable, Hashable {
    public var source: TextRange?
    public var cue: TextRange?
    public var content: TextRange?
  }

  public struct Document: Sendable {
    public var name: String
    public var text: String
    public var attributions: [Attribution]
  }

  public enum Split: String, Sendable, CaseIterable {
    case train, dev
  }

  /// The documents of `split` under `root` (the PolNeAR folder, or its `data` folder).
  public static func documents(in root: String, split: Split) throws -> [Document] {
    let fm = FileManager.default
    var folder = (root as NSString).appendingPathComponent("data/" + split.rawValue)
    if !fm.fileExists(atPath: folder) { folder = (root as NSString).appendingPathComponent(split.rawValue) }
    let textFolder = (folder as NSString).appendingPathComponent("text")
    let annotationFolder = (folder as NSString).appendingPathComponent("attributions")
    guard let names = try? fm.contentsOfDirectory(atPath: textFolder),
      let annotations = try? fm.contentsOfDirectory(atPath: annotationFolder)
    else {
      throw InputError(
        .unreadable, "no PolNeAR \(split.rawValue) split (text/ and attributions/) here", input: root)
    }
    let sortedAnnotations = annotations.filter { $0.hasSuffix(".ann") }.sorted()
    var byArticle: [String: String] = [:]
    for file in sortedAnnotations {
      guard let cut = file.dropLast(4).lastIndex(of: "_") else { continue }
      let article = String(file[..<cut])
      if byArticle[article] == nil { byArticle[article] = file }
    }
    var documents: [Document] = []
    for name in names.sorted() where name.hasSuffix(".txt") {
      let article = String(name.dropLast(4))
      guard let annotation = byArticle[article] else { continue }
      let textPath = (textFolder as NSString).appendingPathComponent(name)
      let annotationPath = (annotationFolder as NSString).appendingPathComponent(annotation)
      guard let text = try? String(contentsOfFile: textPath, encoding: .utf8),
        let standoff = try? String(contentsOfFile: annotationPath, encoding: .utf8)
      else { throw InputError(.unreadable, "cannot read the article or its annotation", input: textPath) }
      documents.append(Document(name: article, text: text, attributions: attributions(standoff)))
    }
    return documents
  }

  /// Parses brat standoff: `T` lines give labelled spans, `E` lines tie them into attributions.
  static func attributions(_ standoff: String) -> [Attribution] {
    var spans: [String: TextRange] = [:]
    var events: [[Substring]] = []
    for line in standoff.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      if fields[0].hasPrefix("T") {
        let labelAndRanges = fields[1].split(separator: " ", maxSplits: 1)
        guard labelAndRanges.count == 2 else { continue }
        let numbers = labelAndRanges[1].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap {
          Int($0)
        }
        guard let first = numbers.first, let last = numbers.last else { continue }
        spans[String(fields[0])] = TextRange(start: first, end: last)
      } else if fields[0].hasPrefix("E") {
        events.append(fields[1].split(separator: " "))
      }
    }
    return events.map { roles in
      var attribution = Attribution()
      for role in roles {
        let pair = role.split(separator: ":")
        guard pair.count == 2, let span = spans[String(pair[1])] else { continue }
        switch pair[0] {
        case "Source": attribution.source = span
        case "Cue": attribution.cue = span
        case "Content": attribution.content = span
        default: break
        }
      }
      return attribution
    }
  }
}
