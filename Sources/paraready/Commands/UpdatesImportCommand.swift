import ArgumentParser
import CommandLineSupport
import Foundation
import ParaReadyCore
import SiteBuilder

struct UpdatesImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write one update per post of a saved Discourse topic (its RSS or JSON export).",
        discussion: """
            Save the topic as RSS (https://FORUM/t/SLUG/ID.rss) or JSON (https://FORUM/t/ID.json) and pass the file.
            Posts already imported are matched by their forum URL (the entry's `source`), so running the import again
            changes nothing; a post whose text changed upstream gets its new body and `updated` date, and front
            matter added by hand (title, tags, milestones) is kept. Post HTML is sanitised into Markdown (see
            docs/updates.md). A bad or truncated export stops the import before anything is written.
            """)

    @Argument(help: "The saved topic export (.rss or .json), or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("Only import posts created on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Flag(help: "Print what would be written without writing anything.")
    var dryRun = false

    @Option(help: ArgumentHelp("The updates folder to write into.", valueName: "dir"))
    var into = "content/updates"

    @Option(help: "The forum's address, for topic JSON exports (RSS exports carry it themselves).")
    var forum = "https://forum.polkadot.network"

    func run() async throws {
        try await reportingErrors {
            var sinceDate: ContentDate?
            if let since {
                guard let date = ContentDate(iso: since), !date.hasTime else {
                    throw ParaReadyError(.usage, "--since must be a day (YYYY-MM-DD), not `\(since)`")
                }
                sinceDate = date
            }
            guard forum.hasPrefix("https://") || forum.hasPrefix("http://") else {
                throw ParaReadyError(.usage, "--forum must be an http(s) URL, not `\(forum)`")
            }
            let input = try readInput(file)
            let importer = DiscourseImporter(options: .init(since: sinceDate, forumURL: forum))
            let plan = try importer.plan(exportText: input.text, exportPath: input.name, directory: into)
            if !dryRun { try importer.apply(plan, directory: into) }
            report(plan)
        }
    }

    func report(_ plan: DiscourseImporter.Plan) {
        let verb: [DiscourseImporter.Change.Kind: String] =
            dryRun ? [.create: "would create", .update: "would update"] : [.create: "created", .update: "updated"]
        for note in plan.notes { FileHandle.standardError.write(Data("paraready: note: \(note)\n".utf8)) }
        for change in plan.changes {
            var line = "\(verb[change.kind]!) \(into)/\(change.fileName) (post \(change.postNumber))"
            if !change.removed.isEmpty { line += "; removed: \(change.removed.joined(separator: ", "))" }
            printRaw(line + "\n")
            if dryRun {
                printRaw(
                    change.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  | \($0)" }.joined(
                        separator: "\n") + "\n")
            }
        }
        for (post, reason) in plan.skipped { printRaw("skipped post \(post): \(reason)\n") }
        let created = plan.changes.filter { $0.kind == .create }.count
        let updated = plan.changes.count - created
        printRaw(
            "\(plan.topic.format == .rss ? "RSS" : "JSON") export of \"\(plan.topic.title)\": \(created) "
                + "\(dryRun ? "to create" : "created"), \(updated) \(dryRun ? "to update" : "updated"), "
                + "\(plan.unchanged.count) unchanged, \(plan.skipped.count) skipped\n")
    }
}
