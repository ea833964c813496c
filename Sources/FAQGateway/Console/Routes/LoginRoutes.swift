import FAQStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Logging

/// `GET /login`, `POST /login`, `POST /logout`.
///
/// The login form's CSRF token is a double-submit cookie (there is no session yet). A successful
/// login always starts a new session with a new id, so a session id planted before the login is
/// never the one that gets the rights (no session fixation). Failures are audited; after
/// `lockoutThreshold` in a row the account refuses logins for `lockoutDuration`, without even
/// checking the password, so a flood costs no bcrypt work.
struct LoginRoutes: Sendable {
    let database: FAQDatabase
    let configuration: ConsoleConfiguration
    let logger: Logger

    static let loginCookie = "consola_login"

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/login") { request, context in try await form(request, context) }
        router.post("/login") { request, context in try await login(request, context) }
    }

    /// The logout route sits behind `ConsoleAuthentication` (it needs the session's CSRF token).
    func addLogout(to group: RouterGroup<ConsoleRequestContext>) {
        group.post("/logout") { _, context in
            if let session = context.sessions.session {
                try? database.audit(actor: session.username, action: "logout")
            }
            context.sessions.clearSession()
            return ConsolePage.redirect("/login")
        }
    }

    func form(_ request: Request, _ context: ConsoleRequestContext, error: String? = nil,
              status: HTTPResponse.Status = .ok, username: String = "") async throws -> Response {
        if error == nil, let session = context.sessions.session,
           let account = try database.staffAccount(username: session.username), !account.disabled {
            return ConsolePage.redirect("/")
        }
        let token = RandomToken.make()
        var body: HTML = "<section class=\"acceso\"><h1>Consola del CHAT PJBC</h1>"
        body += "<p>Entre con su usuario del personal.</p>"
        if let error { body += "<p class=\"aviso error\" role=\"alert\" id=\"error-acceso\">" + h(error) + "</p>" }
        body += "<form method=\"post\" action=\"/login\" id=\"form-acceso\">"
        body += "<input type=\"hidden\" name=\"csrf\" value=\"" + h(token) + "\">"
        body += "<label for=\"usuario\">Usuario</label><input id=\"usuario\" name=\"usuario\" autocomplete=\"username\" required value=\"" + h(username) + "\">"
        body += "<label for=\"contrasena\">Contraseña</label><input id=\"contrasena\" name=\"contrasena\" type=\"password\" autocomplete=\"current-password\" required>"
        body += "<button type=\"submit\">Entrar</button></form></section>"
        var response = ConsolePage.response(status: status, title: "Acceso", account: nil, csrf: nil, body: body)
        let cookie = Cookie(name: Self.loginCookie, value: token, maxAge: 3600, path: "/login",
                            secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
        response.headers[values: .setCookie].append(cookie.description)
        return response
    }

    func login(_ request: Request, _ context: ConsoleRequestContext) async throws -> Response {
        var request = request
        let fields = ConsoleForm.fields(String(buffer: try await request.collectBody(upTo: 64 * 1024)))
        guard let cookie = request.cookies[Self.loginCookie]?.value,
              ConstantTime.equal(fields["csrf"] ?? "", String(cookie)) else {
            logger.warning("console login refused: missing or wrong CSRF token")
            return try await form(request, context, error: "El formulario caducó. Escriba de nuevo su usuario y contraseña.",
                                  status: .forbidden)
        }
        let username = (fields["usuario"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["contrasena"] ?? ""
        let refused = "Usuario o contraseña incorrectos."
        guard !username.isEmpty, !password.isEmpty, username.count <= 64 else {
            return try await form(request, context, error: refused, status: .unauthorized, username: username)
        }
        let account = try database.staffAccount(username: username)
        if let account, account.isLocked() {
            try database.audit(actor: username, action: "login_locked")
            let minutes = Int(((account.lockedUntil ?? Date()).timeIntervalSinceNow / 60).rounded(.up))
            return try await form(request, context,
                                  error: "La cuenta está bloqueada por intentos fallidos. Intente de nuevo en \(max(1, minutes)) min.",
                                  status: .tooManyRequests, username: username)
        }
        // bcrypt takes a while: off the event loop. An unknown user is checked against a decoy hash
        // so that the answer takes as long as for a real one.
        let hash = account?.passwordHash ?? StaffPassword.decoyHash
        let matches = await Self.verify(password, hash: hash)
        guard let account, matches, !account.disabled else {
            let updated = try database.recordFailedLogin(username: username, threshold: configuration.lockoutThreshold,
                                                         lockout: configuration.lockoutDuration)
            try database.audit(actor: username, action: "login_failed")
            if let updated, updated.isLocked() {
                try database.audit(actor: username, action: "login_locked", detail: "\(configuration.lockoutThreshold) intentos fallidos")
                logger.warning("console account locked after failed logins")
            }
            return try await form(request, context, error: refused, status: .unauthorized, username: username)
        }
        try database.recordLogin(username: account.username)
        try database.audit(actor: account.username, action: "login")
        context.sessions.createSession(ConsoleSession(username: account.username), expiresIn: configuration.sessionLifetime)
        var response = ConsolePage.redirect("/")
        let spent = Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/login", secure: configuration.secureCookies,
                           httpOnly: true, sameSite: .strict)
        response.headers[values: .setCookie].append(spent.description)
        return response
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: StaffPassword.verify(password, hash: hash)) }
        }
    }
}
