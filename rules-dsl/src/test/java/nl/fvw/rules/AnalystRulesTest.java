package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.rules.dsl.DslException;
import nl.fvw.time.Stand;

/** Analysts' rule files compiled at run time beside the shipped rules. */
class AnalystRulesTest {
    private static final String REPLACE_NGRU = """
            # Alleen de jaren vanaf 2014 tellen
            regel "Accres uit de NGRU vanaf 2014"
              id "ANL-NGRU-2014"
              bron "Analyse: variant zonder accres voor 2014"
              vervangt "NRM-ACCRES-NGRU"
            wanneer
              er is een uitgavenaggregaat NGRU
              het jaar ligt tussen 2014 en 2030
            dan
              het accres is de groei van het aggregaat tegenover het vorige jaar uit dezelfde stand
            einde
            """;

    private static NormeringEngine replaced;

    @BeforeAll
    static void compile() {
        replaced = NormeringEngine.withAnalystRules(List.of(new RuleFile("variant.dslr", REPLACE_NGRU)));
    }

    @Test
    void aReplacingRuleTakesOverAndTheExplanationSaysSo() {
        NormeringResult r = replaced.evaluate(NormeringInput.of(List.of(Fixtures.ngruPrinted())), true);
        assertThat(r.accressen()).extracting(a -> a.jaar().value()).containsExactly(2014, 2015);
        var rule = r.explain(FigureName.parse("accres 2014")).rule();
        assertThat(rule.id()).isEqualTo("ANL-NGRU-2014");
        assertThat(rule.replaces()).isEqualTo("NRM-ACCRES-NGRU");
        assertThat(r.explain(FigureName.parse("accres 2014")).toText()).contains("vervangt: NRM-ACCRES-NGRU");
        assertThat(r.provenance().hashes()).containsKey("regels:analist:variant.dslr");
        assertThat(replaced.replacedIds()).containsExactly("NRM-ACCRES-NGRU");
    }

    @Test
    void theReplacementHoldsOverManyEvaluations() {
        NormeringInput in = NormeringInput.of(List.of(Fixtures.ngruPrinted()));
        for (int i = 0; i < 500; i++) {
            assertThat(replaced.evaluate(in, false).accressen()).hasSize(2);
        }
    }

    @Test
    void theShippedRulesStillFireForWhatIsNotReplaced() {
        Uitgavenaggregaat aru = Uitgavenaggregaat.of("ARU", Stand.parse("Miljoenennota 2020"), "test",
                Fixtures.mln(2017, "100", "101", "102"));
        assertThat(replaced.evaluate(NormeringInput.of(List.of(aru)), true).accressen())
                .extracting(a -> a.explanation().rule().id()).containsExactly("NRM-ACCRES-ARU", "NRM-ACCRES-ARU");
    }

    @Test
    void aBadSentenceIsRejectedBeforeCompiling() {
        String bad = REPLACE_NGRU.replace("het jaar ligt tussen 2014 en 2030", "- het jaar ligt tussen 2014 en 2030");
        assertThatThrownBy(() -> NormeringEngine.withAnalystRules(List.of(new RuleFile("fout.dslr", bad))))
                .isInstanceOf(DslException.class).hasMessageContaining("fout.dslr:8")
                .hasMessageContaining("may not start with '-'");
    }

    @Test
    void replacingAnUnknownIdIsAnError() {
        String bad = REPLACE_NGRU.replace("vervangt \"NRM-ACCRES-NGRU\"", "vervangt \"NRM-BESTAAT-NIET\"");
        assertThatThrownBy(() -> NormeringEngine.withAnalystRules(List.of(new RuleFile("fout.dslr", bad))))
                .isInstanceOf(DslException.class).hasMessageContaining("no shipped rule has that id")
                .hasMessageContaining("NRM-ACCRES-NGRU");
    }

    @Test
    void takingAShippedIdWithoutReplacingIsAnError() {
        String bad = REPLACE_NGRU.replace("  vervangt \"NRM-ACCRES-NGRU\"\n", "").replace("ANL-NGRU-2014", "NRM-ACCRES-NGRU");
        assertThatThrownBy(() -> NormeringEngine.withAnalystRules(List.of(new RuleFile("fout.dslr", bad))))
                .isInstanceOf(DslException.class).hasMessageContaining("has the id of the shipped rule");
    }
}
