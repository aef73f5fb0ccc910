package nl.fvw.normering;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.RuleRef;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/**
 * The growth of a spending aggregate between two years of one stand, which under the
 * rekenregel is the accres % (normering.md §1; Miljoenennota 2012, bijlage, tabel 9.1):
 * g_t = (X_t − X_{t−1}) / X_{t−1}.
 *
 * <pre>{@code
 * AccresPercentage a = Groei.accres(AggregaatJaar.all(ngru).get(0), regel, true);   // (X_t - X_t-1) / X_t-1
 * }</pre>
 */
public final class Groei {
    private Groei() {
    }

    /**
     * The accres % of {@code jaar} from the aggregate, both years from the aggregate's stand.
     *
     * @param jaar the aggregate and year
     * @param rule the rule that decided this applies (recorded in the explanation)
     * @param explain false for bulk runs: the result then carries {@link Explanation#none()}
     * @return the growth, as an accres %
     * @throws nl.fvw.FvwException when the year before is zero or missing
     */
    public static AccresPercentage accres(AggregaatJaar jaar, RuleRef rule, boolean explain) {
        Uitgavenaggregaat x = jaar.getAggregaat();
        BudgetYear t = jaar.getJaar();
        MonetaryAmount now = x.waarde(t);
        MonetaryAmount before = x.waarde(t.previous());
        BigDecimal vorig = Amounts.value(before);
        if (vorig.signum() == 0) {
            throw new FvwException(x.getNaam() + " " + t.previous() + " (stand " + x.getStand() + ") is zero: growth from"
                    + " a zero base is undefined");
        }
        Amounts.requireSameCurrency(now.getCurrency(), before.getCurrency(), () -> "growth of " + x.getNaam());
        BigDecimal toename = Amounts.normalize(Amounts.value(now).subtract(vorig, Amounts.MATH_CONTEXT));
        BigDecimal g = toename.divide(vorig, Amounts.MATH_CONTEXT);
        if (!explain) {
            return new AccresPercentage(t, x.getStand(), g, Explanation.none());
        }
        Explanation.Builder b = Explanation.builder("accres " + t + " stand " + x.getStand())
                .formula("g = (" + x.getNaam() + "_" + t + " − " + x.getNaam() + "_" + t.previous() + ") / "
                        + x.getNaam() + "_" + t.previous() + ", beide jaren uit stand " + x.getStand())
                .rule(rule);
        b.round(AccresPercentage.PUBLICATIE, g);
        b.value(Value.exactRate(g))
                .child(x.explain(t.previous()))
                .child(x.explain(t));
        return new AccresPercentage(t, x.getStand(), g, b.build());
    }
}
