import ParaReadyCore

/// A `Cargo.lock` in any of its formats: v1 (`[metadata]` checksums, `[root]` in very old files), v2 (no
/// version key, inline checksums), v3 and v4 (`version = 3` / `version = 4`).
public struct CargoLock: Hashable, Sendable, Codable {
    /// The lock file's repository-relative path.
    public var path: String
    /// 1–4, or nil when the file does not say and nothing tells v1 from v2 (no checksums at all).
    public var formatVersion: Int?
    /// Packages in file order.
    public var packages: [LockedPackage]

    public init(path: String, formatVersion: Int?, packages: [LockedPackage]) {
        self.path = path
        self.formatVersion = formatVersion
        self.packages = packages
    }

    /// Reads and parses a lock file; unreadable, non-UTF-8 and malformed files are located errors.
    public static func load(path: String, displayPath: String) throws(ParaReadyError) -> CargoLock {
        try parse(TextFile.read(path, displayPath: displayPath), displayPath: displayPath)
    }

    /// Parses lock file text: in one pass when it is laid out as Cargo writes it (``CargoLockReader``), through
    /// the general TOML parser otherwise.
    public static func parse(_ text: String, displayPath: String) throws(ParaReadyError) -> CargoLock {
        if let lock = CargoLockReader.read(text, displayPath: displayPath) { return lock }
        return try parseAsTOML(text, displayPath: displayPath)
    }

    /// Parses lock file text with the general TOML parser (what ``parse(_:displayPath:)`` falls back on).
    static func parseAsTOML(_ text: String, displayPath: String) throws(ParaReadyError) -> CargoLock {
        try CargoLock(document: TOMLDocument(text: text, displayPath: displayPath))
    }

    /// Every locked version of crate `name`, in file order.
    public func versions(of name: String) -> [LockedPackage] {
        packages.filter { $0.name == name }
    }

    /// The distinct git sources in the lock (one per raw source string), in file order, with the first package.
    public var gitSources: [(source: LockSource, package: LockedPackage)] {
        var seen: Set<String> = []
        var result: [(LockSource, LockedPackage)] = []
        for package in packages {
            guard let source = package.source, source.kind == .git, seen.insert(source.raw).inserted else { continue }
            result.append((source, package))
        }
        return result
    }

    init(document: TOMLDocument) throws(ParaReadyError) {
        let root = document.root
        path = document.displayPath
        var packages: [LockedPackage] = []
        if let legacyRoot = root["root"], legacyRoot.table != nil {
            if let package = try Self.package(legacyRoot, path: ["root"], document: document) {
                packages.append(package)
            }
        }
        if let list = root["package"] {
            guard let array = list.array else {
                throw ParaReadyError(
                    .invalidValue, "`package` must be an array of tables", at: document.location(["package"]))
            }
            for (index, entry) in array.enumerated() {
                if let package = try Self.package(entry, path: ["package", String(index)], document: document) {
                    packages.append(package)
                }
            }
        }
        var sawMetadata = false
        if let metadata = root["metadata"]?.table {
            sawMetadata = true
            var checksums: [String: String] = [:]
            for (key, value) in metadata where key.hasPrefix("checksum ") {
                guard let sum = value.string, let reference = LockedPackage.Reference(parsing: String(key.dropFirst(9)))
                else { continue }
                checksums["\(reference.name) \(reference.version ?? "") \(reference.source ?? "")"] = sum
            }
            for index in packages.indices where packages[index].checksum == nil {
                let package = packages[index]
                let key = "\(package.name) \(package.version) \(package.source?.raw ?? "")"
                if let sum = checksums[key], sum != "<none>" { packages[index].checksum = sum }
            }
        }
        self.packages = packages
        if let version = root["version"]?.integer {
            formatVersion = version
        } else if sawMetadata {
            formatVersion = 1
        } else if packages.contains(where: { $0.checksum != nil }) {
            formatVersion = 2
        } else {
            formatVersion = nil
        }
    }

    private static func package(_ node: TOMLNode, path: [String], document: TOMLDocument) throws(ParaReadyError)
        -> LockedPackage?
    {
        guard let table = node.table else {
            throw ParaReadyError(
                .invalidValue, "a lock file `[[package]]` entry must be a table", at: document.location(path))
        }
        guard let name = table["name"]?.string, let version = table["version"]?.string else {
            throw ParaReadyError(
                .invalidValue, "lock file package without `name` and `version`", at: document.location(path))
        }
        let dependencies = (table["dependencies"]?.strings ?? []).compactMap { LockedPackage.Reference(parsing: $0) }
        return LockedPackage(
            name: name, version: version, source: table["source"]?.string.map { LockSource(parsing: $0) },
            checksum: table["checksum"]?.string, dependencies: dependencies,
            location: document.location(path + ["name"]), versionLocation: document.location(path + ["version"]),
            sourceLocation: table["source"] == nil ? nil : document.location(path + ["source"]))
    }
}
