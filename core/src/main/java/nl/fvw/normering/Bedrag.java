package nl.fvw.normering;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Figuur;

/**
 * A figure that is an amount of money.
 *
 * <pre>{@code
 * for (Bedrag b : uitkomst.bedragen()) {
 *     System.out.println(b.name() + " = " + Value.mln(b.bedrag()));
 * }
 * }</pre>
 */
public interface Bedrag extends Figuur {
    /**
     * The amount.
     *
     * @return the figure's amount
     */
    MonetaryAmount bedrag();
}
