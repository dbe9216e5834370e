import Foundation
import ParaReadyCore
import Readiness
import RustSyntax

/// Phase 2 on a template-shaped node: the basic Aura collator becomes the lookahead collator, with the
/// backend, the validation-code hash provider and a 2 s authoring duration. All or nothing: when one anchor
/// of the template shape is missing, the whole switch is a manual step.
struct NodeFixer {
    let node: NodeFacts
    let file: RustFile

    var subject: String { node.subject }

    /// The statement or item's lines from token index `start` to the first `;` at nesting depth 0.
    func statementLines(from start: Int) -> ClosedRange<Int>? {
        var depth = 0
        var index = start
        while index < file.tokens.count {
            let token = file.tokens[index]
            if token.isPunct("(") || token.isPunct("{") || token.isPunct("[") { depth += 1 }
            if token.isPunct(")") || token.isPunct("}") || token.isPunct("]") { depth -= 1 }
            if depth == 0 && token.isPunct(";") { return file.tokens[start].line...token.line }
            if depth < 0 { return nil }
            index += 1
        }
        return nil
    }

    /// The first line after `line` (exclusive) up to `end` whose trimmed text starts with `prefix`.
    func line(startingWith prefix: String, in range: ClosedRange<Int>) -> Int? {
        range.first { file.document.line($0).trimmed(" \t").hasPrefix(prefix) }
    }

    /// Builds every edit of the switch, or the reason it cannot.
    func switchToLookahead() -> Result<[TextEdit], NodeShapeError> {
        let document = file.document
        var edits: [TextEdit] = []
        // 1. The import of the basic collator (a collator chosen by `#[cfg]` is not ours to pick).
        let gated = file.tokens.contains { token in
            token.isIdent("collators")
                && (1..<token.line).reversed().lazy.map { document.line($0).trimmed(" \t") }.first { !$0.isEmpty }?
                    .hasPrefix("#[cfg") == true
        }
        if gated { return .failure(.conditional) }
        guard
            let use = file.allItems.first(where: { entry in
                entry.item.kind == .use
                    && file.tokens[entry.item.tokenRange].contains { $0.isIdent("basic") }
                    && file.tokens[entry.item.tokenRange].contains { $0.isIdent("collators") }
            })?.item
        else { return .failure(.missing("the `collators::basic` import")) }
        guard use.attributes(named: "cfg").isEmpty else { return .failure(.conditional) }
        guard file.ownsItsLines(use) else {
            return .failure(.missing("an import of the basic collator on lines of its own"))
        }
        let useTokens = Array(file.tokens[use.tokenRange])
        func alias(after name: String) -> String? {
            for index in useTokens.indices.dropLast(2)
            where useTokens[index].isIdent(name) && useTokens[index + 1].isIdent("as") {
                return useTokens[index + 2].name
            }
            return nil
        }
        guard let oldModule = alias(after: "self"), let oldParams = alias(after: "Params") else {
            return .failure(.missing("`self as …` and `Params as …` in the basic collator import"))
        }
        let clash = file.mentions("aura") || file.mentions("AuraParams")
        let module = clash ? "lookahead_aura" : "aura"
        let params = clash ? "LookaheadAuraParams" : "AuraParams"
        let useRange = file.lines(of: use)
        let crate =
            useTokens.first(where: { $0.isIdentifier && $0.name != "use" && $0.name != "pub" })?.name
            ?? "cumulus_client_consensus_aura"
        edits.append(
            TextEdit(
                file: file.path, start: useRange.lowerBound, end: useRange.upperBound + 1,
                lines: [
                    document.indentation(of: useRange.lowerBound)
                        + "use \(crate)::collators::lookahead::{self as \(module), Params as \(params)};"
                ]))
        // 2. ValidationCode for the code hash provider.
        if !file.mentions("ValidationCode") {
            edits.append(
                .insert(
                    [
                        document.indentation(of: useRange.lowerBound)
                            + "use cumulus_primitives_core::relay_chain::ValidationCode;"
                    ],
                    before: useRange.upperBound + 1, in: file.path))
        }
        // 3. `fn start_consensus` takes the backend.
        guard let function = file.item(named: "start_consensus", kind: .function)?.item,
            let parameters = function.function?.parameters, let first = parameters.first,
            first.line != function.location.line, let body = file.bodyLines(of: function)
        else { return .failure(.missing("`fn start_consensus` with one parameter per line")) }
        guard file.item(named: "ParachainBackend", kind: .typeAlias) != nil else {
            return .failure(.missing("`type ParachainBackend`"))
        }
        if !parameters.contains(where: { $0.isIdent("backend") }) {
            guard parameters.first?.isIdent("client") == true else {
                return .failure(.missing("`client` as the first parameter of `start_consensus`"))
            }
            edits.append(
                .insert(
                    [document.indentation(of: first.line) + "backend: Arc<ParachainBackend>,"], before: first.line + 1,
                    in: file.path))
        }
        // 4. The call passes it; the backend given to `spawn_tasks` is cloned so it is still there.
        guard
            let call = file.tokens.indices.first(where: { index in
                index > 0 && file.tokens[index].isIdent("start_consensus") && !file.tokens[index - 1].isIdent("fn")
                    && index + 1 < file.tokens.count && file.tokens[index + 1].isPunct("(")
            }), call + 2 < file.tokens.count
        else { return .failure(.missing("the `start_consensus(…)` call")) }
        let firstArgument = file.tokens[call + 2]
        guard firstArgument.line > file.tokens[call].line, firstArgument.isIdent("client") else {
            return .failure(.missing("a `start_consensus(` call with `client.clone()` on its own line"))
        }
        if !parameters.contains(where: { $0.isIdent("backend") }) {
            edits.append(
                .insert(
                    [document.indentation(of: firstArgument.line) + "backend.clone(),"], before: firstArgument.line + 1,
                    in: file.path))
            for number in 1..<file.tokens[call].line
            where document.line(number).trimmed(" \t") == "backend," {
                edits.append(
                    .replace(
                        line: number, with: [document.indentation(of: number) + "backend: backend.clone(),"],
                        in: file.path))
            }
        }
        // 5. The parameters struct.
        let bodyRange = body.open...body.close
        guard
            let literal = bodyRange.first(where: { document.line($0).contains("= \(oldParams) {") })
        else { return .failure(.missing("`let params = \(oldParams) {`")) }
        edits.append(
            .replace(
                line: literal,
                with: [
                    document.line(literal).replacingOccurrences(
                        of: "\(oldParams) {", with: "\(params) {", maxReplacements: 1)
                ],
                in: file.path))
        let fields = (literal + 1)...body.close
        guard let paraClient = line(startingWith: "para_client:", in: fields),
            let relayClient = line(startingWith: "relay_client:", in: fields),
            document.line(relayClient).hasSuffix(",")
        else { return .failure(.missing("`para_client` and `relay_client` fields")) }
        let fieldIndent = document.indentation(of: paraClient)
        let unit = document.indentUnit
        if document.line(paraClient).trimmed(" \t") == "para_client: client," {
            edits.append(
                .replace(line: paraClient, with: [fieldIndent + "para_client: client.clone(),"], in: file.path))
        }
        if line(startingWith: "para_backend:", in: fields) == nil {
            edits.append(.insert([fieldIndent + "para_backend: backend,"], before: paraClient + 1, in: file.path))
        }
        if line(startingWith: "code_hash_provider:", in: fields) == nil {
            edits.append(
                .insert(
                    [
                        fieldIndent + "code_hash_provider: move |block_hash| {",
                        fieldIndent + unit + "client.code_at(block_hash).ok().map(|c| ValidationCode::from(c).hash())",
                        fieldIndent + "},",
                    ], before: relayClient + 1, in: file.path))
        }
        if let receiver = line(startingWith: "collation_request_receiver:", in: fields) {
            edits.append(.replace(line: receiver, with: [fieldIndent + "reinitialize: false,"], in: file.path))
        }
        if let slotField = fields.first(where: { document.line($0).trimmed(" \t") == "slot_duration," }) {
            let uses = file.tokens.filter { $0.isIdent("slot_duration") && bodyRange.contains($0.line) }
            guard let definition = line(startingWith: "let slot_duration =", in: body.open...literal),
                uses.allSatisfy({ $0.line == slotField || $0.line == definition })
            else { return .failure(.missing("a `slot_duration` used only by the collator parameters")) }
            edits.append(.delete(slotField, slotField + 1, in: file.path))
            let blankAfter = document.line(definition + 1).trimmed(" \t").isEmpty
            edits.append(.delete(definition, definition + (blankAfter ? 2 : 1), in: file.path))
        }
        // 6. The runner.
        guard
            let run = file.tokens.indices.first(where: { index in
                index + 3 < file.tokens.count && file.tokens[index].isIdent(oldModule)
                    && file.tokens[index + 1].isPunct("::") && file.tokens[index + 2].isIdent("run")
            }),
            let start = file.tokens[..<run].lastIndex(where: { $0.isIdent("let") }),
            let statement = statementLines(from: start), file.tokens[start].line >= body.open
        else { return .failure(.missing("`let fut = \(oldModule)::run::<…>(params);`")) }
        var pair = "sp_consensus_aura::sr25519::AuthorityPair"
        if let open = file.tokens[run...].firstIndex(where: { $0.isPunct("<") }),
            let comma = file.tokens[open...].firstIndex(where: { $0.isPunct(",") })
        {
            let rest = file.tokens[(comma + 1)...].prefix { !$0.isPunct(",") && !$0.isPunct(">") }
            if !rest.isEmpty { pair = rest.map(\.text).joined() }
        }
        let underscores = Array(repeating: "_", count: 9).joined(separator: ", ")
        edits.append(
            TextEdit(
                file: file.path, start: statement.lowerBound, end: statement.upperBound + 1,
                lines: [
                    document.indentation(of: statement.lowerBound)
                        + "let fut = \(module)::run::<Block, \(pair), \(underscores)>(params);"
                ]))
        return .success(edits)
    }

    /// The authoring duration line set to 2000 ms.
    func authoringDuration() -> TextEdit? {
        guard let fact = node.authoringDurationMs, fact.value < 2000, fact.file == file.path else { return nil }
        let text = file.document.line(fact.line)
        let previous = file.document.line(fact.line - 1).trimmed(" \t")
        guard !previous.hasPrefix("#[cfg"), let range = text.range(of: "from_millis(\(fact.value))") else { return nil }
        return .replace(
            line: fact.line, with: [text.replacingCharacters(in: range, with: "from_millis(2000)")], in: file.path)
    }

    /// Records the node's phase 2 changes.
    func fix(_ context: inout FixContext) {
        let evidence = node.collatorEvidence
        let authoring = authoringDuration()
        if node.collator == "basic" {
            switch switchToLookahead() {
            case .success(var edits):
                if let authoring { edits.append(authoring) }
                context.record(
                    FixOutcome(
                        item: "lookahead-collator", subject: subject, edits: edits,
                        change:
                            "switch `start_consensus` to the lookahead collator (`collators::lookahead`) with `para_backend`, a `code_hash_provider` and a 2000 ms authoring duration",
                        file: evidence?.file, line: evidence?.line))
                for item in ["para-backend", "code-hash-provider", "authoring-duration"] {
                    context.outcomes.append(
                        FixOutcome(
                            item: item, subject: subject, edits: [],
                            change: "made with the switch to the lookahead collator",
                            file: evidence?.file, line: evidence?.line, partOf: "lookahead-collator"))
                }
                return
            case .failure(let problem):
                manualSwitch(&context, reason: problem.description)
                return
            }
        }
        if node.collator == "legacy" {
            manualSwitch(&context, reason: "the node uses the pre-1.x `AuraConsensus`; port `start_consensus` by hand")
            return
        }
        if let authoring {
            context.record(
                FixOutcome(
                    item: "authoring-duration", subject: subject, edits: [authoring],
                    change: "set `authoring_duration` to `Duration::from_millis(2000)`"))
        } else if let fact = node.authoringDurationMs, fact.value < 2000 {
            context.manual(
                "authoring-duration", subject, "set `authoring_duration` to `Duration::from_millis(2000)`",
                reason: "the value depends on a cargo feature or is not a literal", file: fact.file, line: fact.line)
        }
    }

    private func manualSwitch(_ context: inout FixContext, reason: String) {
        let evidence = node.collatorEvidence
        context.manual(
            "lookahead-collator", subject,
            "start the lookahead collator (`collators::lookahead`) instead of the basic one, passing `para_backend`, a `code_hash_provider` and `authoring_duration: Duration::from_millis(2000)`",
            reason: reason, file: evidence?.file, line: evidence?.line)
        for item in ["para-backend", "code-hash-provider", "authoring-duration"] {
            context.manual(
                item, subject, "part of the switch to the lookahead collator", reason: reason, file: evidence?.file,
                line: evidence?.line)
        }
    }
}

/// Why a node is not in the template shape the node fixer edits.
enum NodeShapeError: Error, CustomStringConvertible {
    case missing(String)
    case conditional

    var description: String {
        switch self {
        case .missing(let what): "the node's service is not template-shaped: \(what) was not found"
        case .conditional: "the collator is chosen by a cargo feature (`#[cfg]`); switch it by hand"
        }
    }
}
