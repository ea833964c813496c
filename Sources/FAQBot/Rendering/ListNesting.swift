/// Tracks the indentation of nested Markdown list items to give each its nesting level.
struct ListNesting: Sendable {
    private var indents: [Int] = []

    /// `true` while inside a list.
    var isActive: Bool { !indents.isEmpty }

    /// How many levels are open.
    var depth: Int { indents.count }

    /// The level (0 = top) of an item indented by `indentation` columns; opens or closes levels.
    mutating func level(forIndentation indentation: Int) -> Int {
        while let last = indents.last, indentation < last { indents.removeLast() }
        if let last = indents.last, indentation == last { return indents.count - 1 }
        if let last = indents.last, indentation < last + 2 { return indents.count - 1 }
        indents.append(indentation)
        return indents.count - 1
    }

    /// Leaves the list (after a paragraph, heading or code block).
    mutating func reset() {
        indents.removeAll()
    }
}
