import FAQBot
import FAQStore
import Foundation
import HTTPTypes
import Hummingbird

/// `GET /conocimiento`, `POST /conocimiento/validar`, `POST /conocimiento/publicar` (admin accounts only).
///
/// A draft is written beside the live `faq.md` (so its sibling files load with it) and checked by the
/// same validator as `faq-admin validate`, with line numbers. Publishing a draft with errors changes
/// nothing; a valid one is imported, then replaces `faq.md`, and the publication is audited.
struct KnowledgeRoutes: Sendable {
    let database: FAQDatabase
    let configuration: ConsoleConfiguration

    func add(to group: RouterGroup<ConsoleRequestContext>) {
        group.get("/conocimiento") { _, context in
            let text = (try? String(contentsOfFile: configuration.knowledgeFile, encoding: .utf8)) ?? ""
            return try page(context, draft: text)
        }
        group.post("/conocimiento/validar") { _, context in
            let draft = context.form["faq"] ?? ""
            let (source, _) = try check(draft)
            return try page(context, draft: draft, diagnostics: source?.diagnostics ?? [], checked: true,
                            notice: source.map { $0.hasErrors ? nil : "Sin errores: \($0.entries.count) entradas. Puede publicarlo." } ?? nil)
        }
        group.post("/conocimiento/publicar") { _, context in
            let draft = context.form["faq"] ?? ""
            let (source, draftPath) = try check(draft)
            guard var source, !source.hasErrors, let draftPath else {
                if let draftPath { try? FileManager.default.removeItem(atPath: draftPath) }
                return try page(context, draft: draft, diagnostics: source?.diagnostics ?? [], checked: true, status: .unprocessableContent,
                                error: "No se publicó: corrija los errores. El conocimiento anterior sigue vigente.")
            }
            source.faqPath = configuration.knowledgeFile
            let outcome: ImportOutcome
            do {
                outcome = try KnowledgeImporter(database: database).importKnowledge(source)
                // rename(2) over the live file: atomic, and the draft is gone.
                guard rename(draftPath, configuration.knowledgeFile) == 0 else {
                    throw StoreError.notWritable(path: configuration.knowledgeFile, detail: String(cString: strerror(errno)))
                }
            } catch {
                try? FileManager.default.removeItem(atPath: draftPath)
                return try page(context, draft: draft, status: .internalServerError,
                                error: "No se pudo publicar: \(error). El conocimiento anterior sigue vigente.")
            }
            try database.audit(actor: try context.staff.username, action: "published",
                               detail: "versión \(outcome.version.number), \(outcome.version.entryCount) entradas")
            return try page(context, draft: draft, notice: "Publicado: versión \(outcome.version.number) con \(outcome.version.entryCount) entradas.")
        }
    }

    /// Writes the draft beside the live file and loads it; the draft file stays only when it is valid.
    private func check(_ draft: String) throws -> (KnowledgeSource?, String?) {
        let folder = URL(fileURLWithPath: configuration.knowledgeFile).deletingLastPathComponent()
        let path = folder.appendingPathComponent(".faq-borrador-\(RandomToken.make().prefix(12)).md").path
        guard !draft.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return (nil, nil) }
        try Data(draft.replacingOccurrences(of: "\r\n", with: "\n").utf8).write(to: URL(fileURLWithPath: path))
        let source = try? KnowledgeSource.load(faqFile: path)
        if source?.hasErrors ?? true { try? FileManager.default.removeItem(atPath: path) }
        return (source, path)
    }

    private func page(_ context: ConsoleRequestContext, draft: String, diagnostics: [KnowledgeDiagnostic] = [], checked: Bool = false,
                      status: HTTPResponse.Status = .ok, notice: String? = nil, error: String? = nil) throws -> Response {
        var body: HTML = "<h1>Conocimiento</h1>"
        if let version = try database.currentVersion() {
            body += "<p id=\"version-vigente\">Versión vigente: <strong>" + h("\(version.number)") + "</strong>, publicada el "
                + h(StaffWording.time(version.importedAt)) + ", " + h("\(version.entryCount)") + " entradas (" + h(version.sourcePath) + ").</p>"
        } else {
            body += "<p id=\"version-vigente\">Aún no hay conocimiento publicado.</p>"
        }
        if let notice { body += "<p class=\"aviso exito\" role=\"status\" id=\"aviso\">" + h(notice) + "</p>" }
        if let error { body += "<p class=\"aviso error\" role=\"alert\" id=\"error\">" + h(error) + "</p>" }
        if checked, draft.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            body += "<p class=\"aviso error\" role=\"alert\">El archivo está vacío.</p>"
        }
        if !diagnostics.isEmpty {
            body += "<h2>Revisión</h2><ul id=\"diagnosticos\" class=\"diagnosticos\">"
            for diagnostic in diagnostics {
                let text = diagnostic.description.replacingOccurrences(
                    of: #"\.faq-borrador-[A-Za-z0-9_-]+\.md"#, with: "faq.md", options: .regularExpression)
                body += "<li class=\"" + (diagnostic.severity == .error ? "error" : "advertencia") + "\">" + h(text) + "</li>"
            }
            body += "</ul>"
        }
        let csrf = context.sessions.session?.csrf
        body += "<form method=\"post\" action=\"/conocimiento/validar\" id=\"form-conocimiento\">" + ConsolePage.csrfField(csrf)
        body += "<label for=\"faq\">faq.md</label><textarea id=\"faq\" name=\"faq\" rows=\"24\" spellcheck=\"false\">" + h(draft) + "</textarea>"
        body += "<button type=\"submit\">Validar</button> "
        body += "<button type=\"submit\" formaction=\"/conocimiento/publicar\" id=\"publicar\">Publicar</button></form>"
        return ConsolePage.response(status: status, title: "Conocimiento", account: try context.staff, csrf: csrf,
                                    current: "conocimiento", body: body)
    }
}
