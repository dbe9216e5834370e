import CargoModel
import Foundation
import ParaReadyCore
import RustSyntax

/// Loads the workspace crates a runtime or node depends on, so constants defined in a shared constants crate
/// (`system_parachains_constants::async_backing::UNINCLUDED_SEGMENT_CAPACITY`) resolve. Each crate is loaded
/// once per extraction, with its default features, under the name the depending code uses for it.
final class WorkspaceCrates {
    let workspace: CargoWorkspace
    let root: String
    private var cache: [String: CrateSource?] = [:]

    /// How many path-dependency hops to follow from the analysed crate.
    static let maximumDepth = 3

    init(workspace: CargoWorkspace, root: String) {
        self.workspace = workspace
        self.root = root
    }

    /// An evaluator for `crate` that can see the workspace crates `package` depends on.
    func evaluator(for crate: CrateSource, package: CargoPackage) -> ConstEvaluator {
        var loaded: [CrateSource] = []
        var seen: Set<String> = [package.directory]
        var queue: [(CargoPackage, Int)] = [(package, 0)]
        while !queue.isEmpty {
            let (current, depth) = queue.removeFirst()
            guard depth < Self.maximumDepth else { continue }
            for (dependency, target) in workspace.workspaceDependencies(of: current.name) {
                guard seen.insert(target.directory).inserted else { continue }
                if let source = load(target, as: dependency.rustName) { loaded.append(source) }
                queue.append((target, depth + 1))
            }
        }
        return ConstEvaluator(crate: crate, resolver: CrateTable(loaded))
    }

    private func load(_ package: CargoPackage, as name: String) -> CrateSource? {
        let key = package.directory + "#" + name
        if let cached = cache[key] { return cached }
        let rootFile = RepositoryPath.join(package.directory, "src/lib.rs")
        var source: CrateSource?
        if FileManager.default.fileExists(atPath: root + "/" + rootFile) {
            let features = workspace.enabledFeatures(of: package.name, requested: [])
            source = try? CrateSource.load(
                name: name, rootFile: root + "/" + rootFile, root: root,
                environment: CfgEnvironment(features: features))
        }
        cache[key] = source
        return source
    }
}
