import FAQStore
import Foundation
import Hummingbird

/// `GET /` (the queue) and `GET /fila/filas` (its rows alone, for the page's refresh).
struct QueueRoutes: Sendable {
    let database: FAQDatabase
    let configuration: ConsoleConfiguration

    func add(to group: RouterGroup<ConsoleRequestContext>) {
        group.get("/") { request, context in
            let page = try page(request)
            return ConsolePage.response(title: "Fila de casos", account: try context.staff, csrf: context.sessions.session?.csrf,
                                        current: "fila", body: page.body)
        }
        group.get("/fila/filas") { request, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: try page(request, withFacets: false).tableBody.markup)))
        }
    }

    /// The queue for the request's filters; the rows alone (the 15-second refresh) need no filter lists.
    private func page(_ request: Request, withFacets: Bool = true) throws -> QueuePage {
        let query = Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { $1 })
        let filters = QueuePage.Filters(query: query)
        return QueuePage(rows: try database.queueRows(filters.queueFilter), filters: filters, facets: withFacets ? try database.queueFacets() : ([], [], []),
                         replyTarget: configuration.replyTarget, now: Date())
    }
}
