package nl.fvw.bundeling;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

/**
 * One recipient in one year: the historic amount after the efficiencykorting, the amount under the
 * new key, the full effect (new − historic, in euro and per inwoner), the effect applied after the
 * ingroeipad, and the allocation (historic + applied).
 *
 * <pre>{@code
 * for (Herverdeeleffect e : uitkomst.jaar(BudgetYear.of(2027)).effecten()) {
 *     System.out.println(e.naam() + ": " + e.volledigPerInwoner() + " euro per inwoner");
 * }
 * }</pre>
 */
public record Herverdeeleffect(String code, String naam, BigDecimal inwoners, MonetaryAmount historisch,
        MonetaryAmount nieuw, MonetaryAmount volledig, BigDecimal volledigPerInwoner, MonetaryAmount toegepast,
        BigDecimal toegepastPerInwoner, MonetaryAmount allocatie) {
}
