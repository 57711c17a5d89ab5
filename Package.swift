// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Dateline",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "dateline", targets: ["dateline"]),
    .library(name: "DatelineKit", targets: ["DatelineKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CGumbo",
      pkgConfig: "gumbo",
      providers: [.apt(["libgumbo-dev"]), .brew(["gumbo-parser"])]
    ),
    // The trained models (mention tagger, part-of-speech tagger and chunker, quote tagger),
    // assembled into the binary (see models.S).
    .target(name: "CModels", cSettings: [.headerSearchPath(".")]),
    .target(name: "DatelineKit", dependencies: ["CGumbo", "CModels"]),
    .target(name: "DatelineEval", dependencies: ["DatelineKit"]),
    .target(
      name: "DatelineStore",
      dependencies: [
        "DatelineKit",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(
      name: "DatelineServer",
      dependencies: [
        "DatelineKit", "DatelineStore",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "dateline",
      dependencies: [
        "DatelineKit", "DatelineEval", "DatelineStore", "DatelineServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "DatelineKitTests", dependencies: ["DatelineKit"]),
    .testTarget(name: "DatelineEvalTests", dependencies: ["DatelineEval"]),
    .testTarget(
      name: "DatelineStoreTests",
      dependencies: [
        "DatelineStore",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "DatelineServerTests",
      dependencies: [
        "DatelineServer", "DatelineStore",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
