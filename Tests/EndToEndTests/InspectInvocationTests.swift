import Foundation
import Testing

/// `paraready inspect` reads its plain command lines without ArgumentParser; every such line must behave exactly
/// as the same line through ArgumentParser (reached here with `--`, which only ArgumentParser reads).
@Suite struct InspectInvocationTests {
    static let example = "content/examples/feature-variants"

    static func same(_ plain: [String], _ parsed: [String]) throws {
        let fast = try CLIRunner.run(plain)
        let slow = try CLIRunner.run(parsed)
        #expect(fast.status == slow.status, "\(plain) exit \(fast.status), \(parsed) exit \(slow.status)")
        #expect(fast.stdout == slow.stdout, "\(plain) and \(parsed) print different output")
        #expect(fast.stderr == slow.stderr, "\(plain) and \(parsed) report differently")
    }

    @Test func plainCommandLinesMatchArgumentParser() throws {
        #expect(FileManager.default.fileExists(atPath: CLIRunner.packageRoot.path + "/" + Self.example))
        try Self.same(["inspect", Self.example], ["inspect", "--", Self.example])
        try Self.same(
            ["inspect", Self.example, "--format", "json"], ["inspect", "--format", "json", "--", Self.example])
        try Self.same(["inspect", "--format=json", Self.example], ["inspect", "--format", "json", "--", Self.example])
        try Self.same(
            ["inspect", "--features", "async-backing,std", "--format", "json", Self.example],
            ["inspect", "--features", "async-backing,std", "--format", "json", "--", Self.example])
        try Self.same(["inspect", "--features=x", Self.example], ["inspect", "--features", "x", "--", Self.example])
        // Errors: a path that is not a repository exits 2 with the same message either way.
        try Self.same(["inspect", "no/such/dir"], ["inspect", "--", "no/such/dir"])
    }

    /// Lines the plain reader leaves alone still get ArgumentParser's answers.
    @Test func otherCommandLinesKeepArgumentParsersAnswers() throws {
        let badFormat = try CLIRunner.run(["inspect", Self.example, "--format", "xml"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))
        let twice = try CLIRunner.run(["inspect", Self.example, "--format", "json", "--format", "text"])
        let twiceParsed = try CLIRunner.run(["inspect", "--format", "json", "--format", "text", "--", Self.example])
        #expect(twice.status == twiceParsed.status)
        #expect(twice.stdout == twiceParsed.stdout)
        let help = try CLIRunner.run(["inspect", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        let extra = try CLIRunner.run(["inspect", Self.example, "another"])
        #expect(extra.status == 2)
    }
}
