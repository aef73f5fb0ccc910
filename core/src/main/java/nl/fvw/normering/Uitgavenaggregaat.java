package nl.fvw.normering;

import java.util.List;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * The spending aggregate whose growth is the accres % (normering.md §1): the NGRU (netto
 * gecorrigeerde rijksuitgaven, to 2017) or the ARU (accresrelevante uitgaven, 2018-2023), all
 * years from one stand. Given either as the aggregate itself, or as its parts A (totaal netto
 * uitgaven) and B (correcties, negative), in which case X = A + B.
 *
 * <pre>{@code
 * Uitgavenaggregaat ngru = Uitgavenaggregaat.fromParts("NGRU", Stand.parse("Miljoenennota 2012"),
 *         "Miljoenennota 2012, bijlage, tabel 9.1", nettoUitgaven, correcties);
 * MonetaryAmount x2014 = ngru.waarde(BudgetYear.of(2014));
 * }</pre>
 */
public final class Uitgavenaggregaat {
    private final String naam;
    private final Stand stand;
    private final String bron;
    private final YearSeries waarden;
    private final YearSeries nettoUitgaven;
    private final YearSeries correcties;
    private final List<Uitgavenpost> posten;
    private final List<Uitsluiting> uitsluitingen;

    private Uitgavenaggregaat(String naam, Stand stand, String bron, YearSeries waarden, YearSeries nettoUitgaven,
            YearSeries correcties) {
        this(naam, stand, bron, waarden, nettoUitgaven, correcties, List.of(), List.of());
    }

    private Uitgavenaggregaat(String naam, Stand stand, String bron, YearSeries waarden, YearSeries nettoUitgaven,
            YearSeries correcties, List<Uitgavenpost> posten, List<Uitsluiting> uitsluitingen) {
        this.posten = List.copyOf(posten);
        this.uitsluitingen = List.copyOf(uitsluitingen);
        this.naam = Objects.requireNonNull(naam, "naam");
        this.stand = Objects.requireNonNull(stand, "stand");
        this.bron = Objects.requireNonNull(bron, "bron");
        this.waarden = Objects.requireNonNull(waarden, "waarden");
        this.nettoUitgaven = nettoUitgaven;
        this.correcties = correcties;
    }

    /**
     * The aggregate as published.
     *
     * @param naam NGRU or ARU
     * @param stand the stand it is published at
     * @param bron the source, as explanations cite it
     * @param waarden the aggregate per year
     * @return the aggregate
     */
    public static Uitgavenaggregaat of(String naam, Stand stand, String bron, YearSeries waarden) {
        return new Uitgavenaggregaat(naam, stand, bron, waarden, null, null);
    }

    /**
     * The aggregate from its parts: X_t = A_t + B_t (Miljoenennota 2012, tabel 9.1).
     *
     * @param naam NGRU or ARU
     * @param stand the stand it is published at
     * @param bron the source
     * @param nettoUitgaven A, the totaal netto uitgaven per year
     * @param correcties B, the corrections per year (negative)
     * @return the aggregate
     * @throws FvwException when the parts cover different years
     */
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

    /**
     * The aggregate of one stand as the sum of its items, less the items a rule excluded as
     * corrections (Miljoenennota 2023, bijlage accres: NGRU/ARU = netto uitgaven − correcties).
     * Every item's year range must be the same.
     *
     * @param naam NGRU or ARU
     * @param stand the stand
     * @param posten the items of that aggregate and stand
     * @param uitsluitingen the items the rules excluded, with the rule
     * @return the aggregate
     * @throws FvwException when items cover different years
     */
    public static Uitgavenaggregaat fromPosten(String naam, Stand stand, List<Uitgavenpost> posten,
            List<Uitsluiting> uitsluitingen) {
        if (posten.isEmpty()) {
            throw new FvwException(naam + " at stand " + stand + " has no items");
        }
        YearSeries sum = null;
        List<Input> inputs = new java.util.ArrayList<>();
        StringBuilder bronnen = new StringBuilder();
        for (Uitgavenpost p : posten) {
            Uitsluiting u = uitsluitingen.stream().filter(x -> x.post() == p && x.applies()).findFirst().orElse(null);
            if (u == null) {
                if (sum != null && (!sum.firstYear().equals(p.getReeks().firstYear())
                        || !sum.lastYear().equals(p.getReeks().lastYear()))) {
                    throw new FvwException(naam + " stand " + stand + ": item '" + p.getNaam() + "' covers "
                            + p.getReeks().firstYear() + "-" + p.getReeks().lastYear() + ", the others " + sum.firstYear()
                            + "-" + sum.lastYear() + "; all items need the same years");
                }
                sum = sum == null ? p.getReeks() : sum.plus(p.getReeks());
            }
            if (bronnen.indexOf(p.getBron()) < 0) {
                bronnen.append(bronnen.length() == 0 ? "" : "; ").append(p.getBron());
            }
        }
        if (sum == null) {
            throw new FvwException(naam + " at stand " + stand + ": every item is excluded, nothing is left");
        }
        return new Uitgavenaggregaat(naam, stand, bronnen.toString(), sum, null, null, posten, uitsluitingen);
    }

    /**
     * NGRU or ARU.
     *
     * @return the name
     */
    public String getNaam() {
        return naam;
    }

    /**
     * The stand the aggregate is published at.
     *
     * @return the stand
     */
    public Stand getStand() {
        return stand;
    }

    /**
     * The source.
     *
     * @return the source, as explanations cite it
     */
    public String getBron() {
        return bron;
    }

    /**
     * The aggregate per year.
     *
     * @return the series
     */
    public YearSeries getWaarden() {
        return waarden;
    }

    /**
     * Whether the aggregate is given as A + B rather than as such.
     *
     * @return true when computed from its parts
     */
    public boolean hasParts() {
        return nettoUitgaven != null;
    }

    /**
     * The aggregate in one year.
     *
     * @param jaar the year
     * @return the amount
     * @throws FvwException when the year is not covered
     */
    public MonetaryAmount waarde(BudgetYear jaar) {
        if (!waarden.contains(jaar)) {
            throw new FvwException(naam + " (stand " + stand + ") has no figure for " + jaar + "; it covers "
                    + waarden.firstYear() + "-" + waarden.lastYear());
        }
        return waarden.get(jaar);
    }

    /**
     * The figure of {@code jaar} with how it was obtained.
     *
     * @param jaar the year
     * @return the explanation: as published, from A + B, or from the items with the exclusions
     */
    public Explanation explain(BudgetYear jaar) {
        Explanation.Builder b = Explanation.builder(naam + " " + jaar + " stand " + stand)
                .value(Value.mln(waarde(jaar)));
        if (!posten.isEmpty()) {
            b.formula(naam + " = Σ posten − correcties (uitgesloten posten tellen niet mee)");
            for (Uitgavenpost p : posten) {
                Uitsluiting u = uitsluitingen.stream().filter(x -> x.post() == p && x.applies()).findFirst().orElse(null);
                Value value = p.getReeks().contains(jaar) ? Value.mln(p.getReeks().get(jaar)) : Value.text("(geen)");
                b.input(new Input(p.getNaam() + " [" + p.getSoort() + "]" + (u == null ? "" : " — uitgesloten door "
                        + u.regel().id() + " (" + u.regel().source() + ")"), value, stand, p.getBron()));
            }
        } else if (hasParts()) {
            b.formula(naam + " = A + B  (A = totaal netto uitgaven, B = correcties)")
                    .input(new Input("A " + jaar, Value.mln(nettoUitgaven.get(jaar)), stand, bron))
                    .input(new Input("B " + jaar, Value.mln(correcties.get(jaar)), stand, bron));
        } else {
            b.formula(naam + " as published")
                    .input(new Input(naam + " " + jaar, Value.mln(waarde(jaar)), stand, bron));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return naam + " stand " + stand + " " + waarden;
    }
}
