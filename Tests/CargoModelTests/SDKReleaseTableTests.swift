import Foundation
import Testing

@testable import CargoModel

@Suite struct SDKReleaseTableTests {
    static let moduleDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CargoModel")

    /// The Swift source that embeds `json`, as the generator writes it.
    static func embeddedSource(for json: String) -> String {
        let body = json.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : "        " + line
        }.joined(separator: "\n")
        return """
            // Generated from Data/sdk-releases.json by the CargoModel tests (PARAREADY_RECORD=1 swift test --filter
            // CargoModelTests); edit the JSON file, not this one. A test fails when the two differ.

            extension SDKReleaseTable {
                static let builtinJSON = #\"\"\"
            \(body)        \"\"\"#
            }

            """
    }

    @Test func embeddedTableMatchesTheDataFile() throws {
        let json = try String(
            contentsOf: Self.moduleDirectory.appendingPathComponent("Data/sdk-releases.json"), encoding: .utf8)
        let sourceURL = Self.moduleDirectory.appendingPathComponent("SDKReleaseTable+Builtin.swift")
        let expected = Self.embeddedSource(for: json)
        if ProcessInfo.processInfo.environment["PARAREADY_RECORD"] == "1" {
            try expected.write(to: sourceURL, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: sourceURL, encoding: .utf8) == expected)
        #expect(SDKReleaseTable.builtinJSON + "\n" == json || SDKReleaseTable.builtinJSON == json)
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
        let tree = try TemporaryTree(["table.json": SDKReleaseTable.builtinJSON, "bad.json": "{\"schema\": 1}"])
        #expect(try SDKReleaseTable.load(path: tree.path("table.json")) == SDKReleaseTable.builtin)
        #expect(throws: (any Error).self) { try SDKReleaseTable.load(path: tree.path("bad.json")) }
    }
}
