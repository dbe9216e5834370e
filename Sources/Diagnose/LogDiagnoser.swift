import Foundation
import ParaReadyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the signature catalog over a collator or node log and builds the report.
public struct LogDiagnoser: Sendable {
    public var catalog: SignatureCatalog
    /// Repository facts for explanations (`--repo`), if any.
    public var facts: FactSet?
    /// How the report names the repository the facts came from.
    public var repository: String?

    public init(catalog: SignatureCatalog, facts: FactSet? = nil, repository: String? = nil) {
        self.catalog = catalog
        self.facts = facts
        self.repository = repository
    }

    /// Diagnoses the log at `path`, or standard input for `-`. Missing, unreadable or directory paths are
    /// input errors.
    public func diagnose(file path: String) throws(ParaReadyError) -> DiagnosisReport {
        let scanner = LogScanner(catalog: catalog)
        if path == "-" {
            do {
                try scanner.scan(fileDescriptor: STDIN_FILENO)
            } catch {
                throw ParaReadyError(.io, "cannot read standard input", file: "<stdin>", causes: [error.message])
            }
            return report(scanner, input: "<stdin>")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ParaReadyError(.io, "no such file", file: path)
        }
        if isDirectory.boolValue { throw ParaReadyError(.io, "is a directory, expected a log file", file: path) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ParaReadyError(
                .io, "cannot read file (permission denied?)", file: path, causes: [String(cString: strerror(errno))])
        }
        defer { close(fd) }
        do {
            try scanner.scan(fileDescriptor: fd)
        } catch {
            throw ParaReadyError(.io, "cannot read file", file: path, causes: [error.message])
        }
        return report(scanner, input: path)
    }

    /// Diagnoses a log held in memory.
    public func diagnose(bytes: [UInt8], name: String) -> DiagnosisReport {
        let scanner = LogScanner(catalog: catalog)
        scanner.scan(bytes: bytes)
        return report(scanner, input: name)
    }

    private func report(_ scanner: LogScanner, input: String) -> DiagnosisReport {
        var findings: [SignatureFinding] = []
        var guideOnly: [GuideOnlyNote] = []
        let intervals = scanner.intervals
        for (index, signature) in catalog.signatures.enumerated() {
            let explanations = facts.map { Explanation.explain(signature, with: $0) } ?? []
            switch signature.detection {
            case .log:
                let state = scanner.states[index]
                guard state.count > 0, let first = state.first, let last = state.last else { continue }
                var level: Signature.Level = .info
                var variants: [SignatureFinding.Variant] = []
                for (position, pattern) in signature.patterns.enumerated() {
                    let count = state.variantCounts[position]
                    if count > 0 { level = max(level, pattern.level ?? signature.level) }
                    variants.append(.init(pattern: pattern.source, count: count, note: pattern.note))
                }
                var roots: [SignatureFinding.Root]?
                if !signature.follows.isEmpty {
                    roots = state.roots.map { (rootIndex, count) in
                        SignatureFinding.Root(
                            id: catalog.signatures[rootIndex].id, title: catalog.signatures[rootIndex].title,
                            count: count)
                    }.sorted {
                        ($1.count, catalog.index(of: $0.id)!) < ($0.count, catalog.index(of: $1.id)!)
                    }
                }
                findings.append(
                    SignatureFinding(
                        id: signature.id, title: signature.title, level: level, detection: .log, count: state.count,
                        first: first, last: last, echoes: state.echoes, variants: variants, precededBy: roots,
                        unpaired: roots == nil ? nil : state.unpaired, measurement: nil, cause: signature.cause,
                        fix: signature.fix, items: signature.items, guide: signature.guide,
                        explanations: explanations))
            case .blockIntervals:
                guard let rule = signature.intervals,
                    let ruleIndex = scanner.intervalSignatures.firstIndex(of: index)
                else { continue }
                let state = intervals.tracker.rules[ruleIndex]
                guard rule.isMet(slow: state.slow, samples: intervals.tracker.samples), let first = state.first,
                    let last = state.last
                else { continue }
                findings.append(
                    SignatureFinding(
                        id: signature.id, title: signature.title, level: signature.level, detection: .blockIntervals,
                        count: state.slow, first: first, last: last, echoes: 0, variants: [], precededBy: nil,
                        unpaired: nil,
                        measurement: .init(
                            slow: state.slow, samples: intervals.tracker.samples, atLeastMs: rule.atLeastMs,
                            medianMs: intervals.tracker.medianMs ?? 0),
                        cause: signature.cause, fix: signature.fix, items: signature.items, guide: signature.guide,
                        explanations: explanations))
            case .guideOnly:
                guideOnly.append(
                    GuideOnlyNote(
                        id: signature.id, title: signature.title, level: signature.level, guide: signature.guide,
                        items: signature.items, explanations: explanations))
            }
        }
        let tracker = intervals.tracker
        return DiagnosisReport(
            input: input, lines: scanner.lines, bytes: scanner.bytesRead, findings: findings, guideOnly: guideOnly,
            blockIntervals: BlockIntervalSummary(
                chain: intervals.chain, imports: tracker.imports, samples: tracker.samples, medianMs: tracker.medianMs,
                maxMs: tracker.samples > 0 ? tracker.maxMs : nil),
            repository: repository,
            summary: .init(
                error: findings.filter { $0.level == .error }.count,
                warning: findings.filter { $0.level == .warning }.count,
                info: findings.filter { $0.level == .info }.count))
    }
}
