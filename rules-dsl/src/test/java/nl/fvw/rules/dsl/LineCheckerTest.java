package nl.fvw.rules.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.rules.RuleSources;

class LineCheckerTest {
    private final LineChecker checker = new LineChecker(DslMapping.shipped());

    private List<DslProblem> check(String text) {
        return checker.check("analist.dslr", text, LineChecker.Mode.ANALYST);
    }

    private static String rule(String... body) {
        return "regel \"Test\"\n  id \"TST-1\"\n  bron \"test\"\nwanneer\n  voor elk fondsjaar\n" + String.join("\n", body)
                + "\neinde\n";
    }

    @Test
    void everyShippedRuleFilePasses() {
        RuleSources shipped = RuleSources.shipped();
        assertThat(shipped.texts()).containsKey("nl/fvw/regels/normering/normering.dslr");
        shipped.texts().forEach((name, text) -> {
            if (name.endsWith(".dslr")) {
                assertThat(checker.check(name, text, LineChecker.Mode.SHIPPED)).as(name).isEmpty();
            }
        });
    }

    @Test
    void aWellFormedAnalystRulePasses() {
        assertThat(check(rule("  het jaar ligt tussen 2018 en 2023", "dan",
                "  het accres volgt de groei van de ARU"))).isEmpty();
    }

    /** Drools drops a "- …" line with no pattern before it, and the rule then fires always. */
    @Test
    void aBulletLineIsRejectedNotDropped() {
        List<DslProblem> p = check(rule("  - het fonds heet ZZZ", "dan",
                "  het accres volgt de groei van de ARU"));
        assertThat(p).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.problem()).contains("may not start with '-'");
        });
    }

    @Test
    void anUnknownSentenceNamesTheNearestKnownOne() {
        List<DslProblem> p = check(rule("  het jar ligt tusen 2018 en 2023", "dan",
                "  het accres volgt de groei van de ARU"));
        assertThat(p).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("analist.dslr");
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.sentence()).isEqualTo("het jar ligt tusen 2018 en 2023");
            assertThat(d.problem()).contains("not a known condition");
            assertThat(d.nearest()).isEqualTo("het jaar ligt tussen {jaarVan} en {jaarTot}");
        });
    }

    @Test
    void aCaptureOfTheWrongTypeIsRejected() {
        List<DslProblem> p = check(rule("  het jaar ligt tussen 20x8 en 2023", "dan",
                "  het accres volgt de groei van de ARU"));
        assertThat(p).singleElement().satisfies(d -> assertThat(d.problem())
                .isEqualTo("{jaarVan} is '20x8'; verwacht een jaar (vier cijfers, zoals 2024)"));
    }

    /** A capture pasted into code must not carry code: a name with quotes or parentheses is refused. */
    @Test
    void injectionThroughACaptureIsRejected() {
        List<DslProblem> p = check(rule("  het fonds is het Gemeentefonds\" || true || \"", "dan",
                "  het accres volgt de groei van de ARU"));
        assertThat(p).singleElement().satisfies(d -> assertThat(d.problem()).startsWith("{fonds} is 'Gemeentefonds\" || true"));
    }

    @Test
    void rawDrlAndJavaAreRejected() {
        List<DslProblem> p = check(rule("  $j : AggregaatJaar( jaartal > 2000 )", "dan",
                "  System.exit(1);"));
        assertThat(p).hasSize(2);
        assertThat(p.get(0).problem()).contains("not a known condition");
        assertThat(p.get(1).problem()).contains("not a known action");
    }

    @Test
    void headerLinesAreNotForAnalysts() {
        List<DslProblem> p = check("import java.lang.Runtime;\n" + rule("dan",
                "  het accres volgt de groei van de ARU"));
        assertThat(p).singleElement().satisfies(d -> assertThat(d.problem()).contains("not allowed in analysts' rule files"));
    }

    @Test
    void aRuleWithoutSourceOrIdIsRejected() {
        List<DslProblem> p = check("regel \"Zonder\"\nwanneer\n  voor elk fondsjaar\ndan\n"
                + "  het accres volgt de groei van de ARU\neinde\n");
        assertThat(p).extracting(DslProblem::problem).containsExactly("the rule has no id line (id \"…\")",
                "the rule has no bron line (bron \"…\"): every rule names its source");
    }

    @Test
    void aRuleWithoutActionOrEndIsRejected() {
        assertThat(check(rule("dan"))).extracting(DslProblem::problem)
                .containsExactly("the rule \"Test\" has no sentence between dan and einde");
        assertThat(check("regel \"Open\"\n  id \"TST-2\"\n  bron \"x\"\nwanneer\ndan\n"))
                .extracting(DslProblem::problem).containsExactly("the rule \"Open\" (line 1) is not closed with einde");
    }

    @Test
    void duplicateIdsAndBadMetadataAreRejected() {
        String twice = rule("dan", "  het accres volgt de groei van de ARU")
                .repeat(2);
        assertThat(check(twice)).extracting(DslProblem::problem).containsExactly("rule id TST-1 is used twice in this file");
        assertThat(check("regel \"X\"\n  id \"kleine letters\"\n  bron \"x\"\nwanneer\n  voor elk fondsjaar\ndan\n"
                + "  het accres volgt de groei van de ARU\neinde\n"))
                .extracting(DslProblem::problem).singleElement().asString().contains("{id} is 'kleine letters'");
    }

    @Test
    void requireThrowsWithEveryProblemInTheMessage() {
        assertThatThrownBy(() -> checker.require("a.dslr", rule("  onzin", "dan", "  meer onzin"), LineChecker.Mode.ANALYST))
                .isInstanceOf(DslException.class)
                .hasMessageContaining("2 problems").hasMessageContaining("a.dslr:6").hasMessageContaining("a.dslr:8");
    }

    @Test
    void aSentenceNeedsWhatItIsAboutIntroducedFirst() {
        List<DslProblem> p = check("regel \"X\"\n  id \"TST-3\"\n  bron \"x\"\nwanneer\n  het fonds is het Gemeentefonds\ndan\n"
                + "  het accres volgt de groei van de ARU\neinde\n");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).line()).isEqualTo(5);
        assertThat(p.get(0).nearest()).isEqualTo("voor elk fondsjaar");
        assertThat(check(rule("  voor elk fondsjaar", "dan", "  het accres volgt de groei van de ARU")))
                .extracting(DslProblem::problem).singleElement().asString().contains("already introduced");
        assertThat(check(rule("dan", "  tel de post niet mee in het aggregaat"))).extracting(DslProblem::nearest)
                .containsExactly("voor elke uitgavenpost");
    }

    @Test
    void typedCapturesRefuseTypos() {
        assertThat(check(rule("  het fonds is het Gemeentfonds", "dan", "  het accres volgt de groei van de ARU")))
                .extracting(DslProblem::problem).singleElement().asString()
                .isEqualTo("{fonds} is 'Gemeentfonds'; verwacht Gemeentefonds of Provinciefonds");
        assertThat(check(rule("dan", "  zet het accres vast op de stand Lentenota 2020")))
                .extracting(DslProblem::problem).singleElement().asString().contains("{stand} is 'Lentenota 2020'");
        assertThat(check(rule("dan", "  het accres volgt de groei van de BBP")))
                .extracting(DslProblem::problem).singleElement().asString().contains("verwacht NGRU of ARU");
    }

    @Test
    void anUntypedCaptureInTheMappingIsAnError() {
        assertThatThrownBy(() -> DslMapping.parse("[condition][]de plaats is {plaats}=Plaats( naam == \"{plaats}\" )"))
                .hasMessageContaining("capture {plaats} has no type");
    }
}
