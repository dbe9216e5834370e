import Markdown
import ParaReadyCore
import Readiness

/// A self-contained HTML page of the Markdown report (no external assets), for people without the site.
public enum HTMLReport {
    public static func render(_ report: AuditReport, checklist: Checklist, options: ReportOptions)
        throws(ParaReadyError) -> String
    {
        let markdown = MarkdownReport.render(report, checklist: checklist, options: options)
        let body = try Markdown.render(markdown, options: MarkdownOptions(headingAnchors: true)).html
        let title = Escaping.html("Async-backing readiness: \(options.projectName)")
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            :root { color-scheme: light dark; --fg: #1d1f23; --bg: #fdfdfc; --muted: #59606b; --line: #d9dce1; }
            @media (prefers-color-scheme: dark) { :root { --fg: #e6e7ea; --bg: #15171a; --muted: #a1a7b0; --line: #343840; } }
            body { font: 16px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 60rem; margin: 0 auto; padding: 1rem; }
            code, pre { font-family: ui-monospace, monospace; font-size: 0.92em; }
            pre { overflow-x: auto; padding: 0.6rem; border: 1px solid var(--line); border-radius: 6px; }
            table { border-collapse: collapse; } td, th { border: 1px solid var(--line); padding: 0.25rem 0.6rem; }
            a { color: inherit; }
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }
}
