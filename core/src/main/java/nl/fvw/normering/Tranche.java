package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.Objects;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * One year's accres in euro for one fund at a stand: tranche_t = accres %_t × grondslag_t, split
 * into a price part and a volume part where the inputs allow ({@code prijsDeel} null otherwise). The
 * price part is lpo % × grondslag under the rekenregel (the LPO-tranche of the Miljoenennota 2023
 * bijlage), the bbp price growth p_t × grondslag under the bbp-systematiek (normering.md §2a); the
 * volume part is the rest.
 * Under the rekenregel a tranche is permanent: it stays in every later year's level; a decision on
 * its {@link Besluit.Looptijd} or a printed profile changes the later years (normering.md §2a).
 * <p>
 * The computation carries the values ({@link Amounts#normalize}: what the amounts hold, to the
 * scale); each amount is made when it is first read, and a split from prijsdeel % and grondslag
 * when its parts are first read (a Monte Carlo draw reads none).
 *
 * <pre>{@code
 * Tranche t = (Tranche) uitkomst.figuur(FigureName.parse("GF tranche 2024 stand Voorjaarsnota 2024"));
 * MonetaryAmount prijs = t.prijsDeel();   // null when the tranche is not split
 * }</pre>
 */
public final class Tranche implements Bedrag {
    private final Fonds fonds;
    private final BudgetYear jaar;
    private final Stand stand;
    private final CurrencyUnit valuta;
    private final BigDecimal bedrag;
    /** With {@link #prijsPct}: what the parts are made of when first read; null when the parts are given. */
    private final BigDecimal grondslag;
    private final BigDecimal prijsPct;
    private BigDecimal prijsDeel;
    private BigDecimal volumeDeel;
    private final Stand gedruktOp;
    private final Explanation explanation;
    private MonetaryAmount bedragAmount;
    private MonetaryAmount prijsAmount;
    private MonetaryAmount volumeAmount;

    /**
     * A tranche of values.
     *
     * @param valuta the currency of the amounts
     * @param bedrag the value of the tranche: accres % × grondslag
     * @param prijsDeel the value of the price part, or null when not split
     * @param volumeDeel the value of the volume part, or null when not split
     * @param gedruktOp the stand whose printed tranche this is (its profile over the years may be printed there
     *                  too, see {@link Trancheprofielen}); null when fvw computed it
     */
    Tranche(Fonds fonds, BudgetYear jaar, Stand stand, CurrencyUnit valuta, BigDecimal bedrag, BigDecimal prijsDeel,
            BigDecimal volumeDeel, Stand gedruktOp, Explanation explanation) {
        this(fonds, jaar, stand, valuta, bedrag, null, null, prijsDeel, volumeDeel, gedruktOp, explanation);
    }

    private Tranche(Fonds fonds, BudgetYear jaar, Stand stand, CurrencyUnit valuta, BigDecimal bedrag, BigDecimal grondslag,
            BigDecimal prijsPct, BigDecimal prijsDeel, BigDecimal volumeDeel, Stand gedruktOp, Explanation explanation) {
        this.grondslag = grondslag;
        this.prijsPct = prijsPct;
        this.fonds = Objects.requireNonNull(fonds, "fonds");
        this.jaar = Objects.requireNonNull(jaar, "jaar");
        this.stand = Objects.requireNonNull(stand, "stand");
        this.valuta = Objects.requireNonNull(valuta, "valuta");
        this.bedrag = Objects.requireNonNull(bedrag, "bedrag");
        this.prijsDeel = prijsDeel;
        this.volumeDeel = volumeDeel;
        this.gedruktOp = gedruktOp;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A tranche split into price part prijsdeel % × grondslag and volume part the rest, the values of
     * {@link Amounts#multiplyValue} and {@link Amounts#subtractValues}, each made when first read.
     *
     * @param grondslag the value of the grondslag
     * @param prijsPct the prijsdeel %, as a fraction
     */
    static Tranche gesplitst(Fonds fonds, BudgetYear jaar, Stand stand, CurrencyUnit valuta, BigDecimal bedrag,
            BigDecimal grondslag, BigDecimal prijsPct, Stand gedruktOp, Explanation explanation) {
        return new Tranche(fonds, jaar, stand, valuta, bedrag, Objects.requireNonNull(grondslag, "grondslag"),
                Objects.requireNonNull(prijsPct, "prijsPct"), null, null, gedruktOp, explanation);
    }

    /**
     * The same tranche at stand {@code s} with explanation {@code e}, sharing the amounts already
     * made: a figure carried to a later stand, or explained.
     */
    Tranche op(Stand s, Explanation e) {
        Tranche t = new Tranche(fonds, jaar, s, valuta, bedrag, grondslag, prijsPct, prijsDeel, volumeDeel, gedruktOp, e);
        t.bedragAmount = bedragAmount;
        t.prijsAmount = prijsAmount;
        t.volumeAmount = volumeAmount;
        return t;
    }

    /**
     * The fund.
     *
     * @return the fund
     */
    public Fonds fonds() {
        return fonds;
    }

    /**
     * The budget year.
     *
     * @return the year
     */
    public BudgetYear jaar() {
        return jaar;
    }

    /**
     * The stand.
     *
     * @return the stand
     */
    public Stand stand() {
        return stand;
    }

    /**
     * The tranche: accres % × grondslag.
     *
     * @return the amount
     */
    @Override
    public MonetaryAmount bedrag() {
        if (bedragAmount == null) {
            bedragAmount = Amounts.of(bedrag, valuta);
        }
        return bedragAmount;
    }

    /**
     * The price part.
     *
     * @return the amount, or null when the tranche is not split
     */
    public MonetaryAmount prijsDeel() {
        if (prijsAmount == null && prijsWaarde() != null) {
            prijsAmount = Amounts.of(prijsWaarde(), valuta);
        }
        return prijsAmount;
    }

    /**
     * The volume part: the tranche less its price part.
     *
     * @return the amount, or null when the tranche is not split
     */
    public MonetaryAmount volumeDeel() {
        if (volumeAmount == null && volumeWaarde() != null) {
            volumeAmount = Amounts.of(volumeWaarde(), valuta);
        }
        return volumeAmount;
    }

    /**
     * The stand whose printed tranche this is; its profile over the years may be printed there too
     * (see {@link Trancheprofielen}).
     *
     * @return the stand, or null when fvw computed the tranche
     */
    public Stand gedruktOp() {
        return gedruktOp;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }

    /** The currency of the amounts. */
    CurrencyUnit valuta() {
        return valuta;
    }

    /** The value of {@link #bedrag()}. */
    BigDecimal bedragWaarde() {
        return bedrag;
    }

    /** The value of {@link #prijsDeel()}, or null. */
    BigDecimal prijsWaarde() {
        if (prijsDeel == null && prijsPct != null) {
            prijsDeel = Amounts.multiplyValue(grondslag, prijsPct);   // the same value whichever thread makes it first
        }
        return prijsDeel;
    }

    /** The value of {@link #volumeDeel()}, or null. */
    BigDecimal volumeWaarde() {
        if (volumeDeel == null && prijsPct != null) {
            volumeDeel = Amounts.subtractValues(bedrag, prijsWaarde());
        }
        return volumeDeel;
    }

    @Override
    public FigureName name() {
        return new FigureName(fonds.code(), "tranche", jaar, stand);
    }

    @Override
    public Value value() {
        return Value.mln(bedrag());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tranche t && fonds == t.fonds && jaar.equals(t.jaar) && stand.equals(t.stand)
                && valuta.equals(t.valuta) && bedrag.equals(t.bedrag) && Objects.equals(prijsWaarde(), t.prijsWaarde())
                && Objects.equals(volumeWaarde(), t.volumeWaarde()) && Objects.equals(gedruktOp, t.gedruktOp)
                && explanation.equals(t.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fonds, jaar, stand, bedrag, prijsWaarde(), volumeWaarde(), gedruktOp);
    }

    @Override
    public String toString() {
        return name() + " = " + valuta.getCurrencyCode() + " " + bedrag.toPlainString()
                + (prijsWaarde() == null ? ""
                        : " (prijs " + prijsWaarde().toPlainString() + ", volume " + volumeWaarde().toPlainString() + ")");
    }
}
