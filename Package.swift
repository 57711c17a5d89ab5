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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CGumbo",
      pkgConfig: "gumbo",
      providers: [.apt(["libgumbo-dev"]), .brew(["gumbo-parser"])]
    ),
    // The trained mention tagger, assembled into the binary (see model.S).
    .target(name: "CTaggerModel", cSettings: [.headerSearchPath(".")]),
    .target(name: "DatelineKit", dependencies: ["CGumbo", "CTaggerModel"]),
    .target(name: "DatelineEval", dependencies: ["DatelineKit"]),
    .executableTarget(
      name: "dateline",
      dependencies: [
        "DatelineKit", "DatelineEval",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "DatelineKitTests", dependencies: ["DatelineKit"]),
    .testTarget(name: "DatelineEvalTests", dependencies: ["DatelineEval"]),
  ],
  swiftLanguageModes: [.v6]
)
