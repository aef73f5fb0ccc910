package nl.fvw.normering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.Provenance;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * Every figure one normering computation produced: accres %, tranches, levels, kortingen,
 * afrekeningen, BCF-ruimte and the spending aggregates, each with its explanation; the decisions
 * the rules took, and the provenance (fvw version, the SHA-256 of rules, parameters and inputs).
 * Queried by type ({@link #tranche}, {@link #niveau}, …) or, as the command line does, by name.
 *
 * <pre>{@code
 * Normeringsuitkomst u = FvwEngine.shipped().bereken(invoer, true);
 * MonetaryAmount t = u.tranche(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), Stand.parse("Voorjaarsnota 2024")).bedrag();
 * Explanation e = u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), Stand.parse("Voorjaarsnota 2024")).explanation();
 * }</pre>
 */
public final class Normeringsuitkomst {
    private static final java.util.regex.Pattern PROFIELJAAR = java.util.regex.Pattern.compile("tranche (\\d{4}) in");

    private final List<AccresPercentage> accressen;
    private final List<Tranche> tranches;
    private final List<Bedrag> bedragen;
    private final Besluiten besluiten;
    private final Provenance provenance;
    private final List<Figuur> figuren;
    /** The name of each figure of {@link #figuren}, made once. */
    private final List<FigureName> namen;
    private final Map<FigureName, Figuur> byName;
    /** Whether a full name may name more than one figure: a figure without a stand, or two of one name. */
    private final boolean standless;

    /** A figure with its name, made once for sorting. */
    private record Named(FigureName name, Figuur figuur, int soort) {
    }

    /**
     * Sorts the figures into report order.
     *
     * @param accressen the accres %
     * @param tranches the tranches
     * @param bedragen levels, kortingen, afrekeningen, BCF and aggregates
     * @param besluiten the decisions the rules took
     * @param provenance the fvw version and the hashes of rules, parameters and inputs
     */
    @SuppressWarnings("unchecked")
    public Normeringsuitkomst(List<AccresPercentage> accressen, List<Tranche> tranches, List<Bedrag> bedragen,
            Besluiten besluiten, Provenance provenance) {
        this.besluiten = Objects.requireNonNull(besluiten, "besluiten");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        List<Named> all = new ArrayList<>(accressen.size() + tranches.size() + bedragen.size());
        List<? extends Figuur>[] kinds = new List[] {accressen, tranches, bedragen};
        for (int k = 0; k < kinds.length; k++) {
            for (Figuur f : kinds[k]) {
                all.add(new Named(f.name(), f, k));
            }
        }
        all.sort(Comparator.comparing(Named::name, FigureName.ORDER)); // stable: ties keep their order
        List<AccresPercentage> a = new ArrayList<>(accressen.size());
        List<Tranche> t = new ArrayList<>(tranches.size());
        List<Bedrag> b = new ArrayList<>(bedragen.size());
        List<Figuur> fs = new ArrayList<>(all.size());
        List<FigureName> ns = new ArrayList<>(all.size());
        Map<FigureName, Figuur> names = new HashMap<>(all.size() * 2);
        boolean withoutStand = false;
        for (Named n : all) {
            switch (n.soort()) {
                case 0 -> a.add((AccresPercentage) n.figuur());
                case 1 -> t.add((Tranche) n.figuur());
                default -> b.add((Bedrag) n.figuur());
            }
            fs.add(n.figuur());
            ns.add(n.name());
            names.putIfAbsent(n.name(), n.figuur());
            withoutStand |= n.name().stand() == null;
        }
        this.accressen = List.copyOf(a);
        this.tranches = List.copyOf(t);
        this.bedragen = List.copyOf(b);
        this.figuren = List.copyOf(fs);
        this.namen = List.copyOf(ns);
        this.byName = names;
        this.standless = withoutStand || names.size() < fs.size();
    }

    private Normeringsuitkomst(Normeringsuitkomst u, Provenance provenance) {
        this.accressen = u.accressen;
        this.tranches = u.tranches;
        this.bedragen = u.bedragen;
        this.besluiten = u.besluiten;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.figuren = u.figuren;
        this.namen = u.namen;
        this.byName = u.byName;
        this.standless = u.standless;
    }

    /**
     * The same figures with another provenance, as the engine gives them.
     *
     * @param p the provenance
     * @return the outcome with {@code p}
     */
    public Normeringsuitkomst withProvenance(Provenance p) {
        return new Normeringsuitkomst(this, p);
    }

    /**
     * The accres % figures, in stand, fund and year order.
     *
     * @return the accres figures
     */
    public List<AccresPercentage> accressen() {
        return accressen;
    }

    /**
     * The tranches, in stand, fund and year order.
     *
     * @return the tranches
     */
    public List<Tranche> tranches() {
        return tranches;
    }

    /**
     * Levels, kortingen, afrekeningen, BCF-ruimte and aggregates, in report order.
     *
     * @return the amounts
     */
    public List<Bedrag> bedragen() {
        return bedragen;
    }

    /**
     * The decisions the rules took.
     *
     * @return the decisions
     */
    public Besluiten besluiten() {
        return besluiten;
    }

    /**
     * The fvw version and the SHA-256 of the rules, parameters and inputs used.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * All figures, in stand, fund, quantity and year order.
     *
     * @return every figure
     */
    public List<Figuur> figuren() {
        return figuren;
    }

    /**
     * The accres % of a fund: its own, or the % common to both funds.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the accres
     * @throws FvwException when it was not computed
     */
    public AccresPercentage accres(Fonds fonds, BudgetYear jaar, Stand stand) {
        Figuur own = byName.get(new FigureName(fonds.code(), "accres", jaar, stand));
        return (AccresPercentage) (own != null ? own : exact(new FigureName(null, "accres", jaar, stand)));
    }

    /**
     * A fund's tranche.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the tranche, with its LPO and volume part where split
     * @throws FvwException when it was not computed
     */
    public Tranche tranche(Fonds fonds, BudgetYear jaar, Stand stand) {
        return (Tranche) exact(new FigureName(fonds.code(), "tranche", jaar, stand));
    }

    /**
     * What a fund's tranche counts for in a later year: its own amount, or as its printed profile or
     * its looptijd make it (normering.md §2a).
     *
     * @param fonds the fund
     * @param tranche the tranche's year
     * @param jaar a year at or after it
     * @param stand the stand
     * @return the amount
     * @throws FvwException when the tranche was not computed
     */
    public MonetaryAmount trancheIn(Fonds fonds, BudgetYear tranche, BudgetYear jaar, Stand stand) {
        Figuur f = byName.get(new FigureName(fonds.code(), "tranche " + tranche + " in", jaar, stand));
        return f != null ? ((Bedrag) f).bedrag() : tranche(fonds, tranche, stand).bedrag();
    }

    /**
     * A fund's level.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the level with its parts
     * @throws FvwException when it was not computed
     */
    public Fondsniveau niveau(Fonds fonds, BudgetYear jaar, Stand stand) {
        return (Fondsniveau) exact(new FigureName(fonds.code(), "niveau", jaar, stand));
    }

    /**
     * A fund's levels at one stand.
     *
     * @param fonds the fund
     * @param stand the stand
     * @return the levels, in year order (empty when none was computed)
     */
    public List<Fondsniveau> niveaus(Fonds fonds, Stand stand) {
        List<Fondsniveau> out = new ArrayList<>();
        for (Bedrag b : bedragen) {
            if (b instanceof Fondsniveau n && n.fonds() == fonds && n.stand().equals(stand)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * A fund's cumulative accres: the tranches up to and including a year.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the amount
     * @throws FvwException when it was not computed
     */
    public Bedragfiguur cumulatief(Fonds fonds, BudgetYear jaar, Stand stand) {
        return (Bedragfiguur) exact(new FigureName(fonds.code(), "cumulatief", jaar, stand));
    }

    /**
     * The kortingen on a fund in a year.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the amount
     * @throws FvwException when no korting applies
     */
    public Bedragfiguur korting(Fonds fonds, BudgetYear jaar, Stand stand) {
        return (Bedragfiguur) exact(new FigureName(fonds.code(), "korting", jaar, stand));
    }

    /**
     * The afrekening booked in a year: the settlement of the accres of the year before.
     *
     * @param fonds the fund
     * @param geboektIn the year it is booked in (t + 1 for the accres of t)
     * @param stand the stand
     * @return the amount
     * @throws FvwException when nothing is settled in that year at that stand
     */
    public Bedragfiguur afrekening(Fonds fonds, BudgetYear geboektIn, Stand stand) {
        return (Bedragfiguur) exact(new FigureName(fonds.code(), "afrekening", geboektIn, stand));
    }

    /**
     * A fund's part of the BCF-ruimte of a year.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the amount
     * @throws FvwException when it was not computed
     */
    public Bedragfiguur bcfRuimte(Fonds fonds, BudgetYear jaar, Stand stand) {
        return (Bedragfiguur) exact(new FigureName(fonds.code(), "bcf-ruimte", jaar, stand));
    }

    /**
     * A spending aggregate as computed: given, or summed from its items less the corrections.
     *
     * @param naam NGRU or ARU
     * @param jaar the year
     * @param stand the stand it is published at
     * @return the amount
     * @throws FvwException when it is not given
     */
    public Bedragfiguur aggregaat(String naam, BudgetYear jaar, Stand stand) {
        return (Bedragfiguur) exact(new FigureName(null, naam, jaar, stand));
    }

    private Figuur exact(FigureName name) {
        Figuur f = byName.get(name);
        return f != null ? f : figuur(name);
    }

    /**
     * The figure named {@code name} (the command line's names; fund and stand may be left out).
     *
     * @param name the name, as {@link FigureName#parse} reads it
     * @return the figure
     * @throws FvwException listing similar figures when there is none, or several
     */
    public Figuur figuur(FigureName name) {
        List<Figuur> hits;
        if (name.stand() != null && !standless) { // a full name names one figure at most
            Figuur f = byName.get(name);
            hits = f == null ? List.of() : List.of(f);
        } else {
            hits = new ArrayList<>(1);
            for (int i = 0; i < namen.size(); i++) {
                if (namen.get(i).matches(name)) {
                    hits.add(figuren.get(i));
                }
            }
        }
        if (hits.size() == 1) {
            return hits.get(0);
        }
        java.util.regex.Matcher in = PROFIELJAAR.matcher(name.grootheid());
        if (hits.isEmpty() && in.matches() && !name.jaar().isBefore(BudgetYear.parse(in.group(1)))) {
            // a later year in which the tranche counts for its own amount has no figure of its own: the tranche is it
            return figuur(new FigureName(name.fonds(), "tranche", BudgetYear.parse(in.group(1)), name.stand()));
        }
        if (hits.isEmpty()) {
            List<String> similar = figuren.stream().filter(f -> f.name().grootheid().equals(name.grootheid()))
                    .map(f -> f.name().toString()).limit(12).toList();
            throw new FvwException("No figure '" + name + "'" + (similar.isEmpty()
                    ? "; quantities computed: " + figuren.stream().map(f -> f.name().grootheid()).distinct().toList()
                    : "; known: " + similar + (similar.size() == 12 ? " …" : "")));
        }
        throw new FvwException("'" + name + "' names " + hits.size() + " figures; add the fund or the stand: "
                + hits.stream().map(f -> f.name().toString()).limit(12).toList());
    }

    /**
     * The accres % named {@code name}.
     *
     * @param name the figure's name
     * @return the accres figure
     * @throws FvwException when the name is not an accres %
     */
    public AccresPercentage accres(FigureName name) {
        if (figuur(name) instanceof AccresPercentage a) {
            return a;
        }
        throw new FvwException("'" + name + "' is not an accres %");
    }

    /**
     * The full explanation of one figure: formula, inputs with stand and source, rule, roundings.
     *
     * @param name the figure's name
     * @return the explanation (empty when computed without explanations)
     */
    public Explanation explain(FigureName name) {
        return figuur(name).explanation();
    }
}
