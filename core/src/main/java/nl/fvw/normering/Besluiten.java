package nl.fvw.normering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * What the rules decided for a normering input: per fund and year the computation, fixing and
 * settlement ({@link Besluit}), the items left out of the aggregates, the kortingen. Layering as in
 * normering.md §3: for fund F, year Y, as known at stand S, the decision of a kind taken latest at
 * or before S wins; two different decisions of one kind for the same fund and year, taken at the
 * same stand, are an error.
 *
 * <p>The rules see only the structure of an input (funds, years, spending items, the names of
 * parameters), never its amounts, so the same decisions hold for every input of that structure:
 * every draw of a Monte Carlo, or a forecast changed by hand. {@link #requireSameStructure} refuses
 * an input of another structure.
 *
 * <pre>{@code
 * Besluiten b = engine.beslis(invoer);                     // the rules fire once
 * for (Normeringsinvoer draw : draws) {
 *     Normeringsuitkomst u = engine.bereken(draw, b, false); // the arithmetic only
 * }
 * }</pre>
 */
public final class Besluiten {
    private static final int SOORTEN = Besluit.Soort.values().length;
    private final List<Besluit<?>> all;
    /** The first year a decision is for, and how many years from it on decisions are for. */
    private final int vanJaar;
    private final int jaren;
    /** The decisions of each fund, year and kind, in the order given, at {@link #plaats}. */
    private final List<List<Besluit<?>>> byKind;
    private final List<Uitsluiting> uitsluitingen;
    private final List<Kortingsbesluit> kortingen;
    private final BudgetYear eersteJaar;
    private final BudgetYear laatsteJaar;
    private final List<Uitgavenpost> posten;
    private final Set<String> parameters;

    /**
     * The decisions of one evaluation; conflicting decisions of one stand are an error.
     *
     * @param besluiten every computation, fixing and settlement the rules decided
     * @param uitsluitingen the items the rules left out of the aggregates
     * @param kortingen the kortingen the rules applied
     * @param beslotenVoor the input the rules decided for (its structure, not its amounts)
     * @throws FvwException naming both rules when two decisions of one stand conflict
     */
    public Besluiten(List<Besluit<?>> besluiten, List<Uitsluiting> uitsluitingen, List<Kortingsbesluit> kortingen,
            Normeringsinvoer beslotenVoor) {
        this.all = List.copyOf(besluiten);
        this.uitsluitingen = List.copyOf(uitsluitingen);
        this.kortingen = List.copyOf(kortingen);
        this.eersteJaar = beslotenVoor.eersteJaar();
        this.laatsteJaar = beslotenVoor.laatsteJaar();
        this.posten = beslotenVoor.posten();
        this.parameters = Set.copyOf(beslotenVoor.parameters().all().keySet());
        IntSummaryStatistics j = all.stream().mapToInt(b -> b.jaar().value()).summaryStatistics();
        this.vanJaar = j.getMin();
        this.jaren = all.isEmpty() ? 0 : j.getMax() - j.getMin() + 1;
        this.byKind = new ArrayList<>(Collections.nCopies(Fonds.values().length * jaren * SOORTEN, List.of()));
        for (Besluit<?> b : all) {
            int plaats = plaats(b.fonds(), b.jaar().value(), b.inhoud().soort());
            if (byKind.get(plaats).isEmpty()) {
                byKind.set(plaats, new ArrayList<>());
            }
            List<Besluit<?>> same = byKind.get(plaats);
            for (Besluit<?> a : same) {
                if (Objects.equals(a.besloten(), b.besloten()) && !a.inhoud().equals(b.inhoud())) {
                    throw new FvwException("Rules " + b.regel().id() + " and " + a.regel().id() + " decide differently on the "
                            + switch (b.inhoud().soort()) {
                                case BEREKENING -> "computation";
                                case VASTZETTING -> "fixing";
                                case VASTSTELLING -> "settlement";
                                case LOOPTIJD -> "duration of the tranche";
                                case RESERVE -> "behoedzaamheidsreserve";
                            } + " of the " + b.fonds().naam() + " accres " + b.jaar() + ", both "
                            + (b.besloten() == null ? "as standing rule" : "at " + b.besloten())
                            + ": " + b.inhoud() + " against " + a.inhoud());
                }
            }
            same.add(b);
        }
    }

    /**
     * Only computations and fixings, for an input without spending items or kortingen.
     *
     * @param besluiten the decisions
     * @param beslotenVoor the input decided for
     * @return the decisions
     */
    public static Besluiten van(List<Besluit<?>> besluiten, Normeringsinvoer beslotenVoor) {
        return new Besluiten(besluiten, List.of(), List.of(), beslotenVoor);
    }

    /**
     * Every computation, fixing and settlement.
     *
     * @return the decisions
     */
    public List<Besluit<?>> all() {
        return all;
    }

    /**
     * The items left out of the aggregates.
     *
     * @return the exclusions
     */
    public List<Uitsluiting> uitsluitingen() {
        return uitsluitingen;
    }

    /**
     * The kortingen applied.
     *
     * @return the kortingen
     */
    public List<Kortingsbesluit> kortingen() {
        return kortingen;
    }

    /**
     * The computation that applies: the latest decision in force.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand computed
     * @return the decision
     * @throws FvwException when no rule decided one
     */
    public Besluit<Besluit.Berekening> berekening(Fonds fonds, BudgetYear jaar, Stand stand) {
        Besluit<Besluit.Berekening> b = latest(fonds, jaar, stand, Besluit.Soort.BEREKENING);
        if (b == null) {
            throw new FvwException("No rule decides how the " + fonds.naam() + " accres " + jaar + " is computed at stand "
                    + stand + "; the rules in force cover " + covered(fonds, stand));
        }
        return b;
    }

    /**
     * The fixing that applies.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand computed
     * @return the decision, or null when nothing is fixed
     */
    public Besluit<Besluit.Vastzetting> vastzetting(Fonds fonds, BudgetYear jaar, Stand stand) {
        Besluit<Besluit.Vastzetting> b = latest(fonds, jaar, stand, Besluit.Soort.VASTZETTING);
        return b == null || b.inhoud() instanceof Besluit.NietVast ? null : b;
    }

    /**
     * The settlement that applies.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand computed
     * @return the decision, or null when the accres of that year is not settled
     */
    public Besluit<Besluit.Vaststelling> vaststelling(Fonds fonds, BudgetYear jaar, Stand stand) {
        return latest(fonds, jaar, stand, Besluit.Soort.VASTSTELLING);
    }

    /**
     * Up to which year the tranche of a year counts, as decided at a stand.
     *
     * @param fonds the fund
     * @param jaar the tranche's year
     * @param stand the stand computed
     * @return the decision, or null when none: the tranche then counts in every later year
     */
    public Besluit<Besluit.Looptijd> looptijd(Fonds fonds, BudgetYear jaar, Stand stand) {
        return latest(fonds, jaar, stand, Besluit.Soort.LOOPTIJD);
    }

    /**
     * The part of the forecast accres of a year held back until settlement, as decided at a stand.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand computed
     * @return the decision, or null when nothing is held back
     */
    public Besluit<Besluit.Behoedzaamheidsreserve> reserve(Fonds fonds, BudgetYear jaar, Stand stand) {
        return latest(fonds, jaar, stand, Besluit.Soort.RESERVE);
    }

    /**
     * Decisions of the same kind, fund and year that the winner overrules at {@code stand}.
     *
     * @param winner the decision that applies
     * @param stand the stand computed
     * @return the overruled decisions, for the explanation
     */
    public List<Besluit<?>> overruled(Besluit<?> winner, Stand stand) {
        List<Besluit<?>> out = new ArrayList<>();
        for (Besluit<?> b : of(winner.fonds(), winner.jaar(), winner.inhoud().soort())) {
            if (b != winner && b.inForceAt(stand)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Refuses an input whose structure differs from the one decided for.
     *
     * @param input the input to compute
     * @throws FvwException naming what differs
     */
    public void requireSameStructure(Normeringsinvoer input) {
        if (!input.eersteJaar().equals(eersteJaar) || !input.laatsteJaar().equals(laatsteJaar)) {
            throw new FvwException("The rules decided for the years " + eersteJaar + "-" + laatsteJaar + "; this input covers "
                    + input.eersteJaar() + "-" + input.laatsteJaar() + ": let the rules decide again (FvwEngine.beslis)");
        }
        if (!input.posten().equals(posten)) {
            throw new FvwException("The rules decided for other spending items than this input has: let the rules decide"
                    + " again (FvwEngine.beslis)");
        }
        if (!input.parameters().all().keySet().equals(parameters)) {
            throw new FvwException("The rules decided for the parameters " + new TreeSet<>(parameters)
                    + "; this input has " + input.parameters().all().keySet() + ": let the rules decide again"
                    + " (FvwEngine.beslis)");
        }
    }

    /** The decisions of a kind for a fund and year, in the order given. */
    private List<Besluit<?>> of(Fonds fonds, BudgetYear jaar, Besluit.Soort soort) {
        int y = jaar.value() - vanJaar;
        return y < 0 || y >= jaren ? List.of() : byKind.get(plaats(fonds, jaar.value(), soort));
    }

    /** Where the decisions of a fund, year and kind are in {@link #byKind}: fund by fund, year by year, kind by kind. */
    private int plaats(Fonds fonds, int jaar, Besluit.Soort soort) {
        return (fonds.ordinal() * jaren + jaar - vanJaar) * SOORTEN + soort.ordinal();
    }

    /** The latest decision of a kind in force; its content is of the type that kind has. */
    @SuppressWarnings("unchecked")
    private <I extends Besluit.Inhoud> Besluit<I> latest(Fonds fonds, BudgetYear jaar, Stand stand, Besluit.Soort soort) {
        Besluit<?> best = null;
        List<Besluit<?>> l = of(fonds, jaar, soort);
        for (int i = 0; i < l.size(); i++) {
            Besluit<?> b = l.get(i);
            if (b.inForceAt(stand) && (best == null || later(b, best))) {
                best = b;
            }
        }
        return (Besluit<I>) best;
    }

    private static boolean later(Besluit<?> a, Besluit<?> b) {
        if (a.besloten() == null) {
            return false;
        }
        return b.besloten() == null || a.besloten().isAfter(b.besloten());
    }

    private String covered(Fonds fonds, Stand stand) {
        List<Integer> years = all.stream().filter(b -> b.fonds() == fonds && b.inForceAt(stand)
                && b.inhoud().soort() == Besluit.Soort.BEREKENING).map(b -> b.jaar().value()).distinct().sorted().toList();
        return years.isEmpty() ? "no years" : years.get(0) + "-" + years.get(years.size() - 1);
    }
}
