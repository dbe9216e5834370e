import Foundation
import ParaReadyCore
import Readiness

/// The Cargo side of phase 1: `cumulus-primitives-aura` with `std`, and the feature flags old releases need.
struct ManifestFixer {
    let runtime: RuntimeFacts
    /// Whether the SDK is older than polkadot-v1.13.0; nil when the release is unknown.
    let beforeV113: Bool?

    var subject: String { runtime.subject }
    var manifestPath: String { runtime.path.isEmpty ? "Cargo.toml" : runtime.path + "/Cargo.toml" }

    static let crate = "cumulus-primitives-aura"

    /// Whether `release` predates polkadot-v1.13.0 (`polkadot-v1.x.y` with x < 13); nil when not a release name.
    static func isBeforeV113(_ release: String?) -> Bool? {
        guard let release else { return nil }
        if release.contains("stable") { return false }
        guard let range = release.range(of: "v1.") else { return nil }
        let minor = release[range.upperBound...].prefix { $0.isNumber }
        return Int(minor).map { $0 < 13 }
    }

    /// Adds the dependency (following the manifest's form) and `cumulus-primitives-aura/std` in `std`.
    func primitivesAura(_ context: inout FixContext) throws(ParaReadyError) {
        guard let fact = runtime.primitivesAuraDependency, !(fact.present && fact.stdFeature == true) else { return }
        let document = try context.document(manifestPath)
        let editor = ManifestEditor(document: document)
        var edits: [TextEdit] = []
        var change = "add `\(Self.crate)` (without default features) to the runtime's dependencies"
        if !fact.present {
            if let umbrella = editor.dependencyLine("polkadot-sdk", in: "dependencies") {
                guard let line = ManifestEditor.addingFeature(Self.crate, to: document.line(umbrella)) else {
                    return manualDependency(
                        &context, reason: "the `polkadot-sdk` dependency is not a one-line inline table")
                }
                edits.append(.replace(line: umbrella, with: [line], in: manifestPath))
                change = "enable the `\(Self.crate)` feature of the `polkadot-sdk` dependency"
            } else {
                guard let model = editor.dependencyLine("cumulus-pallet-parachain-system", in: "dependencies") else {
                    return manualDependency(
                        &context, reason: "no cumulus-pallet-parachain-system dependency line to follow")
                }
                let modelLine = document.line(model)
                guard let key = ManifestEditor.key(of: modelLine) else { return }
                var line = ManifestEditor.removingFeatures(from: modelLine)
                line = line.replacingOccurrences(of: key, with: Self.crate, maxReplacements: 1)
                if modelLine.contains("workspace") {
                    if let root = try workspaceEntry(&context) { edits.append(root) }
                } else if modelLine.contains("version") {
                    return manualDependency(
                        &context,
                        reason: "crates.io versions differ per crate; pick the release's version of \(Self.crate)")
                }
                var at = model + 1
                while at <= document.count, let next = ManifestEditor.key(of: document.line(at)), next < Self.crate,
                    !document.line(at).trimmed(" \t").hasPrefix("[")
                {
                    at += 1
                }
                edits.append(.insert([line], before: at, in: manifestPath))
            }
        }
        if editor.dependencyLine("polkadot-sdk", in: "dependencies") == nil {
            guard let std = editor.addingArrayEntry(Self.crate + "/std", toFeature: "std") else {
                return manualDependency(
                    &context, reason: "the `std` feature is not a multi-line array this fixer can extend")
            }
            edits.append(std)
            change += " and `\"\(Self.crate)/std\"` to the `std` feature"
        }
        context.record(
            FixOutcome(item: "primitives-aura-dependency", subject: subject, edits: edits, change: change))
    }

    /// The `[workspace.dependencies]` entry when the runtime inherits and the root does not have one yet.
    func workspaceEntry(_ context: inout FixContext) throws(ParaReadyError) -> TextEdit? {
        let root = try context.document("Cargo.toml")
        let editor = ManifestEditor(document: root)
        guard editor.dependencyLine(Self.crate, in: "workspace.dependencies") == nil,
            let model = editor.dependencyLine("cumulus-pallet-parachain-system", in: "workspace.dependencies")
        else { return nil }
        let modelLine = root.line(model)
        guard !modelLine.contains("version"), let key = ManifestEditor.key(of: modelLine) else { return nil }
        let line = ManifestEditor.removingFeatures(from: modelLine).replacingOccurrences(
            of: key, with: Self.crate, maxReplacements: 1)
        var at = model + 1
        while at <= root.count, let next = ManifestEditor.key(of: root.line(at)), next < Self.crate { at += 1 }
        return .insert([line], before: at, in: "Cargo.toml")
    }

    private func manualDependency(_ context: inout FixContext, reason: String) {
        context.manual(
            "primitives-aura-dependency", subject,
            "add `\(Self.crate)` (default-features = false) and `\"\(Self.crate)/std\"` in the `std` feature",
            reason: reason, file: manifestPath, line: 1)
    }

    /// Keeps `parameterized-consensus-hook` in step with the release: on before 1.13.0 once the hook is wired,
    /// off from 1.13.0.
    func consensusHookFeature(_ context: inout FixContext, hookWired: Bool) throws(ParaReadyError) {
        guard let dependency = runtime.parachainSystemDependency, let line = dependency.line,
            let before = beforeV113
        else { return }
        let enabled = dependency.features?.contains("parameterized-consensus-hook") ?? false
        guard before ? (hookWired && !enabled) : enabled else { return }
        let document = try context.document(dependency.file)
        let text = document.line(line)
        let new =
            before
            ? ManifestEditor.addingFeature("parameterized-consensus-hook", to: text)
            : ManifestEditor.removingFeature("parameterized-consensus-hook", from: text)
        let change =
            before
            ? "enable `parameterized-consensus-hook` on cumulus-pallet-parachain-system (the config item is gated before 1.13.0)"
            : "drop the `parameterized-consensus-hook` feature, which no longer exists from 1.13.0"
        guard let new else {
            context.manual(
                "consensus-hook-feature", subject, change, reason: "the dependency is not a one-line inline table",
                file: dependency.file, line: line)
            return
        }
        context.record(
            FixOutcome(
                item: "consensus-hook-feature", subject: subject,
                edits: [.replace(line: line, with: [new], in: dependency.file)], change: change))
    }

    /// Before 1.13.0 `pallet_aura::Config::SlotDuration` sits behind pallet-aura's `experimental` feature.
    func auraExperimental(_ context: inout FixContext) throws(ParaReadyError) {
        guard beforeV113 == true else { return }
        let document = try context.document(manifestPath)
        guard let line = ManifestEditor(document: document).dependencyLine("pallet-aura", in: "dependencies"),
            let new = ManifestEditor.addingFeature("experimental", to: document.line(line)),
            new != document.line(line)
        else { return }
        context.record(
            FixOutcome(
                item: "aura-slot-duration", subject: subject,
                edits: [.replace(line: line, with: [new], in: manifestPath)],
                change: "enable pallet-aura's `experimental` feature, which gates `SlotDuration` in 2023–2024 releases")
        )
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String, maxReplacements: Int) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
