package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.present.ExplanationText;
import nl.fvw.rules.dsl.DslException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/** Analysts' rule files compiled at run time beside the shipped rules. */
class AnalystRulesTest {
    private static final String REPLACE_NGRU = """
            # Tot en met 2017 het accres zoals gedrukt, niet herberekend uit de NGRU
            regel "Accres zoals gedrukt"
              id "ANL-GEDRUKT"
              bron "Miljoenennota 2012, bijlage, tabel 9.1: gedrukte accrespercentages"
              vervangt "NRM-REKENREGEL-NGRU"
            wanneer
              voor elk fondsjaar
              het jaar ligt tussen 1995 en 2017
            dan
              het accres is het gepubliceerde percentage
            einde
            """;

    private static FvwEngine replaced;

    /** The NGRU from A + B with the percentages as printed: 2014 is 2,41 % from the parts, printed 2,42 %. */
    static Normeringsinvoer input() {
        StandRates printed = StandRates.empty("gepubliceerd accres %", "Miljoenennota 2012, tabel 9.1").with(Fixtures.MN2012,
                Map.of(BudgetYear.of(2012), new BigDecimal("-0.0052"), BudgetYear.of(2013), new BigDecimal("0.0086"),
                        BudgetYear.of(2014), new BigDecimal("0.0242"), BudgetYear.of(2015), new BigDecimal("0.0054")));
        return Normeringsinvoer.builder().aggregaten(List.of(Fixtures.ngruFromParts())).gepubliceerdAccres(printed)
                .standen(List.of(Fixtures.MN2012)).jaren(BudgetYear.of(2012), BudgetYear.of(2015)).build();
    }

    @BeforeAll
    static void compile() {
        replaced = FvwEngine.builder().regels(List.of(new RuleFile("variant.dslr", REPLACE_NGRU))).build();
    }

    @Test
    void aReplacingRuleChangesTheResultAndTheExplanationSaysSo() {
        FigureName y2014 = FigureName.parse("accres 2014");
        assertThat(FvwEngine.shipped().bereken(input(), true).accres(y2014).published()).isEqualByComparingTo("2.41");
        Normeringsuitkomst r = replaced.bereken(input(), true);
        assertThat(r.accres(y2014).published()).isEqualByComparingTo("2.42");
        var rule = r.explain(y2014).rule();
        assertThat(rule.id()).isEqualTo("ANL-GEDRUKT");
        assertThat(rule.replaces()).isEqualTo("NRM-REKENREGEL-NGRU");
        assertThat(ExplanationText.of(r.explain(y2014))).contains("vervangt: NRM-REKENREGEL-NGRU");
        assertThat(r.provenance().hashes()).containsKey("regels:analist:variant.dslr");
        assertThat(replaced.replacedIds()).containsExactly("NRM-REKENREGEL-NGRU");
    }

    /**
     * A compiled analyst rule base is kept by content hash, with the ids it replaces beside it: the next run, in a
     * new JVM too, takes it instead of compiling, and makes its rule base from the jar only when the rules fire.
     */
    @Test
    void compiledAnalystRulesAreCachedOnDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        RuleCache cache = RuleCache.in(dir);
        String text = REPLACE_NGRU.replace("ANL-GEDRUKT", "ANL-CACHE");
        List<nl.fvw.rules.internal.RuleCompiler.RuleFile> files = List.of(
                new nl.fvw.rules.internal.RuleCompiler.RuleFile("cache.dslr", text, false));
        nl.fvw.rules.internal.RuleCompiler.Compiled first = nl.fvw.rules.internal.RuleCompiler.compile(
                RuleSources.shipped().hashes(), RuleSources.shipped()::texts, files, cache.directory());
        assertThat(first.fromCache()).isFalse();
        String[] kept = dir.toFile().list();
        java.util.Arrays.sort(kept);
        assertThat(kept).hasSize(2);
        assertThat(kept[0]).endsWith(".jar");
        assertThat(kept[1]).isEqualTo(kept[0].replace(".jar", ".vervangt"));
        assertThat(java.nio.file.Files.readAllLines(dir.resolve(kept[1]))).containsExactly("NRM-REKENREGEL-NGRU");
        nl.fvw.rules.internal.RuleCompiler.clearMemoryCache();
        nl.fvw.rules.internal.RuleCompiler.Compiled second = nl.fvw.rules.internal.RuleCompiler.compile(
                RuleSources.shipped().hashes(), RuleSources.shipped()::texts, files, cache.directory());
        assertThat(second.fromCache()).isTrue();
        assertThat(second.replacedIds()).containsExactly("NRM-REKENREGEL-NGRU");
        // the rule base from disk works and still replaces the shipped rule
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("cache.dslr", text))).cache(cache).build();
        assertThat(engine.bereken(input(), true).explain(FigureName.parse("accres 2014")).rule().id()).isEqualTo("ANL-CACHE");
        nl.fvw.rules.internal.RuleCompiler.clearMemoryCache();
        assertThat(nl.fvw.rules.internal.RuleCompiler.compile(RuleSources.shipped().hashes(), RuleSources.shipped()::texts, files,
                RuleCache.inMemory().directory()).fromCache()).as("no disk cache").isFalse();
        // a jar that cannot be read is compiled anew when the rules first fire, and the rule base works
        nl.fvw.rules.internal.RuleCompiler.clearMemoryCache();
        java.nio.file.Files.writeString(dir.resolve(kept[0]), "geen jar");
        nl.fvw.rules.internal.RuleCompiler.Compiled again = nl.fvw.rules.internal.RuleCompiler.compile(
                RuleSources.shipped().hashes(), RuleSources.shipped()::texts, files, cache.directory());
        assertThat(again.fromCache()).isTrue();
        assertThat(again.replacedIds()).containsExactly("NRM-REKENREGEL-NGRU");
        assertThat(again.basis().kieBase().getRule(nl.fvw.rules.internal.RuleCompiler.ANALYST_PACKAGE, "Accres zoals gedrukt"))
                .isNotNull();
        assertThat(java.nio.file.Files.size(dir.resolve(kept[0]))).as("compiled anew, written anew").isGreaterThan(1000);
        // without the ids beside it, the jar is loaded and checked at once, and compiled anew when it cannot be read
        nl.fvw.rules.internal.RuleCompiler.clearMemoryCache();
        java.nio.file.Files.delete(dir.resolve(kept[1]));
        java.nio.file.Files.writeString(dir.resolve(kept[0]), "geen jar");
        nl.fvw.rules.internal.RuleCompiler.Compiled checked = nl.fvw.rules.internal.RuleCompiler.compile(
                RuleSources.shipped().hashes(), RuleSources.shipped()::texts, files, cache.directory());
        assertThat(checked.fromCache()).isFalse();
        assertThat(checked.replacedIds()).containsExactly("NRM-REKENREGEL-NGRU");
        assertThat(java.nio.file.Files.readAllLines(dir.resolve(kept[1]))).containsExactly("NRM-REKENREGEL-NGRU");
        // the shipped files are in the key by their hashes: one other hash is another rule base
        java.util.TreeMap<String, String> other = new java.util.TreeMap<>(RuleSources.shipped().hashes());
        other.replaceAll((name, hash) -> name.endsWith("normering.dslr") ? "0".repeat(64) : hash);
        assertThat(nl.fvw.rules.internal.RuleCompiler.compile(other, RuleSources.shipped()::texts, files,
                cache.directory()).fromCache()).as("another shipped file").isFalse();
        assertThat(dir.toFile().list((d, n) -> n.endsWith(".jar"))).hasSize(2);
    }

    @Test
    void theReplacementHoldsOverManyEvaluations() {
        Normeringsinvoer in = input();
        for (int i = 0; i < 500; i++) {
            assertThat(replaced.bereken(in, false).accres(FigureName.parse("accres 2014")).published())
                    .isEqualByComparingTo("2.42");
        }
    }

    @Test
    void theShippedRulesStillFireForWhatIsNotReplaced() {
        Uitgavenaggregaat aru = Uitgavenaggregaat.of("ARU", Stand.parse("Miljoenennota 2020"), "test",
                Fixtures.mln(2017, "100", "101", "102"));
        assertThat(replaced.bereken(Normeringsinvoer.vanAggregaten(List.of(aru)), true).accressen())
                .extracting(a -> a.explanation().rule().id()).containsExactly("NRM-REKENREGEL-ARU", "NRM-REKENREGEL-ARU");
    }

    @Test
    void aBadSentenceIsRejectedBeforeCompiling() {
        String bad = REPLACE_NGRU.replace("het jaar ligt tussen 1995 en 2017", "- het jaar ligt tussen 1995 en 2017");
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("fout.dslr", bad))).build())
                .isInstanceOf(DslException.class).hasMessageContaining("fout.dslr:8")
                .hasMessageContaining("may not start with '-'");
    }

    @Test
    void replacingAnUnknownIdIsAnError() {
        String bad = REPLACE_NGRU.replace("vervangt \"NRM-REKENREGEL-NGRU\"", "vervangt \"NRM-BESTAAT-NIET\"");
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("fout.dslr", bad))).build())
                .isInstanceOf(DslException.class).hasMessageContaining("no shipped rule has that id")
                .hasMessageContaining("NRM-REKENREGEL-NGRU");
    }

    @Test
    void takingAShippedIdWithoutReplacingIsAnError() {
        String bad = REPLACE_NGRU.replace("  vervangt \"NRM-REKENREGEL-NGRU\"\n", "").replace("ANL-GEDRUKT", "NRM-REKENREGEL-NGRU");
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("fout.dslr", bad))).build())
                .isInstanceOf(DslException.class).hasMessageContaining("has the id of the shipped rule");
    }

    /** Without the replacement both rules decide 2012-2015 as standing rules: a conflict, not a silent pick. */
    @Test
    void twoStandingRulesDecidingDifferentlyAreAConflict() {
        String both = REPLACE_NGRU.replace("  vervangt \"NRM-REKENREGEL-NGRU\"\n", "");
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("beide.dslr", both))).build();
        assertThatThrownBy(() -> engine.bereken(input(), false)).hasMessageContaining("decide differently")
                .hasMessageContaining("ANL-GEDRUKT").hasMessageContaining("NRM-REKENREGEL-NGRU");
    }
}
