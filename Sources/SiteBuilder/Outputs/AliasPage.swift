/// The small page written at an alias: a redirect (meta refresh plus a link) to the page's real URL.
enum AliasPage {
    static func html(to relative: String, absolute: String, title: String, language: String) -> String {
        let target = HTMLBytes.escape(relative)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLBytes.escape(language))">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLBytes.escape(title))</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(target)">
            <link rel="canonical" href="\(HTMLBytes.escape(absolute))">
            </head>
            <body>
            <p>This page has moved to <a href="\(target)">\(HTMLBytes.escape(title))</a>.</p>
            </body>
            </html>

            """
    }
}
