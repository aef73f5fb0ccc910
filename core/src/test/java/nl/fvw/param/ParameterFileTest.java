package nl.fvw.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.fvw.input.InputException;
import nl.fvw.input.InputReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

class ParameterFileTest {
    private static final Path FILE = Path.of("src/test/resources/parameters/opschalingskorting.yaml");

    private static ParameterSet parse(String yaml) {
        return ParameterFile.fromNode(InputReader.parse("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEAD = "eenheid: \"€ mln\"\nparameters:\n  k:\n    soort: bedrag\n    waarden:\n";

    /** ../shared/reference/opschalingskorting.csv: planned 370 in 2020, applied 300 after the decision to hold it. */
    @Test
    void laterDecisionsWinFromTheirStandOn() {
        Parameter k = ParameterFile.read(FILE).get("opschalingskorting.gemeentefonds");
        BudgetYear y2020 = BudgetYear.of(2020);
        assertThat(k.valueFor(y2020, Stand.parse("Miljoenennota 2020"))).isEqualByComparingTo("370000000");
        assertThat(k.valueFor(y2020, Stand.parse("Miljoenennota 2021"))).isEqualByComparingTo("300000000");
        assertThat(k.decisionFor(y2020, Stand.parse("Miljoenennota 2021")).source()).contains("geschrapt");
        assertThat(k.valueFor(BudgetYear.of(2019), Stand.parse("Miljoenennota 2021"))).isEqualByComparingTo("300000000");
        assertThat(k.valueFor(BudgetYear.of(2030), Stand.parse("Miljoenennota 2024"))).isEqualByComparingTo("975000000");
        assertThat(k.valueFor(BudgetYear.of(2030), Stand.parse("Miljoenennota 2025"))).isEqualByComparingTo("300000000");
    }

    @Test
    void aYearWithoutADecisionIsAClearError() {
        Parameter k = ParameterFile.read(FILE).get("opschalingskorting.gemeentefonds");
        assertThatThrownBy(() -> k.valueFor(BudgetYear.of(2024), Stand.parse("Miljoenennota 2021")))
                .hasMessageContaining("has no value for 2024 as known at stand Miljoenennota 2021");
        assertThatThrownBy(() -> k.valueFor(BudgetYear.of(2014), Stand.parse("Miljoenennota 2025")))
                .hasMessageContaining("has no value for 2014");
    }

    @Test
    void percentagesAreHeldAsFractions() {
        assertThat(ParameterFile.read(FILE).get("efficiencykorting").valueFor(BudgetYear.of(2027),
                Stand.parse("Miljoenennota 2027"))).isEqualByComparingTo("0.10");
    }

    @Test
    void anUnknownParameterNameSuggestsTheNearest() {
        assertThatThrownBy(() -> ParameterFile.read(FILE).get("efficiencykoting"))
                .hasMessage("Unknown parameter 'efficiencykoting' (did you mean 'efficiencykorting'?)");
    }

    @Test
    void anUnknownKeyNamesFileLineAndKey() {
        assertThatThrownBy(() -> parse(HEAD + "      - { vanaf: 2015, waarde: 1, besloten: Miljoenennota 2015, bron: x, tott: 2016 }\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("p.yaml:6:")
                .hasMessageContaining("key 'parameters.k.waarden[0].tott': unknown key (did you mean 'tot'?)");
    }

    @Test
    void overlapsWithinOneDecisionStandAreErrors() {
        assertThatThrownBy(() -> parse(HEAD
                + "      - { vanaf: 2015, tot: 2018, waarde: 1, besloten: Miljoenennota 2015, bron: x }\n"
                + "      - { vanaf: 2017, waarde: 2, besloten: Miljoenennota 2015, bron: x }\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("p.yaml:7:")
                .hasMessageContaining("period [2017, ∞) overlaps [2015, 2018) (line 6), both decided at Miljoenennota 2015");
    }

    @Test
    void gapsWithinOneDecisionStandAreErrors() {
        assertThatThrownBy(() -> parse(HEAD
                + "      - { vanaf: 2015, tot: 2016, waarde: 1, besloten: Miljoenennota 2015, bron: x }\n"
                + "      - { vanaf: 2018, waarde: 2, besloten: Miljoenennota 2015, bron: x }\n"))
                .hasMessageContaining("gap between [2015, 2016) and [2018, ∞)").hasMessageContaining("years 2016-2017 have no value");
    }

    @Test
    void tooManyDecimalsForTheUnitIsAnError() {
        assertThatThrownBy(() -> parse(HEAD + "      - { vanaf: 2015, waarde: 1.123456789, besloten: Miljoenennota 2015, bron: x }\n"))
                .hasMessageContaining("key 'parameters.k.waarden[0].waarde': '1.123456789' has too many decimals for the unit € mln");
    }

    @Test
    void wrongUnitCurrencyKindOrStandAreErrors() {
        assertThatThrownBy(() -> parse("eenheid: gulden\nparameters: {}\n")).hasMessageContaining("p.yaml:1:")
                .hasMessageContaining("'gulden' is not a known unit");
        assertThatThrownBy(() -> parse("eenheid: \"€\"\nvaluta: USD\nparameters: {}\n"))
                .hasMessageContaining("key 'valuta': currency 'USD' is not supported; fvw computes in EUR");
        assertThatThrownBy(() -> parse(HEAD.replace("bedrag", "bedragje") + "      - { vanaf: 2015, waarde: 1, besloten: Miljoenennota 2015, bron: x }\n"))
                .hasMessageContaining("'bedragje' is not a kind of parameter");
        assertThatThrownBy(() -> parse(HEAD + "      - { vanaf: 2015, waarde: 1, besloten: Lentenota 2015, bron: x }\n"))
                .hasMessageContaining("key 'parameters.k.waarden[0].besloten'").hasMessageContaining("not a known ijkmoment");
        assertThatThrownBy(() -> parse(HEAD + "      - { vanaf: 2015, waarde: veel, besloten: Miljoenennota 2015, bron: x }\n"))
                .hasMessageContaining("'veel' is not a number");
        assertThatThrownBy(() -> parse(HEAD + "      - { vanaf: 2016, tot: 2015, waarde: 1, besloten: Miljoenennota 2015, bron: x }\n"))
                .hasMessageContaining("'tot' 2015 must come after 'vanaf' 2016");
        assertThatThrownBy(() -> parse(HEAD + "      - { vanaf: 2015, waarde: 1, besloten: Miljoenennota 2015 }\n"))
                .hasMessageContaining("key 'parameters.k.waarden[0].bron': missing; this key is required");
    }

    @Test
    void dutchDecimalsInQuotesAreUnderstood() {
        ParameterSet s = parse(HEAD + "      - { vanaf: 2015, waarde: \"7,5\", besloten: Miljoenennota 2015, bron: x }\n");
        assertThat(s.get("k").valueFor(BudgetYear.of(2015), Stand.parse("Miljoenennota 2015"))).isEqualByComparingTo("7500000");
    }

    @Test
    void validityIsHalfOpen() {
        Validity v = new Validity(BudgetYear.of(2020), BudgetYear.of(2023));
        assertThat(v.contains(BudgetYear.of(2020))).isTrue();
        assertThat(v.contains(BudgetYear.of(2023))).isFalse();
        assertThat(v.abuts(Validity.from(BudgetYear.of(2023)))).isTrue();
        assertThat(v.overlaps(Validity.from(BudgetYear.of(2023)))).isFalse();
        assertThat(v.overlaps(Validity.years(BudgetYear.of(2022), BudgetYear.of(2022)))).isTrue();
        assertThat(Validity.from(BudgetYear.of(2020)).overlaps(Validity.from(BudgetYear.of(2030)))).isTrue();
        assertThatThrownBy(() -> new Validity(BudgetYear.of(2020), BudgetYear.of(2020))).hasMessageContaining("is empty");
    }
}
