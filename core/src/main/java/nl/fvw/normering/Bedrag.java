package nl.fvw.normering;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Figuur;

/** A figure that is an amount of money. */
public interface Bedrag extends Figuur {
    /**
     * The amount.
     *
     * @return the figure's amount
     */
    MonetaryAmount bedrag();
}
