import Testing

@testable import RustSyntax

/// Kind and text pairs, the shape most lexer expectations take.
private func lex(_ source: String) -> [String] {
    Lexer.tokenize(source).map { "\($0.kind.rawValue):\($0.text)" }
}

@Suite struct LexerTests {
    @Test func identifiersKeywordsAndRawIdentifiers() {
        #expect(lex("pub fn r#type _x") == ["ident:pub", "ident:fn", "rawIdent:r#type", "ident:_x"])
        let raw = Lexer.tokenize("r#match")[0]
        #expect(raw.name == "match")
        #expect(raw.isIdent("match"))
        #expect(!raw.isKeyword("match"))
    }

    @Test func unicodeIdentifiersAndWhitespace() {
        #expect(lex("größe\u{2028}x") == ["ident:größe", "ident:x"])
    }

    @Test func integerLiteralsWithSuffixesAndSeparators() {
        #expect(
            lex("6_000u64 0xFF_u8 0o17 0b1010_i32 1_000_000 7usize")
                == [
                    "integer:6_000u64", "integer:0xFF_u8", "integer:0o17", "integer:0b1010_i32", "integer:1_000_000",
                    "integer:7usize",
                ])
        let parsed = LiteralValue.integer(Lexer.tokenize("6_000u64")[0])
        #expect(parsed?.value == 6000)
        #expect(parsed?.suffix == "u64")
        #expect(LiteralValue.integer(Lexer.tokenize("0xFF_u8")[0])?.value == 255)
        #expect(LiteralValue.integer(Lexer.tokenize("0b1010")[0])?.value == 10)
        #expect(LiteralValue.integer(Lexer.tokenize("0o17")[0])?.value == 15)
        #expect(LiteralValue.integer(Lexer.tokenize("0b102")[0])?.suffix == "2")
    }

    @Test func floatLiteralsAndRangesAndMethodCalls() {
        #expect(
            lex("1.5 2e10 1.5e-3f64 1f32 3.") == [
                "float:1.5", "float:2e10", "float:1.5e-3f64", "float:1f32", "float:3.",
            ])
        #expect(lex("1..2") == ["integer:1", "punct:..", "integer:2"])
        #expect(lex("0..=9") == ["integer:0", "punct:..=", "integer:9"])
        #expect(lex("2.max(3)") == ["integer:2", "punct:.", "ident:max", "punct:(", "integer:3", "punct:)"])
    }

    @Test func charactersVersusLifetimes() {
        #expect(lex("'a") == ["lifetime:'a"])
        #expect(lex("'a'") == ["char:'a'"])
        #expect(lex("'\\''") == ["char:'\\''"])
        #expect(lex("'\\\\'") == ["char:'\\\\'"])
        #expect(lex("b'x'") == ["byte:b'x'"])
        #expect(lex("b'\\n'") == ["byte:b'\\n'"])
        #expect(lex("'\\u{1F600}'") == ["char:'\\u{1F600}'"])
        #expect(lex("'é'") == ["char:'é'"])
        #expect(lex("&'static str") == ["punct:&", "lifetime:'static", "ident:str"])
        #expect(
            lex("impl<'a, 'b> X<'a>") == [
                "ident:impl", "punct:<", "lifetime:'a", "punct:,", "lifetime:'b", "punct:>", "ident:X", "punct:<",
                "lifetime:'a", "punct:>",
            ])
        #expect(lex("'outer: loop") == ["lifetime:'outer", "punct::", "ident:loop"])
    }

    @Test func stringForms() {
        #expect(lex(#""a \" b""#) == [#"string:"a \" b""#])
        #expect(lex(##"r#"he said "hi""#"##) == [##"rawString:r#"he said "hi""#"##])
        #expect(lex(###"r##"a "# b"##"###) == [###"rawString:r##"a "# b"##"###])
        #expect(lex(#"r"plain""#) == [#"rawString:r"plain""#])
        #expect(lex(#"b"bytes""#) == [#"byteString:b"bytes""#])
        #expect(lex(##"br#"raw"#"##) == [##"rawByteString:br#"raw"#"##])
        #expect(lex(#"c"cstr""#) == [#"cString:c"cstr""#])
        #expect(lex(##"cr#"raw c"#"##) == [##"cString:cr#"raw c"#"##])
        #expect(Lexer.tokenize(#""a\nb\u{41}\x42""#)[0].stringValue == "a\nbAB")
        #expect(Lexer.tokenize(##"r#"x\n"#"##)[0].stringValue == "x\\n")
    }

    @Test func multiLineStringMovesLineNumbers() {
        let tokens = Lexer.tokenize("let s = \"one\ntwo\";\nx")
        #expect(tokens.last?.text == "x")
        #expect(tokens.last?.line == 3)
        #expect(tokens.last?.column == 1)
    }

    @Test func commentsAreDroppedButDocCommentsKept() {
        #expect(lex("a // plain\nb") == ["ident:a", "ident:b"])
        #expect(lex("a /* x /* nested */ still */ b") == ["ident:a", "ident:b"])
        #expect(lex("/// outer\nfn") == ["docComment:/// outer", "ident:fn"])
        #expect(lex("//! inner\n") == ["docComment://! inner"])
        #expect(lex("//// not a doc\nx") == ["ident:x"])
        #expect(lex("/** block doc */ x") == ["docComment:/** block doc */", "ident:x"])
        #expect(lex("/*! inner block */") == ["docComment:/*! inner block */"])
        #expect(lex("/**/ x /***/ y") == ["ident:x", "ident:y"])
    }

    @Test func unterminatedInputBecomesErrorTokens() {
        #expect(lex("a /* never closed") == ["ident:a", "error:/* never closed"])
        #expect(lex("x \"open") == ["ident:x", "error:\"open"])
        #expect(lex("r#\"open") == ["error:r#\"open"])
        #expect(lex("' ") == ["error:'"])
        #expect(lex("a ` b") == ["ident:a", "error:`", "ident:b"])
        #expect(lex("'\\") == ["error:'\\"])
    }

    @Test func punctuationMunchingAndSplitGreaterThan() {
        #expect(
            lex("a::b -> => == != <= <<= << && || += ..") == [
                "ident:a", "punct:::", "ident:b", "punct:->", "punct:=>", "punct:==", "punct:!=", "punct:<=",
                "punct:<<=", "punct:<<", "punct:&&", "punct:||", "punct:+=", "punct:..",
            ])
        let tokens = Lexer.tokenize("Vec<Vec<u8>> a >> b >= c")
        #expect(tokens.map(\.text) == ["Vec", "<", "Vec", "<", "u8", ">", ">", "a", ">", ">", "b", ">", "=", "c"])
        #expect(tokens[5].isJoined(to: tokens[6]))
        #expect(tokens[8].isJoined(to: tokens[9]))
        #expect(!tokens[7].isJoined(to: tokens[8]))
    }

    @Test func positionsAreOneBasedLinesAndScalarColumns() {
        let tokens = Lexer.tokenize("fn main() {\n    let é = 'x';\n\tfoo\n}")
        let e = tokens.first { $0.text == "é" }!
        #expect(e.line == 2 && e.column == 9)
        let char = tokens.first { $0.kind == .char }!
        #expect(char.line == 2 && char.column == 13)
        #expect(char.offset == 25)
        let foo = tokens.first { $0.text == "foo" }!
        #expect(foo.line == 3 && foo.column == 2)
        let close = tokens.last!
        #expect(close.line == 4 && close.column == 1)
    }

    @Test func byteOrderMarkAndShebangAreSkipped() {
        #expect(lex("\u{FEFF}fn") == ["ident:fn"])
        #expect(lex("#!/usr/bin/env rust\nfn") == ["ident:fn"])
        #expect(lex("#![no_std]").first == "punct:#")
    }

    @Test func tokenPathHelpers() {
        let tokens = Lexer.tokenize("cumulus_pallet_aura_ext::FixedVelocityConsensusHook<Runtime, 6000, 1, 3>")
        #expect(TokenPath.segments(tokens) == ["cumulus_pallet_aura_ext", "FixedVelocityConsensusHook"])
        #expect(TokenPath.hasSuffix(TokenPath.segments(tokens), "FixedVelocityConsensusHook"))
        #expect(!TokenPath.hasSuffix(TokenPath.segments(tokens), "ConsensusHook"))
        let body = Lexer.tokenize("let fut = aura::lookahead::run::<Block>(params);")
        #expect(body.contains(path: "lookahead::run"))
        #expect(!body.contains(path: "basic::run"))
        #expect(TokenPath.text(Lexer.tokenize("ConstU64<{ A / 2 }>")) == "ConstU64<{ A / 2 }>")
    }

    /// `TokenPath.pathSegments` splits `::` paths by bytes exactly as the general split by a string separator does.
    @Test func pathSegmentsMatchTheGeneralSplit() {
        var state: UInt64 = 7
        let pieces = ["a", "b_c", "::", ":", " ", "Config", ":::", "  ::  "]
        for _ in 0..<500 {
            var pattern = ""
            for _ in 0..<Int(state % 7) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                pattern += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let general = pattern.split(separator: "::", omittingEmptySubsequences: true).map {
                String($0).trimmedSpaces()
            }
            #expect(TokenPath.pathSegments(pattern) == general, "\(pattern)")
        }
        #expect(TokenPath.pathSegments("parachain_system::Config") == ["parachain_system", "Config"])
        #expect(TokenPath.pathSegments("é::x") == ["é", "x"])
    }
}
