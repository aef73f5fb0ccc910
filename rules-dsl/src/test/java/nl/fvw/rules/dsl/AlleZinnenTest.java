package nl.fvw.rules.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.rules.FvwEngine;
import nl.fvw.rules.RuleFile;

/**
 * Every sentence of the language compiles to working DRL: src/test/resources/alle-zinnen.dslr uses
 * each one (a test keeps it complete), passes the line check, and compiles beside the shipped rules.
 */
class AlleZinnenTest {
    private static final Path FILE = Path.of("src/test/resources/alle-zinnen.dslr");

    @Test
    void everySentenceIsUsedCheckedAndCompiled() throws IOException {
        String text = Files.readString(FILE);
        LineChecker checker = new LineChecker(DslMapping.shipped());
        assertThat(checker.check("alle-zinnen.dslr", text, LineChecker.Mode.ANALYST)).isEmpty();
        for (Sentence s : DslMapping.shipped().sentences()) {
            if (s.scope() == Sentence.Scope.KEYWORD) {
                continue;
            }
            boolean used = text.lines().map(String::strip).anyMatch(l -> s.shapeMatch(l) != null);
            assertThat(used).as("alle-zinnen.dslr uses: " + s.text()).isTrue();
        }
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("alle-zinnen.dslr", text))).build();
        assertThat(engine.sources().texts()).containsKey("analist:alle-zinnen.dslr");
    }

    /** Raw DRL passes only when the scenario asks for it, for that file, and the user allows it. */
    @Test
    void rawDrlOnlyByExplicitChoice() {
        String raw = """
                regel "Ruwe voorwaarde"
                  id "ANL-RUW"
                  bron "test"
                  vervangt "NRM-REKENREGEL-NGRU"
                wanneer
                  > $fj : FondsJaar( jaartal >= 1995, jaartal <= 2017 )
                dan
                  het accres volgt de groei van de NGRU
                einde
                """;
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("ruw.dslr", raw))).build())
                .isInstanceOf(DslException.class).hasMessageContaining("not a known condition");
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("ruw.dslr", raw).alsRuw())).build())
                .hasMessageContaining("ruw.dslr:6: raw DRL").hasMessageContaining("--sta-ruwe-regels-toe");
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("ruw.dslr", raw).alsRuw())).staRuweRegelsToe(true)
                .build();
        var r = engine.bereken(nl.fvw.normering.Normeringsinvoer.vanAggregaten(List.of(nl.fvw.normering.Uitgavenaggregaat.of(
                "NGRU", nl.fvw.time.Stand.parse("Miljoenennota 2012"), "t", nl.fvw.time.YearSeries.of(java.util.Map.of(
                        nl.fvw.time.BudgetYear.of(2011), nl.fvw.money.Amounts.mln("100"), nl.fvw.time.BudgetYear.of(2012),
                        nl.fvw.money.Amounts.mln("101")))))), true);
        assertThat(r.explain(FigureName.parse("accres 2012")).rule().id()).isEqualTo("ANL-RUW");
        assertThat(r.provenance().hashes()).containsKey("regels:analist-ruw:ruw.dslr");
    }
}
