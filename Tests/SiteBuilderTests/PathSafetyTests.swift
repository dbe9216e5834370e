import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct PathSafetyTests {
    @Test(arguments: [
        "../../escaped", "..", "a/b", "/abs", "a\\b", "x\u{0}y", "%2e%2e", "c:evil", "a\nb", "...",
    ])
    func hostileSlugsAreRefusedWithTheKeyPosition(_ slug: String) throws {
        let escaped = slug.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\u{0}", with: "\\0")
            .replacingOccurrences(of: "\n", with: "\\n")
        let site = try SiteFixture(["guides/a.md": page("title: A\nslug: \"\(escaped)\"")])
        let error = site.buildError()
        #expect(error?.kind == .invalidValue)
        #expect(error?.location == SourceLocation(file: "content/guides/a.md", line: 3, column: 7))
        #expect(site.listing().allSatisfy { !$0.hasPrefix("_site") })
        #expect(!FileManager.default.fileExists(atPath: site.root + "/escaped"))
    }

    @Test(arguments: ["../../outside/", "/guides/../../x/", "/a//b/", "/a\\b/", "/%2e%2e/x/", "//evil.example/"])
    func hostileAliasesAreRefused(_ alias: String) throws {
        let escaped = alias.replacingOccurrences(of: "\\", with: "\\\\")
        let site = try SiteFixture(["guides/a.md": page("title: A\naliases:\n  - \"\(escaped)\"")])
        let error = site.buildError()
        #expect(error?.kind == .invalidValue)
        #expect(error?.location == SourceLocation(file: "content/guides/a.md", line: 4, column: 5))
        let parent = (site.root as NSString).deletingLastPathComponent
        #expect(!FileManager.default.fileExists(atPath: parent + "/outside"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/_site"))
    }

    @Test func aliasesBecomeRedirectsInsideTheOutput() throws {
        let site = try SiteFixture(["guides/a.md": page("title: A\naliases: [/old/a/, legacy/a]")])
        try site.build()
        let redirect = try #require(site.output("old/a/index.html"))
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/guides/a/\">"))
        #expect(site.output("legacy/a/index.html") != nil)
    }

    @Test func pluginPathsAreGuardedToo() throws {
        let site = try SiteFixture(["guides/a.md": page("title: A")])
        let badPage = TestPlugin(pages: [GeneratedPage(path: "../../pwned/", title: "x", body: .trustedHTML("x"))])
        #expect(site.buildError(plugins: [badPage])?.message.contains("generated page path") == true)
        let badFile = TestPlugin(files: [SiteFile(path: "../pwned.txt", text: "x")])
        #expect(site.buildError(plugins: [badFile])?.message.contains("file path") == true)
        let absolute = TestPlugin(files: [SiteFile(path: "/etc/pwned", text: "x")])
        try site.build(plugins: [absolute])
        #expect(site.output("etc/pwned") == "x")
        #expect(!FileManager.default.fileExists(atPath: "/etc/pwned"))
    }

    @Test func pathGuardNormalisesSitePaths() throws {
        let here = SourceLocation(file: "f", line: 1)
        #expect(try PathGuard.sitePath("old/page", what: "alias", at: here) == "/old/page/")
        #expect(try PathGuard.sitePath("/", what: "alias", at: here) == "/")
        #expect(try PathGuard.filePath("/feeds/atom.xml", what: "file", at: here) == "feeds/atom.xml")
        var refused = 0
        do { _ = try PathGuard.filePath("feeds/", what: "file", at: here) } catch { refused += 1 }
        do { _ = try PathGuard.slug("", at: here) } catch { refused += 1 }
        #expect(refused == 2)
    }
}
