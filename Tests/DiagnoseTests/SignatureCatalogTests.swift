import Diagnose
import Foundation
import ParaReadyCore
import Testing

@Suite struct SignatureCatalogTests {
    /// The checklist ids every signature may point at (HELPERS.md).
    static let checklistIDs: Set<String> = [
        "sdk-version", "local-network-config", "relay-slot-duration-constant", "velocity-and-capacity-constants",
        "consensus-hook", "relay-number-monotonic", "aura-slot-duration", "aura-api-slot-duration",
        "unincluded-segment-api", "primitives-aura-dependency", "check-inherents-removed", "consensus-hook-feature",
        "lookahead-collator", "para-backend", "code-hash-provider", "authoring-duration", "multiple-blocks-per-slot",
        "unincluded-segment-capacity", "six-second-blocks", "two-second-block-weight", "minimum-period-zero",
        "capacity-requires-multiple-blocks", "minimum-period-with-multiple-blocks",
        "strict-relay-number-with-lookahead", "slot-duration-agreement", "fast-blocks-need-capacity",
        "elastic-scaling-prerequisites", "weight-vs-authoring-duration", "check-inherents-rejected",
        "block-number-time-constants",
    ]

    /// The section headings other pages link to; they must stay exactly these.
    static let headings = [
        "No space left in the unincluded segment", "set_validation_data inherent missing", "Slot number mismatch",
        "Authored blocks limit reached", "Slot moved backwards", "Parachain slot too far in the future",
        "Slot must increase", "Relay chain block number must strictly increase", "Timestamp minimum period violated",
        "Header too far in the future", "Old collators stuck after relay enablement",
        "Block times stay at 12 or 18 seconds", "Backing stalls with old validators",
        "Blocks not 6 seconds after enabling", "Block production took too long", "Collator loop errors",
    ]

    static func guideText() throws -> String { try TextFile.read(TestSupport.guidePath) }

    /// `## ` headings of the guide body, outside code fences.
    static func sections(_ text: String) -> [(title: String, body: String)] {
        var out: [(String, String)] = []
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence && line.hasPrefix("## ") {
                out.append((String(line.dropFirst(3)), ""))
            } else if !out.isEmpty {
                out[out.count - 1].1 += line + "\n"
            }
        }
        return out
    }

    @Test func embeddedCopyEqualsTheGuideFrontMatter() throws {
        let guide = try Self.guideText()
        let fromGuide = try SignatureCatalog.parse(guide, path: "content/guides/troubleshooting.md")
        let bundled = try SignatureCatalog.bundled()
        #expect(bundled.signatures == fromGuide.signatures, "run scripts/embed-signatures.sh")
        #expect(bundled.echoMarkers == fromGuide.echoMarkers)
        #expect(bundled.echoWithinLines == fromGuide.echoWithinLines)
        #expect(bundled.blockImportAnchor == fromGuide.blockImportAnchor)
        // Byte for byte, so comments and order stay in sync too.
        let frontMatter = try SignatureCatalog.frontMatter(of: guide, path: "troubleshooting.md")
        #expect(SignatureCatalog.bundledSource == frontMatter, "run scripts/embed-signatures.sh")
    }

    @Test func bundledCatalogHasTheSixteenSignaturesInGuideOrder() throws {
        let catalog = try SignatureCatalog.bundled()
        #expect(catalog.signatures.map(\.title) == Self.headings)
        #expect(
            catalog.signatures.map(\.id) == [
                "unincluded-segment-full", "set-validation-data-missing", "slot-number-mismatch",
                "authored-blocks-limit", "slot-moved-backwards", "parachain-slot-too-far", "slot-must-increase",
                "relay-number-strict", "timestamp-minimum-period", "header-too-far-in-future", "old-collators-stuck",
                "block-times-12-18", "backing-stalls-old-validators", "blocks-not-six-seconds",
                "block-production-too-long", "collator-loop-errors",
            ])
        let byKind = Dictionary(grouping: catalog.signatures, by: \.detection).mapValues { $0.map(\.id) }
        #expect(byKind[.guideOnly] == ["old-collators-stuck"])
        #expect(
            byKind[.blockIntervals] == ["block-times-12-18", "backing-stalls-old-validators", "blocks-not-six-seconds"])
        #expect(byKind[.log]?.count == 12)
    }

    @Test func guideSectionsMatchTheSignaturesAndLinkTheirItems() throws {
        let guide = try Self.guideText()
        let block = try FrontMatterBlock.split(guide, file: "troubleshooting.md")
        let sections = Self.sections(block.body)
        #expect(sections.map(\.title) == Self.headings)
        let catalog = try SignatureCatalog.bundled()
        for (signature, section) in zip(catalog.signatures, sections) {
            for item in signature.items {
                #expect(Self.checklistIDs.contains(item), "\(signature.id): unknown checklist item \(item)")
                #expect(section.body.contains("(../checklist/\(item).md)"), "\(signature.id) section links \(item)")
            }
            let slug = signature.title.lowercased().replacingOccurrences(of: " ", with: "-")
            #expect(signature.guide == "guides/troubleshooting.md#\(slug)")
            if signature.detection == .log {
                // Each literal the detector looks for is quoted somewhere in its section or the front matter's note.
                #expect(!signature.patterns.isEmpty)
            } else {
                #expect(section.body.contains("**Detection:"), "\(signature.id) says how it is detected")
            }
        }
    }

    @Test func logSignaturesQuoteTheirTextInTheGuide() throws {
        let sections = Self.sections(try FrontMatterBlock.split(Self.guideText(), file: "g").body)
        let catalog = try SignatureCatalog.bundled()
        for (signature, section) in zip(catalog.signatures, sections) where signature.detection == .log {
            let quoted = signature.patterns.contains { pattern in
                section.body.lowercased().contains(pattern.anchor.lowercased())
            }
            #expect(quoted, "\(signature.id): the section shows a line the detector matches")
        }
    }

    @Test func everyFollowedSignatureIsALogSignature() throws {
        let catalog = try SignatureCatalog.bundled()
        for signature in catalog.signatures {
            for root in signature.follows {
                #expect(catalog[root]?.detection == .log)
            }
        }
    }

    // MARK: - Mistakes in signature data are located errors

    static func parseError(_ yaml: String) -> ParaReadyError? {
        do {
            _ = try SignatureCatalog.parse("---\n" + yaml + "\n---\n# body\n", path: "sigs.md")
            return nil
        } catch {
            return error
        }
    }

    static let valid = """
        signatures:
          - id: demo
            title: Demo
            detection: log
            level: error
            patterns: [demo panic text]
            cause: c
            fix: f
            items: [sdk-version]
        """

    @Test func validMinimalCatalogParses() throws {
        let catalog = try SignatureCatalog.parse("---\n" + Self.valid + "\n---\n", path: "sigs.md")
        #expect(catalog.signatures.map(\.id) == ["demo"])
        #expect(catalog.signatures[0].guide == "guides/troubleshooting.md#demo")
        // The same data as plain YAML (no fences) is accepted too.
        #expect(try SignatureCatalog.parse(Self.valid, path: "sigs.yaml").signatures.count == 1)
    }

    @Test func badLevelNamesLineAndColumn() throws {
        let error = try #require(
            Self.parseError(Self.valid.replacingOccurrences(of: "level: error", with: "level: fatal")))
        #expect(error.location == SourceLocation(file: "sigs.md", line: 6, column: 12))
        #expect(error.message.contains("'level' must be error, warning or info"))
    }

    @Test func unknownFactInAHintIsRejected() throws {
        let yaml = Self.valid + "\n    facts:\n      - when: capacty == 1\n        says: typo\n"
        let error = try #require(Self.parseError(yaml))
        #expect(error.message.contains("unknown fact 'capacty'"))
        #expect(error.location?.line == 12)
    }

    @Test func wronglyTypedFactValueIsRejected() throws {
        let yaml = Self.valid + "\n    facts:\n      - when: allowMultipleBlocksPerSlot == 1\n        says: x\n"
        #expect(Self.parseError(yaml)?.message.contains("is true or false") == true)
        let release = Self.valid + "\n    facts:\n      - when: sdkRelease < version-one\n        says: x\n"
        #expect(Self.parseError(release)?.message.contains("not a polkadot-sdk release") == true)
    }

    @Test func unknownFollowsDuplicateIDAndMissingPatternsAreRejected() throws {
        let follows = Self.valid + "\n    follows: [nothing-like-this]\n"
        #expect(Self.parseError(follows)?.message.contains("unknown signature 'nothing-like-this'") == true)
        let twice = Self.valid + "\n" + Self.valid.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(Self.parseError(twice)?.message.contains("used twice") == true)
        let noPatterns = Self.valid.replacingOccurrences(of: "    patterns: [demo panic text]\n", with: "")
        #expect(Self.parseError(noPatterns)?.message.contains("needs 'patterns'") == true)
        let noItems = Self.valid.replacingOccurrences(of: "    items: [sdk-version]", with: "    items: []")
        #expect(Self.parseError(noItems)?.message.contains("no checklist 'items'") == true)
    }

    @Test func regexWithoutAUsableLiteralNeedsAnAnchor() throws {
        let yaml = Self.valid.replacingOccurrences(
            of: "patterns: [demo panic text]", with: "patterns:\n      - regex: 'a|b'")
        #expect(Self.parseError(yaml)?.message.contains("give an 'anchor'") == true)
        let anchored = Self.valid.replacingOccurrences(
            of: "patterns: [demo panic text]",
            with: "patterns:\n      - regex: 'slot (one|two) failed'\n        anchor: ail")
        #expect(Self.parseError(anchored)?.message.contains("at least 4 characters") == true)
        let broken = Self.valid.replacingOccurrences(
            of: "patterns: [demo panic text]", with: "patterns:\n      - regex: 'unclosed (group here'")
        #expect(Self.parseError(broken)?.message.contains("does not compile") == true)
    }

    @Test func invalidYAMLIsASyntaxErrorWithItsLine() throws {
        let error = try #require(Self.parseError("signatures:\n  - id: [unclosed\n"))
        #expect(error.kind == .syntax)
        #expect(error.location?.file == "sigs.md")
        #expect((error.location?.line ?? 0) >= 2)
    }
}

@Suite struct SignatureFileTests {
    @Test func aSignaturesFileReplacesTheBuiltInCatalog() throws {
        let path = TestSupport.temporaryFile("custom.yaml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let yaml = """
            signatures:
              - id: presealed
                title: Pre-sealed blocks
                detection: log
                level: info
                patterns: ["Pre-sealed block for proposal"]
                cause: c
                fix: f
                items: [sdk-version]
            """
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let catalog = try SignatureCatalog.load(path: path)
        let report = try LogDiagnoser(catalog: catalog).diagnose(file: TestSupport.fixture("clean.log"))
        #expect(report.findings.map(\.id) == ["presealed"])
        #expect(report.findings.first?.count == 40)
        #expect(report.exitStatus(failingAt: .warning) == 0)
        #expect(report.exitStatus(failingAt: .info) == 1)
        #expect(throws: ParaReadyError(.io, "no such file", file: "/no/such/signatures.md")) {
            try SignatureCatalog.load(path: "/no/such/signatures.md")
        }
    }

    @Test func theGuideFileItselfLoadsAsASignaturesFile() throws {
        let fromFile = try SignatureCatalog.load(path: TestSupport.guidePath)
        #expect(fromFile.signatures == (try SignatureCatalog.bundled()).signatures)
    }
}
