import Foundation

/// Expands the paths given on the command line into the inputs to read.
package enum InputPaths {
  /// One input to read, or why a path gives none.
  package enum Entry: Equatable {
    case standardInput
    case file(String)
    case failure(InputError)
  }

  /// The inputs a path names: itself, or a folder's files (recursively, sorted by path, hidden
  /// files and folders skipped), or standard input for `-`.
  package static func entries(for path: String) -> [Entry] {
    if path == "-" { return [.standardInput] }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return [.failure(InputError(.unreadable, "no such file or folder", input: path))]
    }
    guard isFolder.boolValue else { return [.file(path)] }
    var files: [String] = []
    var failures: [Entry] = []
    collect(folder: path, into: &files, failures: &failures)
    files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    if files.isEmpty && failures.isEmpty {
      return [.failure(InputError(.empty, "the folder holds no files", input: path))]
    }
    return failures + files.map(Entry.file)
  }

  /// Adds the visible files under `folder`; symbolic links to folders are not followed, to avoid cycles.
  private static func collect(folder: String, into files: inout [String], failures: inout [Entry]) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      failures.append(.failure(InputError(.unreadable, "the folder cannot be listed", input: folder)))
      return
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names where !name.hasPrefix(".") {
      let path = prefix + name
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      switch attributes?[.type] as? FileAttributeType {
      case .typeDirectory?: collect(folder: path, into: &files, failures: &failures)
      case .typeSymbolicLink?:
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
          files.append(path)
        }
      default: files.append(path)
      }
    }
  }
}
