import Foundation
import Testing

/// Runs `paraready inspect` on every bundled example and compares the contract keys with the checked-in
/// expectations (Tests/EndToEndTests/Expectations/<example>/facts.json), written by hand from the sources.
@Suite struct ExampleFactsTests {
    static let expectations = CLIRunner.packageRoot.appendingPathComponent("Tests/EndToEndTests/Expectations")

    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: expectations.path)) ?? [])
            .filter {
                FileManager.default.fileExists(atPath: expectations.appendingPathComponent("\($0)/facts.json").path)
            }
            .sorted()
    }

    @Test func everyExampleHasExpectations() {
        let folder = CLIRunner.packageRoot.appendingPathComponent("content/examples").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        #expect(names.count >= 8)
        #expect(Set(names) == Set(Self.examples))
    }

    @Test(arguments: examples)
    func factsMatchExpectations(example: String) throws {
        let result = try CLIRunner.run(["inspect", "content/examples/\(example)", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try FactsContract.parse(Data(result.stdout.utf8))
        let expected = try FactsContract.parse(
            Data(contentsOf: Self.expectations.appendingPathComponent("\(example)/facts.json")))
        let want = FactsContract.project(expected)
        let got = FactsContract.project(actual)
        let missing = want.filter { !got.contains($0) }
        let unexpected = got.filter { !want.contains($0) }
        #expect(
            missing.isEmpty && unexpected.isEmpty,
            "\(example):\n  expected but not produced:\n    \(missing.joined(separator: "\n    "))\n  produced but not expected:\n    \(unexpected.joined(separator: "\n    "))"
        )
    }
}
