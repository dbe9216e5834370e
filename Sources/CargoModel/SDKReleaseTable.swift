import Foundation
import ParaReadyCore

/// Which versions of the release-identifying crates each polkadot-sdk release shipped.
///
/// The data is `Sources/CargoModel/Data/sdk-releases.json` (from the research notes, §3.4 and §3.5), compiled
/// into the binary as ``builtin`` (generated Swift values; a test holds them equal to the file) so the tool
/// needs no resource bundle and no decoding at run time.
public struct SDKReleaseTable: Hashable, Sendable, Codable {
    /// How sure a table cell is.
    public enum Confidence: String, Hashable, Sendable, Codable {
        /// Read from a lock file or manifest pinned to that release.
        case confirmed
        /// Derived from the 1.x version formula (checked on neighbouring releases).
        case formula
        /// Not confirmed: listed for people, never used to decide a release.
        case unconfirmed
    }

    /// One version of one crate in one release.
    public struct Entry: Hashable, Sendable, Codable {
        public var version: String
        public var confidence: Confidence
        public var note: String?
    }

    /// One release (or one crate set published between releases).
    public struct Row: Hashable, Sendable, Codable {
        /// A stable key (`1.7.0`, `stable2409`, `unstable2507-refresh`).
        public var id: String
        /// The release these versions belong to; nil for a crate set that has no release name of its own.
        public var release: SDKRelease?
        /// For a crate set without a release name: what it is.
        public var label: String?
        /// For crate sets between stable releases: the release before and after.
        public var after: SDKRelease?
        public var before: SDKRelease?
        public var source: String
        public var crates: [String: [Entry]]
        public var umbrella: [Entry]
    }

    public var schema: String
    public var about: String
    /// The crates the table lists, in the order inference tries them.
    public var crates: [String]
    public var releases: [Row]

    /// Reads a table from a JSON file with the same shape (to try newer data without rebuilding).
    public static func load(path: String) throws(ParaReadyError) -> SDKReleaseTable {
        let text = try TextFile.read(path)
        return try decode(Data(text.utf8), displayPath: path)
    }

    static func decode(_ data: Data, displayPath: String) throws(ParaReadyError) -> SDKReleaseTable {
        do {
            return try JSONDecoder().decode(SDKReleaseTable.self, from: data)
        } catch {
            throw ParaReadyError(.invalidValue, "not a release table", file: displayPath, causes: ["\(error)"])
        }
    }

    /// The row of a release (its base release line for patch releases).
    public func row(for release: SDKRelease) -> Row? {
        releases.first { $0.release == release } ?? releases.first { $0.release == release.base }
    }

    /// Rows in which `crate` has a version semver-compatible with `version` (confirmed and formula cells only).
    public func rows(crate: String, version: String) -> [Row] {
        guard let key = CrateVersion(version)?.compatibilityKey else { return [] }
        return rows(crate: crate, compatibilityKey: key)
    }

    func rows(crate: String, compatibilityKey key: String, includeUnconfirmed: Bool = false) -> [Row] {
        releases.filter { row in
            (row.crates[crate] ?? []).contains { entry in
                (includeUnconfirmed || entry.confidence != .unconfirmed)
                    && CrateVersion(entry.version)?.compatibilityKey == key
            }
        }
    }

    func umbrellaRows(compatibilityKey key: String, includeUnconfirmed: Bool = false) -> [Row] {
        releases.filter { row in
            row.umbrella.contains { entry in
                (includeUnconfirmed || entry.confidence != .unconfirmed)
                    && CrateVersion(entry.version)?.compatibilityKey == key
            }
        }
    }
}
