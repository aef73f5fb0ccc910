package nl.fvw.normering;

import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.money.Amounts;
import nl.fvw.present.Figures;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * The spending aggregate whose growth is the accres % (normering.md §1): the NGRU (netto
 * gecorrigeerde rijksuitgaven, to 2017) or the ARU (accresrelevante uitgaven, 2018-2023), all
 * years from one stand. Given either as the aggregate itself, or as its parts A (totaal netto
 * uitgaven) and B (correcties, negative), in which case X = A + B.
 */
public final class Uitgavenaggregaat {
    private final String naam;
    private final Stand stand;
    private final String bron;
    private final YearSeries waarden;
    private final YearSeries nettoUitgaven;
    private final YearSeries correcties;

    private Uitgavenaggregaat(String naam, Stand stand, String bron, YearSeries waarden, YearSeries nettoUitgaven,
            YearSeries correcties) {
        this.naam = Objects.requireNonNull(naam, "naam");
        this.stand = Objects.requireNonNull(stand, "stand");
        this.bron = Objects.requireNonNull(bron, "bron");
        this.waarden = Objects.requireNonNull(waarden, "waarden");
        this.nettoUitgaven = nettoUitgaven;
        this.correcties = correcties;
    }

    /** The aggregate as published. */
    public static Uitgavenaggregaat of(String naam, Stand stand, String bron, YearSeries waarden) {
        return new Uitgavenaggregaat(naam, stand, bron, waarden, null, null);
    }

    /** The aggregate from its parts: X_t = A_t + B_t (Miljoenennota 2012, tabel 9.1). */
    public static Uitgavenaggregaat fromParts(String naam, Stand stand, String bron, YearSeries nettoUitgaven,
            YearSeries correcties) {
        if (!nettoUitgaven.firstYear().equals(correcties.firstYear())
                || !nettoUitgaven.lastYear().equals(correcties.lastYear())) {
            throw new FvwException(naam + ": netto uitgaven cover " + nettoUitgaven.firstYear() + "-"
                    + nettoUitgaven.lastYear() + " but correcties cover " + correcties.firstYear() + "-"
                    + correcties.lastYear() + "; both need the same years");
        }
        return new Uitgavenaggregaat(naam, stand, bron, nettoUitgaven.plus(correcties), nettoUitgaven, correcties);
    }

    public String getNaam() {
        return naam;
    }

    public Stand getStand() {
        return stand;
    }

    public String getBron() {
        return bron;
    }

    public YearSeries getWaarden() {
        return waarden;
    }

    public boolean hasParts() {
        return nettoUitgaven != null;
    }

    public MonetaryAmount waarde(BudgetYear jaar) {
        if (!waarden.contains(jaar)) {
            throw new FvwException(naam + " (stand " + stand + ") has no figure for " + jaar + "; it covers "
                    + waarden.firstYear() + "-" + waarden.lastYear());
        }
        return waarden.get(jaar);
    }

    /** The figure of {@code jaar} with how it was obtained. */
    public Explanation explain(BudgetYear jaar) {
        Explanation.Builder b = Explanation.builder(naam + " " + jaar + " stand " + stand)
                .value(Figures.mln(waarde(jaar)));
        if (hasParts()) {
            b.formula(naam + " = A + B  (A = totaal netto uitgaven, B = correcties)")
                    .input(new Input("A " + jaar, Figures.mln(nettoUitgaven.get(jaar)), stand.toString(), bron))
                    .input(new Input("B " + jaar, Figures.mln(correcties.get(jaar)), stand.toString(), bron));
        } else {
            b.formula(naam + " as published")
                    .input(new Input(naam + " " + jaar, Figures.mln(waarde(jaar)), stand.toString(), bron));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return naam + " stand " + stand + " " + waarden;
    }

    static MonetaryAmount requireNonZero(MonetaryAmount base, String what) {
        if (Amounts.value(base).signum() == 0) {
            throw new FvwException(what + " is zero: growth from a zero base is undefined");
        }
        return base;
    }
}
