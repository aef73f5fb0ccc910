package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.BudgetYear;

/**
 * A rule's decision that a korting applies to a fund in a year; its amount is the parameter
 * {@code parameter} for that year as known at the stand computed (a cumulative cut, such as the
 * opschalingskorting, is one value per year).
 */
public record Kortingsbesluit(Fonds fonds, BudgetYear jaar, String parameter, RuleRef regel) {
    public Kortingsbesluit {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(regel, "regel");
    }
}
