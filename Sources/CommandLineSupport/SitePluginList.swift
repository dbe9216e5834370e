import SiteBuilder

/// The plugins every `site` command runs, in order. Register new generated content here.
public enum SitePluginList {
    public static func plugins(projectRoot: String) -> [any SitePlugin] {
        [UpdatesPlugin(), AuditReportsPlugin(projectRoot: projectRoot)]
    }
}
