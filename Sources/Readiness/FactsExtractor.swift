import CargoModel
import Foundation
import ParaReadyCore
import RustSyntax

/// Turns a repository on disk into ``RepositoryFacts`` without compiling anything. Never writes.
public struct FactsExtractor: Sendable {
    /// The repository root (the folder holding the workspace's `Cargo.toml`).
    public let root: String
    /// Cargo features requested on top of each crate's defaults (`--features`).
    public let features: Set<String>
    /// Whether to report cargo-feature variants that change the facts (e.g. an `async-backing` feature).
    public let exploreVariants: Bool

    public init(root: String, features: Set<String> = [], exploreVariants: Bool = true) {
        // Absolute, so that every path in the facts can be shown relative to it.
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
        self.features = features
        self.exploreVariants = exploreVariants
    }

    /// Features every runtime has that never switch async backing on or off.
    static let standardFeatures: Set<String> = [
        "default", "std", "runtime-benchmarks", "try-runtime", "metadata-hash", "on-chain-release-build",
        "with-tracing",
        "disable-runtime-api", "fast-runtime", "runtime-metrics", "tests",
    ]

    public func extract() throws(ParaReadyError) -> RepositoryFacts {
        // Steps that need only the root or the workspace run beside the steps that take longer.
        let root = self.root
        let configFiles = Background { ConfigFiles.list(root: root) }
        let workspace = Self.primaryWorkspace(of: try CargoWorkspace.load(root: root))
        var warnings = workspace.allWarnings.map {
            AnalysisWarning($0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
        }
        let sdkInference = Background { SDKInference.infer(workspace: workspace) }

        var runtimes: [RuntimeFacts] = []
        var nodes: [NodeFacts] = []
        // Each package is classified once (reading its dependency names into a set, for every package of a
        // monorepo, was a visible serial step).
        let packages = workspace.allPackages.sorted { $0.directory < $1.directory }
            .map { (package: $0, kind: Self.classify($0)) }
            .filter { $0.kind.runtime || $0.kind.node }
        let resolver = WorkspaceCrates(workspace: workspace, root: root, sources: SourceCache())
        // Crates are analysed in parallel; results are merged in package order, so the output does not change.
        let cost = { (entry: (package: CargoPackage, kind: PackageKind)) in
            Self.expectedCost(entry.package, kind: entry.kind)
        }
        let analyses = try ConcurrentMap.map(packages, costliestFirst: cost) { entry throws(ParaReadyError) in
            let package = entry.package
            let analysis = try analyze(package, kind: entry.kind, workspace: workspace, resolver: resolver)
            // Its tokens and items are not needed again unless another crate loads it; the memory goes to the
            // next crates instead of staying until the end.
            resolver.release(package)
            return analysis
        }
        let inference = sdkInference.wait()
        warnings += inference.warnings.map {
            AnalysisWarning($0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
        }
        let sdk = SDKFact(
            release: inference.release?.name,
            evidence: Self.manifestEvidence(inference, workspace: workspace)
                ?? inference.evidence.map { Evidence(file: $0.file, line: $0.line, column: $0.column) },
            method: inference.method, detail: inference.detail, candidates: inference.candidates.map(\.name))
        for analysis in analyses {
            runtimes += analysis.runtimes
            nodes += analysis.nodes
            warnings += analysis.warnings
        }
        // Freeing every token of a large repository takes a noticeable share of a run: let the last reference go
        // on a background thread instead of on the caller's path.
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(resolver) {} }
        nodes = Self.droppingNodeLibraries(nodes, workspace: workspace)
        // A node runs the runtimes it depends on; one that depends on none of them may run any.
        let runtimePaths = Set(runtimes.map(\.path))
        for index in nodes.indices {
            guard let path = nodes[index].path, let package = workspace.package(inDirectory: path) else { continue }
            nodes[index].runtimes = Self.runtimes(
                of: package, variant: nodes[index].variant, requested: features, workspace: workspace,
                runtimePaths: runtimePaths)
            nodes[index].deriveAuthoringDuration(from: runtimes)
        }
        let files = configFiles.wait()
        var launch = LaunchConfigScanner.findCollators(root: root, files: files)
        if !nodes.isEmpty { launch = [] }  // a node crate in the repository is the collator; configs only start it
        nodes += launch
        for index in runtimes.indices {
            runtimes[index].stage = StageModel.stage(
                of: runtimes[index], nodes: StageModel.nodes(for: runtimes[index], in: nodes))
        }
        let networks = LocalNetworkScanner.findAll(root: root, files: files, warnings: &warnings)
        if runtimes.isEmpty && nodes.isEmpty {
            warnings.append(
                AnalysisWarning(
                    "no runtime crate (depending on cumulus-pallet-parachain-system) or node crate was found",
                    file: "Cargo.toml", line: 1))
        }
        return RepositoryFacts(sdk: sdk, runtimes: runtimes, nodes: nodes, localNetworks: networks, warnings: warnings)
    }

    /// A rough rank of how long ``analyze(_:kind:workspace:resolver:)`` takes for a package, so that the long ones
    /// start first: a runtime with features of its own is loaded and analysed once per feature that changes it,
    /// another runtime once; a node crate is smaller.
    static func expectedCost(_ package: CargoPackage, kind: PackageKind) -> Int {
        guard kind.runtime else { return 1 }
        return package.manifest.featureNames.contains { !standardFeatures.contains($0) } ? 3 : 2
    }

    /// The runtime and node facts of one package (classified as `kind`), with the warnings met while reading it.
    func analyze(
        _ package: CargoPackage, kind: PackageKind, workspace: CargoWorkspace,
        resolver: WorkspaceCrates
    ) throws(ParaReadyError) -> (runtimes: [RuntimeFacts], nodes: [NodeFacts], warnings: [AnalysisWarning]) {
        var warnings: [AnalysisWarning] = []
        var runtimes: [RuntimeFacts] = []
        var nodes: [NodeFacts] = []
        if kind.runtime {
            runtimes = try analyzeRuntime(package, workspace: workspace, resolver: resolver, warnings: &warnings)
        }
        if kind.node {
            nodes = try analyzeNode(package, workspace: workspace, resolver: resolver, warnings: &warnings)
        }
        return (runtimes, nodes, warnings)
    }

    /// The workspace to analyse: the loaded one, or, for a repository without a root manifest (its workspaces in
    /// subdirectories, such as `parachain/` beside `tee-worker/`), the first of those holding a runtime or a node.
    /// Paths stay relative to the repository root.
    static func primaryWorkspace(of workspace: CargoWorkspace) -> CargoWorkspace {
        guard workspace.manifest.package == nil, workspace.manifest.workspace == nil, workspace.packages.isEmpty
        else { return workspace }
        return workspace.nestedWorkspaces.first {
            $0.allPackages.contains { classify($0).runtime || classify($0).node }
        } ?? workspace
    }

    /// Where a user changes the release: the manifest line declaring `cumulus-pallet-parachain-system` (or the
    /// umbrella `polkadot-sdk` crate when that decided), workspace root first. Nil when no such line exists.
    static func manifestEvidence(_ inference: SDKInference, workspace: CargoWorkspace) -> Evidence? {
        guard inference.release != nil else { return nil }
        let names =
            inference.method.contains("umbrella")
            ? ["polkadot-sdk", "cumulus-pallet-parachain-system"] : ["cumulus-pallet-parachain-system", "polkadot-sdk"]
        for name in names {
            let matching = workspace.dependencyEntries { $0.kind != .patch && $0.packageName == name }.map(\.definition)
            let rootFirst = matching.sorted {
                ($0.file.contains("/") ? 1 : 0, $0.file, $0.line) < ($1.file.contains("/") ? 1 : 0, $1.file, $1.line)
            }
            if let first = rootFirst.first { return Evidence(file: first.file, line: first.line, column: first.column) }
        }
        return nil
    }

    // MARK: Classification

    static let runtimeMarkers: Set<String> = ["cumulus-pallet-parachain-system"]
    static let nodeMarkers: Set<String> = [
        "cumulus-client-consensus-aura", "cumulus-client-service", "cumulus-client-collator", "polkadot-omni-node-lib",
        "cumulus-client-consensus-common",
    ]

    /// What a package is to the analysis: a runtime crate, a node crate, both or neither.
    typealias PackageKind = (runtime: Bool, node: Bool)

    /// Whether a package looks like a runtime or a node, from its normal dependencies.
    static func classify(_ package: CargoPackage) -> PackageKind {
        let normal = package.manifest.dependencies
        let names = Set(normal.map(\.packageName))
        var runtime = !names.isDisjoint(with: runtimeMarkers)
        var node = !names.isDisjoint(with: nodeMarkers)
        if let umbrella = normal.first(where: { $0.packageName == "polkadot-sdk" }) {
            let enabled = Set(umbrella.features)
            if enabled.contains("cumulus-pallet-parachain-system") || enabled.contains("runtime") { runtime = true }
            if enabled.contains("node") || enabled.contains("cumulus-client-consensus-aura")
                || enabled.contains("polkadot-omni-node-lib")
            {
                node = true
            }
        }
        // A node depends on its runtime, which may in turn carry parachain-system: the node is not a runtime.
        if node { runtime = runtime && names.contains("frame-support") && !names.contains("sc-service") }
        return (runtime, node)
    }

    /// Node entries without those of crates that only serve another node: a crate that depends on the collator
    /// client crates but starts no collator (a consensus library such as Tanssi's `tc-consensus`, which defines
    /// its own `collators::lookahead::run`) is part of the node crate that depends on it and starts a collator,
    /// not a node of its own.
    static func droppingNodeLibraries(_ nodes: [NodeFacts], workspace: CargoWorkspace) -> [NodeFacts] {
        let starting = Set(nodes.filter { $0.collator != nil }.compactMap(\.crate))
        return nodes.filter { node in
            guard node.collator == nil, node.selectableCollators.isEmpty, let crate = node.crate else { return true }
            let users = workspace.dependents(of: crate, kinds: [.normal]).map(\.package)
            return !users.contains { starting.contains($0) }
        }
    }

    // MARK: Runtimes

    func analyzeRuntime(
        _ package: CargoPackage, workspace: CargoWorkspace, resolver: WorkspaceCrates,
        warnings: inout [AnalysisWarning]
    ) throws(ParaReadyError) -> [RuntimeFacts] {
        let rootFile = RepositoryPath.join(package.directory, "src/lib.rs")
        guard FileManager.default.fileExists(atPath: root + "/" + rootFile) else {
            warnings.append(
                AnalysisWarning("runtime crate \(package.name) has no src/lib.rs", file: package.manifest.path, line: 1)
            )
            return []
        }
        var baseIsParachain = false
        var parachainVariants: Set<String> = []
        func facts(for extra: Set<String>, variant: String?) throws(ParaReadyError) -> RuntimeFacts? {
            let enabled = resolver.enabledFeatures(of: package.name, requested: features.union(extra))
            let environment = CfgEnvironment(features: enabled)
            let crate = try CrateSource.load(
                name: package.name, rootFile: root + "/" + rootFile, root: root, environment: environment,
                cache: resolver.sources
            ).expandingItemMacros(resolver: resolver.resolver(for: package, requested: features.union(extra)))
            guard Self.isRuntime(crate) else { return nil }
            // A feature that compiles parachain-system's config out builds a chain of its own (a manual-seal
            // development mode), not a variant of the parachain.
            let isParachain = Self.configuresParachainSystem(crate)
            if variant == nil {
                baseIsParachain = isParachain
            } else if baseIsParachain && !isParachain {
                return nil
            } else if let variant, isParachain {
                parachainVariants.insert(variant)
            }
            if variant == nil { warnings += crate.diagnostics.map(Self.warning) }
            let evaluator = resolver.evaluator(for: crate, package: package, requested: features.union(extra))
            var facts = RuntimeAnalyzer(
                crate: crate, evaluator: evaluator, path: package.directory, crateName: package.name,
                variant: variant
            ).analyze()
            DependencyFacts.fill(&facts, package: package, workspace: resolver, enabled: enabled)
            return facts
        }
        guard let base = try facts(for: [], variant: nil) else { return [] }
        var result = [base]
        guard exploreVariants else { return result }
        for feature in variantFeatures(of: package, rootFile: rootFile, sources: resolver.sources) {
            guard let variant = try facts(for: [feature], variant: feature) else { continue }
            if variant.comparable != base.comparable { result.append(variant) }
        }
        // A default build without parachain-system is a chain of its own (Zeitgeist's runtimes build a solo
        // Aura + GRANDPA chain unless `parachain` is on): the parachain is the variant that configures it.
        if !baseIsParachain, !parachainVariants.isEmpty {
            return result.filter { $0.variant.map(parachainVariants.contains) ?? false }
        }
        return result
    }

    /// The crate implements `cumulus_pallet_parachain_system::Config` in this configuration.
    static func configuresParachainSystem(_ crate: CrateSource) -> Bool {
        crate.firstScopedItem(
            inFilesWhere: { $0.mentions("parachain_system") },
            where: { scoped in scoped.item.impl.map(implementsParachainSystemConfig) ?? false }) != nil
    }

    /// `impl parachain_system::Config` (an alias) or `impl cumulus_pallet_parachain_system::Config`: trait paths
    /// match whole segments, so the crate's own name is not a suffix of `parachain_system::Config`.
    static func implementsParachainSystemConfig(_ block: ImplBlock) -> Bool {
        block.implementsTrait("parachain_system::Config")
            || block.implementsTrait("cumulus_pallet_parachain_system::Config")
    }

    /// A runtime crate builds a runtime: `construct_runtime!`, the `#[frame_support::runtime]` module, or, when
    /// the runtime is built by a macro of its own (InvArch's `construct_runtime_modified!`), the parachain-system
    /// config it implements under either path.
    static func isRuntime(_ crate: CrateSource) -> Bool {
        // Each kind of match needs `construct_runtime`, `mod` or `parachain_system` in its file.
        let words = ["construct_runtime", "mod", "parachain_system"]
        let builds: (ScopedItem) -> Bool = { scoped in
            if scoped.item.macroCall?.name == "construct_runtime" { return true }
            if scoped.item.kind == .module && scoped.item.attributes.contains(where: { $0.path.hasSuffix("runtime") }) {
                return true
            }
            if let block = scoped.item.impl, implementsParachainSystemConfig(block) { return true }
            return false
        }
        return crate.firstScopedItem(inFilesWhere: { $0.mentions(anyOf: words) }, where: builds) != nil
    }

    /// Non-standard features of the package that some `cfg` in its sources mentions.
    func variantFeatures(of package: CargoPackage, rootFile: String, sources: SourceCache) -> [String] {
        let declared = Set(package.manifest.featureNames).subtracting(Self.standardFeatures)
        guard !declared.isEmpty else { return [] }
        // Load with every feature on so that files behind feature-gated `mod` declarations are read too.
        let everything = CfgEnvironment(features: declared.union(["std"]))
        guard
            let crate = try? CrateSource.load(
                name: package.name, rootFile: root + "/" + rootFile, root: root, environment: everything,
                cache: sources)
        else {
            return []
        }
        var mentioned: Set<String> = []
        for file in crate.files(where: { $0.mentions("feature") }) {
            mentioned.formUnion(Self.cfgFeatures(in: file.tokens))
        }
        return declared.intersection(mentioned).sorted()
    }

    /// Feature names inside `cfg(...)`, `cfg_attr(...)` and `cfg!(...)` in a token stream.
    static func cfgFeatures(in tokens: [Token]) -> Set<String> {
        var found: Set<String> = []
        var index = 0
        while index < tokens.count {
            if tokens[index].isIdent("cfg") || tokens[index].isIdent("cfg_attr") {
                var depth = 0
                var cursor = index + 1
                if cursor < tokens.count && tokens[cursor].isPunct("!") { cursor += 1 }
                while cursor < tokens.count {
                    let token = tokens[cursor]
                    if token.isPunct("(") { depth += 1 }
                    if token.isPunct(")") {
                        depth -= 1
                        if depth <= 0 { break }
                    }
                    if token.isIdent("feature"), cursor + 2 < tokens.count, tokens[cursor + 1].isPunct("="),
                        tokens[cursor + 2].kind == .string
                    {
                        found.insert(String(tokens[cursor + 2].text.dropFirst().dropLast()))
                    }
                    cursor += 1
                }
                index = cursor
            }
            index += 1
        }
        return found
    }

    // MARK: Nodes

    func analyzeNode(
        _ package: CargoPackage, workspace: CargoWorkspace, resolver: WorkspaceCrates,
        warnings: inout [AnalysisWarning]
    ) throws(ParaReadyError) -> [NodeFacts] {
        let candidates = ["src/main.rs", "src/lib.rs"].map { RepositoryPath.join(package.directory, $0) }
            .filter { FileManager.default.fileExists(atPath: root + "/" + $0) }
        guard !candidates.isEmpty else {
            warnings.append(
                AnalysisWarning(
                    "node crate \(package.name) has no src/main.rs or src/lib.rs", file: package.manifest.path, line: 1)
            )
            return []
        }
        let omni = package.manifest.dependencies.contains { $0.packageName == "polkadot-omni-node-lib" }
        func facts(for extra: Set<String>, variant: String?) throws(ParaReadyError) -> NodeFacts {
            let enabled = resolver.enabledFeatures(of: package.name, requested: features.union(extra))
            let environment = CfgEnvironment(features: enabled)
            var files: [SourceFile] = []
            var diagnostics: [Diagnostic] = []
            for rootFile in candidates {
                let crate = try CrateSource.load(
                    name: package.name, rootFile: root + "/" + rootFile, root: root, environment: environment,
                    cache: resolver.sources)
                for file in crate.files where !files.contains(where: { $0.path == file.path }) { files.append(file) }
                diagnostics += crate.diagnostics
            }
            if variant == nil { warnings += diagnostics.map(Self.warning) }
            let crate = CrateSource(
                name: package.name, files: files, diagnostics: diagnostics, environment: environment)
            let evaluator = resolver.evaluator(for: crate, package: package, requested: features.union(extra))
            var analyzer = NodeAnalyzer(crate: crate, environment: environment) { tokens, file in
                // Names resolve as written in the file's module (a macro or constant it imports).
                let module = crate.files.first { $0.path == file }?.modulePath ?? []
                let value = evaluator.evaluate(expression: tokens, inModule: module)
                return (value.value.milliseconds ?? value.value.integerValue).flatMap { Int(exactly: $0) }
            }
            analyzer.commandLineFiles = commandLineFiles(dependingOn: package, workspace: workspace, crates: resolver)
            analyzer.workspaceCrateNames = Dictionary(
                workspace.allPackages.map { (String($0.name.map { $0 == "-" ? "_" : $0 }), $0.name) }
            ) { first, _ in first }
            return analyzer.analyze(
                path: package.directory, crateName: package.name, variant: variant, dependsOnOmniNode: omni)
        }
        let base = try facts(for: [], variant: nil)
        var result = [base]
        guard exploreVariants else { return result }
        var kept: [(feature: String, enabled: Set<String>)] = []
        for feature in variantFeatures(of: package, rootFile: candidates[0], sources: resolver.sources) {
            let variant = try facts(for: [feature], variant: feature)
            // A feature under which the node starts no collator at all (a manual or instant seal development
            // mode) is not a way to run this parachain's collator.
            if base.collator != nil && variant.collator == nil && variant.selectableCollators.isEmpty { continue }
            if variant.comparable != base.comparable {
                result.append(variant)
                kept.append(
                    (feature, resolver.enabledFeatures(of: package.name, requested: features.union([feature]))))
            }
        }
        let combined = Self.combinedVariants(kept)
        result.removeAll { $0.variant.map(combined.contains) ?? false }
        // A node whose default build compiles no collator (every collator module behind a feature that selects
        // a runtime) is only ever built with one of those features: its variants are the nodes.
        if base.collator == nil && result.dropFirst().contains(where: { $0.collator != nil }) {
            result.removeFirst()
        }
        return result
    }

    /// Variant features that only combine others (`with-all-runtimes = ["with-a-runtime", "with-b-runtime"]`):
    /// everything they turn on besides their own name is turned on by two or more other variants. Each part is
    /// reported on its own; the combination would attribute one part's collator to every runtime.
    static func combinedVariants(_ variants: [(feature: String, enabled: Set<String>)]) -> Set<String> {
        var combined: Set<String> = []
        for variant in variants {
            let own = variant.enabled.subtracting([variant.feature])
            let parts = variants.filter { $0.feature != variant.feature && $0.enabled.isSubset(of: own) }
            guard parts.count >= 2 else { continue }
            if parts.reduce(into: Set<String>(), { $0.formUnion($1.enabled) }) == own {
                combined.insert(variant.feature)
            }
        }
        return combined
    }

    /// The runtime crates a node build links: the runtime dependencies its features turn on (an optional
    /// runtime behind `with-<name>-runtime` counts only in the variant that enables it). When the build turns
    /// none of them on, every runtime it declares.
    static func runtimes(
        of package: CargoPackage, variant: String?, requested: Set<String>, workspace: CargoWorkspace,
        runtimePaths: Set<String>
    ) -> [String] {
        let active = package.manifest.resolveFeatures(requested: requested.union(variant.map { [$0] } ?? []))
            .activeDependencies
        let declared = workspace.workspaceDependencies(of: package.name)
            .filter { runtimePaths.contains($0.package.directory) }
        let linked = declared.filter { active.contains($0.dependency.name) }
        return Set((linked.isEmpty ? declared : linked).map(\.package.directory)).sorted()
    }

    /// Sources of the workspace crates that depend on a node crate (its command-line crate, when the service
    /// lives in a library of its own), loaded with their default features.
    func commandLineFiles(dependingOn node: CargoPackage, workspace: CargoWorkspace, crates: WorkspaceCrates)
        -> [SourceFile]
    {
        var files: [SourceFile] = []
        for package in workspace.allPackages.sorted(by: { $0.directory < $1.directory })
        where crates.workspaceDependencies(of: package.name).contains(where: { $0.package.name == node.name }) {
            let environment = CfgEnvironment(features: workspace.enabledFeatures(of: package.name, requested: []))
            for name in ["src/lib.rs", "src/main.rs"] {
                let rootFile = RepositoryPath.join(package.directory, name)
                guard FileManager.default.fileExists(atPath: root + "/" + rootFile),
                    let crate = try? CrateSource.load(
                        name: package.name, rootFile: root + "/" + rootFile, root: root, environment: environment)
                else { continue }
                files += crate.files
            }
        }
        return files
    }

    static func warning(_ diagnostic: Diagnostic) -> AnalysisWarning {
        AnalysisWarning(
            diagnostic.message, file: diagnostic.location?.file, line: diagnostic.location?.line,
            column: diagnostic.location?.column)
    }
}

extension RuntimeFacts {
    /// The facts without identity fields, to tell whether a feature variant changes anything.
    var comparable: RuntimeFacts {
        var copy = self
        copy.variant = nil
        copy.stage = .notStarted
        return copy
    }
}

extension NodeFacts {
    var comparable: NodeFacts {
        var copy = self
        copy.variant = nil
        return copy
    }
}
