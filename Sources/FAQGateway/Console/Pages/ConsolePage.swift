import FAQBot
import FAQStore
import Foundation
import HTTPTypes
import Hummingbird

/// The console's page frame: Spanish, one stylesheet and one script of our own, a skip link and a
/// navigation bar for the logged-in account.
enum ConsolePage {
    /// A whole page as a response.
    ///
    /// - Parameters:
    ///   - title: the page's title (also its `<h1>` unless `heading` is false).
    ///   - account: who is logged in (`nil` on the login page).
    ///   - csrf: the session's token, for the logout form.
    ///   - printable: a page meant to be printed (the monthly report): no navigation.
    static func response(status: HTTPResponse.Status = .ok, title: String, account: StaffAccount?, csrf: String?,
                         current: String = "", printable: Bool = false, body: HTML) -> Response {
        var page: HTML = "<!DOCTYPE html><html lang=\"es-MX\"><head><meta charset=\"utf-8\">"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        page += "<title>" + h(title) + " · CHAT PJBC</title><link rel=\"stylesheet\" href=\"/static/consola.css\">"
        page += "<script src=\"/static/consola.js\" defer></script></head><body" + (printable ? " class=\"impresion\"" : "") + ">"
        page += "<a class=\"saltar\" href=\"#contenido\">Ir al contenido</a>"
        if let account, !printable {
            page += "<header class=\"barra\"><span class=\"marca\">CHAT PJBC · Consola</span><nav aria-label=\"Secciones\"><ul>"
            var sections: [(String, String, String)] = [("/", "Fila", "fila"), ("/estadisticas", "Estadísticas", "estadisticas"),
                                                        ("/historial", "Historial", "historial")]
            if account.role == .admin { sections.append(("/conocimiento", "Conocimiento", "conocimiento")) }
            for (link, label, key) in sections {
                page += "<li><a href=\"" + h(link) + "\"" + (key == current ? " aria-current=\"page\"" : "") + ">" + h(label) + "</a></li>"
            }
            page += "</ul></nav><form class=\"salir\" method=\"post\" action=\"/logout\">" + csrfField(csrf)
            page += "<span>" + h(account.username) + " (" + h(account.role.spanishName) + ")</span> "
            page += "<button type=\"submit\">Salir</button></form></header>"
        }
        page += "<main id=\"contenido\">" + body + "</main></body></html>"
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: page.markup)))
    }

    /// A short page with a title and a sentence (errors, refusals).
    static func message(status: HTTPResponse.Status, title: String, text: String, account: StaffAccount? = nil) -> Response {
        response(status: status, title: title, account: account, csrf: nil,
                 body: "<h1>" + h(title) + "</h1><p class=\"aviso error\" role=\"alert\">" + h(text) + "</p><p><a href=\"/\">Volver a la fila</a></p>")
    }

    /// The hidden field every form carries.
    static func csrfField(_ csrf: String?) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"" + h(csrf) + "\">"
    }

    /// 303 to `location` (after a form).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// `<select>` options with one selected.
    static func options(_ values: [(value: String, label: String)], selected: String?) -> HTML {
        HTML.join(values.map { value, label in
            "<option value=\"" + h(value) + "\"" + (value == selected ? " selected" : "") + ">" + h(label) + "</option>"
        })
    }
}
