import Foundation
import Testing

@testable import CargoModel

@Suite struct SDKReleaseTests {
    @Test(arguments: [
        ("release-polkadot-v1.7.0", "polkadot-v1.7.0"),
        ("polkadot-v1.7.0", "polkadot-v1.7.0"),
        ("release-crates-io-v1.7.0", "polkadot-v1.7.0"),
        ("refs/tags/polkadot-v1.13.0", "polkadot-v1.13.0"),
        ("stable2409", "polkadot-stable2409"),
        ("polkadot-stable2409", "polkadot-stable2409"),
        ("polkadot-stable2409-2", "polkadot-stable2409-2"),
        ("polkadot-stable2503-4", "polkadot-stable2503-4"),
        ("polkadot-stable2409-rc1", "polkadot-stable2409-rc1"),
        ("polkadot-v0.9.43", "polkadot-v0.9.43"),
        ("release-v0.9.42", "polkadot-v0.9.42"),
        ("polkadot-unstable2507", "polkadot-unstable2507"),
        ("polkadot-unstable2507-revive", "polkadot-unstable2507-revive"),
    ])
    func parsesReleaseNames(input: String, expected: String) throws {
        let release = try #require(SDKRelease(parsing: input))
        #expect(release.name == expected)
        #expect(SDKRelease(parsing: release.name) == release)
    }

    @Test(arguments: [
        "master", "main", "stable", "polkadot-v2.0.0", "polkadot-v1.7", "stable24", "stable2413", "stable24090",
        "polkadot-stable2409-x", "v1.7.0", "", "release-polkadot-v1.7.0-patched",
    ])
    func rejectsOtherRefs(input: String) {
        #expect(SDKRelease(parsing: input) == nil)
    }

    @Test func findsReleaseNamesInForkBranches() {
        #expect(SDKRelease.find(in: "moonbeam-polkadot-stable2409")?.name == "polkadot-stable2409")
        #expect(SDKRelease.find(in: "myteam/polkadot-v1.7.0-patches")?.name == "polkadot-v1.7.0")
        #expect(SDKRelease.find(in: "unstable2507-fork")?.name == "polkadot-unstable2507-fork")
        #expect(SDKRelease.find(in: "feature/new-stable-thing") == nil)
        #expect(SDKRelease.find(in: "notstable2409") == nil)
    }

    @Test func chronologicalOrder() throws {
        let names = [
            "polkadot-v0.9.43", "polkadot-v1.0.0", "polkadot-v1.7.0", "polkadot-v1.9.0", "polkadot-v1.13.0",
            "polkadot-v1.14.0", "polkadot-stable2407", "polkadot-stable2409-rc1", "polkadot-stable2409",
            "polkadot-stable2409-2", "polkadot-stable2412", "polkadot-stable2503", "polkadot-stable2503-4",
            "polkadot-stable2506", "polkadot-unstable2507", "polkadot-stable2509", "polkadot-stable2512",
            "polkadot-stable2603", "polkadot-unstable2604", "polkadot-stable2606",
        ]
        let releases = try names.map { try #require(SDKRelease(parsing: $0)) }
        #expect(releases.shuffled().sorted() == releases)
        for (earlier, later) in zip(releases, releases.dropFirst()) {
            #expect(earlier < later)
            #expect(later.atLeast(earlier))
            #expect(!earlier.atLeast(later))
        }
        #expect(SDKRelease.v1(8).atLeast(.v1(8)))
        #expect(SDKRelease.stable(2409, patch: 2).base == .stable(2409))
    }

    @Test func nodeVersionsOfStableReleasesSortWithThem() throws {
        let node115 = try #require(SDKRelease(parsing: "polkadot-v1.15.0"))
        #expect(node115 > .stable(2407))
        #expect(node115 < .stable(2409))
        #expect(node115 > .v1(14))
    }

    @Test func codableAsName() throws {
        let data = try JSONEncoder().encode([SDKRelease.stable(2503, patch: 4)])
        #expect(String(decoding: data, as: UTF8.self) == #"["polkadot-stable2503-4"]"#)
        #expect(try JSONDecoder().decode([SDKRelease].self, from: data) == [.stable(2503, patch: 4)])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SDKRelease].self, from: Data(#"["master"]"#.utf8))
        }
    }

    @Test func crateVersionCompatibilityKeys() {
        #expect(CrateVersion("0.17.1")?.compatibilityKey == "0.17")
        #expect(CrateVersion("38.2.0")?.compatibilityKey == "38")
        #expect(CrateVersion("4.0.0-dev")?.compatibilityKey == "4")
        #expect(CrateVersion("0.0.3")?.compatibilityKey == nil)
        #expect(CrateVersion.compatibilityKey(ofRequirement: "0.20.0") == "0.20")
        #expect(CrateVersion.compatibilityKey(ofRequirement: "^0.20") == "0.20")
        #expect(CrateVersion.compatibilityKey(ofRequirement: "=0.20.0") == "0.20")
        #expect(CrateVersion.compatibilityKey(ofRequirement: "~ 0.20.1") == "0.20")
        #expect(CrateVersion.compatibilityKey(ofRequirement: "38") == "38")
        #expect(CrateVersion.compatibilityKey(ofRequirement: "38.*") == "38")
        #expect(CrateVersion.compatibilityKey(ofRequirement: ">=0.20, <0.22") == nil)
        #expect(CrateVersion.compatibilityKey(ofRequirement: "*") == nil)
        #expect(CrateVersion.compatibilityKey(ofRequirement: "0") == nil)
    }
}
