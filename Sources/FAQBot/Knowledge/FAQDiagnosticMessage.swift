/// The Spanish texts of the problems found in `Knowledge/faq.md`: what is wrong and how to fix it.
enum FAQDiagnosticMessage {
    static let noEntries =
        "el archivo no tiene ninguna entrada; cada pregunta empieza con una línea «## ¿…?», "
        + "seguida de sus metadatos («- id: …», «- área: …») y de la respuesta"

    static let emptyQuestion =
        "el encabezado «##» está vacío; escriba la pregunta después de «## », "
        + "por ejemplo «## ¿Dónde consulto el Boletín Judicial?»"

    static func notKeyValue(_ line: String) -> String {
        "la línea «\(line)» no tiene la forma «- clave: valor»; corríjala, o, si es parte de la respuesta, "
        + "deje una línea en blanco entre los metadatos y la respuesta"
    }

    static func unknownKey(_ key: String, closest: MetadataKey) -> String {
        "clave desconocida «\(key)»; ¿quiso decir «\(closest.spanishName)»? "
        + "Las claves válidas son: \(MetadataKey.spanishList). Si la línea es parte de la respuesta, "
        + "sepárela de los metadatos con una línea en blanco"
    }

    static func repeatedKey(_ key: MetadataKey, firstLine: Int) -> String {
        "la clave «\(key.spanishName)» ya apareció en esta entrada (línea \(firstLine)); deje solo una"
    }

    static let nestedOutsideVariants =
        "elemento con sangría fuera de la lista «variantes»; solo las variantes van con sangría "
        + "debajo de «- variantes:». Quite la sangría o muévalo a esa lista"

    static let inlineVariants =
        "«variantes» se escribe como lista: deje vacío el valor después de «variantes:» "
        + "y ponga cada variante en su propia línea, con sangría: «  - texto de la variante»"

    static let emptyVariant = "variante vacía; escriba el texto después de «- » o borre la línea"

    static func missingID(question: String, suggestion: String) -> String {
        let name = question.isEmpty ? "esta entrada" : "la entrada «\(question)»"
        return "a \(name) le falta la clave «id»; agregue debajo del encabezado una línea como «- id: \(suggestion)»"
    }

    static func invalidID(_ id: String, suggestion: String) -> String {
        "el id «\(id)» no es válido: use solo minúsculas sin acentos, dígitos y guiones entre palabras, "
        + "por ejemplo «\(suggestion)»"
    }

    static func duplicateID(_ id: String, firstLine: Int) -> String {
        "el id «\(id)» ya se usa en la línea \(firstLine); cada entrada necesita un id distinto: cambie uno de los dos"
    }

    static func duplicateQuestion(otherName: String, otherLine: Int) -> String {
        "esta pregunta ya es la de la entrada \(otherName) (línea \(otherLine)); una las dos entradas "
        + "o cambie la redacción de una pregunta"
    }

    static func missingArea(_ name: String) -> String {
        "a la entrada \(name) le falta la clave «área»; agregue una línea como «- área: Boletín Judicial» "
        + "con el área que atiende el tema"
    }

    static func titleTooLong(_ title: String, length: Int, maximum: Int) -> String {
        "el título «\(title)» tiene \(length) caracteres y WhatsApp admite como máximo \(maximum) en las listas; abrévielo"
    }

    static func badDate(_ value: String) -> String {
        "la fecha «\(value)» de «revisado» no es válida; escriba una fecha real como AAAA-MM-DD, por ejemplo «2025-03-14»"
    }

    static func unknownCity(_ city: String, suggestion: String?) -> String {
        let hint = suggestion.map { "¿quiso decir «\($0)»? " } ?? ""
        return "«\(city)» no es una ciudad de Baja California reconocida; \(hint)"
            + "Las ciudades válidas son \(BajaCaliforniaCity.spanishList); para todas, escriba «todas»"
    }

    static let allCitiesMixed =
        "«todas» debe ir sola en «ciudades»; quite las demás ciudades o quite «todas»"

    static func missingSource(_ name: String) -> String {
        "la entrada \(name) no tiene «fuente»; indique de dónde sale la información, "
        + "por ejemplo «- fuente: https://www.pjbc.gob.mx/ (consultado AAAA-MM-DD)»"
    }

    static func missingReviewed(_ name: String) -> String {
        "la entrada \(name) no tiene fecha en «revisado»; agregue «- revisado: AAAA-MM-DD» "
        + "con la fecha de su última revisión"
    }

    static func noVariants(_ name: String) -> String {
        "la entrada \(name) no tiene variantes; agregue «- variantes:» con otras formas en que los "
        + "abogados hacen la pregunta, una por línea con sangría"
    }

    static func repeatedVariant(_ variant: String, firstLine: Int) -> String {
        "la variante «\(variant)» ya está en esta entrada (línea \(firstLine)); borre una de las dos"
    }

    static func variantInOtherEntry(_ variant: String, otherID: String, otherLine: Int) -> String {
        "la variante «\(variant)» también está en la entrada «\(otherID)» (línea \(otherLine)); "
        + "una variante solo puede llevar a una respuesta: bórrela de una de las dos entradas"
    }

    static func variantIsQuestion(_ variant: String, otherName: String, otherLine: Int) -> String {
        "la variante «\(variant)» es la pregunta de la entrada \(otherName) (línea \(otherLine)); "
        + "bórrela de esta entrada o cambie su redacción"
    }

    static func emptyAnswer(_ name: String) -> String {
        "la entrada \(name) no tiene respuesta; escriba la respuesta después de los metadatos, "
        + "separada por una línea en blanco"
    }

    static func answerTooLong(_ name: String, length: Int, maximum: Int) -> String {
        "la respuesta de \(name) ocupa \(length) caracteres en WhatsApp y el máximo es \(maximum); "
        + "acórtela o divídala en varias entradas"
    }
}
