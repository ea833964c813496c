import Foundation
import Testing
@testable import FAQBot

@Suite("horario.md: office hours, non-working days, time zone")
struct OfficeHoursParserTests {
    static let configured = """
        # Horario
        Texto para el personal.

        ## Zona horaria
        - America/Tijuana (hora de Baja California)

        ## Horario
        - Lunes a Viernes: 8:00 a 15:00
        - sábado: 9:00 a 13:00

        ## Días inhábiles
        - 2026-12-25 Navidad
        - 2026-12-28 a 2026-12-31 vacaciones de invierno
        """

    @Test("hours per weekday, periods and the zone's name are read")
    func reads() throws {
        let result = OfficeHoursParser().parse(Self.configured, file: "horario.md")
        #expect(result.diagnostics.isEmpty)
        let hours = try #require(result.value)
        #expect(hours.timeZoneIdentifier == "America/Tijuana")
        #expect(hours.timeZoneLabel == "hora de Baja California")
        #expect(hours.week[.monday] == [.init(start: 480, end: 900)])
        #expect(hours.week[.friday] == [.init(start: 480, end: 900)])
        #expect(hours.week[.saturday] == [.init(start: 540, end: 780)])
        #expect(hours.week[.sunday] == nil)
        #expect(hours.closures == [
            .init(first: .init(year: 2026, month: 12, day: 25), last: .init(year: 2026, month: 12, day: 25), name: "Navidad"),
            .init(first: .init(year: 2026, month: 12, day: 28), last: .init(year: 2026, month: 12, day: 31), name: "vacaciones de invierno"),
        ])
        #expect(OfficeHoursText(hours).summary == "lunes a viernes de 8:00 a 15:00; sábado de 9:00 a 13:00")
    }

    @Test("lists of days and split hours")
    func splitHours() throws {
        let text = "## Horario\n- lunes, miercoles y viernes: 8:00 a 14:00, 16:00 a 18:30\n- martes: 8 a 12\n"
        let hours = try #require(OfficeHoursParser().parse(text, file: "horario.md").value)
        #expect(hours.week[.wednesday] == [.init(start: 480, end: 840), .init(start: 960, end: 1110)])
        #expect(hours.week[.tuesday] == [.init(start: 480, end: 720)])
        #expect(hours.week[.thursday] == nil)
        #expect(hours.timeZoneIdentifier == "America/Tijuana")   // the default zone
        #expect(OfficeHoursText(hours).summary
            == "lunes de 8:00 a 14:00 y de 16:00 a 18:30; martes de 8:00 a 12:00; miércoles de 8:00 a 14:00 y de 16:00 a 18:30; viernes de 8:00 a 14:00 y de 16:00 a 18:30")
    }

    @Test("the shipped file has no hours yet: nothing to say, nothing wrong")
    func shippedIsUnconfigured() throws {
        let text = try String(contentsOf: ShippedKnowledge.folder.appendingPathComponent("horario.md"), encoding: .utf8)
        let result = OfficeHoursParser().parse(text, file: "horario.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == nil)
    }

    @Test("every mistake is an error on its line, in Spanish")
    func errors() {
        let text = """
            ## Zona horaria
            - America/Mexicalli
            ## Horario
            - lunes a viernes: 8:00 a 15:00
            - lunes: 9:00 a 10:00
            - viernes a lunes: 8:00 a 9:00
            - domingo: 25:00 a 26:00
            - sabado: 15:00 a 9:00
            - jueves: 8:00 a 12:00, 11:00 a 13:00
            - feriado: 8:00 a 9:00
            - martes 8:00 a 9:00
            ## Días inhábiles
            - 2026-02-30 no existe
            - 2026-12-31 a 2026-12-01 al revés
            ## Vacaciones
            - 2026-07-20
            """
        let result = OfficeHoursParser().parse(text, file: "horario.md")
        let lines = result.errors.map(\.line)
        #expect(lines == [2, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16])
        let messages = result.errors.map(\.message)
        #expect(messages[0].contains("zona horaria desconocida «America/Mexicalli»"))
        #expect(messages[1].contains("ya tiene horario en la línea 4"))
        #expect(messages[4].contains("termina antes de empezar"))
        #expect(messages[5].contains("se enciman"))
        #expect(messages[8].contains("fecha no válida «2026-02-30»"))
        #expect(messages[10].contains("sección desconocida «Vacaciones»"))
    }

    @Test("hours: 0:00 to 24:00, two-digit minutes")
    func clockTimes() {
        #expect(OfficeHoursParser.minutes("8:00") == 480)
        #expect(OfficeHoursParser.minutes("08:30") == 510)
        #expect(OfficeHoursParser.minutes("24:00") == 1440)
        #expect(OfficeHoursParser.minutes("24:30") == nil)
        #expect(OfficeHoursParser.minutes("8:5") == nil)
        #expect(OfficeHoursParser.minutes("8:60") == nil)
        #expect(OfficeHoursParser.minutes("ocho") == nil)
        #expect(OfficeHoursParser.day("2028-02-29") != nil)
        #expect(OfficeHoursParser.day("2027-02-29") == nil)
    }
}
