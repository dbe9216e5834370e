import ParaReadyCore

/// The steps of ``SDKInference/infer(workspace:table:)``.
struct SDKInferrer {
    /// A release named by one piece of evidence.
    struct Sighting {
        var release: SDKRelease
        var method: String
        var location: SourceLocation
        var detail: String
    }

    let workspace: CargoWorkspace
    let table: SDKReleaseTable
    /// `workspace.allDependencyEntries`, gathered once: every step reads it, and ``clue(for:)`` once per crate
    /// of the release table.
    let entries: [Dependency]
    /// ``entries`` by package name, in their order.
    let entriesByPackage: [String: [Dependency]]

    init(workspace: CargoWorkspace, table: SDKReleaseTable) {
        self.workspace = workspace
        self.table = table
        self.entries = workspace.allDependencyEntries
        self.entriesByPackage = Dictionary(grouping: entries, by: \.packageName)
    }

    /// Repositories whose branches and tags carry polkadot-sdk release names (any owner, so forks count).
    static let sdkRepositories: Set<String> = ["polkadot-sdk", "cumulus", "substrate", "polkadot"]

    static func isSDKRepository(_ url: String) -> Bool {
        var text = Substring(url.lowercased())
        while text.hasSuffix("/") { text = text.dropLast() }
        if text.hasSuffix(".git") { text = text.dropLast(4) }
        guard let last = text.split(separator: "/").last else { return false }
        return sdkRepositories.contains(String(last))
    }

    func infer() -> SDKInference {
        let versions = fromCrateVersions()
        if let git = decide(manifestGitSightings(), origin: "manifest") ?? decide(lockGitSightings(), origin: "lock") {
            return withCrossCheck(git, against: versions)
        }
        if let umbrella = fromUmbrella() {
            return withCrossCheck(umbrella, against: versions)
        }
        return versions
    }

    /// Adds a warning when crate versions point at a different release line than the deciding evidence.
    func withCrossCheck(_ result: SDKInference, against versions: SDKInference) -> SDKInference {
        guard let decided = result.release, let other = versions.release, other.base != decided.base else {
            return result
        }
        var copy = result
        copy.warnings.append(
            CargoWarning(
                "\(result.method) says \(decided.name) but the crate versions match \(other.name) (\(versions.detail))",
                at: versions.evidence))
        return copy
    }

    // MARK: - Git tags and branches

    func manifestGitSightings() -> [Sighting] {
        var sightings: [Sighting] = []
        var seen: Set<SourceLocation> = []
        for dependency in entries {
            guard case .git(let url, let branch, let tag, _) = dependency.source, Self.isSDKRepository(url) else {
                continue
            }
            // Inherited entries point at the same `[workspace.dependencies]` line: count each written source once.
            let location = dependency.gitReferenceLocation ?? dependency.definition
            guard seen.insert(location).inserted else { continue }
            if let tag, let release = SDKRelease.find(in: tag) {
                sightings.append(
                    Sighting(
                        release: release, method: "git-tag", location: location,
                        detail: "`\(dependency.name)` uses tag `\(tag)` of \(url)"))
            } else if let branch, let release = SDKRelease.find(in: branch) {
                sightings.append(
                    Sighting(
                        release: release, method: "git-branch", location: location,
                        detail: "`\(dependency.name)` uses branch `\(branch)` of \(url)"))
            }
        }
        return sightings
    }

    /// The first polkadot-sdk git source in the manifests whose reference names no release (a `rev`, or a
    /// branch or tag such as `master`), with the line of that reference.
    func unnamedGitPin() -> (detail: String, location: SourceLocation)? {
        for dependency in entries {
            guard case .git(let url, let branch, let tag, let rev) = dependency.source, Self.isSDKRepository(url)
            else { continue }
            let location = dependency.gitReferenceLocation ?? dependency.definition
            if let rev, branch == nil, tag == nil {
                return ("`\(dependency.name)` is pinned to revision `\(rev)` of \(url)", location)
            }
            if let reference = tag ?? branch, SDKRelease.find(in: reference) == nil {
                return ("`\(dependency.name)` uses `\(reference)` of \(url)", location)
            }
            if tag == nil && branch == nil && rev == nil {
                return ("`\(dependency.name)` uses the default branch of \(url)", location)
            }
        }
        return nil
    }

    func lockGitSightings() -> [Sighting] {
        guard let lock = workspace.lock else { return [] }
        var sightings: [Sighting] = []
        for (source, package) in lock.gitSources where Self.isSDKRepository(source.url) {
            let location = package.sourceLocation ?? package.location
            if let tag = source.tag, let release = SDKRelease.find(in: tag) {
                sightings.append(
                    Sighting(
                        release: release, method: "git-tag", location: location,
                        detail: "Cargo.lock has `\(package.name)` from tag `\(tag)` of \(source.url)"))
            } else if let branch = source.branch, let release = SDKRelease.find(in: branch) {
                sightings.append(
                    Sighting(
                        release: release, method: "git-branch", location: location,
                        detail: "Cargo.lock has `\(package.name)` from branch `\(branch)` of \(source.url)"))
            }
        }
        return sightings
    }

    /// One release line from all sightings (the most specific patch when they agree), or a conflict.
    func decide(_ sightings: [Sighting], origin: String) -> SDKInference? {
        guard !sightings.isEmpty else { return nil }
        let bases = Set(sightings.map(\.release.base))
        let specific = Set(sightings.map(\.release).filter { $0 != $0.base })
        if bases.count == 1 && specific.count <= 1 {
            let chosen = specific.first ?? bases.first!
            let deciding =
                sightings.first { $0.release == chosen && $0.method == "git-tag" }
                ?? sightings.first { $0.release == chosen }!
            let others = sightings.count > 1 ? " (\(sightings.count) git sources agree)" : ""
            return SDKInference(
                release: chosen, method: deciding.method, evidence: deciding.location,
                detail: deciding.detail + others)
        }
        let releases = Set(sightings.map(\.release)).sorted()
        var warnings: [CargoWarning] = []
        for release in releases {
            guard let first = sightings.first(where: { $0.release == release }) else { continue }
            warnings.append(
                CargoWarning("conflicting polkadot-sdk git refs: \(first.detail) (\(release.name))", at: first.location)
            )
        }
        return SDKInference(
            release: nil, method: "conflicting-git-refs", evidence: nil,
            detail: "the \(origin) names different releases: " + releases.map(\.name).joined(separator: ", "),
            candidates: releases, warnings: warnings)
    }

    // MARK: - Umbrella crate

    func fromUmbrella() -> SDKInference? {
        let direct = entries.filter { dependency in
            guard dependency.packageName == "polkadot-sdk" else { return false }
            if case .registry = dependency.source { return true }
            return false
        }
        guard let first = direct.first else { return nil }
        let requirementKeys = Set(
            direct.compactMap { $0.versionRequirement }.compactMap {
                CrateVersion.compatibilityKey(ofRequirement: $0)
            })
        var version: String?
        var location = first.definition
        var origin = "manifest requirement"
        if let lock = workspace.lock {
            let locked = lock.versions(of: "polkadot-sdk").filter { $0.source?.kind != .git }
            let matching = locked.filter { package in
                requirementKeys.isEmpty
                    || CrateVersion(package.version)?.compatibilityKey.map(requirementKeys.contains) == true
            }
            if matching.count == 1, let package = matching.first {
                version = package.version
                location = package.location
                origin = "Cargo.lock"
            }
        }
        if version == nil, requirementKeys.count == 1, let requirement = direct.first?.versionRequirement {
            version = requirement
            location = direct.first { $0.versionRequirement == requirement }?.definition ?? location
        }
        guard let version else { return nil }
        let cleaned = String(version.drop { "^=~ ".contains($0) })
        guard let parsed = CrateVersion(cleaned, partial: true), let key = parsed.compatibilityKey else { return nil }
        if parsed.major >= 2000, (1...12).contains(parsed.major % 100) {
            let release = SDKRelease.stable(parsed.major)
            return SDKInference(
                release: release, method: "umbrella-crate-version", evidence: location,
                detail: "polkadot-sdk \(version) (\(origin)): umbrella versions YYMM.x.y name release line "
                    + release.name)
        }
        let rows = table.umbrellaRows(compatibilityKey: key).filter { $0.release != nil }
        if rows.count == 1, let release = rows.first?.release {
            return SDKInference(
                release: release, method: "umbrella-crate-version", evidence: location,
                detail: "polkadot-sdk \(version) (\(origin)) belongs to \(release.name) in the release table")
        }
        return nil
    }

    // MARK: - Crate version table

    /// What one crate says: its versions and the table rows they match.
    struct CrateClue {
        var crate: String
        var versions: [String]
        var rows: [SDKReleaseTable.Row]
        var location: SourceLocation
        var origin: String
    }

    func fromCrateVersions() -> SDKInference {
        var clues: [CrateClue] = []
        var unknown: [String] = []
        for crate in table.crates {
            guard let clue = clue(for: crate) else { continue }
            if clue.rows.isEmpty {
                unknown.append("\(crate) \(clue.versions.joined(separator: "/"))")
            } else {
                clues.append(clue)
            }
        }
        let unknownNote = unknown.isEmpty ? "" : "; not in the table: " + unknown.joined(separator: ", ")
        guard !clues.isEmpty else {
            if let pin = unnamedGitPin() {
                return SDKInference(
                    release: nil, method: "none", evidence: pin.location,
                    detail: pin.detail + "; that names no release, and no umbrella crate or known crate version "
                        + "(a Cargo.lock would list them) decides" + unknownNote)
            }
            return SDKInference(
                release: nil, method: "none", evidence: nil,
                detail: "no polkadot-sdk git tag or branch, umbrella crate or known crate version found" + unknownNote)
        }
        var remaining = Set(clues[0].rows.map(\.id))
        for clue in clues.dropFirst() { remaining.formIntersection(clue.rows.map(\.id)) }
        let rows = table.releases.filter { remaining.contains($0.id) }
        let described = clues.map { "\($0.crate) \($0.versions.joined(separator: "/"))" }.joined(separator: ", ")
        if rows.isEmpty {
            let all = Set(clues.flatMap(\.rows).compactMap(\.release)).sorted()
            return SDKInference(
                release: nil, method: "inconsistent-crate-versions", evidence: clues[0].location,
                detail: "crate versions belong to different releases: " + described + unknownNote, candidates: all,
                warnings: [
                    CargoWarning(
                        "crate versions of the polkadot-sdk belong to different releases (\(described))",
                        at: clues[0].location)
                ])
        }
        let deciding = clues.min { $0.rows.count < $1.rows.count } ?? clues[0]
        if rows.count == 1, let row = rows.first {
            if let release = row.release {
                return SDKInference(
                    release: release, method: "crate-version-table", evidence: deciding.location,
                    detail: "\(described) (\(deciding.origin)) match \(release.name) in the release table" + unknownNote
                )
            }
            return SDKInference(
                release: nil, method: "crate-version-table", evidence: deciding.location,
                detail: "\(described) (\(deciding.origin)) match \(row.label ?? row.id)" + unknownNote,
                candidates: [], lowerBound: row.after)
        }
        let candidates = Set(rows.compactMap(\.release)).sorted()
        let bounds = rows.compactMap { $0.release ?? $0.after }
        return SDKInference(
            release: nil, method: "ambiguous-crate-versions", evidence: deciding.location,
            detail: "\(described) (\(deciding.origin)) match several releases: "
                + rows.map { $0.release?.name ?? $0.id }.joined(separator: ", ") + unknownNote,
            candidates: candidates, lowerBound: bounds.min())
    }

    /// The versions of `crate` in the lock (narrowed by manifest requirements when the lock has several), or the
    /// manifest requirements when the lock has none.
    func clue(for crate: String) -> CrateClue? {
        let declared = (entriesByPackage[crate] ?? []).filter { $0.kind != .patch }
        let requirementKeys = Set(
            declared.compactMap(\.versionRequirement).compactMap {
                CrateVersion.compatibilityKey(ofRequirement: $0)
            })
        if let lock = workspace.lock {
            var locked = lock.versions(of: crate)
            let keys = Set(locked.compactMap { CrateVersion($0.version)?.compatibilityKey })
            if keys.count > 1, !requirementKeys.isEmpty {
                let narrowed = locked.filter {
                    CrateVersion($0.version)?.compatibilityKey.map(requirementKeys.contains) == true
                }
                if !narrowed.isEmpty { locked = narrowed }
            }
            if let first = locked.first {
                var rows: [SDKReleaseTable.Row] = []
                var ids: Set<String> = []
                for package in locked {
                    guard let key = CrateVersion(package.version)?.compatibilityKey else { continue }
                    for row in table.rows(crate: crate, compatibilityKey: key) where ids.insert(row.id).inserted {
                        rows.append(row)
                    }
                }
                return CrateClue(
                    crate: crate, versions: locked.map(\.version), rows: rows, location: first.location,
                    origin: "Cargo.lock")
            }
        }
        guard requirementKeys.count == 1, let key = requirementKeys.first,
            let dependency = declared.first(where: {
                $0.versionRequirement.flatMap(CrateVersion.compatibilityKey(ofRequirement:)) == key
            })
        else { return nil }
        return CrateClue(
            crate: crate, versions: [dependency.versionRequirement ?? key],
            rows: table.rows(crate: crate, compatibilityKey: key), location: dependency.definition,
            origin: "manifest requirement")
    }
}
