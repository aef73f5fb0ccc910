package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

final class BundelingFixture {
    private BundelingFixture() {
    }

    static Ontvanger ontvanger(String code, long inwoners, long units) {
        return new Ontvanger(code, code, new TreeMap<>(Map.of(BudgetYear.of(2026), BigDecimal.valueOf(inwoners))),
                Map.of("eenheid", BigDecimal.valueOf(units)));
    }

    static TreeMap<BudgetYear, MonetaryAmount> budget(String... mln) {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < mln.length; i++) {
            m.put(BudgetYear.of(2026 + i), Amounts.mln(mln[i]));
        }
        return m;
    }

    static Bundeling bundeling(List<Ontvanger> ontvangers, Map<String, BigDecimal> historisch, BigDecimal korting,
            BigDecimal aandeelHistorisch, int years) {
        List<String> b = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            b.add("100");
        }
        Spuk s = new Spuk("spuk", "test", budget(b.toArray(String[]::new)), historisch);
        return new Bundeling("b", "test", Doel.ALGEMENE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2026 + years - 1), korting,
                null, BudgetYear.of(2027), List.of(s), ontvangers,
                new Verdeelsleutel(Map.of("eenheid", Amounts.eur("1")), aandeelHistorisch), List.of(), false);
    }
}
