import ArgumentParser

/// What `site serve` takes: the site options and the port. Declared once for both executables, so
/// `paraready site serve --help` and `paraready-serve --help` say the same and the hand-over cannot drift.
public struct ServeArguments: ParsableArguments {
    @OptionGroup public var site: SiteOptions

    @Option(help: "The port to listen on (127.0.0.1 only).")
    public var port: UInt16 = 1111

    public init() {}

    /// The arguments again, for `paraready-serve`; parsing them gives back the same values.
    public var arguments: [String] { site.arguments + ["--port", String(port)] }
}
