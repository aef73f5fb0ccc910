package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;
import nl.fvw.time.YearSeries;

/** Builds normering inputs and decisions in Java, for tests of the arithmetic without the rule engine. */
final class NormeringFixture {
    static final RuleRef REKENREGEL = new RuleRef("TST-REKENREGEL", "rekenregel", "test");
    static final Stand MN = Stand.parse("Miljoenennota 2020");

    private NormeringFixture() {
    }

    static YearSeries series(int first, List<BigDecimal> euros) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < euros.size(); i++) {
            m.put(BudgetYear.of(first + i), Amounts.eur(euros.get(i)));
        }
        return YearSeries.of(m);
    }

    static YearSeries mln(int first, String... values) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(BudgetYear.of(first + i), Amounts.mln(values[i]));
        }
        return YearSeries.of(m);
    }

    /** Trap-op-trap-af on {@code aggregaat} for both funds over first..last, as a standing rule. */
    static List<Besluit<?>> rekenregel(String aggregaat, int first, int last) {
        List<Besluit<?>> out = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = first; y <= last; y++) {
                out.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.TrapOpTrapAf(aggregaat), REKENREGEL));
            }
        }
        return out;
    }

    /** As the shipped rule FVW-DEFINITIEF: the accres of every fund and year is settled at the Financieel Jaarverslag. */
    static final RuleRef VASTSTELLING = new RuleRef("FVW-DEFINITIEF", "Vaststelling bij het Financieel Jaarverslag",
            "normering.md §2: het Financieel Jaarverslag Rijk van jaar t stelt het accres van t definitief vast");

    /** Computes with the decisions given and, as the shipped rules do, a settlement of every fund and year. */
    static Normeringsuitkomst bereken(Normeringsinvoer in, List<Besluit<?>> besluiten) {
        List<Besluit<?>> all = new ArrayList<>(besluiten);
        for (Fonds f : Fonds.values()) {
            for (BudgetYear y = in.eersteJaar(); !y.isAfter(in.laatsteJaar()); y = y.next()) {
                all.add(new Besluit<>(f, y, null, new Besluit.Vaststelling(), VASTSTELLING));
            }
        }
        return berekenZonderVaststelling(in, all);
    }

    /** Computes with exactly the decisions given. */
    static Normeringsuitkomst berekenZonderVaststelling(Normeringsinvoer in, List<Besluit<?>> besluiten) {
        return new Normeringsrekening(in, Besluiten.van(besluiten, in), true).bereken();
    }

    /** A fund whose grondslag is rolled forward from {@code base} in {@code year}, level basis = the grondslag. */
    static Fondsinvoer rolled(Fonds f, int year, MonetaryAmount base) {
        return new Fondsinvoer(f, null, BudgetYear.of(year), base, null, base, null, null, null, null, null, null, "test");
    }

    static Fondsinvoer given(Fonds f, Stand s, YearSeries grondslag) {
        return Fondsinvoer.builder(f, "test").grondslag(StandSeries.empty().with(s, grondslag)).build();
    }
}
