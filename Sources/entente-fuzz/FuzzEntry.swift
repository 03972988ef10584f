import EntenteFuzzing
import Foundation

// Built two ways. With `-D FUZZING -sanitize=fuzzer,address` (Scripts/fuzz.sh) this is a
// libFuzzer target: libFuzzer supplies `main` and calls the entry point below with each
// input, and a broken property traps so libFuzzer keeps the input as a crash. Built plainly
// it replays files or folders of inputs and reports what each broke, which is how a crash
// is checked once fixed.

/// Loaded once: dictionary loading dwarfs coding one input.
let properties: PipelineProperties = {
    do {
        return PipelineProperties(coder: try BundledCoder.load())
    } catch {
        FileHandle.standardError.write(Data("entente-fuzz: \(error)\n".utf8))
        exit(2)
    }
}()

#if FUZZING
/// libFuzzer's driver, called in place of its own `main` because SwiftPM names this
/// executable's entry point itself.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Checks one input; a broken property traps so libFuzzer keeps the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = properties.violations(bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "; ")) }
    return 0
}

/// Hands the command line to libFuzzer.
@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        _ = properties
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
/// Replays inputs without libFuzzer.
@main
enum Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: entente-fuzz FILE|FOLDER…  (replays fuzzer inputs; see Scripts/fuzz.sh)\n".utf8))
            exit(2)
        }
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().map { "\(path)/\($0)" }
            } else {
                files.append(path)
            }
        }
        var failed = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read")
                failed += 1
                continue
            }
            let problems = properties.violations([UInt8](data))
            if !problems.isEmpty {
                failed += 1
                print("\(file): \(problems.joined(separator: "; "))")
            }
        }
        print("\(files.count) inputs replayed, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }
}
#endif
