package nl.fvw.normering;

import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.BudgetYear;

/**
 * A rule's decision that a korting applies to a fund in a year. Its amount is either the rule's
 * own {@code bedrag}, or (when that is null) the parameter named {@code naam} for that year as
 * known at the stand computed (a cumulative cut, such as the opschalingskorting, is one value per
 * year).
 *
 * <pre>{@code
 * Kortingsbesluit k = Kortingsbesluit.uitParameter(Fonds.GEMEENTEFONDS, BudgetYear.of(2026),
 *         "opschalingskorting.gemeentefonds", regel);
 * }</pre>
 */
public record Kortingsbesluit(Fonds fonds, BudgetYear jaar, String naam, MonetaryAmount bedrag, RuleRef regel) {
    /**
     * Checks the components.
     *
     * @param fonds the fund cut
     * @param jaar the year cut
     * @param naam the korting's name, and the parameter's when {@code bedrag} is null
     * @param bedrag the rule's own amount, or null
     * @param regel the rule that decided it
     */
    public Kortingsbesluit {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(regel, "regel");
    }

    /**
     * A korting whose amount is a dated parameter.
     *
     * @param fonds the fund cut
     * @param jaar the year cut
     * @param parameter the parameter that holds the amount per year and decision stand
     * @param regel the rule that decided it
     * @return the decision
     */
    public static Kortingsbesluit uitParameter(Fonds fonds, BudgetYear jaar, String parameter, RuleRef regel) {
        return new Kortingsbesluit(fonds, jaar, parameter, null, regel);
    }
}
