import Foundation
import ParaReadyCore
import Readiness
import Reporting

/// Publishes an audit report per project listed in `content/projects/*.toml`, and a readiness dashboard.
///
/// Local repositories are audited during the build (read only); saved reports are read as they are, so a
/// project's CI can publish its own `paraready audit --format json`. Findings link to checklist pages with
/// site-absolute `.md` links, which the link checker verifies like any other link.
public struct AuditReportsPlugin: SitePlugin {
    public let name = "audit-reports"
    /// The folder holding `site.toml`; project paths are relative to it.
    public let projectRoot: String

    public init(projectRoot: String) {
        self.projectRoot = projectRoot
    }

    /// A project with its audit, or why there is none.
    struct Audited {
        var project: ProjectDefinition
        var report: AuditReport?
        var problem: String?
    }

    public func contribute(to content: SiteContent) throws(ParaReadyError) -> SiteContribution {
        let folder = ContentLoader.join(content.config.contentDirectory, "projects")
        let projects = try loadProjects(folder: folder)
        guard !projects.isEmpty else { return SiteContribution() }
        let checklistFolder = ContentLoader.join(
            projectRoot, ContentLoader.join(content.config.contentDirectory, "checklist"))
        let checklist =
            FileManager.default.fileExists(atPath: checklistFolder)
            ? try Checklist.load(directory: checklistFolder) : try Checklist.bundled()
        // A project whose report cannot be produced is a warning: the rest of the site (and the dashboard,
        // which lists the project as unavailable) still builds.
        var audited: [Audited] = []
        var warnings: [SiteWarning] = []
        for project in projects {
            do {
                audited.append(Audited(project: project, report: try audit(project, checklist: checklist)))
            } catch {
                let at = project.sourceLocation ?? SourceLocation(file: project.file, line: 1)
                var message = "no report for project '\(project.name)': \(error.message)"
                if let location = error.location { message += " (\(location))" }
                for cause in error.causes where !cause.hasPrefix("while auditing project") {
                    message += "\n  caused by: \(cause)"
                }
                warnings.append(SiteWarning(message, at: at))
                audited.append(Audited(project: project, report: nil, problem: error.message))
            }
        }
        var pages: [GeneratedPage] = []
        let options = { (project: ProjectDefinition) in
            ReportOptions(checklistLink: "/checklist/{id}.md", projectName: project.name)
        }
        let dashboardURL = SiteValue.string(content.relativeURL("reports/"))
        // The theme's `reports/report` and `reports/dashboard` layouts (falling back to `single`) print the title
        // as the page's heading, so the Markdown bodies start below their own `#` heading.
        for entry in audited {
            guard let report = entry.report else { continue }
            var markdown = MarkdownReport.render(report, checklist: checklist, options: options(entry.project))
            markdown = Self.header(for: entry.project) + markdown.drop { $0 != "\n" }.dropFirst().description
            pages.append(
                GeneratedPage(
                    path: "reports/\(entry.project.slug)/", title: "Readiness report: \(entry.project.name)",
                    layout: "reports/report",
                    body: .markdown(
                        Self.withoutTitle(markdown), origin: SourceLocation(file: entry.project.file, line: 1)),
                    description: "\(entry.project.name) is at stage \(report.stage.rawValue).",
                    section: "reports",
                    context: ["stage": .string(report.stage.rawValue), "dashboardURL": dashboardURL]))
        }
        var stageCounts: [Stage: Int] = [:]
        for entry in audited { if let report = entry.report { stageCounts[report.stage, default: 0] += 1 } }
        let stages: [SiteValue] = Stage.allCases.map {
            .object(["name": .string($0.rawValue), "count": .int(stageCounts[$0] ?? 0)])
        }
        pages.append(
            GeneratedPage(
                path: "reports/", title: "Ecosystem readiness", layout: "reports/dashboard",
                body: .markdown(
                    Self.withoutTitle(Self.dashboard(audited, checklist: checklist)),
                    origin: SourceLocation(file: folder, line: 1)),
                description: "Every published project, its async-backing stage and what blocks it.", section: "reports",
                context: ["stages": .array(stages), "hasStages": .bool(true)])
        )
        let summary: [SiteValue] = audited.compactMap { entry in
            guard let report = entry.report else { return nil }
            return .object([
                "name": .string(entry.project.name), "slug": .string(entry.project.slug),
                "stage": .string(report.stage.rawValue),
                "url": .string(content.relativeURL("reports/\(entry.project.slug)/")),
            ])
        }
        return SiteContribution(
            pages: pages,
            siteData: ["projects": .array(summary), "dashboardURL": dashboardURL],
            warnings: warnings)
    }

    // MARK: Loading

    func loadProjects(folder: String) throws(ParaReadyError) -> [ProjectDefinition] {
        let absolute = ContentLoader.join(projectRoot, folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { return [] }
        var projects: [ProjectDefinition] = []
        for name in names.sorted() where name.hasSuffix(".toml") {
            let file = ContentLoader.join(folder, name)
            let text = try TextFile.read(ContentLoader.join(absolute, name), displayPath: file)
            let slug = String(name.dropLast(".toml".count))
            guard slug.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !slug.isEmpty else {
                throw ParaReadyError(
                    .invalidValue, "project file names may only use letters, digits, '-' and '_'", file: file)
            }
            projects.append(try ProjectDefinition.parse(text, file: file, directory: folder, slug: slug))
        }
        return projects
    }

    func audit(_ project: ProjectDefinition, checklist: Checklist) throws(ParaReadyError) -> AuditReport {
        switch project.source {
        case .repository(let path):
            let root = ContentLoader.join(projectRoot, path)
            do {
                let facts = try FactsExtractor(root: root, features: Set(project.features)).extract()
                return try Auditor(checklist: checklist).audit(facts, root: root)
            } catch {
                throw error.causedBy("while auditing project '\(project.name)' (\(project.file))")
            }
        case .savedReport(let path):
            let text = try TextFile.read(ContentLoader.join(projectRoot, path), displayPath: path)
            do {
                let report = try JSONDecoder().decode(AuditReport.self, from: Data(text.utf8))
                guard report.schema == "paraready.audit/1" else {
                    throw ParaReadyError(
                        .invalidValue, "saved report has schema '\(report.schema)', expected paraready.audit/1",
                        file: path)
                }
                return report
            } catch let error as ParaReadyError {
                throw error
            } catch {
                throw ParaReadyError(
                    .syntax, "saved report is not a paraready audit JSON document", file: path,
                    causes: [String(describing: error)])
            }
        }
    }

    // MARK: Markdown

    /// Markdown without its first line when that is a `# ` heading.
    static func withoutTitle(_ markdown: String) -> String {
        guard markdown.hasPrefix("# ") else { return markdown }
        return String(markdown.drop { $0 != "\n" }.drop { $0 == "\n" })
    }

    static func header(for project: ProjectDefinition) -> String {
        var text = "# Readiness report: \(MarkdownEscape.text(project.name))\n\n"
        if let description = project.description { text += MarkdownEscape.text(description) + "\n\n" }
        switch project.source {
        case .repository(let path): text += "Audited from the repository at `\(path)` when this site was built.\n"
        case .savedReport:
            text += "From the project's saved audit" + (project.audited.map { " of \($0)" } ?? "") + ".\n"
        }
        if let homepage = project.homepage, homepage.hasPrefix("https://") || homepage.hasPrefix("http://") {
            text += "\nProject home: <\(homepage)>\n"
        }
        return text + "\n"
    }

    /// The dashboard: every project, its stage, what blocks the next stage, and when it was audited.
    static func dashboard(_ audited: [Audited], checklist: Checklist) -> String {
        var text = "# Ecosystem readiness\n\n"
        var counts: [Stage: Int] = [:]
        for entry in audited { if let report = entry.report { counts[report.stage, default: 0] += 1 } }
        text += Stage.allCases.map { "**\($0.rawValue)**: \(counts[$0] ?? 0)" }.joined(separator: " · ") + "\n\n"
        text += "| project | stage | next stage needs | audited |\n|---|---|---|---|\n"
        for entry in audited {
            guard let report = entry.report else {
                text +=
                    "| \(MarkdownEscape.text(entry.project.name)) | unknown | report not available: "
                    + "\(MarkdownEscape.text(entry.problem ?? "")) | no |\n"
                continue
            }
            let blockers = report.nextSteps.prefix(3).map { id in
                "[\(MarkdownEscape.text(checklist[id]?.title ?? id))](/checklist/\(id).md)"
            }
            let more = report.nextSteps.count > 3 ? " and \(report.nextSteps.count - 3) more" : ""
            let needs =
                report.nextStage == nil
                ? "nothing: last stage"
                : (blockers.isEmpty ? "nothing in the repository" : blockers.joined(separator: ", ") + more)
            let when: String
            switch entry.project.source {
            case .repository: when = "at build"
            case .savedReport: when = entry.project.audited ?? "saved report"
            }
            text +=
                "| [\(MarkdownEscape.text(entry.project.name))](/reports/\(entry.project.slug)/) | `\(report.stage.rawValue)` | \(needs) | \(when) |\n"
        }
        return text + "\nStages: " + Stage.allCases.map { "`\($0.rawValue)`" }.joined(separator: " → ")
            + ". See the [checklist](/checklist/_index.md) for what each stage takes.\n"
    }
}

/// Escapes text so Markdown shows it literally.
enum MarkdownEscape {
    static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            if "\\`*_{}[]<>#|!".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}
