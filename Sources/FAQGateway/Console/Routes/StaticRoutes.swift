import Hummingbird

/// `GET /static/consola.css` and `GET /static/consola.js`, served from memory: there is no folder to
/// walk, so no path (`../`, encoded or not) can reach a file.
struct StaticRoutes: Sendable {
    static let assets: [String: (type: String, body: String)] = [
        "consola.css": ("text/css; charset=utf-8", ConsoleStylesheet.text),
        "consola.js": ("text/javascript; charset=utf-8", ConsoleScript.text),
    ]

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/static/{name}") { _, context in
            guard let asset = Self.assets[try context.parameters.require("name")] else { throw HTTPError(.notFound) }
            return Response(status: .ok, headers: [.contentType: asset.type, .cacheControl: "max-age=300"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: asset.body)))
        }
    }
}
