package nl.fvw.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Provenance;
import nl.fvw.explain.RuleRef;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;
import nl.fvw.time.Stand;

class ExplanationTest {
    private static Explanation sample() {
        Explanation child = Explanation.builder("NGRU 2013").value(Value.mln(Amounts.mln("92280"))).formula("A + B")
                .input(new Input("A 2013", Value.mln(Amounts.mln("141578")), Stand.parse("Miljoenennota 2012"),
                        "MN 2012 tabel 9.1")).build();
        Explanation.Builder b = Explanation.builder("accres 2013").value(Value.rate(new BigDecimal("0.008634")))
                .formula("g = (X_t − X_t−1) / X_t−1").rule(new RuleRef("NRM-ACCRES-NGRU", "Accres", "MN 2012 tabel 9.1"));
        b.round(new RoundingStep("accres %", RoundingUnit.PROCENT_2DEC, RoundingMode.HALF_UP, "MN"), new BigDecimal("0.008634"));
        return b.child(child).build();
    }

    /** A typed value prints in Dutch only when the explanation is printed. */
    @Test
    void valuesStayTypedUntilPrinted() {
        Explanation e = sample();
        assertThat(e.value()).isEqualTo(Value.rate(new BigDecimal("0.008634")));
        assertThat(e.children().get(0).inputs().get(0).stand()).isEqualTo(Stand.parse("Miljoenennota 2012"));
        assertThat(Values.text(Value.phrase(Value.mln(Amounts.mln("1124")), " (lpo ", Value.mln(Amounts.mln("600.5")), ")")))
                .isEqualTo("€ 1.124 mln (lpo € 600,5 mln)");
        assertThat(Values.text(Value.exactRate(new BigDecimal("0.0241439")))).isEqualTo("2,41 % (exact 2.41439 %)");
        assertThat(Values.text(Value.euro(Amounts.eur("7.5")))).isEqualTo("€ 7,50");
        assertThat(Values.text(Value.decimal(new BigDecimal("1.0234567"), 6))).isEqualTo("1,023457");
    }

    @Test
    void textIsIndentedAndNamesEverything() {
        String text = ExplanationText.of(sample());
        assertThat(text).startsWith("accres 2013 = 0,86 %\n  formule: ");
        assertThat(text).contains("  regel:   NRM-ACCRES-NGRU \"Accres\"\n  bron:    MN 2012 tabel 9.1\n");
        assertThat(text).contains("afronding: accres %: 0.008634 → 0.0086 (% (2 decimalen), HALF_UP; MN)");
        assertThat(text).contains("\n  NGRU 2013 = € 92.280 mln\n    formule: A + B\n    invoer:  A 2013 = € 141.578 mln  [stand Miljoenennota 2012]");
    }

    @Test
    void jsonIsValidWithAFixedFieldOrder() throws Exception {
        String json = ExplanationJson.of(sample());
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                assertThat(p.currentToken()).isNotEqualTo(JsonToken.NOT_AVAILABLE);
            }
        }
        assertThat(json.indexOf("\"naam\"")).isLessThan(json.indexOf("\"waarde\""));
        assertThat(json).contains("\"voor\" : \"0.008634\"");
        assertThat(ExplanationJson.of(sample())).isEqualTo(json);
    }

    @Test
    void switchedOffRecordsNothing() {
        Explanation.Builder off = Explanation.off();
        off.formula("x").value(Value.text("y")).input(new Input("a", Value.text("b"), null, "c"));
        assertThat(off.round(new RoundingStep("r", RoundingUnit.CENT, RoundingMode.HALF_UP, "s"), new BigDecimal("1.005")))
                .as("off still rounds").isEqualByComparingTo("1.01");
        assertThat(off.isOn()).isFalse();
        assertThat(off.build().isNone()).isTrue();
        assertThat(Explanation.builder("a").child(Explanation.none()).build().children()).isEmpty();
    }

    @Test
    void provenanceHashesContent() {
        Provenance p = Provenance.of(Map.of("scenario", Provenance.sha256("abc")));
        assertThat(p.hashes().get("scenario")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void figureNamesFollowTheGrammar() {
        FigureName n = FigureName.parse("GF accres 2024 stand Miljoenennota 2024");
        assertThat(n.fonds()).isEqualTo("GF");
        assertThat(n.grootheid()).isEqualTo("accres");
        assertThat(n.jaar().value()).isEqualTo(2024);
        assertThat(n.stand()).isEqualTo(Stand.parse("Miljoenennota 2024"));
        assertThat(FigureName.parse(n.toString())).isEqualTo(n);
        assertThat(FigureName.parse("Gemeentefonds Accres 2024").fonds()).isEqualTo("GF");
        assertThat(FigureName.parse("NGRU 2013").matches(FigureName.parse("ngru 2013"))).isTrue();
        assertThat(FigureName.parse("accres 2013 stand Miljoenennota 2012").matches(FigureName.parse("accres 2013"))).isTrue();
        assertThat(FigureName.parse("accres 2013").matches(FigureName.parse("GF accres 2013"))).isFalse();
        assertThatThrownBy(() -> FigureName.parse("accres")).hasMessageContaining("is not a figure name");
        assertThatThrownBy(() -> FigureName.parse("accres 2013 stand Lentenota 2012")).hasMessageContaining("not a known ijkmoment");
        assertThatThrownBy(() -> new FigureName("WF", "accres", n.jaar(), null)).hasMessageContaining("not a fund");
    }

    @Test
    void figuresAreListedByStandThenFundThenQuantityThenYear() {
        List<String> names = List.of("PF accres 2024 stand Miljoenennota 2024", "GF tranche 2023 stand Miljoenennota 2024",
                "GF accres 2025 stand Miljoenennota 2024", "GF accres 2024 stand Miljoenennota 2024",
                "NGRU 2013 stand Miljoenennota 2012", "accres 2013", "GF accres 2013 stand Miljoenennota 2012");
        List<String> sorted = names.stream().map(FigureName::parse).sorted(FigureName.ORDER).map(FigureName::toString)
                .toList();
        assertThat(sorted).containsExactly("accres 2013", "ngru 2013 stand Miljoenennota 2012",
                "GF accres 2013 stand Miljoenennota 2012", "GF accres 2024 stand Miljoenennota 2024",
                "GF accres 2025 stand Miljoenennota 2024", "GF tranche 2023 stand Miljoenennota 2024",
                "PF accres 2024 stand Miljoenennota 2024");
    }
}
