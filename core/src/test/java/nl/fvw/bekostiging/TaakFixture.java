package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

final class TaakFixture {
    private TaakFixture() {
    }

    static TreeMap<BudgetYear, BigDecimal> years(int first, String... v) {
        TreeMap<BudgetYear, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(BudgetYear.of(first + i), new BigDecimal(v[i]));
        }
        return m;
    }

    static TreeMap<BudgetYear, MonetaryAmount> mln(int first, String... v) {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(BudgetYear.of(first + i), Amounts.mln(v[i]));
        }
        return m;
    }

    static Taak taak(List<Kostencomponent> c, Indexreeks index, Map<Bestuurslaag, BigDecimal> sleutel,
            TreeMap<BudgetYear, MonetaryAmount> comp) {
        return new Taak("test", "test", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2027), c, index, sleutel,
                Map.of(), comp, new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of());
    }
}
