/// Where one entry of `Knowledge/faq.md` sits in the file, for tools that edit it in place.
///
/// Every `## ` block gets a location, even one with errors, so an editor can still find it.
///
/// ```swift
/// let place = FAQFileParser().locations(in: text).first { $0.id == "boletin-judicial" }
/// // place?.variantsEndLine is the line after which a new variant goes.
/// ```
public struct FAQEntryLocation: Sendable, Hashable, Codable {
    /// The `id` as written (trimmed), or `nil` when the entry has none.
    public var id: String?
    /// 1-based line of the `## ` heading.
    public var headingLine: Int
    /// Last line of the metadata list (including nested variants); the heading line when there is none.
    public var metadataEndLine: Int
    /// Line of `- variantes:`, or `nil` when the entry has no variants list.
    public var variantsLine: Int?
    /// Line of the last variant item, or of `- variantes:` when the list is empty; `nil` without a list.
    public var variantsEndLine: Int?
    /// Last line of the entry (before the next heading or the end of the file).
    public var endLine: Int

    /// Creates a location.
    public init(id: String?, headingLine: Int, metadataEndLine: Int, variantsLine: Int?,
                variantsEndLine: Int?, endLine: Int) {
        self.id = id
        self.headingLine = headingLine
        self.metadataEndLine = metadataEndLine
        self.variantsLine = variantsLine
        self.variantsEndLine = variantsEndLine
        self.endLine = endLine
    }
}
