package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/** Analyst code: raw DRL only when allowed and only over fvw's facts and result; no session runs forever. */
class RuweRegelsTest {
    private static String regel(String dan) {
        return """
                regel "Ruw"
                  id "ANL-RUW"
                  bron "test"
                wanneer
                  voor elk fondsjaar
                dan
                """ + dan + "\neinde\n";
    }

    private static RuleFile ruw(String dan) {
        return new RuleFile("ruw.dslr", regel(dan)).alsRuw();
    }

    private static Normeringsinvoer ngru() {
        return Normeringsinvoer.vanAggregaten(List.of(Uitgavenaggregaat.of("NGRU", Stand.parse("Miljoenennota 2012"), "t",
                YearSeries.of(Map.of(BudgetYear.of(2011), Amounts.mln("100"), BudgetYear.of(2012), Amounts.mln("101"))))));
    }

    @Test
    void rawDrlIsRefusedUnlessAllowedNamingTheFileAndLine() {
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(ruw("  > System.exit(0);"))).build())
                .isInstanceOf(FvwException.class)
                .hasMessage("ruw.dslr:7: raw DRL (a line starting with >) can run any Java; it runs only when allowed:"
                        + " --sta-ruwe-regels-toe on the command line, or FvwEngine.builder().staRuweRegelsToe(true) in Java");
    }

    /** Even allowed, raw DRL may not reach outside fvw's facts and result: each of these is refused before compiling. */
    @Test
    void allowedRawDrlMayOnlyUseFvwsFactsAndResult() {
        for (String[] c : new String[][] {
            {"  > System.exit(0);", "uses the type 'System'"},
            {"  > java.nio.file.Files.writeString(java.nio.file.Path.of(\"x\"), \"y\");", "names the package 'java'"},
            {"  > new java.io.File(\"x\").delete();", "names the package 'java'"},
            {"  > Runtime.getRuntime().exec(\"rm\");", "uses the type 'Runtime'"},
            {"  > $fj.getClass().getClassLoader();", "uses 'getClass'"},
            {"  > drools.getKieRuntime().halt();", "uses 'drools'"},
            {"  > kcontext.getKieRuntime();", "uses 'kcontext'"},
            {"  > import java.io.File;", "may not declare 'import'"},
        }) {
            assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(ruw(c[0]))).staRuweRegelsToe(true).build())
                    .as(c[0]).isInstanceOf(FvwException.class).hasMessageStartingWith("ruw.dslr:7: raw DRL")
                    .hasMessageContaining(c[1]);
        }
        assertThat(RuweRegels.toegestaneTypen()).contains("FondsJaar", "Besluit", "Uitkomst");
    }

    /** A rule that refires itself is stopped at the firing limit, naming the rule; within the time limit too. */
    @Test
    void aRuleThatRefiresItselfIsStoppedNamingIt() {
        FvwEngine lus = FvwEngine.builder().regels(List.of(ruw("  > update($fj);"))).staRuweRegelsToe(true)
                .grenzen(new Vuurgrenzen(5_000, Duration.ofSeconds(20))).build();
        assertThatThrownBy(() -> lus.bereken(ngru(), false)).isInstanceOf(FvwException.class)
                .hasMessageStartingWith("The rules were stopped after 5000 firings (limits: 5000 firings, 20 s;")
                .hasMessageContaining("fired most: ").hasMessageContaining("ANL-RUW 2");
        FvwEngine traag = FvwEngine.builder().regels(List.of(ruw("  > update($fj);"))).staRuweRegelsToe(true)
                .grenzen(new Vuurgrenzen(Integer.MAX_VALUE, Duration.ofMillis(300))).build();
        assertThatThrownBy(() -> traag.bereken(ngru(), false)).hasMessageContaining("firings and 0 s")
                .hasMessageContaining("ANL-RUW");
        assertThatThrownBy(() -> new Vuurgrenzen(0, Duration.ofSeconds(1))).hasMessageContaining("must be positive");
    }

    /** Rule files have limits: the size and the number of rules, checked before any line is read. */
    @Test
    void aRuleFileOverItsLimitsIsRefusedBeforeItIsRead() {
        String groot = "# opmerking\n".repeat(RuleFile.MAX_BYTES / 12 + 1);
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("groot.dslr", groot))).build())
                .hasMessageStartingWith("groot.dslr: a rule file holds at most 1048576 bytes; this one has");
        String veel = regel("  het accres volgt de groei van de NGRU").repeat(RuleFile.MAX_REGELS + 1);
        assertThatThrownBy(() -> FvwEngine.builder().regels(List.of(new RuleFile("veel.dslr", veel))).build())
                .hasMessage("veel.dslr: a rule file holds at most 2000 rules; this one has 2001; split it over files by subject");
    }
}
