// libFuzzer target for the RustSyntax module: lexer, item scanner, crate loading and constant evaluation.
// Built and run by scripts/fuzz.sh (not part of the SwiftPM build). The input is split at NUL bytes into up
// to four files: the crate root, `src/a.rs`, `src/b/mod.rs`, and the root of a second crate named `dep`.
import RustSyntax

private let fileNames = ["src/lib.rs", "src/a.rs", "src/b/mod.rs"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    let root = parts.first ?? ""

    let tokens = Lexer.tokenize(root)
    var previousEnd = 0
    for token in tokens {
        precondition(token.offset >= previousEnd && token.line >= 1 && token.column >= 1 && !token.text.isEmpty)
        previousEnd = token.endOffset
    }
    precondition(previousEnd <= root.utf8.count)
    _ = ItemScanner.scanFile(tokens, file: "fuzz.rs")

    var files: [String: String] = [:]
    for (index, text) in parts.prefix(3).enumerated() { files[fileNames[index]] = text }
    let environment = CfgEnvironment(features: ["std", "async-backing"])
    guard
        let crate = try? CrateSource.load(
            name: "fuzz", rootFile: "src/lib.rs", environment: environment,
            provider: MemorySourceProvider(files: files))
    else { return 0 }
    var dependencies: [CrateSource] = []
    if parts.count == 4 {
        dependencies.append(CrateSource.parse(name: "dep", source: parts[3], environment: environment))
    }
    let evaluator = ConstEvaluator(
        crate: crate, resolver: CrateTable(dependencies),
        overrides: [ConstEvaluator.maxPovSizeKey: .integer(10 * 1024 * 1024)])
    for scoped in crate.scopedItems.prefix(64) {
        _ = evaluator.evaluate(scoped)
        if let typeTokens = scoped.item.typeAlias?.typeTokens {
            _ = evaluator.evaluate(type: typeTokens, inModule: scoped.modulePath)
            _ = evaluator.resolveType(typeTokens, inModule: scoped.modulePath)
        }
        if let body = scoped.item.function?.body {
            _ = evaluator.evaluate(expression: body, inModule: scoped.modulePath)
        }
    }
    _ = evaluator.evaluate(expression: tokens)
    _ = evaluator.evaluate(path: "MILLISECS_PER_BLOCK")
    _ = evaluator.evaluate(path: "crate::a::X")
    _ = crate.implBlocks(implementing: "Config")
    _ = crate.occurrences(of: "lookahead::run")
    return 0
}
