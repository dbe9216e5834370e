import Testing

@testable import Diagnose

@Suite struct PatternTests {
    @Test func anchorIsTheLongestLiteralRunOfTheRegex() {
        #expect(
            SignaturePattern.literalAnchor(
                of:
                    #"No space left for the block in the unincluded segment: new_len\((?<n>\d+)\) < capacity\((?<c>\d+)\)"#
            )
                == "No space left for the block in the unincluded segment: new_len(")
        #expect(
            SignaturePattern.literalAnchor(of: #"Header (?<hash>\S+) rejected: too far in the future"#)
                == " rejected: too far in the future")
        // A quantified character is optional and leaves the run.
        #expect(SignaturePattern.literalAnchor(of: "colou?r mismatch") == "r mismatch")
        #expect(SignaturePattern.literalAnchor(of: "[abc]+ slot drift") == " slot drift")
        #expect(SignaturePattern.literalAnchor(of: "one|two three four") == nil)
        #expect(SignaturePattern.literalAnchor(of: #"\d+\s\w+"#) == nil)
    }

    @Test func captureNamesInOrderSkippingLookarounds() {
        #expect(
            SignaturePattern.captureNames(of: #"a=(?<first>\d+) (?<=x)(?<!y) b=(?<second>\w+)"#) == ["first", "second"])
    }

    @Test func textPatternsMatchIgnoringASCIICase() throws {
        let pattern = try SignaturePattern(.text("no space left for the block"))
        #expect(pattern.match("No Space Left For The Block in the segment") == [:])
        #expect(pattern.match("no space left for a block") == nil)
        let regex = try SignaturePattern(.regex(#"authored=(?<authored>\d+), velocity=(?<velocity>\d+)"#))
        #expect(regex.anchor == ", velocity=")
        #expect(regex.match("AUTHORED=3, VELOCITY=1") == ["authored": "3", "velocity": "1"])
        #expect(regex.match("authored=x, velocity=1") == nil)
    }

    @Test func shortOrMultilineTextPatternsAreRejected() {
        #expect(throws: PatternError.self) { try SignaturePattern(.text("abc")) }
        #expect(throws: PatternError.self) { try SignaturePattern(.text("two\nlines")) }
    }

    @Test func releasesCompareInReleaseOrder() throws {
        let order = [
            "polkadot-v1.1.0", "release-polkadot-v1.7.0", "polkadot-v1.8.0", "v1.9.0", "1.10.0", "polkadot-v1.14.0",
            "polkadot-unstable2407", "stable2407", "polkadot-stable2407-1", "polkadot-stable2407-9",
            "polkadot-stable2412",
            "polkadot-stable2503-4", "polkadot-stable2603",
        ]
        let ranks = order.map { SDKReleaseRank($0) }
        #expect(!ranks.contains(nil))
        for (a, b) in zip(ranks, ranks.dropFirst()) { #expect(a! < b!) }
        #expect(SDKReleaseRank("master") == nil)
        #expect(SDKReleaseRank("polkadot-stable25") == nil)
    }

    @Test func conditionsEvaluateToTrueFalseOrUnknown() throws {
        let facts: [String: FactSet.Fact] = [
            "capacity": .init(.int(1)), "millisecsPerBlock": .init(.int(6000)), "collator": .init(.string("basic")),
            "allowMultipleBlocksPerSlot": .init(.bool(false)), "sdkRelease": .init(.string("polkadot-v1.7.0")),
        ]
        #expect(try FactCondition("capacity == 1 and millisecsPerBlock == 6000").evaluate(facts) == true)
        #expect(try FactCondition("capacity > 1").evaluate(facts) == false)
        #expect(try FactCondition("collator in [basic, legacy]").evaluate(facts) == true)
        #expect(try FactCondition("collator in [lookahead]").evaluate(facts) == false)
        #expect(try FactCondition("allowMultipleBlocksPerSlot == false").evaluate(facts) == true)
        #expect(try FactCondition("sdkRelease < polkadot-v1.8.0").evaluate(facts) == true)
        #expect(try FactCondition("sdkRelease >= polkadot-stable2407").evaluate(facts) == false)
        // A missing fact makes the condition unknown, never true.
        #expect(try FactCondition("velocity == 1").evaluate(facts) == nil)
        #expect(try FactCondition("capacity == 1 and velocity == 1").evaluate(facts) == nil)
        // An unparseable release in the repository is unknown too.
        #expect(
            try FactCondition("sdkRelease < polkadot-v1.8.0").evaluate(["sdkRelease": .init(.string("git-master"))])
                == nil)
    }

    @Test func conditionSyntaxErrorsSayWhat() {
        #expect(throws: PatternError.self) { try FactCondition("capacity") }
        #expect(throws: PatternError.self) { try FactCondition("capacity =~ 1") }
        #expect(throws: PatternError.self) { try FactCondition("collator in basic") }
        #expect(throws: PatternError.self) { try FactCondition("collator < basic") }
        #expect(throws: PatternError.self) { try FactCondition("capacity == three") }
    }
}
