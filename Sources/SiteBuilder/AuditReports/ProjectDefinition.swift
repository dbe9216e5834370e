import Foundation
import ParaReadyCore
import TOMLKit

/// One project the site publishes an audit report for: `content/projects/<slug>.toml`.
///
/// ```toml
/// name = "Enabled template"
/// description = "The 2025 parachain template on polkadot-stable2503."
/// repository = "../examples/enabled-template"   # a local checkout, audited at build time, or
/// report = "saved/acme.audit.json"              # a saved `paraready audit --format json` from the project's CI
/// audited = "2026-11-20"                        # when that saved report was made (saved reports only)
/// features = ["async-backing"]                  # cargo features to audit with (local repositories)
/// homepage = "https://example.org"
/// ```
public struct ProjectDefinition: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// A repository folder, relative to the project root.
        case repository(String)
        /// A saved audit JSON file, relative to the project root.
        case savedReport(String)
    }

    /// The file name without `.toml`; the report's URL is `reports/<slug>/`.
    public var slug: String
    public var name: String
    public var description: String?
    public var source: Source
    public var audited: String?
    public var features: [String]
    public var homepage: String?
    /// The definition file, as messages show it.
    public var file: String
    /// Where the definition names its source (the `repository` or `report` line), for warnings.
    public var sourceLocation: SourceLocation? = nil

    static let keys: Set<String> = ["name", "description", "repository", "report", "audited", "features", "homepage"]

    /// Parses a definition; `directory` is the definition file's folder relative to the project root.
    static func parse(_ text: String, file: String, directory: String, slug: String) throws(ParaReadyError)
        -> ProjectDefinition
    {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ParaReadyError(
                .syntax, "project definition is not valid TOML: \(error.description)",
                at: SourceLocation(file: file, line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            throw ParaReadyError(.syntax, "project definition is not valid TOML", file: file, causes: ["\(error)"])
        }
        func located(_ key: String) -> SourceLocation {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix(key) && trimmed.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix("=") {
                    return SourceLocation(file: file, line: index + 1, column: line.count - trimmed.count + 1)
                }
            }
            return SourceLocation(file: file, line: 1, column: 1)
        }
        for key in table.keys.sorted() where !keys.contains(key) {
            throw ParaReadyError(
                .invalidValue, "unknown key '\(key)' (expected one of \(keys.sorted().joined(separator: ", ")))",
                at: located(key))
        }
        func string(_ key: String) throws(ParaReadyError) -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string else {
                throw ParaReadyError(.invalidValue, "'\(key)' must be a string", at: located(key))
            }
            return text
        }
        guard let name = try string("name") else {
            throw ParaReadyError(.invalidValue, "project definition lacks 'name'", file: file)
        }
        let repository = try string("repository")
        let report = try string("report")
        let source: Source
        switch (repository, report) {
        case (let path?, nil): source = .repository(Self.join(directory, path))
        case (nil, let path?): source = .savedReport(Self.join(directory, path))
        case (.some, .some):
            throw ParaReadyError(.invalidValue, "give either 'repository' or 'report', not both", at: located("report"))
        case (nil, nil):
            throw ParaReadyError(
                .invalidValue,
                "project definition needs 'repository' (a local checkout) or 'report' (a saved audit JSON)", file: file)
        }
        var features: [String] = []
        if let value = table["features"] {
            guard let array = value.array, array.allSatisfy({ $0.string != nil }) else {
                throw ParaReadyError(.invalidValue, "'features' must be a list of strings", at: located("features"))
            }
            features = array.compactMap(\.string)
        }
        let audited = try string("audited")
        if let audited, audited.count != 10 || audited.split(separator: "-").count != 3 {
            throw ParaReadyError(
                .invalidValue, "'audited' must be a date written YYYY-MM-DD, not '\(audited)'", at: located("audited"))
        }
        return ProjectDefinition(
            slug: slug, name: name, description: try string("description"), source: source,
            audited: audited, features: features, homepage: try string("homepage"), file: file,
            sourceLocation: located(repository != nil ? "repository" : "report"))
    }

    /// `content/projects` + `../examples/x` → `content/examples/x`, normalised.
    static func join(_ directory: String, _ relative: String) -> String {
        var parts = directory.split(separator: "/").map(String.init)
        for piece in relative.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
