import Foundation
import ParaReadyCore

/// Reads a workspace from disk: root manifest, member globs, exclusions, nested workspaces, path dependencies
/// and the lock file. Display paths are relative to the repository root; file-system paths are built from it.
struct WorkspaceLoader {
    /// How deep nested workspaces are followed, and how deep `**` descends.
    static let maximumNesting = 8
    static let maximumGlobDepth = 24
    /// A bound on directory entries looked at by member globs, so a huge tree cannot stall the audit.
    static let maximumGlobVisits = 200_000

    let repositoryRoot: String
    var globVisits = 0
    /// Member manifests parsed ahead by ``prefetch(manifestsOf:inheritingFrom:)``, by file-system path; taken
    /// when used.
    var prefetched: [String: Result<Prefetched, ParaReadyError>] = [:]

    /// A member manifest as read ahead: as written, and (for a package) with the workspace's inheritance applied.
    struct Prefetched {
        var raw: CargoManifest
        var inherited: (manifest: CargoManifest, warnings: [CargoWarning])?
    }

    init(repositoryRoot: String) {
        self.repositoryRoot = repositoryRoot
    }

    func fileSystemPath(_ display: String) -> String {
        let base = repositoryRoot.isEmpty ? "." : repositoryRoot
        return display == "." ? base : base + "/" + display
    }

    mutating func loadTop() throws(ParaReadyError) -> CargoWorkspace {
        switch FileProbe.kind(repositoryRoot) {
        case .directory: break
        case .missing: throw ParaReadyError(.io, "no such directory", file: repositoryRoot)
        case .file:
            throw ParaReadyError(.usage, "expected a repository directory, found a file", file: repositoryRoot)
        case .symlinkLoop: throw ParaReadyError(.io, "symbolic link loop", file: repositoryRoot)
        case .other: throw ParaReadyError(.io, "cannot read directory", file: repositoryRoot)
        }
        let manifestPath = fileSystemPath("Cargo.toml")
        guard FileProbe.kind(manifestPath) != .missing else {
            // A monorepo whose Cargo workspaces sit in subdirectories (`parachain/`, `tee-worker/`): read each of
            // them, with paths still relative to the repository root.
            let directories = Self.subdirectoryManifests(in: repositoryRoot)
            guard !directories.isEmpty else {
                throw ParaReadyError(
                    .io, "no Cargo.toml here: not a Cargo project (or its manifest is in a subdirectory)",
                    file: repositoryRoot)
            }
            var workspaces: [CargoWorkspace] = []
            for directory in directories { workspaces.append(try loadWorkspace(at: directory, nesting: 0)) }
            return CargoWorkspace(
                directory: ".", manifest: CargoManifest(path: "Cargo.toml", directory: "."), packages: [], members: [],
                defaultMembers: [], excluded: [], nestedWorkspaces: workspaces, lock: nil, warnings: [])
        }
        return try loadWorkspace(at: ".", nesting: 0)
    }

    /// How deep below a manifest-less repository root Cargo manifests are looked for.
    static let maximumManifestSearchDepth = 2

    /// The directories, down to ``maximumManifestSearchDepth`` levels below `root`, holding a workspace root
    /// manifest (`[workspace]`) with no `Cargo.toml` above them (below the root), sorted. Hidden directories, `target`
    /// and `node_modules` are skipped.
    static func subdirectoryManifests(in root: String) -> [String] {
        var found: [String] = []
        var level: [String] = ["."]
        for _ in 0..<maximumManifestSearchDepth {
            var next: [String] = []
            for directory in level {
                let base = directory == "." ? root : root + "/" + directory
                let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
                for name in names.sorted()
                where !name.hasPrefix(".") && name != "target" && name != "node_modules" {
                    let child = directory == "." ? name : directory + "/" + name
                    guard FileProbe.kind(base + "/" + name) == .directory else { continue }
                    let manifest = base + "/" + name + "/Cargo.toml"
                    guard FileProbe.kind(manifest) == .file else {
                        next.append(child)
                        continue
                    }
                    // Only a workspace root stands for the repository; a lone package whose workspace manifest is
                    // missing (or a crate outside any workspace) does not.
                    let display = DisplayPath.file(child, "Cargo.toml")
                    if (try? CargoManifest.load(path: manifest, displayPath: display))?.workspace != nil {
                        found.append(child)
                    }
                }
            }
            level = next
        }
        return found.sorted()
    }

    /// Loads the workspace (or single package) whose root manifest is in display directory `directory`.
    mutating func loadWorkspace(at directory: String, nesting: Int) throws(ParaReadyError) -> CargoWorkspace {
        let manifestDisplay = DisplayPath.file(directory, "Cargo.toml")
        // The lock file (1–2 thousand packages in a parachain) is read beside the manifests; its error, if any,
        // is raised where it was before: after the members'.
        let lockDisplay = DisplayPath.file(directory, "Cargo.lock")
        let lockPath = fileSystemPath(lockDisplay)
        let lockRead = Background { () -> (kind: FileProbe.Kind, lock: Result<CargoLock, ParaReadyError>?) in
            let kind = FileProbe.kind(lockPath)
            guard kind == .file else { return (kind, nil) }
            do throws(ParaReadyError) {
                return (kind, .success(try CargoLock.load(path: lockPath, displayPath: lockDisplay)))
            } catch {
                return (kind, .failure(error))
            }
        }
        let raw = try CargoManifest.load(path: fileSystemPath(manifestDisplay), displayPath: manifestDisplay)
        var warnings: [CargoWarning] = []
        let (rootManifest, rootWarnings) = raw.inheriting(from: raw.workspace)
        warnings += rootWarnings
        var packages: [CargoPackage] = []
        var loaded: Set<String> = [directory]
        var nested: [CargoWorkspace] = []
        var members: [String] = []
        var excluded: Set<String> = []
        var defaultMembers: [String] = []

        if let info = rootManifest.workspace {
            let exclusions = info.exclude.map { MemberPattern(DisplayPath.join(directory, $0)) }
            var memberDirectories: [(directory: String, origin: SourceLocation, explicit: Bool)] = []
            for (index, pattern) in info.members.enumerated() {
                let origin = info.memberLocation(index)
                let expanded = expand(pattern, in: directory, origin: origin, warnings: &warnings)
                let isGlob = MemberPattern(pattern).isGlob
                for found in expanded {
                    if isGlob, exclusions.contains(where: { Self.isExcluded(found, by: $0) }) {
                        excluded.insert(found)
                        continue
                    }
                    memberDirectories.append((found, origin, !isGlob))
                }
            }
            prefetch(manifestsOf: memberDirectories.map(\.directory).filter { $0 != directory }, inheritingFrom: info)
            var seen: Set<String> = []
            for member in memberDirectories.sorted(by: { $0.directory < $1.directory })
            where seen.insert(member.directory).inserted && member.directory != directory {
                guard DisplayPath.isWithin(member.directory, ".") else {
                    warnings.append(
                        CargoWarning(
                            "workspace member `\(member.directory)` is outside the repository; not read",
                            at: member.origin))
                    continue
                }
                let result = try loadMember(
                    member.directory, origin: member.origin, workspace: info, nesting: nesting,
                    warnings: &warnings, inheritedAhead: true)
                switch result {
                case .package(let package):
                    packages.append(package)
                    members.append(member.directory)
                    loaded.insert(member.directory)
                case .workspace(let workspace):
                    nested.append(workspace)
                    loaded.insert(member.directory)
                case .skipped: continue
                }
            }
            // Excluded directories (and excluded literal paths) that are workspaces of their own.
            for pattern in exclusions where !pattern.isGlob {
                let path = DisplayPath.normalize(pattern.text)
                guard !loaded.contains(path), DisplayPath.isWithin(path, "."),
                    nesting < Self.maximumNesting,
                    FileProbe.kind(fileSystemPath(DisplayPath.file(path, "Cargo.toml"))) == .file,
                    let peek = try? CargoManifest.load(
                        path: fileSystemPath(DisplayPath.file(path, "Cargo.toml")),
                        displayPath: DisplayPath.file(path, "Cargo.toml")),
                    peek.workspace != nil
                else { continue }
                nested.append(try loadWorkspace(at: path, nesting: nesting + 1))
                loaded.insert(path)
                excluded.insert(path)
            }
        }
        if let package = rootManifest.package {
            packages.insert(
                CargoPackage(name: package.name, directory: directory, manifest: rootManifest, membership: .root),
                at: 0)
        }

        // Path dependencies inside the workspace directory are members too (Cargo's rule); for a plain package
        // root they are read so that they can be resolved. For a top-level workspace, those elsewhere in the
        // repository (a workspace in `parachain/` depending on `../common/primitives`) are read the same way but are
        // not members, and do not inherit from this workspace, as in Cargo. A nested workspace leaves them to the
        // workspace that holds them.
        var queue = packages
        while !queue.isEmpty {
            let package = queue.removeFirst()
            for dependency in package.manifest.allDependencies {
                guard let target = dependency.resolvedPath, !loaded.contains(target),
                    DisplayPath.isWithin(target, "."), !excluded.contains(target),
                    FileProbe.kind(fileSystemPath(DisplayPath.file(target, "Cargo.toml"))) == .file
                else { continue }
                let inside = DisplayPath.isWithin(target, directory)
                guard inside || nesting == 0 else { continue }
                loaded.insert(target)
                let result = try loadMember(
                    target, origin: dependency.definition, workspace: inside ? rootManifest.workspace : nil,
                    nesting: nesting, warnings: &warnings)
                if case .package(var found) = result {
                    found.membership = .pathDependency
                    packages.append(found)
                    queue.append(found)
                    if rootManifest.workspace != nil && inside { members.append(target) }
                } else if case .workspace(let workspace) = result {
                    nested.append(workspace)
                }
            }
        }

        if let info = rootManifest.workspace {
            let memberSet = Set(members).union(rootManifest.package == nil ? [] : [directory])
            defaultMembers = expandDefaultMembers(info, in: directory, members: memberSet, warnings: &warnings)
        }
        let rootPackages = packages.filter { $0.membership == .root }
        let others = packages.filter { $0.membership != .root }.sorted { $0.directory < $1.directory }
        var lock: CargoLock?
        let lockFile = lockRead.wait()
        switch lockFile.kind {
        case .file:
            lock = try lockFile.lock?.get()
        case .missing: break
        case .directory, .symlinkLoop, .other:
            warnings.append(
                CargoWarning(
                    "Cargo.lock is not a readable file; ignored", at: SourceLocation(file: lockDisplay, line: 1)))
        }
        return CargoWorkspace(
            directory: directory, manifest: rootManifest, packages: rootPackages + others,
            members: Array(Set(members)).sorted(), defaultMembers: Array(Set(defaultMembers)).sorted(),
            excluded: excluded.sorted(), nestedWorkspaces: nested.sorted { $0.directory < $1.directory },
            lock: lock, warnings: warnings)
    }

    /// Default members must be members: glob matches that are not are dropped, literal ones are warned about.
    mutating func expandDefaultMembers(
        _ info: WorkspaceInfo, in directory: String, members: Set<String>, warnings: inout [CargoWarning]
    ) -> [String] {
        var result: [String] = []
        for (index, pattern) in info.defaultMembers.enumerated() {
            let origin = info.defaultMemberLocation(index)
            var ignored: [CargoWarning] = []
            for found in expand(pattern, in: directory, origin: origin, warnings: &ignored) {
                if members.contains(found) {
                    result.append(found)
                } else if !MemberPattern(pattern).isGlob {
                    warnings.append(
                        CargoWarning("default member `\(found)` is not a member of the workspace", at: origin))
                }
            }
        }
        return result
    }

    enum MemberResult {
        case package(CargoPackage)
        case workspace(CargoWorkspace)
        case skipped
    }

    /// Reads one member directory; problems that only affect this member become warnings.
    /// `inheritedAhead` says that `workspace` is the one ``prefetch(manifestsOf:inheritingFrom:)`` was given, so
    /// that its inheritance applies.
    mutating func loadMember(
        _ member: String, origin: SourceLocation, workspace: WorkspaceInfo?, nesting: Int,
        warnings: inout [CargoWarning], inheritedAhead: Bool = false
    ) throws(ParaReadyError) -> MemberResult {
        switch FileProbe.kind(fileSystemPath(member)) {
        case .directory: break
        case .missing:
            warnings.append(CargoWarning("workspace member `\(member)` does not exist", at: origin))
            return .skipped
        case .symlinkLoop:
            warnings.append(CargoWarning("workspace member `\(member)` is a symbolic link loop", at: origin))
            return .skipped
        case .file, .other:
            warnings.append(CargoWarning("workspace member `\(member)` is not a directory", at: origin))
            return .skipped
        }
        let manifestDisplay = DisplayPath.file(member, "Cargo.toml")
        let manifestPath = fileSystemPath(manifestDisplay)
        switch FileProbe.kind(manifestPath) {
        case .file: break
        case .missing:
            warnings.append(CargoWarning("workspace member `\(member)` has no Cargo.toml", at: origin))
            return .skipped
        case .symlinkLoop:
            warnings.append(CargoWarning("`\(manifestDisplay)` is a symbolic link loop", at: origin))
            return .skipped
        case .directory, .other:
            warnings.append(CargoWarning("`\(manifestDisplay)` is not a readable file", at: origin))
            return .skipped
        }
        let raw: CargoManifest
        var inherited: (manifest: CargoManifest, warnings: [CargoWarning])?
        do {
            if let parsed = prefetched.removeValue(forKey: manifestPath) {
                let ahead = try parsed.get()
                raw = ahead.raw
                if inheritedAhead { inherited = ahead.inherited }
            } else {
                raw = try CargoManifest.load(path: manifestPath, displayPath: manifestDisplay)
            }
        } catch  where error.kind == .io {
            warnings.append(CargoWarning("`\(manifestDisplay)` cannot be read: \(error.message)", at: origin))
            return .skipped
        }
        if raw.workspace != nil {
            guard nesting < Self.maximumNesting else {
                warnings.append(CargoWarning("workspaces nested too deeply at `\(member)`; not read", at: origin))
                return .skipped
            }
            warnings.append(
                CargoWarning(
                    "member `\(member)` declares its own [workspace]; it is read as a separate workspace",
                    at: raw.workspace?.location))
            return .workspace(try loadWorkspace(at: member, nesting: nesting + 1))
        }
        guard let package = raw.package else {
            warnings.append(CargoWarning("`\(manifestDisplay)` has no [package]; not a member package", at: origin))
            return .skipped
        }
        let (manifest, inheritanceWarnings) = inherited ?? raw.inheriting(from: workspace)
        warnings += inheritanceWarnings
        return .package(CargoPackage(name: package.name, directory: member, manifest: manifest, membership: .member))
    }

    /// Reads and parses the manifests of these member directories on all cores, applying `workspace`'s
    /// inheritance to the packages, for ``loadMember`` to take in its own (sorted, sequential) order: errors and
    /// warnings come out exactly as without the prefetch. A directory outside the repository, or without a
    /// regular `Cargo.toml`, is left to ``loadMember``.
    mutating func prefetch(manifestsOf members: [String], inheritingFrom workspace: WorkspaceInfo?) {
        var manifests: [(display: String, path: String)] = []
        var seen: Set<String> = []
        for member in members.sorted() where DisplayPath.isWithin(member, ".") {
            let display = DisplayPath.file(member, "Cargo.toml")
            let path = fileSystemPath(display)
            guard seen.insert(path).inserted, prefetched[path] == nil, FileProbe.kind(path) == .file else { continue }
            manifests.append((display, path))
        }
        guard manifests.count > 1 else { return }
        let keys = workspace.map(CargoManifest.dependencyKeys) ?? [:]
        let parsed = ConcurrentMap.results(manifests) { manifest throws(ParaReadyError) in
            let raw = try CargoManifest.load(path: manifest.path, displayPath: manifest.display)
            let isPackage = raw.workspace == nil && raw.package != nil
            return Prefetched(raw: raw, inherited: isPackage ? raw.inheriting(from: workspace, keys: keys) : nil)
        }
        for (manifest, result) in zip(manifests, parsed) { prefetched[manifest.path] = result }
    }

    static func isExcluded(_ directory: String, by pattern: MemberPattern) -> Bool {
        if !pattern.isGlob { return DisplayPath.isWithin(directory, DisplayPath.normalize(pattern.text)) }
        let parts = directory.split(separator: "/").map(String.init)
        return globMatches(pattern.segments, 0, parts, 0)
    }

    /// Path-segment glob matching with `**` (used for exclusions, which are not looked up on disk).
    static func globMatches(_ pattern: [String], _ p: Int, _ parts: [String], _ n: Int) -> Bool {
        if p == pattern.count { return n == parts.count }
        if pattern[p] == "**" {
            for skip in n...parts.count where globMatches(pattern, p + 1, parts, skip) { return true }
            return false
        }
        guard n < parts.count, MemberPattern.matches(pattern[p], parts[n]) else { return false }
        return globMatches(pattern, p + 1, parts, n + 1)
    }

    /// Expands a member pattern written in the manifest in `base` into display directories.
    mutating func expand(_ pattern: String, in base: String, origin: SourceLocation, warnings: inout [CargoWarning])
        -> [String]
    {
        let full = DisplayPath.join(base, pattern)
        let parsed = MemberPattern(full)
        guard parsed.isGlob else { return [full] }
        var results: [String] = []
        var visited: Set<String> = []
        var loops: Set<String> = []
        walk(parsed.segments, 0, ".", depth: 0, results: &results, visited: &visited, loops: &loops)
        for loop in loops.sorted() {
            warnings.append(
                CargoWarning("`\(loop)` (matched by `\(pattern)`) is a symbolic link loop; skipped", at: origin))
        }
        if globVisits >= Self.maximumGlobVisits {
            warnings.append(CargoWarning("member pattern `\(pattern)` matched too many paths; stopped", at: origin))
        }
        return results
    }

    private mutating func walk(
        _ segments: [String], _ index: Int, _ current: String, depth: Int, results: inout [String],
        visited: inout Set<String>, loops: inout Set<String>
    ) {
        guard globVisits < Self.maximumGlobVisits else { return }
        if index == segments.count {
            results.append(current)
            return
        }
        let segment = segments[index]
        if segment == ".." || !MemberPattern.hasWildcard(segment) {
            walk(
                segments, index + 1, DisplayPath.join(current, segment), depth: depth, results: &results,
                visited: &visited, loops: &loops)
            return
        }
        let directory = fileSystemPath(current)
        if segment == "**" {
            // Zero directories, then each subdirectory (once per real path, so link cycles end).
            walk(segments, index + 1, current, depth: depth, results: &results, visited: &visited, loops: &loops)
            guard depth < Self.maximumGlobDepth else { return }
            if let real = FileProbe.realPath(directory), !visited.insert(real).inserted { return }
            for name in FileProbe.list(directory) where !name.hasPrefix(".") {
                globVisits += 1
                let child = DisplayPath.join(current, name)
                switch FileProbe.kind(fileSystemPath(child)) {
                case .directory:
                    walk(segments, index, child, depth: depth + 1, results: &results, visited: &visited, loops: &loops)
                case .symlinkLoop: loops.insert(child)
                default: continue
                }
            }
            return
        }
        for name in FileProbe.list(directory) where MemberPattern.matches(segment, name) {
            if name.hasPrefix(".") && !segment.hasPrefix(".") { continue }
            globVisits += 1
            let child = DisplayPath.join(current, name)
            switch FileProbe.kind(fileSystemPath(child)) {
            case .directory:
                walk(segments, index + 1, child, depth: depth, results: &results, visited: &visited, loops: &loops)
            case .symlinkLoop: loops.insert(child)
            default: continue
            }
        }
    }
}
