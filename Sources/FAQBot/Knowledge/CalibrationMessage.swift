/// A message written as real traffic is, with the entry that answers it
/// (`Knowledge/calibracion.md`).
///
/// Calibration messages are never matched against: they are what the model's
/// confidence is fitted on, beside the entries' own variants held out in turn, so
/// that a confidence of 0.8 means right four times in five on messages like them.
///
/// ```swift
/// CalibrationMessage(text: "y el boletin de hoy?", entryID: "boletin-judicial", line: 12)
/// ```
public struct CalibrationMessage: Sendable, Hashable, Codable {
    /// The message, trimmed.
    public var text: String
    /// The id of the entry that answers it.
    public var entryID: String
    /// 1-based line in the file.
    public var line: Int

    /// Creates a calibration message.
    public init(text: String, entryID: String, line: Int) {
        self.text = text
        self.entryID = entryID
        self.line = line
    }
}
