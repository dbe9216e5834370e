/// Decodes HTML character references (`&amp;`, `&#8212;`, `&#x1F680;`) in text and attribute values.
///
/// Only the named references forum HTML actually uses are known; an unknown one stays as written, as a
/// browser would show it.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{00AD}",
        "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "bull": "•", "middot": "·", "prime": "′", "Prime": "″", "copy": "©", "reg": "®", "trade": "™",
        "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup1": "¹", "sup2": "²", "sup3": "³", "micro": "µ", "para": "¶", "sect": "§", "dagger": "†",
        "Dagger": "‡", "permil": "‰", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒",
        "hArr": "⇔", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "check": "✓",
        "iexcl": "¡", "iquest": "¿", "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú",
        "agrave": "à", "egrave": "è", "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö",
        "Uuml": "Ü", "szlig": "ß", "ntilde": "ñ", "ccedil": "ç", "oslash": "ø", "aring": "å", "aelig": "æ",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "lambda": "λ", "mu": "μ", "pi": "π",
        "sigma": "σ", "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω",
    ]

    /// Replaces every character reference in `text`.
    static func decode(_ text: some StringProtocol) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&", let (replacement, end) = reference(in: text, at: index) else {
                out.append(character)
                index = text.index(after: index)
                continue
            }
            out += replacement
            index = end
        }
        return out
    }

    /// The reference starting at `start` (which holds `&`), and the index after its `;`.
    private static func reference<S: StringProtocol>(in text: S, at start: S.Index) -> (String, S.Index)? {
        var cursor = text.index(after: start)
        var name = ""
        while cursor < text.endIndex, name.count <= 32 {
            let character = text[cursor]
            if character == ";" {
                guard let value = value(of: name) else { return nil }
                return (value, text.index(after: cursor))
            }
            guard character.isASCII, character.isLetter || character.isNumber || character == "#" else { return nil }
            name.append(character)
            cursor = text.index(after: cursor)
        }
        return nil
    }

    private static func value(of name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let code: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                code = UInt32(digits.dropFirst(), radix: 16)
            } else {
                code = UInt32(digits, radix: 10)
            }
            guard let code else { return nil }
            // NUL, surrogates and out-of-range values become the replacement character, as browsers do.
            guard code != 0, let scalar = Unicode.Scalar(code) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[name]
    }
}
