extension SignatureCatalog {
    static let embeddedFrontMatter = ""
}
