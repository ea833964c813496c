import Crypto
import FAQStore
import Foundation
import Hummingbird

/// Hummingbird's session storage (`PersistDriver`) over the gateway's SQLite file, so that sessions
/// survive a restart and every gateway process on the machine sees the same ones.
///
/// Keys are stored as their SHA-256: whoever reads a copy of the database cannot use its sessions.
struct SQLiteSessionDriver: PersistDriver {
    let database: FAQDatabase

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await set(key: key, value: value, expires: expires)
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = try JSONEncoder().encode(value)
        let expiresAt = expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
        try database.storeConsoleSession(keyHash: Self.hash(key), value: data, expiresAt: expiresAt)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let stored = try database.consoleSession(keyHash: Self.hash(key)) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: stored.value) else { throw PersistError.invalidConversion }
        return (object, stored.expiresAt.map { .seconds(max(0, $0.timeIntervalSinceNow)) })
    }

    func remove(key: String) async throws {
        try database.removeConsoleSession(keyHash: Self.hash(key))
    }

    static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
