import FAQBot
import ArgumentParser
import FAQStore
import Foundation

/// `faq-admin staff add|disable|enable|passwd|list`: the console's accounts (contract section 9).
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Cuentas de la consola web del personal.",
        subcommands: [Add.self, Disable.self, Enable.self, Password.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Crea una cuenta; la contraseña se lee de la entrada estándar.",
            discussion: "Ejemplo: printf '%s\\n' 'una contraseña larga' | faq-admin staff add maria --role admin")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Nombre de usuario.", valueName: "USUARIO")) var username: String
        @Option(help: ArgumentHelp("staff (la fila) o admin (también el conocimiento).", valueName: "ROL"))
        var role: String = StaffAccount.Role.staff.rawValue

        func validate() throws {
            guard StaffAccount.Role(rawValue: role) != nil else { throw ValidationError("Rol desconocido «\(role)»: use staff o admin.") }
        }

        func run() throws {
            try Terminal.run {
                let hash = try StaffPassword.hash(try StaffCommand.readPassword())
                let store = try database.open()
                try store.addStaff(username: username, role: StaffAccount.Role(rawValue: role) ?? .staff, passwordHash: hash)
                try store.audit(actor: "faq-admin", action: "staff_added", detail: "\(username) (\(role))")
                print("Cuenta «\(username)» creada (\(StaffAccount.Role(rawValue: role)?.spanishName ?? role)).")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable", abstract: "Desactiva una cuenta: no puede entrar y sus sesiones terminan.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Nombre de usuario.", valueName: "USUARIO")) var username: String

        func run() throws { try StaffCommand.setDisabled(true, username: username, in: database) }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "Reactiva una cuenta desactivada.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Nombre de usuario.", valueName: "USUARIO")) var username: String

        func run() throws { try StaffCommand.setDisabled(false, username: username, in: database) }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passwd", abstract: "Cambia la contraseña (leída de la entrada estándar) y quita un bloqueo.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Nombre de usuario.", valueName: "USUARIO")) var username: String

        func run() throws {
            try Terminal.run {
                let hash = try StaffPassword.hash(try StaffCommand.readPassword())
                let store = try database.open()
                try store.setStaffPassword(username: username, passwordHash: hash)
                try store.audit(actor: "faq-admin", action: "password_changed", detail: username)
                print("Contraseña de «\(username)» cambiada.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Muestra las cuentas.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try Terminal.run {
                let accounts = try database.open().staffAccounts()
                if accounts.isEmpty { print("No hay cuentas. Cree una con: faq-admin staff add USUARIO --role admin") }
                for account in accounts {
                    let state = account.disabled ? "desactivada" : account.isLocked() ? "bloqueada" : "activa"
                    let last = account.lastLoginAt.map { " · último acceso \(StaffWording.time($0))" } ?? ""
                    print("\(account.username)  \(account.role.spanishName) · \(state)\(last)")
                }
            }
        }
    }

    /// Disables or enables an account, audited.
    static func setDisabled(_ disabled: Bool, username: String, in database: DatabaseOptions) throws {
        try Terminal.run {
            let store = try database.open()
            try store.setStaffDisabled(username: username, disabled)
            try store.audit(actor: "faq-admin", action: disabled ? "staff_disabled" : "staff_enabled", detail: username)
            print("Cuenta «\(username)» \(disabled ? "desactivada" : "reactivada").")
        }
    }

    /// The first line of standard input, without its line break (a prompt on standard error when typed).
    static func readPassword() throws -> String {
        if isatty(STDIN_FILENO) != 0 { FileHandle.standardError.write(Data("Contraseña: ".utf8)) }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("Escriba la contraseña en la entrada estándar (una línea).")
        }
        return line
    }
}
