package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * What a normering rule decided for one fund and year: how the accres is computed
 * ({@link Berekening}), whether it is fixed at an earlier stand ({@link Vastzetting}), or when it is
 * set definitively ({@link Vaststelling}), taken at stand {@code besloten} (null: part of the
 * standing rekenregel, in force from the start). For a figure of year Y as known at stand S, the
 * latest decision of a kind taken at or before S wins (normering.md §3).
 *
 * <pre>{@code
 * Besluit<Besluit.Berekening> b = besluiten.berekening(Fonds.GEMEENTEFONDS, BudgetYear.of(2024),
 *         Stand.parse("Voorjaarsnota 2024"));
 * System.out.println(b.inhoud() + " by " + b.regel().id());
 * }</pre>
 *
 * @param <I> the kind of decision
 * @param fonds the fund
 * @param jaar the budget year
 * @param besloten the stand of the decision, or null for a standing rule
 * @param inhoud what was decided
 * @param regel the rule that took it
 */
public record Besluit<I extends Besluit.Inhoud>(Fonds fonds, BudgetYear jaar, Stand besloten, I inhoud, RuleRef regel) {
    /**
     * Checks the components.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param besloten the stand of the decision, or null for a standing rule
     * @param inhoud what was decided
     * @param regel the rule that took it
     */
    public Besluit {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(inhoud, "inhoud");
        Objects.requireNonNull(regel, "regel");
    }

    /**
     * Whether this decision was taken at or before {@code stand}.
     *
     * @param stand the stand computed
     * @return true when in force
     */
    public boolean inForceAt(Stand stand) {
        return besloten == null || !besloten.isAfter(stand);
    }

    /** The kinds of decision; of each kind, one decision applies to a fund, year and stand. */
    public enum Soort {
        /** How the accres % is obtained. */
        BEREKENING,
        /** Whether (part of) the accres is fixed at an earlier stand. */
        VASTZETTING,
        /** When the accres is set definitively, and so settled. */
        VASTSTELLING,
        /** Up to which year a tranche counts in the level. */
        LOOPTIJD,
        /** Which part of the forecast accres is held back until settlement. */
        RESERVE
    }

    /** What a decision holds. */
    public sealed interface Inhoud permits Berekening, Vastzetting, Vaststelling, Looptijd, Behoedzaamheidsreserve {
        /**
         * The kind of decision.
         *
         * @return the kind
         */
        Soort soort();
    }

    /** How the accres % of a year is obtained; {@link #methode} dispatches on it. */
    public sealed interface Berekening extends Inhoud permits TrapOpTrapAf, BbpSystematiek, GepubliceerdPercentage,
            GepubliceerdeTranche {
        @Override
        default Soort soort() {
            return Soort.BEREKENING;
        }

        /**
         * Calls the method of {@code methoden} for this way of computing.
         *
         * @param <R> what the method gives
         * @param methoden one method per way of computing
         * @return what the method gave
         */
        <R> R methode(Methoden<R> methoden);
    }

    /**
     * One method per way of computing the accres.
     *
     * @param <R> what the methods give
     */
    public interface Methoden<R> {
        /**
         * Trap-op-trap-af on a spending aggregate.
         *
         * @param aggregaat NGRU or ARU
         * @return the result
         */
        R trapOpTrapAf(String aggregaat);

        /**
         * The bbp-systematiek.
         *
         * @return the result
         */
        R bbpSystematiek();

        /**
         * The published percentage.
         *
         * @return the result
         */
        R gepubliceerdPercentage();

        /**
         * The published tranche.
         *
         * @return the result
         */
        R gepubliceerdeTranche();
    }

    /**
     * Trap-op-trap-af: the growth of a spending aggregate (NGRU or ARU), both years from one stand.
     *
     * @param aggregaat NGRU or ARU
     */
    public record TrapOpTrapAf(String aggregaat) implements Berekening {
        @Override
        public <R> R methode(Methoden<R> methoden) {
            return methoden.trapOpTrapAf(aggregaat);
        }

        // equals and hashCode written out: a record's own are made (method handles) at their first call, in every start
        @Override
        public boolean equals(Object o) {
            return o instanceof TrapOpTrapAf t && Objects.equals(t.aggregaat, aggregaat);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(aggregaat);
        }
    }

    /** The bbp-systematiek: volume from the mean real GDP growth of a window of years, price from the GDP deflator of t. */
    public record BbpSystematiek() implements Berekening {
        @Override
        public <R> R methode(Methoden<R> methoden) {
            return methoden.bbpSystematiek();
        }
    }

    /** The published percentage is the input: the source gives only the %, not the aggregate. */
    public record GepubliceerdPercentage() implements Berekening {
        @Override
        public <R> R methode(Methoden<R> methoden) {
            return methoden.gepubliceerdPercentage();
        }
    }

    /** The published tranche is the input: the source gives only the amount, not the %. */
    public record GepubliceerdeTranche() implements Berekening {
        @Override
        public <R> R methode(Methoden<R> methoden) {
            return methoden.gepubliceerdeTranche();
        }
    }

    /** Whether, and which part of, the accres is fixed at an earlier stand. */
    public sealed interface Vastzetting extends Inhoud permits GeheelVast, VolumedeelVast, NietVast {
        @Override
        default Soort soort() {
            return Soort.VASTZETTING;
        }

        /**
         * The stand the whole accres is fixed at.
         *
         * @return the stand, or null when not the whole accres is fixed
         */
        default Stand geheelVastOp() {
            return null;
        }

        /**
         * The stand the volume part is fixed at.
         *
         * @return the stand, or null when the volume part is not fixed on its own
         */
        default Stand volumedeelVastOp() {
            return null;
        }
    }

    /**
     * The whole accres (and its tranche) stays as it was at {@code stand}.
     *
     * @param stand the stand it is fixed at
     */
    public record GeheelVast(Stand stand) implements Vastzetting {
        @Override
        public Stand geheelVastOp() {
            return stand;
        }
    }

    /**
     * The volume part stays as it was at {@code stand}; the LPO part moves with the current stand.
     *
     * @param stand the stand the volume part is fixed at
     */
    public record VolumedeelVast(Stand stand) implements Vastzetting {
        @Override
        public Stand volumedeelVastOp() {
            return stand;
        }
    }

    /** Nothing is fixed (a later decision lifting an earlier fixing). */
    public record NietVast() implements Vastzetting {
    }

    /**
     * The accres of the year is set definitively at the Financieel Jaarverslag Rijk of that year;
     * the difference with the accres as paid is booked at the afrekenmoment, in the year after
     * (normering.md §2a).
     *
     * @param afrekenmoment the stand the afrekening is booked at
     */
    public record Vaststelling(Afrekenmoment afrekenmoment) implements Inhoud {
        /**
         * Checks the component.
         *
         * @param afrekenmoment the stand the afrekening is booked at
         */
        public Vaststelling {
            Objects.requireNonNull(afrekenmoment, "afrekenmoment");
        }

        /** Booked at the Voorjaarsnota of the year after, the default (normering.md §2a). */
        public Vaststelling() {
            this(Afrekenmoment.VOORJAARSNOTA_VOLGEND_JAAR);
        }

        @Override
        public Soort soort() {
            return Soort.VASTSTELLING;
        }
    }

    /**
     * Up to which year the tranche of the year counts in the level: under the rekenregel a tranche
     * is permanent; the Startnota 2022 let the tranches 2022-2025 count up to 2025, after which the
     * normering no longer applied (Miljoenennota 2023 bijlage 11; normering.md §2a). A later
     * decision may lift that ({@code totEnMet} null: every later year).
     *
     * @param totEnMet the last year the tranche counts in, or null for every later year
     */
    public record Looptijd(BudgetYear totEnMet) implements Inhoud {
        @Override
        public Soort soort() {
            return Soort.LOOPTIJD;
        }

        /**
         * Whether the tranche counts in a year.
         *
         * @param jaar a year at or after the tranche's
         * @return true up to and including {@code totEnMet}, or always
         */
        public boolean teltMee(BudgetYear jaar) {
            return totEnMet == null || !jaar.isAfter(totEnMet);
        }
    }

    /**
     * The historic behoedzaamheidsreserve (from about 1997; normering.md §2): a part of the forecast
     * accres of the year is held back from the funds until the accres is settled, and paid out with
     * the afrekening. The sources give no fixed part: the rule names it.
     *
     * @param fractie the part held back, from 0 up to but not including 1
     */
    public record Behoedzaamheidsreserve(java.math.BigDecimal fractie) implements Inhoud {
        /**
         * Checks the part.
         *
         * @param fractie the part held back
         */
        public Behoedzaamheidsreserve {
            Objects.requireNonNull(fractie, "fractie");
            if (fractie.signum() < 0 || fractie.compareTo(java.math.BigDecimal.ONE) >= 0) {
                throw new nl.fvw.FvwException("A behoedzaamheidsreserve holds back a part of the accres from 0 up to 100 %, not "
                        + fractie.movePointRight(2).stripTrailingZeros().toPlainString() + " %");
            }
        }

        @Override
        public Soort soort() {
            return Soort.RESERVE;
        }
    }
}
