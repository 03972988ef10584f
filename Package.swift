// swift-tools-version: 6.0
import PackageDescription

/// Every target is compiled in Swift 6 language mode with existential `any` spelled out.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Entente",
    products: [
        .library(name: "EntenteCore", targets: ["EntenteCore"]),
        .library(name: "EntenteText", targets: ["EntenteText"]),
        .library(name: "EntenteCoding", targets: ["EntenteCoding"]),
        .library(name: "EntenteIngest", targets: ["EntenteIngest"]),
        .library(name: "EntenteFuzzing", targets: ["EntenteFuzzing"]),
        .library(name: "EntenteStore", targets: ["EntenteStore"]),
        .library(name: "EntenteFetch", targets: ["EntenteFetch"]),
        .library(name: "EntentePostgres", targets: ["EntentePostgres"]),
        .library(name: "EntenteServer", targets: ["EntenteServer"]),
        .executable(name: "entente", targets: ["entente"]),
        .executable(name: "entente-benchmark", targets: ["entente-benchmark"]),
        .executable(name: "entente-fuzz", targets: ["entente-fuzz"]),
        .executable(name: "entente-store-benchmark", targets: ["entente-store-benchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(name: "EntenteCore", swiftSettings: strictSettings),
        .target(
            name: "EntenteText",
            dependencies: ["EntenteCore"],
            resources: [.copy("Resources/Models")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "EntenteCoding",
            dependencies: ["EntenteCore", "EntenteText"],
            resources: [.copy("Resources/Dictionaries")],
            swiftSettings: strictSettings
        ),
        // Debian's libxml2 reads HTML pages and RSS/Atom feeds; `.ci/run` installs its headers.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "EntenteIngest", dependencies: ["EntenteCore", "CLibXML2"], swiftSettings: strictSettings),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteCore", "EntenteText", "EntenteCoding", "EntenteIngest", "EntenteStore", "EntenteFetch", "EntenteServer", "EntentePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "EntenteStore",
            dependencies: ["EntenteCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The second store: PostgreSQL (postgres-nio), for many workers and many readers.
        .target(
            name: "EntentePostgres",
            dependencies: [
                "EntenteCore", "EntenteStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "EntenteFetch",
            dependencies: [
                "EntenteCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        // The HTTP API and the web UI over the store (Hummingbird 2); the CLI's `serve` runs it.
        .target(
            name: "EntenteServer",
            dependencies: [
                "EntenteCore", "EntenteCoding", "EntenteStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "EntenteFuzzing",
            dependencies: ["EntenteCore", "EntenteText", "EntenteCoding", "EntenteIngest"],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "entente-fuzz", dependencies: ["EntenteFuzzing"], swiftSettings: strictSettings),
        .executableTarget(
            name: "entente-benchmark",
            dependencies: ["EntenteCore", "EntenteText", "EntenteCoding", "EntenteIngest"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "entente-store-benchmark",
            dependencies: ["EntenteCore", "EntenteStore", "EntentePostgres"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "EntenteCoreTests", dependencies: ["EntenteCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "EntenteTextTests",
            dependencies: ["EntenteText"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteCodingTests",
            dependencies: ["EntenteCoding"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteIngestTests",
            dependencies: ["EntenteIngest"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "EntenteStoreTests", dependencies: ["EntenteStore", "EntentePostgres"], swiftSettings: strictSettings),
        .testTarget(
            name: "EntenteFetchTests",
            dependencies: ["EntenteFetch"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteFuzzingTests",
            dependencies: ["EntenteFuzzing"],
            resources: [.copy("Crashes")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteServerTests",
            dependencies: [
                "EntenteServer", "EntenteFuzzing",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteCLITests",
            dependencies: ["entente"],
            swiftSettings: strictSettings
        ),
    ]
)
