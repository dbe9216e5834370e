import CargoModel
import Foundation
import ParaReadyCore
import RustSyntax

/// Loads the workspace crates a runtime or node depends on, so constants defined in a shared constants crate
/// (`system_parachains_constants::async_backing::UNINCLUDED_SEGMENT_CAPACITY`) resolve. A crate is loaded the
/// first time an evaluation reaches into it (most dependencies, such as pallets, never are), once per extraction
/// and feature set, with the features that building the analysed crate turns on in it (cargo unifies them: a
/// runtime's `testnet-parachains-constants = { features = ["westend"], … }` compiles the constants crate's
/// `#[cfg(feature = "westend")] pub mod westend;`), under the name the depending code uses for it. Safe to use
/// from several threads.
final class WorkspaceCrates: @unchecked Sendable {
    let workspace: CargoWorkspace
    let root: String
    /// Lexed files shared with the extraction that owns this resolver.
    let sources: SourceCache
    /// The workspace's packages by name and directory, for every feature resolution.
    private let packageIndex: CargoWorkspace.PackageIndex
    private let lock = NSLock()
    private var cache: [String: CrateSource?] = [:]
    private var resolvers: [String: Resolver] = [:]
    /// One package's feature resolution by package directory, requested features and default-features switch:
    /// every runtime's resolution walks the same shared crates with the same requests, and each runtime's own
    /// features were resolved once for its facts and again for its resolver (about 4% of a monorepo `inspect`).
    private var activations: [ActivationKey: FeatureActivation] = [:]

    /// A request for one package's feature resolution. The set is hashed as it is: a key string made by sorting
    /// and joining the features cost more than the lookups it served.
    struct ActivationKey: Hashable {
        var directory: String
        var defaultFeatures: Bool
        var requested: Set<String>
    }
    /// ``CargoWorkspace/featuresMentioning(dependency:feature:in:)`` answers, asked again for every feature
    /// variant of a runtime.
    private var mentions: [String: [FeatureMention]] = [:]
    /// Whether a package directory holds `src/lib.rs`, asked for every dependency of every resolver made.
    private var libraries: [String: Bool] = [:]
    /// ``CargoWorkspace/workspaceDependencies(of:)`` by package name: each resolver walks the same shared crates,
    /// and finding a dependency's package scans the package list.
    private var dependencies: [String: [(dependency: Dependency, package: CargoPackage)]] = [:]

    /// How many path-dependency hops to follow from the analysed crate.
    static let maximumDepth = 3

    init(workspace: CargoWorkspace, root: String, sources: SourceCache = SourceCache()) {
        self.workspace = workspace
        self.packageIndex = workspace.packageIndex()
        self.root = root
        self.sources = sources
    }

    /// An evaluator for `crate` that can see the workspace crates `package` depends on, each with the features
    /// that building `package` with `requested` features turns on in it.
    func evaluator(for crate: CrateSource, package: CargoPackage, requested: Set<String> = []) -> ConstEvaluator {
        ConstEvaluator(crate: crate, resolver: resolver(for: package, requested: requested))
    }

    /// The workspace crates `package` depends on (up to ``maximumDepth`` hops), each loaded on first use with
    /// the features that building `package` with `requested` features turns on in it.
    func resolver(for package: CargoPackage, requested: Set<String> = []) -> Resolver {
        // The same package and features are asked for several times per extraction (the evaluator, the
        // item-macro expansion); feature resolution over the workspace is the costly part, so it runs once.
        let key = package.directory + "\u{0}" + requested.sorted().joined(separator: ",")
        lock.lock()
        let known = resolvers[key]
        lock.unlock()
        if let known { return known }
        let made = makeResolver(for: package, requested: requested)
        lock.lock()
        resolvers[key] = made
        lock.unlock()
        return made
    }

    private func makeResolver(for package: CargoPackage, requested: Set<String>) -> Resolver {
        let resolution = workspace.featureResolution(
            of: package.name, requested: requested, index: packageIndex,
            resolvingPackage: activation(of:requested:defaultFeatures:))
        var targets: [String: Target] = [:]
        var seen: Set<String> = [package.directory]
        var queue: [(CargoPackage, Int)] = [(package, 0)]
        var next = 0
        while next < queue.count {
            let (current, depth) = queue[next]
            next += 1
            guard depth < Self.maximumDepth else { continue }
            for (dependency, target) in workspaceDependencies(of: current.name) {
                guard seen.insert(target.directory).inserted else { continue }
                // A later crate with the same name wins, as it did when every crate was loaded up front.
                if hasLibrary(target) {
                    let features =
                        resolution[target.name]?.features ?? enabledFeatures(of: target.name, requested: [])
                    targets[Self.key(dependency.rustName)] = Target(
                        package: target, name: dependency.rustName, features: features)
                }
                queue.append((target, depth + 1))
            }
        }
        return Resolver(crates: self, targets: targets)
    }

    /// ``CargoWorkspace/enabledFeatures(of:requested:defaultFeatures:)``, resolved once per package and request.
    func enabledFeatures(of name: String, requested: Set<String>, defaultFeatures: Bool = true) -> Set<String> {
        guard let package = workspace.package(named: name) else { return [] }
        return activation(of: package, requested: requested, defaultFeatures: defaultFeatures).features
    }

    /// ``CargoWorkspace/workspaceDependencies(of:)``, found once per package.
    func workspaceDependencies(of package: String) -> [(dependency: Dependency, package: CargoPackage)] {
        if let known = lock.withLock({ dependencies[package] }) { return known }
        let found = workspace.workspaceDependencies(of: package)
        lock.withLock { dependencies[package] = found }
        return found
    }

    /// ``CargoWorkspace/featuresMentioning(dependency:feature:in:)``, read once per question.
    func featuresMentioning(dependency: String, feature: String, in package: String) -> [FeatureMention] {
        let key = package + "\u{0}" + dependency + "\u{0}" + feature
        if let known = lock.withLock({ mentions[key] }) { return known }
        let found = workspace.featuresMentioning(dependency: dependency, feature: feature, in: package)
        lock.withLock { mentions[key] = found }
        return found
    }

    /// ``CargoManifest/resolveFeatures(requested:defaultFeatures:)`` of `package`, made once per request.
    func activation(of package: CargoPackage, requested: Set<String>, defaultFeatures: Bool) -> FeatureActivation {
        let key = ActivationKey(directory: package.directory, defaultFeatures: defaultFeatures, requested: requested)
        if let known = lock.withLock({ activations[key] }) { return known }
        let made = package.manifest.resolveFeatures(requested: requested, defaultFeatures: defaultFeatures)
        lock.withLock { activations[key] = made }
        return made
    }

    /// Lets go of what loading `package` as a crate built (its crate loads and the tokens and items of its
    /// files) once its analysis is done. A later request (a node crate reading a runtime's constants) loads it
    /// again from the kept texts, with the same result.
    func release(_ package: CargoPackage) {
        guard package.directory != "." else { return }
        let prefix = package.directory + "#"
        lock.withLock {
            for key in cache.keys where key.hasPrefix(prefix) { cache[key] = nil }
        }
        sources.releaseScans(under: package.directory)
    }

    /// `system-parachains-constants` and `system_parachains_constants` name the same crate.
    static func key(_ name: String) -> String {
        Dependency.rustName(of: name)
    }

    private func hasLibrary(_ package: CargoPackage) -> Bool {
        if let known = lock.withLock({ libraries[package.directory] }) { return known }
        let exists = FileManager.default.fileExists(
            atPath: root + "/" + RepositoryPath.join(package.directory, "src/lib.rs"))
        lock.withLock { libraries[package.directory] = exists }
        return exists
    }

    fileprivate func load(_ package: CargoPackage, as name: String, features: Set<String>) -> CrateSource? {
        let key = package.directory + "#" + name + "#" + features.sorted().joined(separator: ",")
        if let cached = lock.withLock({ cache[key] }) { return cached }
        let rootFile = RepositoryPath.join(package.directory, "src/lib.rs")
        let source = try? CrateSource.load(
            name: name, rootFile: root + "/" + rootFile, root: root, environment: CfgEnvironment(features: features),
            cache: sources)
        lock.withLock { cache[key] = source }
        return source
    }

    struct Target: Sendable {
        var package: CargoPackage
        var name: String
        /// The features this crate is compiled with.
        var features: Set<String>
    }

    /// Loads a dependency crate when the evaluator first asks for it.
    struct Resolver: CrateResolver {
        let crates: WorkspaceCrates
        let targets: [String: Target]

        func crate(named name: String) -> CrateSource? {
            guard let target = targets[WorkspaceCrates.key(name)] else { return nil }
            return crates.load(target.package, as: target.name, features: target.features)
        }

        var crateNames: [String] {
            targets.keys.sorted()
        }
    }
}
