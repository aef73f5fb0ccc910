package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/**
 * All tasks of one bestuurslaag against their compensation and the accres of its fund (Studiegroep
 * Interbestuurlijke Verhoudingen, "Samen bouwen aan resultaten" (2025), bouwsteen 5: vroegtijdige signalering
 * over alle taken heen). Per year: the tier's share of every task's claim (claim × sleutel), its share of the
 * compensation per route, the saldo (compensation − claim, so the negated sum of the tasks' gaps for this
 * tier), the cumulative saldo, the accres of the fund in euro (the tranche) and the share of it that the
 * uncompensated part of the tasks takes (what the fund's growth has to carry: a task compensated in full takes
 * none of it).
 * Everything exact; rounding only where printed.
 *
 * @param laag the bestuurslaag
 * @param taken the tasks, computed
 * @param accres the fund's accres in euro per year (a tranche), where the fund side gives one
 * @param accresBron where the accres comes from (the fund side's scenario and stand)
 * @param jaren one per year of any task, in order
 */
public record Portefeuille(Bestuurslaag laag, List<Taakuitkomst> taken, SortedMap<BudgetYear, MonetaryAmount> accres,
        String accresBron, List<Jaar> jaren) {
    /**
     * Copies the lists.
     *
     * @param laag the tier
     * @param taken the tasks
     * @param accres the accres per year
     * @param accresBron the accres's source
     * @param jaren the years
     */
    public Portefeuille {
        Objects.requireNonNull(laag, "laag");
        taken = List.copyOf(taken);
        accres = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(accres));
        jaren = List.copyOf(jaren);
    }

    /**
     * One year of the portfolio.
     *
     * @param jaar the year
     * @param claim Σ the tier's share of the tasks' claims
     * @param claimPerWijziging that claim per kind of task (new, changed, ended), for the tasks that say which
     * @param compensatie Σ the tier's share of the compensation, per route
     * @param saldo Σ compensation − Σ claim (negative: the tasks cost more than they bring)
     * @param saldoCumulatief Σ saldo up to this year
     * @param accres the fund's accres in euro, or null where the fund side gives none
     * @param beslag (claim − compensation) / accres (a fraction; negative where the compensation exceeds the claim),
     *        or null without an accres or with an accres of zero
     */
    public record Jaar(BudgetYear jaar, MonetaryAmount claim, Map<Wijziging, MonetaryAmount> claimPerWijziging,
            Map<Route, MonetaryAmount> compensatie, MonetaryAmount saldo,
            MonetaryAmount saldoCumulatief, MonetaryAmount accres, BigDecimal beslag) {
        /**
         * Copies the map.
         *
         * @param jaar the year
         * @param claim the claim
         * @param claimPerWijziging the claim per kind of task
         * @param compensatie per route
         * @param saldo the saldo
         * @param saldoCumulatief the cumulative saldo
         * @param accres the accres
         * @param beslag the share of the accres
         */
        public Jaar {
            compensatie = java.util.Collections.unmodifiableMap(new EnumMap<>(compensatie));
            claimPerWijziging = java.util.Collections.unmodifiableMap(new EnumMap<>(claimPerWijziging));
        }

        /** @return Σ the compensation over every route */
        public MonetaryAmount compensatieTotaal() {
            return som(compensatie);
        }
    }

    private static MonetaryAmount som(Map<Route, MonetaryAmount> perRoute) {
        MonetaryAmount s = Amounts.zeroEur();
        for (MonetaryAmount a : perRoute.values()) {
            s = s.add(a);
        }
        return s;
    }

    /**
     * The portfolio of one tier.
     *
     * @param laag the tier
     * @param taken the tasks, computed (a task without a share for the tier counts as zero)
     * @param accres the fund's accres in euro per year
     * @param accresBron where the accres comes from
     * @return the portfolio
     * @throws FvwException when no task gives the tier a share
     */
    public static Portefeuille van(Bestuurslaag laag, List<Taakuitkomst> taken, SortedMap<BudgetYear, MonetaryAmount> accres,
            String accresBron) {
        if (taken.stream().noneMatch(t -> t.taak().sleutel().containsKey(laag))) {
            throw new FvwException("No task of the portfolio gives the " + laag.woord() + " a share");
        }
        TreeSet<BudgetYear> years = new TreeSet<>();
        taken.forEach(t -> t.jaren().forEach(j -> years.add(j.jaar())));
        List<Jaar> out = new ArrayList<>(years.size());
        MonetaryAmount cumulatief = Amounts.zeroEur();
        for (BudgetYear y : years) {
            MonetaryAmount claim = Amounts.zeroEur();
            Map<Route, MonetaryAmount> compensatie = new EnumMap<>(Route.class);
            Map<Wijziging, MonetaryAmount> perWijziging = new EnumMap<>(Wijziging.class);
            for (Taakuitkomst t : taken) {
                BigDecimal aandeel = t.taak().sleutel().get(laag);
                Taakjaar j = aandeel == null || y.isBefore(t.taak().van()) || y.isAfter(t.taak().tot()) ? null : t.jaar(y);
                if (j == null) {
                    continue;
                }
                claim = claim.add(j.perLaag().get(laag));
                if (t.taak().wijziging() != null) {
                    perWijziging.merge(t.taak().wijziging(), j.perLaag().get(laag), MonetaryAmount::add);
                }
                compensatie.merge(t.taak().route(), j.compensatie().multiply(aandeel), MonetaryAmount::add);
            }
            MonetaryAmount saldo = som(compensatie).subtract(claim);
            cumulatief = cumulatief.add(saldo);
            MonetaryAmount a = accres.get(y);
            BigDecimal beslag = a == null || a.isZero() ? null
                    : Amounts.value(saldo).negate().divide(Amounts.value(a), Amounts.MATH_CONTEXT);
            out.add(new Jaar(y, claim, perWijziging, compensatie, saldo, cumulatief, a, beslag));
        }
        return new Portefeuille(laag, taken, accres, accresBron, out);
    }

    /**
     * The years in which the cumulative saldo turns: its sign differs from the year before.
     *
     * @return the years, in order
     */
    public List<BudgetYear> kentering() {
        List<BudgetYear> out = new ArrayList<>();
        int vorig = 0;
        for (Jaar j : jaren) {
            int teken = Amounts.value(j.saldoCumulatief()).signum();
            if (teken != 0 && vorig != 0 && teken != vorig) {
                out.add(j.jaar());
            }
            if (teken != 0) {
                vorig = teken;
            }
        }
        return out;
    }

    /**
     * The longest run of consecutive years in which the saldo is below −drempel.
     *
     * @param drempel the tolerance, such as € 10 mln
     * @return the number of years in that run
     */
    public int jarenMetTekortBoven(MonetaryAmount drempel) {
        int run = 0;
        int best = 0;
        for (Jaar j : jaren) {
            if (j.saldo().negate().isGreaterThan(drempel)) {
                best = Math.max(best, ++run);
            } else {
                run = 0;
            }
        }
        return best;
    }

    /**
     * The number of years in which the uncompensated part of the tasks takes more than a fraction of the accres.
     *
     * @param fractie such as 0.25
     * @return the count of years (years without an accres do not count)
     */
    public int jarenMetBeslagBoven(BigDecimal fractie) {
        int n = 0;
        for (Jaar j : jaren) {
            if (j.beslag() != null && j.beslag().compareTo(fractie) > 0) {
                n++;
            }
        }
        return n;
    }
}
