import Foundation
import Testing

/// docs/json-output.md documents the JSON documents field by field: every key `paraready audit --format json`
/// emits for the bundled examples must be named there.
@Suite struct JSONOutputDocTests {
    static let doc = CLIRunner.packageRoot.appendingPathComponent("docs/json-output.md")

    /// Identifiers written inside the doc's code spans and table cells (`sdk.release`, `{file, line}`).
    static func documentedNames() throws -> Set<String> {
        let text = try String(contentsOf: doc, encoding: .utf8)
        var names: Set<String> = []
        for span in text.matches(of: /`([^`\n]+)`/) {
            for token in span.1.matches(of: /[A-Za-z_][A-Za-z0-9_]*/) { names.insert(String(token.0)) }
        }
        return names
    }

    static func keys(of value: Any, into keys: inout [String: String], path: String) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let childPath = path + "." + key
                if keys[key] == nil { keys[key] = childPath }
                Self.keys(of: child, into: &keys, path: childPath)
            }
        } else if let array = value as? [Any] {
            for child in array { Self.keys(of: child, into: &keys, path: path + "[]") }
        }
    }

    @Test func everyEmittedKeyIsDocumented() throws {
        let documented = try Self.documentedNames()
        var keys: [String: String] = [:]
        for example in AuditExpectation.examples {
            let result = try CLIRunner.run([
                "audit", "content/examples/\(example)", "--format", "json", "--fail-on", "never",
            ])
            Self.keys(of: try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)), into: &keys, path: "")
        }
        #expect(keys.count > 50)
        let undocumented = keys.filter { !documented.contains($0.key) }.map { "\($0.key) (at \($0.value))" }.sorted()
        #expect(undocumented.isEmpty, "keys not in docs/json-output.md: \(undocumented)")
    }

    @Test func theDocNamesTheSchemaAndEveryFindingField() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        #expect(text.contains("## `paraready.audit/1`"))
        for field in [
            "item", "severity", "status", "subject", "message", "file", "line", "column", "sourceLine", "expected",
            "actual", "change",
        ] {
            #expect(text.contains("| `\(field)` |"), "finding field \(field) has no row")
        }
    }

    /// The check must be able to fail: a name that is nowhere in the doc is reported.
    @Test func anUndocumentedNameIsNoticed() throws {
        #expect(!(try Self.documentedNames()).contains("surelyNotAFieldName"))
        #expect((try Self.documentedNames()).contains("nextSteps"))
    }
}
