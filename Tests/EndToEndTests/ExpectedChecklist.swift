import Foundation

/// The checklist outcomes an example's human-written EXPECTED.md states, per runtime entry.
///
/// Three table shapes occur: one `| item | outcome | why |` table (one runtime), one such table per
/// variant under a heading naming it (`variant: null` or `` `async-backing` ``), and a matrix
/// `| item | canary | devnet | mainnet |` whose cells start with the outcome (repository items are then in a
/// `Repository items:` sentence).
struct ExpectedChecklist {
    struct Outcome: Equatable {
        /// `pass`, `fail`, `warn` or `not-applicable`.
        var status: String
        /// The `file:line` locations the row's explanation names.
        var locations: [Location]
    }

    struct Location: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var description: String { "\(file):\(line)" }
    }

    /// Runtime subject → item id → outcome.
    var outcomes: [String: [String: Outcome]]

    /// Parses `text`; `runtimes` are the subjects of the example's runtime entries (from audit.json).
    init(markdown text: String, runtimes: [String]) throws {
        let lines = text.components(separatedBy: "\n")
        var repositoryItems: [String: Outcome] = [:]
        for line in lines where line.hasPrefix("Repository items:") {
            for match in line.matches(of: /`([a-z0-9-]+)` (pass|fail|warn|n\/a)/) {
                repositoryItems[String(match.1)] = Outcome(status: Self.status(String(match.2)), locations: [])
            }
        }
        var outcomes: [String: [String: Outcome]] = [:]
        var heading = ""
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("## ") { heading = line }
            guard line.hasPrefix("| item |") else {
                index += 1
                continue
            }
            let columns = Self.cells(line)
            index += 2
            var rows: [[String]] = []
            while index < lines.count && lines[index].hasPrefix("|") {
                rows.append(Self.cells(lines[index]))
                index += 1
            }
            if columns.dropFirst() == ["outcome", "why"] {
                let subject = try Self.subject(forHeading: heading, runtimes: runtimes)
                var table = outcomes[subject] ?? repositoryItems
                for row in rows where row.count == 3 {
                    table[row[0]] = Outcome(status: try Self.leadingStatus(row[1]), locations: Self.locations(row[2]))
                }
                outcomes[subject] = table
            } else {
                for (offset, name) in columns.dropFirst().enumerated() {
                    let subject = try require(
                        runtimes.first { $0.split(separator: "@")[0].hasSuffix("/" + name) },
                        "no runtime entry for the column \(name)")
                    var table = outcomes[subject] ?? repositoryItems
                    for row in rows where row.count == columns.count {
                        let cell = row[offset + 1]
                        table[row[0]] = Outcome(status: try Self.leadingStatus(cell), locations: Self.locations(cell))
                    }
                    outcomes[subject] = table
                }
            }
        }
        self.outcomes = outcomes
    }

    static func cells(_ line: String) -> [String] {
        var trimmed = Substring(line.trimmingCharacters(in: .whitespaces))
        if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    static func status(_ word: String) -> String { word == "n/a" ? "not-applicable" : word }

    /// The outcome word a cell starts with (`pass — monotonic` → `pass`).
    static func leadingStatus(_ cell: String) throws -> String {
        let word = String(cell.prefix { !$0.isWhitespace })
        guard ["pass", "fail", "warn", "n/a"].contains(word) else {
            throw ExpectationFileError(message: "not an outcome: \(cell)")
        }
        return status(word)
    }

    /// `` `path/file.rs:123` `` references in a cell.
    static func locations(_ cell: String) -> [Location] {
        cell.matches(of: /`([A-Za-z0-9_.\/-]+\.(?:rs|toml|json)):(\d+)`/).map {
            Location(file: String($0.1), line: Int($0.2) ?? 0)
        }
    }

    static func subject(forHeading heading: String, runtimes: [String]) throws -> String {
        if runtimes.count == 1 { return runtimes[0] }
        if heading.contains("variant: null") {
            return try require(runtimes.first { !$0.contains("@") }, "no default runtime entry")
        }
        let variant = try require(heading.firstMatch(of: /`([a-z0-9-]+)`/)?.1, "no variant in \(heading)")
        return try require(runtimes.first { $0.hasSuffix("@\(variant)") }, "no runtime entry for \(variant)")
    }
}
