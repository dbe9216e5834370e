import Foundation

/// The terminal form of a diagnosis.
extension DiagnosisReport {
    /// Renders the report for a terminal; `colors` adds ANSI colours (callers decide: a TTY and no `NO_COLOR`).
    public func text(colors: Bool) -> String {
        let style = TextStyle(enabled: colors)
        var out = "paraready diagnose: \(input) — \(lines) \(lines == 1 ? "line" : "lines")\n"
        for finding in findings {
            out += "\n"
            out += style.level(finding.level) + " " + style.bold(finding.title) + "  (\(finding.id))\n"
            var counted = "\(finding.count) \(finding.count == 1 ? "occurrence" : "occurrences")"
            if let measurement = finding.measurement {
                counted =
                    "\(measurement.slow) of \(measurement.samples) block intervals ≥ "
                    + "\(Self.seconds(measurement.atLeastMs)) (median \(Self.seconds(measurement.medianMs)))"
            }
            if finding.echoes > 0 {
                counted += "; \(finding.echoes) more repeated in error reports (WASM backtraces) not counted"
            }
            out += Self.field("", counted)
            out += Self.occurrence("first", finding.first)
            if finding.count > 1 { out += Self.occurrence("last", finding.last) }
            let variants = finding.variants.filter { $0.count > 0 }
            if variants.count > 1 || variants.first?.note != nil {
                for variant in variants {
                    out += Self.field("text", "\(variant.count)× \(variant.note ?? variant.pattern)")
                }
            }
            if let roots = finding.precededBy {
                for root in roots {
                    out += Self.field(
                        "after", "\(root.title) (\(root.id)): \(root.count) of \(finding.count) — fix that one first")
                }
                if let unpaired = finding.unpaired, unpaired > 0 {
                    out += Self.field("after", "no known panic just before: \(unpaired) of \(finding.count)")
                }
            }
            out += Self.field("cause", finding.cause)
            out += Self.field("fix", finding.fix)
            out += Self.field("check", finding.items.joined(separator: ", "))
            out += Self.field("guide", finding.guide)
            for explanation in finding.explanations { out += Self.explanation(explanation) }
        }
        out += "\n"
        if blockIntervals.samples > 0, let median = blockIntervals.medianMs {
            let which = blockIntervals.chain == "parachain" ? "[Parachain] block" : "block"
            out +=
                "Measured \(which) intervals: median \(Self.seconds(median)) over \(blockIntervals.samples) "
                + "\(blockIntervals.samples == 1 ? "interval" : "intervals").\n"
        } else {
            out += "Block intervals: not measured (no timestamped `Imported #N` lines for the parachain).\n"
        }
        if !guideOnly.isEmpty {
            out +=
                "Not detectable from a log (see the guide"
                + (repository == nil ? "; --repo checks the repository for them" : "") + "): "
                + guideOnly.map(\.title).joined(separator: "; ") + ".\n"
            for note in guideOnly where !note.explanations.isEmpty {
                out +=
                    style.level(note.level) + " " + style.bold(note.title)
                    + "  (\(note.id)) — suggested by the repository\n"
                for explanation in note.explanations { out += Self.explanation(explanation) }
                out += Self.field("guide", note.guide)
            }
        }
        if findings.isEmpty {
            out += "No known async-backing failure signatures found in \(lines) \(lines == 1 ? "line" : "lines").\n"
        } else {
            var parts: [String] = []
            for (count, word) in [(summary.error, "error"), (summary.warning, "warning"), (summary.info, "info")]
            where count > 0 {
                parts.append("\(count) \(word)\(count == 1 || word == "info" ? "" : "s")")
            }
            out +=
                "\(findings.count) \(findings.count == 1 ? "signature" : "signatures") found "
                + "(\(parts.joined(separator: ", "))) in \(lines) \(lines == 1 ? "line" : "lines").\n"
        }
        return out
    }

    private static let indent = String(repeating: " ", count: 9)

    private static func field(_ label: String, _ value: String) -> String {
        let head = label.isEmpty ? indent : indent + label.padding(toLength: 7, withPad: " ", startingAt: 0)
        return wrap(value, firstPrefix: head, prefix: indent + String(repeating: " ", count: label.isEmpty ? 0 : 7))
    }

    private static func occurrence(_ label: String, _ occurrence: Occurrence) -> String {
        var where_ = "line \(occurrence.line)"
        if let timestamp = occurrence.timestamp { where_ += "  \(timestamp)" }
        if let chain = occurrence.chain { where_ += "  [\(chain == "parachain" ? "Parachain" : "Relaychain")]" }
        var out = field(label, where_)
        out += indent + String(repeating: " ", count: 7) + occurrence.text + "\n"
        return out
    }

    private static func explanation(_ explanation: Explanation) -> String {
        var text = "\(explanation.scope): \(explanation.says)"
        if !explanation.evidence.isEmpty { text += " (\(explanation.evidence.joined(separator: ", ")))" }
        return field("repo", text)
    }

    /// Milliseconds as seconds with one decimal: `12000` → `12.0 s`.
    static func seconds(_ milliseconds: Int) -> String {
        "\(milliseconds / 1000).\((milliseconds % 1000) / 100) s"
    }

    /// Word-wraps `text` to 110 columns.
    private static func wrap(_ text: String, firstPrefix: String, prefix: String) -> String {
        let width = 110
        var out = ""
        var line = firstPrefix
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && line.count + 1 + word.count > width {
                out += line + "\n"
                line = prefix
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        return out + line + "\n"
    }
}

/// ANSI styling that can be switched off.
private struct TextStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func level(_ level: Signature.Level) -> String {
        let word = level.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        guard enabled else { return word }
        switch level {
        case .error: return "\u{1B}[1;31m\(word)\u{1B}[0m"
        case .warning: return "\u{1B}[33m\(word)\u{1B}[0m"
        case .info: return "\u{1B}[36m\(word)\u{1B}[0m"
        }
    }
}
