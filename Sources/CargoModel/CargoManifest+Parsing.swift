import ParaReadyCore

extension CargoManifest {
    /// Reads and parses `path`; `displayPath` is the manifest's repository-relative path (`runtime/Cargo.toml`).
    ///
    /// `workspace = true` entries stay ``Dependency/Source/workspace`` until ``inheriting(from:)`` resolves them
    /// (``CargoWorkspace/load(root:)`` does that).
    public static func load(path: String, displayPath: String) throws(ParaReadyError) -> CargoManifest {
        let document = try TOMLDocument.load(path: path, displayPath: displayPath)
        return try CargoManifest(document: document)
    }

    /// Parses manifest text; malformed TOML and wrongly typed Cargo keys are located errors.
    public static func parse(_ text: String, displayPath: String) throws(ParaReadyError) -> CargoManifest {
        try CargoManifest(document: TOMLDocument(text: text, displayPath: displayPath))
    }

    init(document: TOMLDocument) throws(ParaReadyError) {
        let path = document.displayPath
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = DisplayPath.normalize(String(path[..<slash]))
        } else {
            directory = "."
        }
        let reader = ManifestReader(document: document, directory: directory)
        self.init(path: path, directory: directory)
        guard document.root.table != nil else { return }
        package = try reader.readPackage()
        dependencies = try reader.readDependencyTables(kind: .normal)
        devDependencies = try reader.readDependencyTables(kind: .dev)
        buildDependencies = try reader.readDependencyTables(kind: .build)
        patches = try reader.readPatches()
        try reader.readFeatures(into: &self)
        workspace = try reader.readWorkspace()
        joinDependencies()
    }
}

/// The parsing steps of a manifest, sharing the document and the manifest's directory.
private struct ManifestReader {
    let document: TOMLDocument
    let directory: String

    init(document: TOMLDocument, directory: String) {
        self.document = document
        self.directory = directory
    }

    var root: TOMLNode { document.root }

    func invalid(_ message: String, _ path: [String]) -> ParaReadyError {
        ParaReadyError(.invalidValue, message, at: document.location(path))
    }

    // The key paths of the readers below are built only for an error message: a workspace has thousands of
    // dependency entries, and building a path array per key read was most of reading a member manifest.

    func string(_ node: TOMLNode?, _ path: @autoclosure () -> [String]) throws(ParaReadyError) -> String? {
        guard let node else { return nil }
        guard let value = node.string else {
            let path = path()
            throw invalid("`\(path.joined(separator: "."))` must be a string, found \(node.typeName)", path)
        }
        return value
    }

    func bool(_ node: TOMLNode?, _ path: @autoclosure () -> [String]) throws(ParaReadyError) -> Bool? {
        guard let node else { return nil }
        guard let value = node.boolean else {
            let path = path()
            throw invalid("`\(path.joined(separator: "."))` must be true or false, found \(node.typeName)", path)
        }
        return value
    }

    func strings(_ node: TOMLNode?, _ path: @autoclosure () -> [String]) throws(ParaReadyError) -> [String]? {
        guard let node else { return nil }
        guard let array = node.array else {
            let path = path()
            throw invalid("`\(path.joined(separator: "."))` must be an array of strings, found \(node.typeName)", path)
        }
        var result: [String] = []
        result.reserveCapacity(array.count)
        for (index, element) in array.enumerated() {
            guard let value = element.string else {
                let path = path()
                throw invalid(
                    "`\(path.joined(separator: "."))` must contain only strings, found \(element.typeName)",
                    path + ["[\(index)]"])
            }
            result.append(value)
        }
        return result
    }

    /// A field that is either a value or `{ workspace = true }`: (value, inherited).
    func inheritableString(_ node: TOMLNode?, _ path: [String]) throws(ParaReadyError) -> (String?, Bool) {
        guard let node else { return (nil, false) }
        if let table = node.table {
            return (nil, try bool(table["workspace"], path + ["workspace"]) ?? false)
        }
        return (try string(node, path), false)
    }

    func readPackage() throws(ParaReadyError) -> PackageInfo? {
        let key = root["package"] != nil ? "package" : "project"
        guard let node = root[key] else { return nil }
        guard let table = node.table else { throw invalid("`\(key)` must be a table", [key]) }
        guard let name = try string(table["name"], [key, "name"]) else {
            throw invalid("`\(key).name` is missing", [key])
        }
        let (version, versionInherited) = try inheritableString(table["version"], [key, "version"])
        let (edition, editionInherited) = try inheritableString(table["edition"], [key, "edition"])
        var workspacePath: String?
        if let value = table["workspace"]?.string { workspacePath = value }
        return PackageInfo(
            name: name, version: version, versionInherited: versionInherited, edition: edition,
            editionInherited: editionInherited, workspacePath: workspacePath, location: document.location([key]),
            versionLocation: table["version"] == nil ? nil : document.location([key, "version"]))
    }

    func tableNames(for kind: Dependency.Kind) -> [String] {
        switch kind {
        case .normal: return ["dependencies"]
        case .dev: return ["dev-dependencies", "dev_dependencies"]
        case .build: return ["build-dependencies", "build_dependencies"]
        case .patch: return []
        }
    }

    /// The top-level table of `kind` followed by the same table of every `[target.<cfg>]`.
    func readDependencyTables(kind: Dependency.Kind) throws(ParaReadyError) -> [Dependency] {
        var result: [Dependency] = []
        for name in tableNames(for: kind) {
            result += try readDependencyTable([name], kind: kind, target: nil)
        }
        guard let targets = root["target"] else { return result }
        guard targets.table != nil else { throw invalid("`target` must be a table", ["target"]) }
        for target in document.orderedKeys(["target"]) {
            for name in tableNames(for: kind) {
                result += try readDependencyTable(["target", target, name], kind: kind, target: target)
            }
        }
        return result
    }

    func readDependencyTable(_ path: [String], kind: Dependency.Kind, target: String?, patched: String? = nil)
        throws(ParaReadyError) -> [Dependency]
    {
        guard let node = root.value(at: path) else { return [] }
        guard let table = node.table else {
            throw invalid("`\(path.joined(separator: "."))` must be a table", path)
        }
        var result: [Dependency] = []
        for name in document.orderedKeys(path) {
            guard let entry = table[name] else { continue }
            var dependency = try readDependency(name: name, node: entry, path: path + [name], kind: kind)
            dependency.target = target
            dependency.patchedSource = patched
            result.append(dependency)
        }
        return result
    }

    func readPatches() throws(ParaReadyError) -> [Dependency] {
        guard let node = root["patch"] else { return [] }
        guard node.table != nil else { throw invalid("`patch` must be a table", ["patch"]) }
        var result: [Dependency] = []
        for source in document.orderedKeys(["patch"]) {
            result += try readDependencyTable(["patch", source], kind: .patch, target: nil, patched: source)
        }
        return result
    }

    /// One dependency entry: `name = "1.0"` or `name = { … }` / `[dependencies.name]`.
    func readDependency(name: String, node: TOMLNode, path: [String], kind: Dependency.Kind) throws(ParaReadyError)
        -> Dependency
    {
        let location = document.location(path)
        if let requirement = node.string {
            return Dependency(name: name, source: .registry(requirement), kind: kind, location: location)
        }
        guard let table = node.table else {
            throw invalid(
                "dependency `\(name)` must be a version string or a table, found \(node.typeName)", path)
        }
        // The entry's keys are read in one pass (a workspace has thousands of entries, and a lookup per possible
        // key was most of reading a manifest); they are checked in the same order as before.
        var fields = DependencyFields()
        for (key, value) in table { fields.set(key, value) }
        let features = try strings(fields.features, path + ["features"]) ?? []
        let optional = try bool(fields.optional, path + ["optional"]) ?? false
        let dashed = try bool(fields.defaultFeatures, path + ["default-features"])
        let underscored = try bool(fields.defaultFeaturesUnderscored, path + ["default_features"])
        let defaultFeatures = dashed ?? underscored ?? true
        let packageName = try string(fields.package, path + ["package"])
        let version = try string(fields.version, path + ["version"])
        let registry = try string(fields.registry, path + ["registry"])
        if try bool(fields.workspace, path + ["workspace"]) == true {
            return Dependency(
                name: name, packageName: packageName, source: .workspace, features: features,
                defaultFeatures: defaultFeatures, optional: optional, kind: kind, inherited: true, location: location)
        }
        var source: Dependency.Source = .registry(version)
        var resolvedPath: String?
        var referenceLocation: SourceLocation?
        if let relative = try string(fields.path, path + ["path"]) {
            source = .path(relative)
            resolvedPath = DisplayPath.join(directory, relative)
        } else if let url = try string(fields.git, path + ["git"]) {
            let branch = try string(fields.branch, path + ["branch"])
            let tag = try string(fields.tag, path + ["tag"])
            let rev = try string(fields.rev, path + ["rev"])
            source = .git(url: url, branch: branch, tag: tag, rev: rev)
            let referenceKey = tag != nil ? "tag" : branch != nil ? "branch" : rev != nil ? "rev" : nil
            referenceLocation = referenceKey.flatMap { document.exactLocation(path + [$0]) }
        }
        let keepsVersion: Bool
        if case .registry = source { keepsVersion = false } else { keepsVersion = true }
        return Dependency(
            name: name, packageName: packageName, source: source, version: keepsVersion ? version : nil,
            registry: registry, features: features, defaultFeatures: defaultFeatures, optional: optional, kind: kind,
            resolvedPath: resolvedPath, location: location, gitReferenceLocation: referenceLocation)
    }

    /// The keys of a dependency table that mean something to Cargo; others are ignored.
    private struct DependencyFields {
        var features: TOMLNode?
        var optional: TOMLNode?
        var defaultFeatures: TOMLNode?
        var defaultFeaturesUnderscored: TOMLNode?
        var package: TOMLNode?
        var version: TOMLNode?
        var registry: TOMLNode?
        var workspace: TOMLNode?
        var path: TOMLNode?
        var git: TOMLNode?
        var branch: TOMLNode?
        var tag: TOMLNode?
        var rev: TOMLNode?

        mutating func set(_ key: String, _ value: TOMLNode) {
            switch key {
            case "features": features = value
            case "optional": optional = value
            case "default-features": defaultFeatures = value
            case "default_features": defaultFeaturesUnderscored = value
            case "package": package = value
            case "version": version = value
            case "registry": registry = value
            case "workspace": workspace = value
            case "path": path = value
            case "git": git = value
            case "branch": branch = value
            case "tag": tag = value
            case "rev": rev = value
            default: break
            }
        }
    }

    func readFeatures(into manifest: inout CargoManifest) throws(ParaReadyError) {
        guard let node = root["features"] else { return }
        guard let table = node.table else { throw invalid("`features` must be a table", ["features"]) }
        var names: [String] = []
        for name in document.orderedKeys(["features"]) {
            guard let entries = try strings(table[name], ["features", name]) else { continue }
            names.append(name)
            manifest.features[name] = entries
            manifest.featureLocations[name] = document.location(["features", name])
            manifest.featureEntryLocations[name] = entries.indices.map {
                document.exactLocation(["features", name, "[\($0)]"]) ?? document.location(["features", name])
            }
        }
        manifest.featureNames = names
    }

    func elementLocations(_ path: [String], count: Int) -> [SourceLocation] {
        (0..<count).map { document.exactLocation(path + ["[\($0)]"]) ?? document.location(path) }
    }

    func readWorkspace() throws(ParaReadyError) -> WorkspaceInfo? {
        guard let node = root["workspace"] else { return nil }
        guard let table = node.table else { throw invalid("`workspace` must be a table", ["workspace"]) }
        var info = WorkspaceInfo(location: document.location(["workspace"]))
        info.members = try strings(table["members"], ["workspace", "members"]) ?? []
        info.exclude = try strings(table["exclude"], ["workspace", "exclude"]) ?? []
        info.defaultMembers = try strings(table["default-members"], ["workspace", "default-members"]) ?? []
        info.resolver = try string(table["resolver"], ["workspace", "resolver"])
        info.memberLocations = elementLocations(["workspace", "members"], count: info.members.count)
        info.defaultMemberLocations = elementLocations(
            ["workspace", "default-members"], count: info.defaultMembers.count)
        info.excludeLocations = elementLocations(["workspace", "exclude"], count: info.exclude.count)
        info.dependencies = try readDependencyTable(["workspace", "dependencies"], kind: .normal, target: nil)
        if let package = table["package"]?.table {
            for (key, value) in package {
                switch value {
                case .string(let text): info.package[key] = text
                case .integer(let number): info.package[key] = String(number)
                case .boolean(let flag): info.package[key] = String(flag)
                default: continue
                }
            }
        }
        return info
    }
}
