import Foundation
import ParaReadyCore
import Readiness

/// The state one fix run shares between the runtime, manifest and node fixers.
struct FixContext {
    let root: String
    let facts: RepositoryFacts
    let target: Stage
    var changes = ChangeSet()
    var outcomes: [FixOutcome] = []
    private var rustFiles: [String: RustFile] = [:]
    private var documents: [String: SourceDocument] = [:]

    init(root: String, facts: RepositoryFacts, target: Stage) {
        self.root = root
        self.facts = facts
        self.target = target
    }

    /// A Rust file by repository-relative path, parsed once. `module` is its module path in its crate.
    mutating func rust(_ path: String, module: [String]) throws(ParaReadyError) -> RustFile {
        if let file = rustFiles[path] { return file }
        let text = try TextFile.read(root + "/" + path, displayPath: path)
        let file = RustFile(path: path, module: module, text: text)
        rustFiles[path] = file
        return file
    }

    /// Every `.rs` file under `<crate>/src`, sorted, parsed.
    mutating func sources(ofCrate crate: String) throws(ParaReadyError) -> [RustFile] {
        let source = crate.isEmpty ? "src" : crate + "/src"
        guard let enumerator = FileManager.default.enumerator(atPath: root + "/" + source) else { return [] }
        var paths: [String] = []
        while let next = enumerator.nextObject() as? String { if next.hasSuffix(".rs") { paths.append(next) } }
        var files: [RustFile] = []
        for path in paths.sorted() {
            files.append(try rust(source + "/" + path, module: RustFile.modulePath(relativeToSource: path)))
        }
        return files
    }

    /// A text file (a manifest) by repository-relative path, read once.
    mutating func document(_ path: String) throws(ParaReadyError) -> SourceDocument {
        if let document = documents[path] { return document }
        let document = SourceDocument(path: path, text: try TextFile.read(root + "/" + path, displayPath: path))
        documents[path] = document
        return document
    }

    /// Records an automatic change when none of its edits collides with one already made; otherwise records
    /// it as a manual step. Returns whether the edits were taken.
    @discardableResult
    mutating func record(_ outcome: FixOutcome) -> Bool {
        var outcome = outcome
        var known: [String: SourceDocument] = [:]
        for edit in outcome.edits {
            if let file = rustFiles[edit.file] { known[edit.file] = file.document }
            if let document = documents[edit.file] { known[edit.file] = document }
        }
        if outcome.manualReason == nil && !outcome.edits.isEmpty {
            if changes.accepts(outcome.edits, documents: known) {
                for edit in outcome.edits { changes.add(edit, document: known[edit.file]!) }
            } else {
                outcome.manualReason = "the change overlaps another change of this fix; make it by hand"
                outcome.edits = []
            }
        } else {
            outcome.edits = []
        }
        outcomes.append(outcome)
        return outcome.automatic
    }

    /// Records a manual step.
    mutating func manual(_ item: String, _ subject: String, _ change: String, reason: String, file: String?, line: Int?)
    {
        outcomes.append(
            FixOutcome(
                item: item, subject: subject, edits: [], change: change, manualReason: reason, file: file, line: line))
    }
}
