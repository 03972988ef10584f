import EntenteCoding
import EntenteFuzzing
import Foundation
import Testing

/// Every input the fuzzer ever broke the pipeline with, replayed: none may trap or break a
/// property again.
@Suite struct CrashRegressionTests {
    static let coder: Coder? = try? BundledCoder.load()

    static var crashFiles: [URL] {
        guard let folder = Bundle.module.url(forResource: "Crashes", withExtension: nil) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func theCrashFolderHoldsInputs() {
        #expect(Self.crashFiles.count > 0)
    }

    @Test(arguments: crashFiles)
    func crashInputCodesCleanly(_ file: URL) throws {
        let properties = PipelineProperties(coder: try #require(Self.coder, "the shipped dictionaries load"))
        let bytes = try [UInt8](Data(contentsOf: file))
        #expect(properties.violations(bytes) == [], "\(file.lastPathComponent)")
    }
}
