import Testing

@testable import RustSyntax

/// The byte pass that keeps deferred module files unscanned when they cannot hold an item-position macro call.
@Suite struct ItemMacroPrefilterTests {
    @Test func callsAtTheStartOfALineMayBeItemMacros() {
        #expect(CrateSource.mayCallAnItemMacro("use common::impl_fees;\nimpl_fees!();\n"))
        #expect(CrateSource.mayCallAnItemMacro("mod inner {\n    common_runtime::impl_config! { Runtime }\n}\n"))
        #expect(CrateSource.mayCallAnItemMacro("\timpl_apis ! [ ]\n"))
    }

    @Test func filesWithoutSuchACallAreRuledOut() {
        #expect(!CrateSource.mayCallAnItemMacro("pub const A: u32 = 1;\nfn f() -> u32 { A }\n"))
        #expect(!CrateSource.mayCallAnItemMacro("let x = a != b;\nmacro_rules! m { () => {} }\n"))
        #expect(!CrateSource.mayCallAnItemMacro("parameter_types! {\n}\nconstruct_runtime!(\n);\n"))
        #expect(!CrateSource.mayCallAnItemMacro(""))
    }

    /// The pre-scanned text gives the same answer, computed once for every load that asks.
    @Test func theTextRemembersTheAnswer() {
        for source in ["impl_fees!();\n", "pub const A: u32 = 1;\n", "construct_runtime!(\n);\n"] {
            let text = SourceText(source)
            #expect(text.mayCallAnItemMacro == CrateSource.mayCallAnItemMacro(source))
            let copy = text
            #expect(copy.mayCallAnItemMacro == text.mayCallAnItemMacro)
        }
    }
}
