import Foundation

/// Resident memory of this process, from `/proc/self/status` (Linux).
public enum ProcessMemory {
    /// `VmRSS` (current resident set) in KiB, or `nil` where `/proc` is missing.
    public static var residentKiB: Int? { field("VmRSS") }

    /// `VmHWM` (peak resident set since the process started) in KiB.
    public static var peakResidentKiB: Int? { field("VmHWM") }

    /// Asks glibc to give freed heap pages back to the system (`malloc_trim(0)`, looked up at run
    /// time); returns `false` where it does not exist. RSS after a trim shows what the process
    /// really holds, as opposed to pages the allocator keeps after a load's temporary allocations.
    @discardableResult
    public static func trimHeap() -> Bool {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return false }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        return true
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
