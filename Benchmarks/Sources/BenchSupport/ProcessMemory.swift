import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Resident memory of this process, from `/proc/self/status` (Linux).
public enum ProcessMemory {
    /// `VmRSS` (current resident set) in KiB, or `nil` where `/proc` is missing.
    public static var residentKiB: Int? { field("VmRSS") }

    /// `VmHWM` (peak resident set since the process started) in KiB.
    public static var peakResidentKiB: Int? { field("VmHWM") }

    /// Bytes the allocator has handed out and not yet taken back (glibc `mallinfo2().uordblks`):
    /// what the process really holds, as opposed to the resident pages the allocator keeps.
    public static var heapInUseKiB: Int? {
        #if canImport(Glibc)
        return Int(mallinfo2().uordblks) / 1024
        #else
        return nil
        #endif
    }

    /// "123.4 MiB" for a KiB count.
    public static func describe(_ kib: Int?) -> String {
        guard let kib else { return "n/a" }
        return String(format: "%.1f MiB", Double(kib) / 1024)
    }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}
