import Foundation
import Testing

@testable import CargoModel

@Suite struct SDKReleaseTableTests {
    static let moduleDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CargoModel")

    /// The Swift source that holds `table` as values, as the generator writes it.
    static func generatedSource(for table: SDKReleaseTable) -> String {
        func literal(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        out += "\\u{" + String(scalar.value, radix: 16) + "}"
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        func optional(_ text: String?) -> String { text.map(literal) ?? "nil" }
        func release(_ release: SDKRelease?) -> String {
            guard let release else { return "nil" }
            return "SDKRelease(kind: .\(release.kind.rawValue), numbers: \(release.numbers), releaseCandidate: "
                + "\(release.releaseCandidate.map(String.init) ?? "nil"), label: \(optional(release.label)))"
        }
        func entries(_ entries: [SDKReleaseTable.Entry], indent: String) -> String {
            guard !entries.isEmpty else { return "[]" }
            let lines = entries.map { entry in
                "\(indent)    Entry(version: \(literal(entry.version)), confidence: .\(entry.confidence.rawValue), "
                    + "note: \(optional(entry.note))),"
            }
            return "[\n" + lines.joined(separator: "\n") + "\n\(indent)]"
        }
        var rows: [String] = []
        for row in table.releases {
            let crates = row.crates.keys.sorted().map { crate in
                "                    \(literal(crate)): \(entries(row.crates[crate]!, indent: "                    ")),"
            }
            rows.append(
                """
                            Row(
                                id: \(literal(row.id)), release: \(release(row.release)),
                                label: \(optional(row.label)), after: \(release(row.after)), before: \(release(row.before)),
                                source: \(literal(row.source)),
                                crates: [
                \(crates.joined(separator: "\n"))
                                ],
                                umbrella: \(entries(row.umbrella, indent: "                "))),
                """)
        }
        return """
            // swift-format-ignore-file
            // Generated from Data/sdk-releases.json by the CargoModel tests (PARAREADY_RECORD=1 swift test --filter
            // CargoModelTests); edit the JSON file, not this one. A test fails when the two differ.

            extension SDKReleaseTable {
                /// The table of `Data/sdk-releases.json` as values: decoding the JSON on every run took about 1.5 ms of
                /// CPU (4% of the instructions of an `inspect` of the bench monorepo).
                public static let builtin = SDKReleaseTable(
                    schema: \(literal(table.schema)),
                    about: \(literal(table.about)),
                    crates: [\(table.crates.map(literal).joined(separator: ", "))],
                    releases: [
            \(rows.joined(separator: "\n"))
                    ])
            }

            """
    }

    static func dataFileTable() throws -> (json: String, table: SDKReleaseTable) {
        let json = try String(
            contentsOf: moduleDirectory.appendingPathComponent("Data/sdk-releases.json"), encoding: .utf8)
        return (json, try SDKReleaseTable.decode(Data(json.utf8), displayPath: "sdk-releases.json"))
    }

    @Test func builtinTableIsTheDataFile() throws {
        let (_, table) = try Self.dataFileTable()
        let sourceURL = Self.moduleDirectory.appendingPathComponent("SDKReleaseTable+Builtin.swift")
        let expected = Self.generatedSource(for: table)
        if ProcessInfo.processInfo.environment["PARAREADY_RECORD"] == "1" {
            try expected.write(to: sourceURL, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: sourceURL, encoding: .utf8) == expected)
        #expect(SDKReleaseTable.builtin == table)
    }

    @Test func builtinTableDecodes() {
        let table = SDKReleaseTable.builtin
        #expect(table.schema == "paraready.sdk-releases/1")
        #expect(table.crates.count == 7)
        #expect(table.releases.count == 26)
        #expect(table.row(for: .stable(2503, patch: 4))?.id == "stable2503")
        #expect(table.rows(crate: "frame-support", version: "38.2.0").map(\.id) == ["stable2409"])
    }

    @Test func namedRowsAreInChronologicalOrderAndUnique() {
        let named = SDKReleaseTable.builtin.releases.compactMap(\.release)
        #expect(named == named.sorted())
        #expect(Set(named).count == named.count)
        for row in SDKReleaseTable.builtin.releases where row.release == nil {
            #expect(row.after != nil && row.before != nil && row.label != nil)
        }
    }

    /// §3.4: for 1.N (N ≤ 13) frame-support (22+N), pallet-aura (21+N), sp-consensus-aura 0.(26+N), the four
    /// cumulus crates 0.(N+1).
    @Test func formulaRowsFollowTheFormula() throws {
        let table = SDKReleaseTable.builtin
        for minor in 0...13 {
            let row = try #require(table.row(for: .v1(minor)))
            func key(_ crate: String) -> String? {
                row.crates[crate]?.first.flatMap { CrateVersion($0.version)?.compatibilityKey }
            }
            #expect(key("frame-support") == "\(22 + minor)")
            #expect(key("pallet-aura") == "\(21 + minor)")
            #expect(key("sp-consensus-aura") == "0.\(26 + minor)")
            for crate in [
                "cumulus-pallet-parachain-system", "cumulus-pallet-aura-ext", "cumulus-primitives-aura",
                "cumulus-client-consensus-aura",
            ] {
                #expect(key(crate) == "0.\(minor + 1)", "\(crate) at 1.\(minor)")
            }
        }
    }

    /// Every named release can be told apart from every other by its full crate set.
    @Test func everyReleaseIsIdentifiableByItsCrates() {
        let table = SDKReleaseTable.builtin
        for row in table.releases {
            var remaining = Set(table.releases.map(\.id))
            for (crate, entries) in row.crates {
                for entry in entries where entry.confidence != .unconfirmed {
                    remaining.formIntersection(table.rows(crate: crate, version: entry.version).map(\.id))
                }
            }
            #expect(remaining == [row.id], "\(row.id)")
        }
    }

    @Test func loadsATableFromAFile() throws {
        let tree = try TemporaryTree(["table.json": try Self.dataFileTable().json, "bad.json": "{\"schema\": 1}"])
        #expect(try SDKReleaseTable.load(path: tree.path("table.json")) == SDKReleaseTable.builtin)
        #expect(throws: (any Error).self) { try SDKReleaseTable.load(path: tree.path("bad.json")) }
    }
}
