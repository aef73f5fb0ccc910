package nl.fvw.bekostiging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.explain.RuleRef;

/**
 * Where a task stands in the vroegtijdige signalering ({@link Signaleringsstap}): the steps taken, each with its
 * date and source, in order and without skipping one, and the date the state is judged at. With the terms the
 * rules give (a step is due so many months after the one before), {@link #toets} says of each step whether it
 * was taken in time, late, is overdue, or not yet due.
 *
 * @param peildatum the date the state is judged at (never the clock: a run is reproducible)
 * @param stappen the steps taken, from the signal on
 */
public record Signalering(LocalDate peildatum, List<Stap> stappen) {
    /**
     * A step taken.
     *
     * @param stap the step
     * @param datum when
     * @param bron where it is recorded
     */
    public record Stap(Signaleringsstap stap, LocalDate datum, String bron) {
        /**
         * Checks the components.
         *
         * @param stap the step
         * @param datum the date
         * @param bron the source
         */
        public Stap {
            Objects.requireNonNull(stap, "stap");
            Objects.requireNonNull(datum, "datum");
            Objects.requireNonNull(bron, "bron");
        }
    }

    /** How a step stands at the peildatum. */
    public enum Status {
        /** Taken within its term. */
        OP_TIJD,
        /** Taken, after its term. */
        TE_LAAT,
        /** Not taken, and its term has passed. */
        OVER_TIJD,
        /** Not taken, and its term has not passed. */
        NOG_NIET_NODIG
    }

    /**
     * A step judged against its term.
     *
     * @param stap the step
     * @param datum when it was taken, or null
     * @param uiterlijk the last day of its term, or null where no rule gives one
     * @param status how it stands
     * @param regel the rule that gave the term, or null
     */
    public record Toets(Signaleringsstap stap, LocalDate datum, LocalDate uiterlijk, Status status, RuleRef regel) {
    }

    /**
     * A term a rule gives: the step is due so many months after the one before.
     *
     * @param maanden the months
     * @param regel the rule
     */
    public record Termijn(int maanden, RuleRef regel) {
    }

    /**
     * Checks the order of the steps and their dates.
     *
     * @param peildatum the date judged at
     * @param stappen the steps
     * @throws FvwException when there is no signal first, a step is skipped or repeated, a step is dated before
     *         the one before it, or the peildatum comes before the last step
     */
    public Signalering {
        Objects.requireNonNull(peildatum, "peildatum");
        stappen = List.copyOf(stappen);
        if (stappen.isEmpty() || stappen.get(0).stap() != Signaleringsstap.SIGNAAL) {
            throw new FvwException("The signalering starts with the step 'signaal'");
        }
        for (int i = 1; i < stappen.size(); i++) {
            Stap s = stappen.get(i);
            Stap vorige = stappen.get(i - 1);
            if (s.stap().ordinal() != vorige.stap().ordinal() + 1) {
                throw new FvwException("Step '" + s.stap().woord() + "' follows '" + vorige.stap().woord()
                        + "'; the steps are " + String.join(", ", Signaleringsstap.spellings()) + ", in that order, each once");
            }
            if (s.datum().isBefore(stappen.get(0).datum())) {
                throw new FvwException("Step '" + s.stap().woord() + "' of " + s.datum() + " is dated before the signal of "
                        + stappen.get(0).datum());
            }
            if (s.datum().isBefore(vorige.datum())) {
                throw new FvwException("Step '" + s.stap().woord() + "' of " + s.datum() + " is dated before step '"
                        + vorige.stap().woord() + "' of " + vorige.datum());
            }
        }
        Stap laatste = stappen.get(stappen.size() - 1);
        if (peildatum.isBefore(laatste.datum())) {
            throw new FvwException("The peildatum " + peildatum + " comes before step '" + laatste.stap().woord() + "' of "
                    + laatste.datum());
        }
    }

    /**
     * Every step after the signal that is taken, and the next one, judged against its term.
     *
     * @param termijnen per step the term the rules give (a step without a term is judged as not yet due)
     * @return the steps, in order
     */
    public List<Toets> toets(Map<Signaleringsstap, Termijn> termijnen) {
        List<Toets> out = new ArrayList<>();
        Signaleringsstap[] all = Signaleringsstap.values();
        for (int i = 1; i < all.length && i <= stappen.size(); i++) {
            Termijn t = termijnen.get(all[i]);
            LocalDate uiterlijk = t == null ? null : stappen.get(i - 1).datum().plusMonths(t.maanden());
            RuleRef regel = t == null ? null : t.regel();
            if (i < stappen.size()) {
                LocalDate datum = stappen.get(i).datum();
                out.add(new Toets(all[i], datum, uiterlijk, uiterlijk == null || !datum.isAfter(uiterlijk) ? Status.OP_TIJD
                        : Status.TE_LAAT, regel));
            } else {
                out.add(new Toets(all[i], null, uiterlijk, uiterlijk != null && peildatum.isAfter(uiterlijk)
                        ? Status.OVER_TIJD : Status.NOG_NIET_NODIG, regel));
            }
        }
        return out;
    }
}
