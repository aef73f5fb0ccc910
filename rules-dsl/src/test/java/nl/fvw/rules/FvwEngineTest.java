package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.present.ExplanationJson;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Values;
import nl.fvw.time.Stand;

/**
 * The shipped accres rule against Miljoenennota 2012, bijlage, tabel 9.1: the accres % is the
 * growth of the NGRU, printed with two decimals.
 */
class FvwEngineTest {
    private final FvwEngine engine = FvwEngine.shipped();

    @Test
    void accresFromPrintedNgruReproducesThePrintedPercentagesExactly() {
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruPrinted())), true);
        assertThat(r.accressen()).extracting(AccresPercentage::published).containsExactly(
                new BigDecimal("-0.52"), new BigDecimal("0.86"), new BigDecimal("2.42"), new BigDecimal("0.54"));
    }

    /**
     * From the parts A + B the 2014 NGRU is 94508 where the table prints 94509 (the source sums
     * unrounded parts), so the 2014 accres comes out 2,41 % against a printed 2,42 %. Tolerance:
     * 0,01 percentage point, one unit of the printed figure.
     */
    @Test
    void accresFromPartsIsWithinOnePrintedUnit() {
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruFromParts())), true);
        List<BigDecimal> printed = List.of(new BigDecimal("-0.52"), new BigDecimal("0.86"), new BigDecimal("2.42"),
                new BigDecimal("0.54"));
        for (int i = 0; i < printed.size(); i++) {
            BigDecimal got = r.accressen().get(i).published();
            assertThat(got.subtract(printed.get(i)).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        }
        assertThat(r.accressen().get(2).published()).isEqualByComparingTo("2.41");
    }

    @Test
    void explanationNamesTheRuleItsSourceTheInputsAndTheRounding() {
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruFromParts())), true);
        Explanation e = r.explain(FigureName.parse("accres 2013 stand Miljoenennota 2012"));
        assertThat(e.rule().id()).isEqualTo("NRM-REKENREGEL-NGRU");
        assertThat(e.rule().source()).contains("Miljoenennota 2012").contains("tabel 9.1");
        assertThat(e.roundings()).singleElement().satisfies(rr -> {
            assertThat(rr.after()).isEqualByComparingTo("0.0086");
            assertThat(rr.step().source()).contains("twee decimalen");
        });
        assertThat(e.children()).hasSize(2);
        assertThat(e.children().get(1).inputs()).extracting(i -> i.name()).containsExactly("A 2013", "B 2013");
        assertThat(ExplanationText.of(e)).contains("NRM-REKENREGEL-NGRU").contains("€ 141.578 mln").contains("stand Miljoenennota 2012");
        assertThat(ExplanationJson.of(e)).contains("\"id\" : \"NRM-REKENREGEL-NGRU\"");
    }

    @Test
    void explanationsOffGivesTheSameFiguresWithoutExplanations() {
        Normeringsinvoer in = Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruFromParts()));
        Normeringsuitkomst on = engine.bereken(in, true);
        Normeringsuitkomst off = engine.bereken(in, false);
        assertThat(off.accressen()).extracting(AccresPercentage::fraction)
                .containsExactlyElementsOf(on.accressen().stream().map(AccresPercentage::fraction).toList());
        assertThat(off.accressen()).allSatisfy(a -> assertThat(a.explanation().isNone()).isTrue());
    }

    /** Classic MVEL rules broke after about 20 evaluations; run many and compare. */
    @Test
    void manyEvaluationsGiveTheSameResult() {
        Normeringsinvoer in = Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruPrinted()));
        List<BigDecimal> first = engine.bereken(in, false).accressen().stream().map(AccresPercentage::fraction).toList();
        for (int i = 0; i < 2_000; i++) {
            assertThat(engine.bereken(in, i % 2 == 0).accressen()).extracting(AccresPercentage::fraction)
                    .containsExactlyElementsOf(first);
        }
    }

    /**
     * The NGRU rule covers 1995-2017 and the ARU rule 2018-2025, both as standing rules: if the
     * NGRU rule fired for 2018-2020 despite its false condition, the two would conflict.
     */
    @Test
    void aFalseConditionStopsTheRule() {
        Uitgavenaggregaat aru = Uitgavenaggregaat.of("ARU", Stand.parse("Miljoenennota 2020"), "test",
                Fixtures.mln(2017, "100", "101", "102", "103"));
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(aru)), true);
        assertThat(r.accressen()).extracting(a -> a.jaar().value()).containsExactly(2018, 2019, 2020);
        assertThat(r.accressen()).allSatisfy(a -> assertThat(a.explanation().rule().id()).isEqualTo("NRM-REKENREGEL-ARU"));
    }

    @Test
    void aYearNoRuleDecidesIsAnError() {
        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", Fixtures.MN2012, "test", Fixtures.mln(1990, "100", "101"));
        assertThatThrownBy(() -> engine.bereken(Normeringsinvoer.vanAggregaten(List.of(ngru)), true))
                .hasMessageContaining("No rule decides how the Gemeentefonds accres 1991 is computed");
    }

    @Test
    void aMissingAggregateIsAnError() {
        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", Fixtures.MN2012, "test", Fixtures.mln(2017, "100", "101"));
        assertThatThrownBy(() -> engine.bereken(Normeringsinvoer.vanAggregaten(List.of(ngru)), true))
                .hasMessageContaining("NRM-REKENREGEL-ARU").hasMessageContaining("no ARU is given");
    }

    @Test
    void aZeroBaseIsAClearError() {
        Uitgavenaggregaat zero = Uitgavenaggregaat.of("NGRU", Fixtures.MN2012, "test", Fixtures.mln(2011, "0", "10"));
        assertThatThrownBy(() -> engine.bereken(Normeringsinvoer.vanAggregaten(List.of(zero)), true))
                .isInstanceOf(FvwException.class).hasMessageContaining("NGRU 2011").hasMessageContaining("zero");
    }

    @Test
    void resultCarriesProvenanceWithRuleHashes() {
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruPrinted())), true);
        assertThat(r.provenance().fvwVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(r.provenance().hashes()).containsKey("regels:nl/fvw/regels/normering/normering.dslr");
        assertThat(r.provenance().hashes().values()).allSatisfy(h -> assertThat(h).hasSize(64));
    }

    @Test
    void unknownFigureNamesTheKnownOnes() {
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruPrinted())), true);
        assertThatThrownBy(() -> r.accres(FigureName.parse("accres 2030")))
                .hasMessageContaining("No figure 'accres 2030'").hasMessageContaining("accres 2013 stand Miljoenennota 2012");
        assertThatThrownBy(() -> r.accres(FigureName.parse("NGRU 2013"))).hasMessageContaining("is not an accres %");
    }

    @Test
    void anAggregateTwiceAtOneStandIsAnError() {
        assertThatThrownBy(() -> Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruPrinted(), Fixtures.ngruFromParts())))
                .hasMessageContaining("NGRU is given twice at stand Miljoenennota 2012");
    }

    @Test
    void theAggregateIsAFigureToo() {
        Normeringsuitkomst r = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruFromParts())), true);
        assertThat(Values.text(r.figuur(FigureName.parse("NGRU 2014")))).isEqualTo("€ 94.508 mln");
    }
}
