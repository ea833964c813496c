import FAQStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth

/// Lets a request through only with a valid session of an enabled account, and a POST only with
/// that session's CSRF token.
///
/// Without a session an HTML request is sent to `/login` (303) and any other gets 401; a disabled
/// account's session is ended. A POST's form is read here once and kept in `context.form`.
struct ConsoleAuthentication: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    let database: FAQDatabase

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let session = context.sessions.session,
              let account = try database.staffAccount(username: session.username), !account.disabled else {
            if context.sessions.session != nil { context.sessions.clearSession() }
            return Self.refusal(for: request)
        }
        var context = context
        var request = request
        context.account = account
        if request.method == .post {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            context.form = ConsoleForm.fields(String(buffer: body))
            let sent = context.form["csrf"] ?? request.headers[Self.csrfHeader] ?? ""
            guard ConstantTime.equal(sent, session.csrf) else {
                context.logger.warning("console form refused: missing or wrong CSRF token")
                return ConsolePage.message(status: .forbidden, title: "Formulario caducado",
                                           text: "El formulario no trae el código de seguridad de su sesión. Vuelva a la página y repita la acción.")
            }
        }
        return try await next(request, context)
    }

    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// 303 to `/login` for a browser page, 401 for anything else (scripts, fetches).
    static func refusal(for request: Request) -> Response {
        let accept = request.headers[.accept] ?? ""
        if request.method == .get, accept.contains("text/html") {
            return Response(status: .seeOther, headers: [.location: "/login", .cacheControl: "no-store"])
        }
        if accept.contains("text/html") {
            // A form sent after the session ended: say so, and that nothing was saved.
            return ConsolePage.response(status: .unauthorized, title: "Sesión terminada", account: nil, csrf: nil,
                                        body: "<h1>Sesión terminada</h1><p class=\"aviso error\" role=\"alert\">Su sesión terminó "
                                            + "(o no ha entrado), así que no se guardó lo que envió. Entre de nuevo y repita la acción.</p>"
                                            + "<p><a href=\"/login\">Entrar</a></p>")
        }
        return Response(status: .unauthorized, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: "sesión requerida")))
    }
}

/// Refuses a staff account on admin pages.
struct AdminOnly: RouterMiddleware {
    typealias Context = ConsoleRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.account?.role == .admin else {
            return ConsolePage.message(status: .forbidden, title: "Solo administradores",
                                       text: "Esta página es solo para cuentas de administrador.", account: context.account)
        }
        return try await next(request, context)
    }
}

/// Headers on every console response: no caching of case data, no framing, no inline scripts.
struct ConsoleSecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Form bodies and query strings, read with Hummingbird's `URLEncodedFormDecoder`.
enum ConsoleForm {
    /// The fields of `a=1&b=dos+palabras`; a body that cannot be read gives no fields (the CSRF check then refuses it).
    static func fields(_ text: String) -> [String: String] {
        guard !text.isEmpty else { return [:] }
        return (try? URLEncodedFormDecoder().decode([String: String].self, from: text)) ?? [:]
    }
}
