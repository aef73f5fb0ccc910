package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.Objects;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;

/**
 * An amount the normering computed, named as a figure: a fund's niveau, korting, afrekening,
 * BCF-ruimte of a year at a stand, or a spending aggregate. A figure computed as a value
 * ({@link Amounts#normalize}) makes its amount when it is first read.
 *
 * <pre>{@code
 * Bedragfiguur korting = (Bedragfiguur) uitkomst.figuur(FigureName.parse("GF korting 2026 stand Voorjaarsnota 2024"));
 * MonetaryAmount bedrag = korting.bedrag();
 * }</pre>
 */
public final class Bedragfiguur implements Bedrag {
    private final FigureName name;
    private final CurrencyUnit valuta;
    private final Explanation explanation;
    private BigDecimal waarde;
    private MonetaryAmount bedrag;

    /**
     * A figure of an amount.
     *
     * @param name the figure's name
     * @param bedrag the amount
     * @param explanation how it was computed
     */
    public Bedragfiguur(FigureName name, MonetaryAmount bedrag, Explanation explanation) {
        this.name = Objects.requireNonNull(name, "name");
        this.bedrag = Objects.requireNonNull(bedrag, "bedrag");
        this.valuta = bedrag.getCurrency();
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** A figure of the value of an amount in {@code valuta}. */
    Bedragfiguur(FigureName name, BigDecimal waarde, CurrencyUnit valuta, Explanation explanation) {
        this.name = Objects.requireNonNull(name, "name");
        this.waarde = Objects.requireNonNull(waarde, "waarde");
        this.valuta = Objects.requireNonNull(valuta, "valuta");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public FigureName name() {
        return name;
    }

    /**
     * The amount.
     *
     * @return the amount
     */
    @Override
    public MonetaryAmount bedrag() {
        if (bedrag == null) {
            bedrag = Amounts.of(waarde, valuta);
        }
        return bedrag;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }

    /** The value of {@link #bedrag()}. */
    BigDecimal waarde() {
        if (waarde == null) {
            waarde = Amounts.value(bedrag);
        }
        return waarde;
    }

    @Override
    public Value value() {
        return Value.mln(bedrag());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bedragfiguur b && name.equals(b.name) && bedrag().equals(b.bedrag())
                && explanation.equals(b.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, bedrag(), explanation);
    }

    @Override
    public String toString() {
        return "Bedragfiguur[name=" + name + ", bedrag=" + bedrag() + ", explanation=" + explanation + "]";
    }
}
